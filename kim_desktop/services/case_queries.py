"""Reading cases: filtered lists for the "Fälle" area and one case with its history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from kim_desktop.db.models import Case, CaseHandover, CasePhaseChange, Client, Goal, User
from kim_desktop.domain.enums import CasePhase, CaseType, ClosingReason, GoalStatus
from kim_desktop.domain.errors import RecordMissing
from kim_desktop.services.cases import active_case_managers
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.staff import local_logins

DEFAULT_LIMIT = 20_000


@dataclass(frozen=True)
class CaseSummary:
    id: str
    client_id: str
    file_number: str
    client_name: str
    case_type: CaseType
    phase: CasePhase
    municipality_code: str
    case_manager_id: str
    case_manager_name: str
    opened_on: date
    closed_on: date | None
    closing_reason: ClosingReason | None
    closing_note: str

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class PhaseChangeRow:
    id: str
    from_phase: CasePhase | None
    to_phase: CasePhase
    changed_on: date
    changed_by: str
    note: str


@dataclass(frozen=True)
class GoalRow:
    id: str
    text: str
    due_on: date | None
    review_on: date | None
    status: GoalStatus
    result_note: str


@dataclass(frozen=True)
class HandoverRow:
    from_name: str
    to_name: str
    handed_over_on: date
    note: str


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    phase_changes: list[PhaseChangeRow]
    goals: list[GoalRow]
    handovers: list[HandoverRow]


@dataclass(frozen=True)
class CaseFilter:
    """``manager_id`` set: only that person's cases; ``state``: "open", "closed" or None."""

    manager_id: str | None = None
    case_type: CaseType | None = None
    phase: CasePhase | None = None
    municipality_code: str | None = None
    state: str | None = "open"
    client_id: str | None = None
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True)
class StaffChoice:
    user_id: str
    display_name: str
    # A colleague of another office (known from sync): a legitimate hand-over target, but
    # the UI marks them so nobody mistakes them for someone of this office.
    other_office: bool = False


def _summary_query() -> Select:  # type: ignore[type-arg]
    return (
        select(Case, Client.file_number, Client.first_name, Client.last_name, User.display_name)
        .join(Client, Client.id == Case.client_id)
        .join(User, User.id == Case.case_manager_id)
        .where(Case.deleted_at.is_(None))
    )


def _summary(row: tuple[Case, str, str, str, str]) -> CaseSummary:
    case, number, first, last, manager = row
    return CaseSummary(
        id=case.id,
        client_id=case.client_id,
        file_number=number,
        client_name=f"{first} {last}".strip(),
        case_type=case.case_type,
        phase=case.phase,
        municipality_code=case.municipality_code,
        case_manager_id=case.case_manager_id,
        case_manager_name=manager,
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        closing_reason=case.closing_reason,
        closing_note=case.closing_note,
    )


def case_summaries(session: Session, case_filter: CaseFilter) -> list[CaseSummary]:
    query = _summary_query().where(Client.deleted_at.is_(None))
    if case_filter.manager_id:
        query = query.where(Case.case_manager_id == case_filter.manager_id)
    if case_filter.case_type is not None:
        query = query.where(Case.case_type == case_filter.case_type)
    if case_filter.phase is not None:
        query = query.where(Case.phase == case_filter.phase)
    if case_filter.municipality_code:
        query = query.where(Case.municipality_code == case_filter.municipality_code)
    if case_filter.state == "open":
        query = query.where(Case.closed_on.is_(None))
    elif case_filter.state == "closed":
        query = query.where(Case.closed_on.is_not(None))
    if case_filter.client_id:
        query = query.where(Case.client_id == case_filter.client_id)
    query = query.order_by(Case.opened_on.desc(), Case.id.desc()).limit(case_filter.limit)
    return [_summary(row) for row in session.execute(query).tuples()]


class CaseQueries:
    def __init__(self, office: OfficeSession) -> None:
        self._office = office

    def list_cases(self, case_filter: CaseFilter) -> list[CaseSummary]:
        with self._office.database.reading() as session:
            return case_summaries(session, case_filter)

    def my_open_cases(self) -> list[CaseSummary]:
        return self.list_cases(CaseFilter(manager_id=self._office.actor.user_id, state="open"))

    def case_detail(self, case_id: str) -> CaseDetail:
        with self._office.database.reading() as session:
            row = session.execute(_summary_query().where(Case.id == case_id)).tuples().first()
            if row is None:
                raise RecordMissing()
            names = dict(session.execute(select(User.id, User.display_name)).tuples().all())
            changes = session.scalars(
                select(CasePhaseChange)
                .where(CasePhaseChange.case_id == case_id, CasePhaseChange.deleted_at.is_(None))
                .order_by(CasePhaseChange.changed_on.desc(), CasePhaseChange.created_at.desc())
            ).all()
            goals = session.scalars(
                select(Goal)
                .where(Goal.case_id == case_id, Goal.deleted_at.is_(None))
                .order_by(Goal.due_on.is_(None), Goal.due_on, Goal.created_at)
            ).all()
            handovers = session.scalars(
                select(CaseHandover)
                .where(CaseHandover.case_id == case_id, CaseHandover.deleted_at.is_(None))
                .order_by(CaseHandover.handed_over_on.desc(), CaseHandover.created_at.desc())
            ).all()
            return CaseDetail(
                summary=_summary(row),
                phase_changes=[
                    PhaseChangeRow(
                        c.id,
                        c.from_phase,
                        c.to_phase,
                        c.changed_on,
                        names.get(c.changed_by_id or "", ""),
                        c.note,
                    )
                    for c in changes
                ],
                goals=[
                    GoalRow(g.id, g.text, g.due_on, g.review_on, g.status, g.result_note)
                    for g in goals
                ],
                handovers=[
                    HandoverRow(
                        names.get(h.from_user_id, ""),
                        names.get(h.to_user_id, ""),
                        h.handed_over_on,
                        h.note,
                    )
                    for h in handovers
                ],
            )

    def case_manager_choices(self) -> list[StaffChoice]:
        """Hand-over targets: this office's case managers, then those of other offices."""
        with self._office.database.reading() as session:
            return self._choices(active_case_managers(session))

    def staff_choices(self) -> list[StaffChoice]:
        """Every active member of staff (filter of the case list), this office's first."""
        with self._office.database.reading() as session:
            users = session.scalars(
                select(User)
                .where(User.active.is_(True), User.deleted_at.is_(None))
                .order_by(User.display_name)
            )
            return self._choices(list(users))

    def _choices(self, users: list[User]) -> list[StaffChoice]:
        here = local_logins(self._office, [u.login for u in users])
        choices = [StaffChoice(u.id, u.display_name, u.login not in here) for u in users]
        return sorted(choices, key=lambda c: c.other_office)
