"""Device-local tables: the outbox of changes to upload, the audit trail, key/value metadata.

These are not replicated records themselves, so they carry no sync metadata.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kim_desktop.db.base import Base, utcnow
from kim_desktop.db.models._types import enum_column_type
from kim_desktop.domain.enums import AuditAction, OutboxOp


class OutboxEntry(Base):
    """One local change waiting to be uploaded; ``seq`` orders this device's changes."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    op: Mapped[OutboxOp] = mapped_column(enum_column_type(OutboxOp))
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    base_version: Mapped[int] = mapped_column(default=0)
    new_version: Mapped[int] = mapped_column(default=1)
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    hlc: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    acknowledged_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    rejected_reason: Mapped[str | None] = mapped_column(Text, default=None)


class AuditEntry(Base):
    """Who did what to which record, when. Holds field names, never values."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    device_id: Mapped[str] = mapped_column(String(32), default="")
    action: Mapped[AuditAction] = mapped_column(enum_column_type(AuditAction))
    table_name: Mapped[str | None] = mapped_column(String(64), default=None)
    record_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    field_names: Mapped[list[str]] = mapped_column(default=list)
    detail: Mapped[str] = mapped_column(String(500), default="")


class LocalMeta(Base):
    """Key/value facts about this device's database (device id, office id, demo flag)."""

    __tablename__ = "local_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
