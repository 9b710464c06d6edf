"""The "Papierkorb": deleting and restoring records of a client file, and finding them later.

One entry point for the UI's delete confirmations, undo offers and restore lists: records are
named by a :class:`DeletedKind` and their id; each kind's own service does the write (so its
rules and the one write path apply). A deleted record can be restored until its deletion is
synchronised (:mod:`kim_desktop.services.tombstones`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any, TypeVar

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from kim_desktop.db.base import SyncedMixin
from kim_desktop.db.models import Appointment, Case, Client, Consultation, Goal, Referral
from kim_desktop.domain.errors import RecordMissing
from kim_desktop.domain.search_key import name_search_key
from kim_desktop.services.appointments import AppointmentService
from kim_desktop.services.cases import CaseService
from kim_desktop.services.clients import ClientService
from kim_desktop.services.consultations import ConsultationService
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.referrals import ReferralService
from kim_desktop.services.tombstones import RestoreState, restore_state, restore_states

DELETED_CLIENTS_LIMIT = 500
M = TypeVar("M", bound=SyncedMixin)


class DeletedKind(StrEnum):
    CLIENT = "client"
    CASE = "case"
    GOAL = "goal"
    CONSULTATION = "consultation"
    REFERRAL = "referral"
    APPOINTMENT = "appointment"


MODELS: dict[DeletedKind, type[SyncedMixin]] = {
    DeletedKind.CLIENT: Client,
    DeletedKind.CASE: Case,
    DeletedKind.GOAL: Goal,
    DeletedKind.CONSULTATION: Consultation,
    DeletedKind.REFERRAL: Referral,
    DeletedKind.APPOINTMENT: Appointment,
}


@dataclass(frozen=True)
class DeletedEntry:
    """A tombstoned record of one client file, with what the list shows of it."""

    kind: DeletedKind
    record_id: str
    on: date  # the record's own date (held, referred, opened, due, appointment day)
    deleted_at: datetime
    state: RestoreState
    type_value: Enum | None = None  # consultation type, case type, referral direction
    code: str | None = None  # referral target
    text: str = ""  # goal text, institution, appointment purpose

    @property
    def restorable(self) -> bool:
        return self.state is RestoreState.RESTORABLE


@dataclass(frozen=True)
class DeletedClient:
    id: str
    file_number: str
    full_name: str
    birth_date: date | None
    municipality_code: str
    deleted_at: datetime
    state: RestoreState

    @property
    def restorable(self) -> bool:
        return self.state is RestoreState.RESTORABLE


class TrashService:
    def __init__(self, office: OfficeSession) -> None:
        self._office = office

    # -- writing (each kind's own service) ------------------------------------------------
    def delete(self, kind: DeletedKind, record_id: str) -> None:
        self._writers(kind)[0](record_id)

    def restore(self, kind: DeletedKind, record_id: str) -> None:
        """Bring a deleted record back; ``KimError("restore_already_synced")`` once synced."""
        self._writers(kind)[1](record_id)

    def restore_state(self, kind: DeletedKind, record_id: str) -> RestoreState:
        with self._office.database.reading() as session:
            record = session.get(MODELS[kind], record_id)
            if record is None:
                raise RecordMissing()
            return restore_state(session, record)

    def can_restore(self, kind: DeletedKind, record_id: str) -> bool:
        """True while the record is deleted and its deletion not yet synchronised."""
        return self.restore_state(kind, record_id) is RestoreState.RESTORABLE

    def _writers(self, kind: DeletedKind) -> tuple[Callable[[str], None], Callable[[str], None]]:
        office = self._office
        if kind is DeletedKind.CLIENT:
            clients = ClientService(office)
            return (
                lambda i: clients.delete_client(self._file_number(i)),
                lambda i: clients.restore_client(self._file_number(i)),
            )
        if kind in (DeletedKind.CASE, DeletedKind.GOAL):
            cases = CaseService(office)
            if kind is DeletedKind.CASE:
                return cases.delete_case, cases.restore_case
            return cases.delete_goal, cases.restore_goal
        if kind is DeletedKind.CONSULTATION:
            consultations = ConsultationService(office)
            return consultations.delete_consultation, consultations.restore_consultation
        if kind is DeletedKind.REFERRAL:
            referrals = ReferralService(office)
            return referrals.delete_referral, referrals.restore_referral
        appointments = AppointmentService(office)
        return appointments.delete, appointments.restore

    def _file_number(self, client_id: str) -> str:
        with self._office.database.reading() as session:
            number = session.scalar(select(Client.file_number).where(Client.id == client_id))
        if number is None:
            raise RecordMissing()
        return number

    # -- finding deleted records ----------------------------------------------------------
    def deleted_in_file(self, client_id: str) -> list[DeletedEntry]:
        """The client's deleted cases, goals, consultations, referrals and appointments,
        most recently deleted first."""
        with self._office.database.reading() as session:
            entries = (
                _consultations(session, client_id)
                + _referrals(session, client_id)
                + _cases(session, client_id)
                + _goals(session, client_id)
                + _appointments(session, client_id)
            )
        entries.sort(key=lambda e: e.deleted_at, reverse=True)
        return entries

    def deleted_clients(self, text: str = "") -> list[DeletedClient]:
        """Deleted clients (name or file number containing ``text``), recently deleted first."""
        query = select(Client).where(Client.deleted_at.is_not(None))
        words = text.strip()
        if words:
            tokens = name_search_key(words).split()
            names = tokens[len(tokens) // 2 :]  # the skeletons: Kowalenko finds Kovalenko
            by_name = and_(*[Client.search_key.contains(t) for t in names]) if tokens else None
            by_number = Client.file_number.ilike(f"%{words}%")
            query = query.where(by_number if by_name is None else or_(by_number, by_name))
        query = query.order_by(Client.deleted_at.desc()).limit(DELETED_CLIENTS_LIMIT)
        with self._office.database.reading() as session:
            clients = session.scalars(query).all()
            states = restore_states(session, "clients", [c.id for c in clients])
            return [
                DeletedClient(
                    c.id,
                    c.file_number,
                    c.full_name,
                    c.birth_date,
                    c.municipality_code,
                    _deleted_at(c),
                    states[c.id],
                )
                for c in clients
            ]


def _deleted_at(record: SyncedMixin) -> datetime:
    assert record.deleted_at is not None
    return record.deleted_at


def _tombstoned(
    session: Session, model: type[M], *where: Any
) -> tuple[list[M], dict[str, RestoreState]]:
    """The deleted records of ``model`` matching ``where`` and their restore states."""
    rows = list(session.scalars(select(model).where(model.deleted_at.is_not(None), *where)))
    table = model.__table__.name  # type: ignore[attr-defined]
    return rows, restore_states(session, table, [r.id for r in rows])


def _consultations(session: Session, client_id: str) -> list[DeletedEntry]:
    rows, states = _tombstoned(session, Consultation, Consultation.client_id == client_id)
    return [
        DeletedEntry(
            DeletedKind.CONSULTATION,
            c.id,
            c.held_on,
            _deleted_at(c),
            states[c.id],
            type_value=c.consultation_type,
            text=c.notes[:120],
        )
        for c in rows
    ]


def _referrals(session: Session, client_id: str) -> list[DeletedEntry]:
    rows, states = _tombstoned(session, Referral, Referral.client_id == client_id)
    return [
        DeletedEntry(
            DeletedKind.REFERRAL,
            r.id,
            r.referred_on,
            _deleted_at(r),
            states[r.id],
            type_value=r.direction,
            code=r.target_code,
            text=r.institution_name,
        )
        for r in rows
    ]


def _cases(session: Session, client_id: str) -> list[DeletedEntry]:
    rows, states = _tombstoned(session, Case, Case.client_id == client_id)
    return [
        DeletedEntry(DeletedKind.CASE, c.id, c.opened_on, _deleted_at(c), states[c.id], c.case_type)
        for c in rows
    ]


def _goals(session: Session, client_id: str) -> list[DeletedEntry]:
    case_ids = select(Case.id).where(Case.client_id == client_id)
    rows, states = _tombstoned(session, Goal, Goal.case_id.in_(case_ids))
    return [
        DeletedEntry(
            DeletedKind.GOAL,
            g.id,
            g.due_on or _deleted_at(g).date(),
            _deleted_at(g),
            states[g.id],
            type_value=g.case.case_type,
            text=g.text,
        )
        for g in rows
    ]


def _appointments(session: Session, client_id: str) -> list[DeletedEntry]:
    rows, states = _tombstoned(session, Appointment, Appointment.client_id == client_id)
    return [
        DeletedEntry(
            DeletedKind.APPOINTMENT,
            a.id,
            a.starts_at.astimezone().date(),
            _deleted_at(a),
            states[a.id],
            text=a.purpose,
        )
        for a in rows
    ]
