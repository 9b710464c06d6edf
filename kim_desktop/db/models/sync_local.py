"""Device-local sync bookkeeping: server versions, the conflict inbox, the sync log.

None of these tables is replicated; the sync engine (``kim_desktop.sync``) writes them outside
the write path.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kim_desktop.db.base import Base, utcnow


class SyncRecordState(Base):
    """The server version of a record that this device last integrated (push or pull).

    It is the ``base_version`` of the next push of the record (SYNC_PROTOCOL "Push"); a
    record never synchronised has no row (base version 0).
    """

    __tablename__ = "sync_record_state"
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_version: Mapped[int] = mapped_column(Integer, default=0)


class SyncConflict(Base):
    """A copy of a server conflict row (field, base, mine, theirs, who and when)."""

    __tablename__ = "sync_conflicts"
    conflict_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    base_value: Mapped[Any] = mapped_column(JSON, nullable=True, default=None)
    server_value: Mapped[Any] = mapped_column(JSON, nullable=True, default=None)
    device_value: Mapped[Any] = mapped_column(JSON, nullable=True, default=None)
    server_hlc: Mapped[str] = mapped_column(String(64), default="")
    device_hlc: Mapped[str] = mapped_column(String(64), default="")
    server_login: Mapped[str | None] = mapped_column(String(64), default=None)
    device_login: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at: Mapped[str] = mapped_column(String(40), default="")
    resolved_at: Mapped[str | None] = mapped_column(String(40), default=None, index=True)
    resolved_by: Mapped[str | None] = mapped_column(String(64), default=None)
    # A choice made here that the server has not been told yet (sent at the next sync).
    resolution_pending: Mapped[bool] = mapped_column(default=False)
    resolution_value: Mapped[Any] = mapped_column(JSON, nullable=True, default=None)


class SyncLogEntry(Base):
    """One synchronisation run (or bundle import): when, how much, and how it ended."""

    __tablename__ = "sync_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    kind: Mapped[str] = mapped_column(String(16), default="sync")  # sync | bundle
    ok: Mapped[bool] = mapped_column(default=False)
    pushed: Mapped[int] = mapped_column(default=0)
    pulled: Mapped[int] = mapped_column(default=0)
    conflicts: Mapped[int] = mapped_column(default=0)
    rejected: Mapped[int] = mapped_column(default=0)
    message: Mapped[str] = mapped_column(Text, default="")


class CoordinatorFeedRow(Base):
    """A pseudonymised row of the coordinator feed (no names, contacts or free text)."""

    __tablename__ = "coordinator_feed"
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    pseudonym: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
