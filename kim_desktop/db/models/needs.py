"""Structural needs reported by case managers (Meldebogen) and worked on by Module 1."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kim_desktop.db.base import Base, SyncedMixin
from kim_desktop.db.models._types import enum_column_type
from kim_desktop.domain.enums import NeedStatus


class StructuralNeed(SyncedMixin, Base):
    """ "Challenge → solution": a structural need and how the district answered it."""

    __tablename__ = "structural_needs"
    reported_by_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    reported_on: Mapped[date]
    municipality_code: Mapped[str | None] = mapped_column(
        ForeignKey("municipalities.code"), default=None, index=True
    )
    topic_code: Mapped[str | None] = mapped_column(
        ForeignKey("consultation_topics.code"), default=None
    )
    challenge: Mapped[str] = mapped_column(Text)
    affected_group: Mapped[str] = mapped_column(String(300), default="")
    cases_seen: Mapped[int] = mapped_column(default=0)
    example: Mapped[str] = mapped_column(Text, default="")  # anonymised, no names
    status: Mapped[NeedStatus] = mapped_column(enum_column_type(NeedStatus), default=NeedStatus.NEW)
    status_changed_on: Mapped[date | None] = mapped_column(default=None)
    solution: Mapped[str] = mapped_column(Text, default="")
    working_group: Mapped[str] = mapped_column(String(200), default="")
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), default=None)
