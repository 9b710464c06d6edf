"""Structural needs (the district's "Meldebogen"): challenge → solution.

Case managers report a need; the KIM coordination (Module 1: coordinators and
administrators) sets its status and records the solution, the working group and the owner.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from kim_desktop.db.base import utcnow
from kim_desktop.db.models import StructuralNeed, User
from kim_desktop.domain import validation
from kim_desktop.domain.enums import NeedStatus, Role
from kim_desktop.domain.errors import (
    FieldError,
    KimError,
    PermissionDenied,
    RecordMissing,
    ValidationFailed,
)
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.tombstones import ensure_restorable

DECIDING_ROLES = frozenset({Role.COORDINATOR, Role.ADMINISTRATOR})


class NeedStatusDenied(PermissionDenied):
    """Only Module 1 sets the status of a need."""

    def __init__(self) -> None:
        KimError.__init__(self, "need_status_coordination_only")


class NeedEditDenied(PermissionDenied):
    def __init__(self) -> None:
        KimError.__init__(self, "need_edit_not_allowed")


@dataclass
class NeedReport:
    challenge: str
    municipality_code: str | None = None
    topic_code: str | None = None
    affected_group: str = ""
    cases_seen: int = 0
    example: str = ""


@dataclass
class NeedDecision:
    status: NeedStatus
    solution: str = ""
    working_group: str = ""
    owner_id: str | None = None


@dataclass
class NeedFilter:
    status: NeedStatus | None = None
    municipality_code: str | None = None
    topic_code: str | None = None
    text: str = ""


@dataclass(frozen=True)
class NeedRow:
    id: str
    reported_on: date
    reported_by_id: str
    reported_by_name: str
    municipality_code: str | None
    topic_code: str | None
    challenge: str
    affected_group: str
    cases_seen: int
    example: str
    status: NeedStatus
    status_changed_on: date | None
    solution: str
    working_group: str
    owner_id: str | None
    owner_name: str


class StructuralNeedService:
    def __init__(self, office: OfficeSession) -> None:
        self._office = office

    def can_decide(self) -> bool:
        return self._office.actor.role in DECIDING_ROLES

    def can_edit(self, row: NeedRow) -> bool:
        """The reporter and Module 1 may change a report."""
        return self.can_decide() or row.reported_by_id == self._office.actor.user_id

    # -- reading -------------------------------------------------------------------------
    def list_needs(self, needs_filter: NeedFilter | None = None) -> list[NeedRow]:
        f = needs_filter or NeedFilter()
        reporter, owner = aliased(User), aliased(User)
        query = (
            select(StructuralNeed, reporter.display_name, owner.display_name)
            .join(reporter, reporter.id == StructuralNeed.reported_by_id)
            .outerjoin(owner, owner.id == StructuralNeed.owner_id)
            .where(StructuralNeed.deleted_at.is_(None))
        )
        if f.status is not None:
            query = query.where(StructuralNeed.status == f.status)
        if f.municipality_code:
            query = query.where(StructuralNeed.municipality_code == f.municipality_code)
        if f.topic_code:
            query = query.where(StructuralNeed.topic_code == f.topic_code)
        for word in f.text.split():
            pattern = f"%{word}%"
            query = query.where(
                or_(
                    StructuralNeed.challenge.ilike(pattern),
                    StructuralNeed.affected_group.ilike(pattern),
                    StructuralNeed.example.ilike(pattern),
                    StructuralNeed.solution.ilike(pattern),
                    StructuralNeed.working_group.ilike(pattern),
                )
            )
        query = query.order_by(StructuralNeed.reported_on.desc(), StructuralNeed.created_at.desc())
        with self._office.database.reading() as session:
            return [_row(need, r, o) for need, r, o in session.execute(query)]

    def get(self, need_id: str) -> NeedRow:
        for row in self.list_needs_by_id(need_id):
            return row
        raise RecordMissing()

    def list_needs_by_id(self, need_id: str) -> list[NeedRow]:
        reporter, owner = aliased(User), aliased(User)
        query = (
            select(StructuralNeed, reporter.display_name, owner.display_name)
            .join(reporter, reporter.id == StructuralNeed.reported_by_id)
            .outerjoin(owner, owner.id == StructuralNeed.owner_id)
            .where(StructuralNeed.id == need_id, StructuralNeed.deleted_at.is_(None))
        )
        with self._office.database.reading() as session:
            return [_row(need, r, o) for need, r, o in session.execute(query)]

    def owner_choices(self) -> list[tuple[str, str]]:
        """(user id, name) of the active staff of Module 1."""
        with self._office.database.reading() as session:
            users = session.scalars(
                select(User)
                .where(
                    User.deleted_at.is_(None),
                    User.active.is_(True),
                    User.role.in_(DECIDING_ROLES),
                )
                .order_by(User.display_name)
            )
            return [(u.id, u.display_name) for u in users]

    # -- validation ----------------------------------------------------------------------
    @staticmethod
    def validate_report(report: NeedReport) -> list[FieldError]:
        errors = validation.required("challenge", report.challenge, 4000)
        if report.cases_seen < 0:
            errors.append(FieldError("cases_seen", "daywork_number_not_negative"))
        for name, max_length in (("affected_group", 300), ("example", 4000)):
            if len(getattr(report, name).strip()) > max_length:
                errors.append(FieldError(name, "too_long", {"max": max_length}))
        return errors

    @staticmethod
    def validate_decision(decision: NeedDecision) -> list[FieldError]:
        errors: list[FieldError] = []
        if decision.status is NeedStatus.SOLVED and not decision.solution.strip():
            errors.append(FieldError("solution", "need_solution_required"))
        if len(decision.working_group.strip()) > 200:
            errors.append(FieldError("working_group", "too_long", {"max": 200}))
        return errors

    # -- writing -------------------------------------------------------------------------
    def report(self, report: NeedReport) -> str:
        """A case manager reports a new need; returns its id."""
        errors = self.validate_report(report)
        if errors:
            raise ValidationFailed(errors)
        with self._office.database.transaction(self._office.actor.user_id) as session:
            need = StructuralNeed(
                reported_by_id=self._office.actor.user_id,
                reported_on=date.today(),
                status=NeedStatus.NEW,
                **_report_values(report),
            )
            session.add(need)
            session.flush()
            return need.id

    def update_report(self, need_id: str, report: NeedReport) -> None:
        errors = self.validate_report(report)
        if errors:
            raise ValidationFailed(errors)
        with self._office.database.transaction(self._office.actor.user_id) as session:
            need = self._editable(session, need_id)
            for name, value in _report_values(report).items():
                if getattr(need, name) != value:
                    setattr(need, name, value)

    def decide(self, need_id: str, decision: NeedDecision) -> None:
        """Module 1 only: status, solution, working group and owner."""
        if not self.can_decide():
            raise NeedStatusDenied()
        errors = self.validate_decision(decision)
        if errors:
            raise ValidationFailed(errors)
        with self._office.database.transaction(self._office.actor.user_id) as session:
            need = _get(session, need_id)
            if need.status is not decision.status:
                need.status = decision.status
                need.status_changed_on = date.today()
            values = {
                "solution": decision.solution.strip(),
                "working_group": decision.working_group.strip(),
                "owner_id": decision.owner_id,
            }
            for name, value in values.items():
                if getattr(need, name) != value:
                    setattr(need, name, value)

    def delete(self, need_id: str) -> None:
        with self._office.database.transaction(self._office.actor.user_id) as session:
            self._editable(session, need_id).deleted_at = utcnow()

    def restore(self, need_id: str) -> None:
        with self._office.database.transaction(self._office.actor.user_id) as session:
            need = _get(session, need_id, include_deleted=True)
            if not self._may_edit(need):
                raise NeedEditDenied()
            if ensure_restorable(session, need):
                need.deleted_at = None

    # -- helpers -------------------------------------------------------------------------
    def _may_edit(self, need: StructuralNeed) -> bool:
        return self.can_decide() or need.reported_by_id == self._office.actor.user_id

    def _editable(self, session: Session, need_id: str) -> StructuralNeed:
        need = _get(session, need_id)
        if not self._may_edit(need):
            raise NeedEditDenied()
        return need


def _report_values(report: NeedReport) -> dict[str, object]:
    return {
        "challenge": report.challenge.strip(),
        "municipality_code": report.municipality_code or None,
        "topic_code": report.topic_code or None,
        "affected_group": report.affected_group.strip(),
        "cases_seen": report.cases_seen,
        "example": report.example.strip(),
    }


def _get(session: Session, need_id: str, include_deleted: bool = False) -> StructuralNeed:
    need = session.get(StructuralNeed, need_id)
    if need is None or (need.deleted_at is not None and not include_deleted):
        raise RecordMissing()
    return need


def _row(need: StructuralNeed, reporter: str, owner: str | None) -> NeedRow:
    return NeedRow(
        id=need.id,
        reported_on=need.reported_on,
        reported_by_id=need.reported_by_id,
        reported_by_name=reporter,
        municipality_code=need.municipality_code,
        topic_code=need.topic_code,
        challenge=need.challenge,
        affected_group=need.affected_group,
        cases_seen=need.cases_seen,
        example=need.example,
        status=need.status,
        status_changed_on=need.status_changed_on,
        solution=need.solution,
        working_group=need.working_group,
        owner_id=need.owner_id,
        owner_name=owner or "",
    )
