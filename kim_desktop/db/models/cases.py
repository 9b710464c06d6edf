"""Cases, their phases, the help plan's goals and hand-overs between case managers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kim_desktop.db.base import Base, SyncedMixin
from kim_desktop.db.models._types import enum_column_type
from kim_desktop.domain.enums import CasePhase, CaseType, ClosingReason, GoalStatus


class Case(SyncedMixin, Base):
    """A one-time consultation case, a case-management case or a MuKi-S case."""

    __tablename__ = "cases"
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    case_type: Mapped[CaseType] = mapped_column(enum_column_type(CaseType))
    case_manager_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipalities.code"), index=True)
    phase: Mapped[CasePhase] = mapped_column(enum_column_type(CasePhase), default=CasePhase.INTAKE)
    opened_on: Mapped[date]
    closed_on: Mapped[date | None] = mapped_column(default=None)
    closing_reason: Mapped[ClosingReason | None] = mapped_column(
        enum_column_type(ClosingReason), default=None
    )
    closing_note: Mapped[str] = mapped_column(Text, default="")
    phase_changes: Mapped[list[CasePhaseChange]] = relationship(
        back_populates="case", order_by="CasePhaseChange.changed_on"
    )
    goals: Mapped[list[Goal]] = relationship(back_populates="case", order_by="Goal.due_on")

    @property
    def is_open(self) -> bool:
        return self.closed_on is None and self.deleted_at is None


class CasePhaseChange(SyncedMixin, Base):
    """One step in a case's phase history (append-only)."""

    __tablename__ = "case_phase_changes"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    from_phase: Mapped[CasePhase | None] = mapped_column(enum_column_type(CasePhase))
    to_phase: Mapped[CasePhase] = mapped_column(enum_column_type(CasePhase))
    changed_on: Mapped[date]
    changed_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    case: Mapped[Case] = relationship(back_populates="phase_changes")


class Goal(SyncedMixin, Base):
    """A goal of the help plan."""

    __tablename__ = "goals"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(default=None)
    review_on: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[GoalStatus] = mapped_column(
        enum_column_type(GoalStatus), default=GoalStatus.OPEN
    )
    result_note: Mapped[str] = mapped_column(Text, default="")
    case: Mapped[Case] = relationship(back_populates="goals")


class CaseHandover(SyncedMixin, Base):
    """An explicit hand-over of a case from one case manager to another."""

    __tablename__ = "case_handovers"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    from_user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    to_user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    handed_over_on: Mapped[date]
    note: Mapped[str] = mapped_column(String(500), default="")
