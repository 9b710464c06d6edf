"""Cases: opening, phases with history, closure and reopening, goals, hand-over, tombstones.

Every change runs in one transaction of the write path (outbox and audit rows come with it).
Reading cases (lists, one case with its history) lives in :mod:`kim_desktop.services.case_queries`.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.db.base import utcnow
from kim_desktop.db.models import Case, CaseHandover, CasePhaseChange, Client, Goal, User
from kim_desktop.domain import validation
from kim_desktop.domain.enums import CasePhase, CaseType, ClosingReason, GoalStatus, Role
from kim_desktop.domain.errors import FieldError, RecordMissing, ValidationFailed
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.tombstones import ensure_restorable, restore_tombstone, tombstone

CASE_MANAGER_ROLES = frozenset({Role.CASE_MANAGER, Role.MUKIS_CASE_MANAGER})
PHASE_ORDER: tuple[CasePhase, ...] = tuple(CasePhase)
MAX_GOAL_YEARS_AHEAD = 3


@dataclass
class OpenCaseInput:
    client_id: str
    case_type: CaseType
    opened_on: date = field(default_factory=date.today)
    case_manager_id: str | None = None  # default: the logged-in user
    municipality_code: str | None = None  # default: the client's municipality


@dataclass
class GoalInput:
    text: str
    due_on: date | None = None
    review_on: date | None = None
    status: GoalStatus = GoalStatus.OPEN
    result_note: str = ""


def next_phase(phase: CasePhase, step: int) -> CasePhase | None:
    """The phase one step forward (+1) or back (-1), None at either end."""
    index = PHASE_ORDER.index(phase) + step
    if 0 <= index < len(PHASE_ORDER):
        return PHASE_ORDER[index]
    return None


class CaseService:
    def __init__(self, office: OfficeSession) -> None:
        self._office = office

    # -- opening and deleting --------------------------------------------------------------
    def open_case(self, data: OpenCaseInput) -> str:
        """Open a case in phase intake; returns its id."""
        errors = _not_in_future("opened_on", data.opened_on)
        with self._transaction() as session:
            client = session.get(Client, data.client_id)
            if client is None or client.deleted_at is not None:
                raise RecordMissing()
            manager_id = data.case_manager_id or self._office.actor.user_id
            manager = session.get(User, manager_id)
            if manager is None or not manager.active or manager.deleted_at is not None:
                errors.append(FieldError("case_manager_id", "case_manager_unknown"))
            if errors:
                raise ValidationFailed(errors)
            case = Case(
                client_id=client.id,
                case_type=data.case_type,
                case_manager_id=manager_id,
                municipality_code=data.municipality_code or client.municipality_code,
                phase=CasePhase.INTAKE,
                opened_on=data.opened_on,
            )
            session.add(case)
            session.flush()
            session.add(
                CasePhaseChange(
                    case_id=case.id,
                    from_phase=None,
                    to_phase=CasePhase.INTAKE,
                    changed_on=data.opened_on,
                    changed_by_id=self._office.actor.user_id,
                )
            )
            return case.id

    def delete_case(self, case_id: str) -> None:
        """Tombstone; restorable with :meth:`restore_case`."""
        with self._transaction() as session:
            self._case(session, case_id).deleted_at = utcnow()

    def restore_case(self, case_id: str) -> None:
        """Undo :meth:`delete_case` — refused once the deletion is synchronised."""
        with self._transaction() as session:
            case = self._case(session, case_id, include_deleted=True)
            if ensure_restorable(session, case):
                case.deleted_at = None

    # -- phases ----------------------------------------------------------------------------
    def change_phase(
        self, case_id: str, to_phase: CasePhase, on: date | None = None, note: str = ""
    ) -> None:
        """Move an open case to any phase but closure (closing needs a reason)."""
        on = on or date.today()
        with self._transaction() as session:
            case = self._case(session, case_id)
            errors = self._phase_errors(case, to_phase, on)
            if errors:
                raise ValidationFailed(errors)
            self._record_phase(session, case, to_phase, on, note)

    def step_phase(self, case_id: str, step: int, on: date | None = None, note: str = "") -> None:
        """One phase forward (``step=1``) or back (``step=-1``)."""
        with self._office.database.reading() as session:
            phase = self._case(session, case_id).phase
        target = next_phase(phase, step)
        if target is None or target is CasePhase.CLOSURE:
            code = "case_phase_no_step" if target is None else "case_phase_closure_needs_reason"
            raise ValidationFailed([FieldError("phase", code)])
        self.change_phase(case_id, target, on, note)

    def close_case(
        self,
        case_id: str,
        reason: ClosingReason | None,
        closed_on: date | None = None,
        note: str = "",
    ) -> None:
        closed_on = closed_on or date.today()
        with self._transaction() as session:
            case = self._case(session, case_id)
            errors: list[FieldError] = []
            if case.closed_on is not None:
                errors.append(FieldError("case", "case_already_closed"))
            if reason is None:
                errors.append(FieldError("closing_reason", "case_closing_reason_required"))
            if closed_on < case.opened_on:
                errors.append(
                    FieldError("closed_on", "case_end_before_start", _opened(case.opened_on))
                )
            errors += _not_in_future("closed_on", closed_on)
            if errors:
                raise ValidationFailed(errors)
            case.closed_on = closed_on
            case.closing_reason = reason
            case.closing_note = note.strip()
            self._record_phase(session, case, CasePhase.CLOSURE, closed_on, note)

    def reopen_case(
        self,
        case_id: str,
        on: date | None = None,
        note: str = "",
        to_phase: CasePhase | None = None,
    ) -> None:
        """Clear the closure; the case goes back to ``to_phase`` (default: before closing)."""
        on = on or date.today()
        with self._transaction() as session:
            case = self._case(session, case_id)
            if case.closed_on is None:
                raise ValidationFailed([FieldError("case", "case_not_closed")])
            errors = _not_in_future("changed_on", on)
            if on < case.opened_on:
                errors.append(
                    FieldError("changed_on", "case_date_before_opening", _opened(case.opened_on))
                )
            if errors:
                raise ValidationFailed(errors)
            target = to_phase or _phase_before_closure(case)
            case.closed_on = None
            case.closing_reason = None
            case.closing_note = ""
            self._record_phase(session, case, target, on, note)

    # -- goals -----------------------------------------------------------------------------
    def add_goal(self, case_id: str, data: GoalInput) -> str:
        with self._transaction() as session:
            case = self._case(session, case_id)
            self._check_goal(case, data)
            goal = Goal(case_id=case.id, **_goal_values(data))
            session.add(goal)
            session.flush()
            return goal.id

    def update_goal(self, goal_id: str, data: GoalInput) -> None:
        with self._transaction() as session:
            goal = session.get(Goal, goal_id)
            if goal is None or goal.deleted_at is not None:
                raise RecordMissing()
            self._check_goal(self._case(session, goal.case_id), data)
            for name, value in _goal_values(data).items():
                if getattr(goal, name) != value:
                    setattr(goal, name, value)

    def delete_goal(self, goal_id: str) -> None:
        """Tombstone; restorable with :meth:`restore_goal`."""
        with self._transaction() as session:
            tombstone(session, Goal, goal_id)

    def restore_goal(self, goal_id: str) -> None:
        with self._transaction() as session:
            restore_tombstone(session, Goal, goal_id)

    @staticmethod
    def validate_goal(data: GoalInput, opened_on: date) -> list[FieldError]:
        errors = validation.required("text", data.text, 2000)
        latest = date.today().replace(year=date.today().year + MAX_GOAL_YEARS_AHEAD)
        for name in ("due_on", "review_on"):
            value: date | None = getattr(data, name)
            if value is None:
                continue
            if value < opened_on:
                errors.append(FieldError(name, "case_date_before_opening", _opened(opened_on)))
            elif value > latest:
                errors.append(
                    FieldError(name, "goal_date_implausible", {"years": MAX_GOAL_YEARS_AHEAD})
                )
        if (
            data.due_on is not None
            and data.review_on is not None
            and data.review_on > data.due_on
            and not any(e.field == "review_on" for e in errors)
        ):
            errors.append(
                FieldError("review_on", "goal_review_after_due", {"due": _german(data.due_on)})
            )
        return errors

    # -- hand-over -------------------------------------------------------------------------
    def hand_over(
        self, case_id: str, to_user_id: str | None, on: date | None = None, note: str = ""
    ) -> None:
        """Give the case to another active case manager: hand-over row + new case manager."""
        on = on or date.today()
        with self._transaction() as session:
            case = self._case(session, case_id)
            errors: list[FieldError] = []
            target = session.get(User, to_user_id) if to_user_id else None
            if case.closed_on is not None:
                errors.append(FieldError("case", "handover_case_closed"))
            if (
                target is None
                or not target.active
                or target.deleted_at is not None
                or target.role not in CASE_MANAGER_ROLES
            ):
                errors.append(FieldError("to_user_id", "handover_target_not_case_manager"))
            elif target.id == case.case_manager_id:
                errors.append(FieldError("to_user_id", "handover_same_person"))
            if len(note.strip()) > 500:
                errors.append(FieldError("note", "too_long", {"max": 500}))
            errors += _not_in_future("handed_over_on", on)
            if errors:
                raise ValidationFailed(errors)
            assert target is not None
            session.add(
                CaseHandover(
                    case_id=case.id,
                    from_user_id=case.case_manager_id,
                    to_user_id=target.id,
                    handed_over_on=on,
                    note=note.strip(),
                )
            )
            case.case_manager_id = target.id

    # -- helpers ---------------------------------------------------------------------------
    def _transaction(self) -> AbstractContextManager[Session]:
        return self._office.database.transaction(self._office.actor.user_id)

    @staticmethod
    def _case(session: Session, case_id: str, include_deleted: bool = False) -> Case:
        case = session.get(Case, case_id)
        if case is None or (case.deleted_at is not None and not include_deleted):
            raise RecordMissing()
        return case

    @staticmethod
    def _phase_errors(case: Case, to_phase: CasePhase, on: date) -> list[FieldError]:
        if case.closed_on is not None:
            return [FieldError("phase", "case_closed_no_phase_change")]
        if to_phase is CasePhase.CLOSURE:
            return [FieldError("phase", "case_phase_closure_needs_reason")]
        if to_phase is case.phase:
            return [FieldError("phase", "case_phase_unchanged")]
        errors = _not_in_future("changed_on", on)
        if on < case.opened_on:
            errors.append(
                FieldError("changed_on", "case_date_before_opening", _opened(case.opened_on))
            )
        return errors

    def _record_phase(
        self, session: Session, case: Case, to_phase: CasePhase, on: date, note: str
    ) -> None:
        session.add(
            CasePhaseChange(
                case_id=case.id,
                from_phase=case.phase,
                to_phase=to_phase,
                changed_on=on,
                changed_by_id=self._office.actor.user_id,
                note=note.strip(),
            )
        )
        case.phase = to_phase

    def _check_goal(self, case: Case, data: GoalInput) -> None:
        errors = self.validate_goal(data, case.opened_on)
        if errors:
            raise ValidationFailed(errors)


def _phase_before_closure(case: Case) -> CasePhase:
    for change in reversed(case.phase_changes):
        if change.to_phase is CasePhase.CLOSURE and change.from_phase not in (
            None,
            CasePhase.CLOSURE,
        ):
            return change.from_phase
    return CasePhase.IMPLEMENTATION if case.case_type is not CaseType.ONE_TIME else CasePhase.INTAKE


def _goal_values(data: GoalInput) -> dict[str, object]:
    return {
        "text": data.text.strip(),
        "due_on": data.due_on,
        "review_on": data.review_on,
        "status": data.status,
        "result_note": data.result_note.strip(),
    }


def _not_in_future(name: str, value: date) -> list[FieldError]:
    return [FieldError(name, "date_in_future")] if value > date.today() else []


def _opened(opened_on: date) -> dict[str, str]:
    return {"opened": _german(opened_on)}


def _german(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def active_case_managers(session: Session) -> list[User]:
    """Active staff with a case-management role, by name (hand-over targets)."""
    return list(
        session.scalars(
            select(User)
            .where(
                User.active.is_(True),
                User.deleted_at.is_(None),
                User.role.in_(list(CASE_MANAGER_ROLES)),
            )
            .order_by(User.display_name)
        )
    )
