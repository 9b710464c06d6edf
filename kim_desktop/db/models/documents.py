"""Documents generated for a client (letters, forms), stored inside the encrypted database."""

from __future__ import annotations

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from kim_desktop.db.base import Base, SyncedMixin
from kim_desktop.db.models._types import enum_column_type
from kim_desktop.domain.enums import DocumentKind


class Document(SyncedMixin, Base):
    __tablename__ = "documents"
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), default=None)
    related_record_id: Mapped[str | None] = mapped_column(String(36), default=None)
    kind: Mapped[DocumentKind] = mapped_column(enum_column_type(DocumentKind))
    language_code: Mapped[str] = mapped_column(String(8), default="de")
    title: Mapped[str] = mapped_column(String(300))
    mime_type: Mapped[str] = mapped_column(String(80), default="application/pdf")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    size_bytes: Mapped[int] = mapped_column(default=0)
    # The file itself travels separately from the field changes (not in the outbox row).
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, default=b"", info={"sync": False}))
