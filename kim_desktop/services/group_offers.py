"""Group offers per municipality (e.g. a parents' training of five 2-hour sessions), their
sessions, and the monthly MuKi-S counts (individual and group counselling)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from kim_desktop.db.base import utcnow
from kim_desktop.db.models import Consultation, GroupOffer, GroupSession, User
from kim_desktop.domain import validation
from kim_desktop.domain.enums import ConsultationType, GroupOfferKind
from kim_desktop.domain.errors import FieldError, RecordMissing, ValidationFailed
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.tombstones import ensure_restorable

# Group offers whose sessions count as MuKi-S group counselling.
MUKIS_GROUP_KINDS = (GroupOfferKind.MUKIS_GROUP, GroupOfferKind.PARENTS_TRAINING)
MAX_SESSION_MINUTES = 600

_Record = TypeVar("_Record", GroupOffer, GroupSession)


@dataclass
class GroupOfferInput:
    title: str
    kind: GroupOfferKind
    municipality_code: str
    target_group_code: str | None = None
    description: str = ""
    planned_sessions: int = 5
    session_minutes: int = 120
    starts_on: date | None = None
    ends_on: date | None = None
    leader_id: str | None = None


@dataclass
class SessionInput:
    held_on: date
    duration_minutes: int = 120
    participants: int = 0
    note: str = ""


@dataclass(frozen=True)
class GroupOfferRow:
    id: str
    title: str
    kind: GroupOfferKind
    municipality_code: str
    target_group_code: str | None
    description: str
    planned_sessions: int
    session_minutes: int
    starts_on: date | None
    ends_on: date | None
    leader_id: str | None
    leader_name: str
    sessions_held: int


@dataclass(frozen=True)
class SessionRow:
    id: str
    offer_id: str
    held_on: date
    duration_minutes: int
    participants: int
    note: str


@dataclass(frozen=True)
class MonthlyRow:
    """Counts of one municipality per month (index 0 = January)."""

    municipality_code: str
    individual: list[int]
    group_sessions: list[int]
    group_participants: list[int]


@dataclass(frozen=True)
class MukisMonthlyCounts:
    year: int
    rows: list[MonthlyRow] = field(default_factory=list)

    def total_individual(self) -> int:
        return sum(sum(r.individual) for r in self.rows)

    def total_group_sessions(self) -> int:
        return sum(sum(r.group_sessions) for r in self.rows)

    def row(self, municipality_code: str) -> MonthlyRow | None:
        return next((r for r in self.rows if r.municipality_code == municipality_code), None)


class GroupOfferService:
    def __init__(self, office: OfficeSession) -> None:
        self._office = office

    # -- offers --------------------------------------------------------------------------
    def list_offers(self, municipality_code: str | None = None) -> list[GroupOfferRow]:
        held = (
            select(GroupSession.offer_id, func.count().label("held"))
            .where(GroupSession.deleted_at.is_(None))
            .group_by(GroupSession.offer_id)
            .subquery()
        )
        query = (
            select(GroupOffer, User.display_name, held.c.held)
            .outerjoin(User, User.id == GroupOffer.leader_id)
            .outerjoin(held, held.c.offer_id == GroupOffer.id)
            .where(GroupOffer.deleted_at.is_(None))
        )
        if municipality_code:
            query = query.where(GroupOffer.municipality_code == municipality_code)
        query = query.order_by(GroupOffer.starts_on.desc(), GroupOffer.title)
        with self._office.database.reading() as session:
            return [_offer_row(o, leader, count) for o, leader, count in session.execute(query)]

    def get_offer(self, offer_id: str) -> GroupOfferRow:
        for row in self.list_offers():
            if row.id == offer_id:
                return row
        raise RecordMissing()

    def leader_choices(self) -> list[tuple[str, str]]:
        with self._office.database.reading() as session:
            users = session.scalars(
                select(User)
                .where(User.deleted_at.is_(None), User.active.is_(True))
                .order_by(User.display_name)
            )
            return [(u.id, u.display_name) for u in users]

    @staticmethod
    def validate_offer(data: GroupOfferInput) -> list[FieldError]:
        errors = validation.required("title", data.title, 200)
        errors += validation.required("municipality_code", data.municipality_code)
        if data.planned_sessions < 1:
            errors.append(FieldError("planned_sessions", "group_sessions_positive"))
        if not 0 < data.session_minutes <= MAX_SESSION_MINUTES:
            errors.append(
                FieldError(
                    "session_minutes", "appointment_duration_range", {"max": MAX_SESSION_MINUTES}
                )
            )
        if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
            errors.append(FieldError("ends_on", "group_end_before_start"))
        return errors

    def create_offer(self, data: GroupOfferInput) -> str:
        errors = self.validate_offer(data)
        if errors:
            raise ValidationFailed(errors)
        with self._office.database.transaction(self._office.actor.user_id) as session:
            offer = GroupOffer(**_offer_values(data))
            session.add(offer)
            session.flush()
            return offer.id

    def update_offer(self, offer_id: str, data: GroupOfferInput) -> None:
        errors = self.validate_offer(data)
        if errors:
            raise ValidationFailed(errors)
        with self._office.database.transaction(self._office.actor.user_id) as session:
            offer = _get(session, GroupOffer, offer_id)
            for name, value in _offer_values(data).items():
                if getattr(offer, name) != value:
                    setattr(offer, name, value)

    def delete_offer(self, offer_id: str) -> None:
        with self._office.database.transaction(self._office.actor.user_id) as session:
            _get(session, GroupOffer, offer_id).deleted_at = utcnow()

    def restore_offer(self, offer_id: str) -> None:
        with self._office.database.transaction(self._office.actor.user_id) as session:
            offer = _get(session, GroupOffer, offer_id, include_deleted=True)
            if ensure_restorable(session, offer):
                offer.deleted_at = None

    # -- sessions ------------------------------------------------------------------------
    def sessions(self, offer_id: str) -> list[SessionRow]:
        with self._office.database.reading() as session:
            rows = session.scalars(
                select(GroupSession)
                .where(GroupSession.offer_id == offer_id, GroupSession.deleted_at.is_(None))
                .order_by(GroupSession.held_on)
            )
            return [
                SessionRow(s.id, s.offer_id, s.held_on, s.duration_minutes, s.participants, s.note)
                for s in rows
            ]

    @staticmethod
    def validate_session(data: SessionInput) -> list[FieldError]:
        errors: list[FieldError] = []
        if not 0 < data.duration_minutes <= MAX_SESSION_MINUTES:
            errors.append(
                FieldError(
                    "duration_minutes", "appointment_duration_range", {"max": MAX_SESSION_MINUTES}
                )
            )
        if data.participants < 0:
            errors.append(FieldError("participants", "daywork_number_not_negative"))
        return errors

    def add_session(self, offer_id: str, data: SessionInput) -> str:
        errors = self.validate_session(data)
        if errors:
            raise ValidationFailed(errors)
        with self._office.database.transaction(self._office.actor.user_id) as session:
            _get(session, GroupOffer, offer_id)
            row = GroupSession(offer_id=offer_id, **_session_values(data))
            session.add(row)
            session.flush()
            return row.id

    def update_session(self, session_id: str, data: SessionInput) -> None:
        errors = self.validate_session(data)
        if errors:
            raise ValidationFailed(errors)
        with self._office.database.transaction(self._office.actor.user_id) as session:
            row = _get(session, GroupSession, session_id)
            for name, value in _session_values(data).items():
                if getattr(row, name) != value:
                    setattr(row, name, value)

    def delete_session(self, session_id: str) -> None:
        with self._office.database.transaction(self._office.actor.user_id) as session:
            _get(session, GroupSession, session_id).deleted_at = utcnow()

    def restore_session(self, session_id: str) -> None:
        with self._office.database.transaction(self._office.actor.user_id) as session:
            row = _get(session, GroupSession, session_id, include_deleted=True)
            if ensure_restorable(session, row):
                row.deleted_at = None


def mukis_monthly_counts(office: OfficeSession, year: int) -> MukisMonthlyCounts:
    """MuKi-S individual counselling (consultations) and group sessions per month and
    municipality in ``year``; municipalities without any count are left out."""
    individual_month = extract("month", Consultation.held_on)
    individual = (
        select(Consultation.municipality_code, individual_month, func.count())
        .where(
            Consultation.deleted_at.is_(None),
            Consultation.consultation_type == ConsultationType.MUKIS_INDIVIDUAL,
            Consultation.held_on >= date(year, 1, 1),
            Consultation.held_on <= date(year, 12, 31),
        )
        .group_by(Consultation.municipality_code, individual_month)
    )
    group_month = extract("month", GroupSession.held_on)
    groups = (
        select(
            GroupOffer.municipality_code,
            group_month,
            func.count(),
            func.coalesce(func.sum(GroupSession.participants), 0),
        )
        .join(GroupOffer, GroupOffer.id == GroupSession.offer_id)
        .where(
            GroupSession.deleted_at.is_(None),
            GroupOffer.deleted_at.is_(None),
            GroupOffer.kind.in_(MUKIS_GROUP_KINDS),
            GroupSession.held_on >= date(year, 1, 1),
            GroupSession.held_on <= date(year, 12, 31),
        )
        .group_by(GroupOffer.municipality_code, group_month)
    )
    table: dict[str, tuple[list[int], list[int], list[int]]] = {}

    def cells(code: str) -> tuple[list[int], list[int], list[int]]:
        return table.setdefault(code, ([0] * 12, [0] * 12, [0] * 12))

    with office.database.reading() as session:
        for code, month, count in session.execute(individual):
            cells(code)[0][int(month) - 1] += int(count)
        for code, month, count, participants in session.execute(groups):
            cells(code)[1][int(month) - 1] += int(count)
            cells(code)[2][int(month) - 1] += int(participants)
    return MukisMonthlyCounts(year, [MonthlyRow(code, *table[code]) for code in sorted(table)])


def _offer_values(data: GroupOfferInput) -> dict[str, object]:
    return {
        "title": data.title.strip(),
        "kind": data.kind,
        "municipality_code": data.municipality_code,
        "target_group_code": data.target_group_code or None,
        "description": data.description.strip(),
        "planned_sessions": data.planned_sessions,
        "session_minutes": data.session_minutes,
        "starts_on": data.starts_on,
        "ends_on": data.ends_on,
        "leader_id": data.leader_id or None,
    }


def _session_values(data: SessionInput) -> dict[str, object]:
    return {
        "held_on": data.held_on,
        "duration_minutes": data.duration_minutes,
        "participants": data.participants,
        "note": data.note.strip(),
    }


def _get(
    session: Session, model: type[_Record], record_id: str, include_deleted: bool = False
) -> _Record:
    record = session.get(model, record_id)
    if record is None or (record.deleted_at is not None and not include_deleted):
        raise RecordMissing()
    return record


def _offer_row(offer: GroupOffer, leader: str | None, held: int | None) -> GroupOfferRow:
    return GroupOfferRow(
        id=offer.id,
        title=offer.title,
        kind=offer.kind,
        municipality_code=offer.municipality_code,
        target_group_code=offer.target_group_code,
        description=offer.description,
        planned_sessions=offer.planned_sessions,
        session_minutes=offer.session_minutes,
        starts_on=offer.starts_on,
        ends_on=offer.ends_on,
        leader_id=offer.leader_id,
        leader_name=leader or "",
        sessions_held=int(held or 0),
    )
