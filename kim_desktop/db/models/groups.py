"""Group offers (e.g. the MuKi-S parents' training) and their sessions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kim_desktop.db.base import Base, SyncedMixin
from kim_desktop.db.models._types import enum_column_type
from kim_desktop.domain.enums import GroupOfferKind


class GroupOffer(SyncedMixin, Base):
    __tablename__ = "group_offers"
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[GroupOfferKind] = mapped_column(enum_column_type(GroupOfferKind))
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipalities.code"), index=True)
    leader_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), default=None)
    target_group_code: Mapped[str | None] = mapped_column(
        ForeignKey("target_groups.code"), default=None
    )
    description: Mapped[str] = mapped_column(Text, default="")
    planned_sessions: Mapped[int] = mapped_column(default=1)
    session_minutes: Mapped[int] = mapped_column(default=120)
    starts_on: Mapped[date | None] = mapped_column(default=None)
    ends_on: Mapped[date | None] = mapped_column(default=None)
    sessions: Mapped[list[GroupSession]] = relationship(
        back_populates="offer", order_by="GroupSession.held_on"
    )


class GroupSession(SyncedMixin, Base):
    __tablename__ = "group_sessions"
    offer_id: Mapped[str] = mapped_column(ForeignKey("group_offers.id"), index=True)
    held_on: Mapped[date] = mapped_column(index=True)
    duration_minutes: Mapped[int] = mapped_column(default=120)
    participants: Mapped[int] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    offer: Mapped[GroupOffer] = relationship(back_populates="sessions")
