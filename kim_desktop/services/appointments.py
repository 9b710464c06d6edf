"""Appointments with clients: plan, list by day or week, mark missed, cancel, delete.

Times are stored in UTC; callers pass timezone-aware datetimes (a naive one is taken as
local time) and get local times back. "Held" is recorded by the consultation entry, which
links the consultation to the appointment; this service only offers ``mark_held`` for
callers that record no consultation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from kim_desktop.db.base import utcnow
from kim_desktop.db.models import Appointment, Case, Client, User
from kim_desktop.domain.enums import AppointmentStatus
from kim_desktop.domain.errors import FieldError, KimError, RecordMissing, ValidationFailed
from kim_desktop.domain.search_key import name_search_key
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.tombstones import ensure_restorable

MAX_DURATION_MINUTES = 600
DEFAULT_DURATION_MINUTES = 45


@dataclass
class AppointmentInput:
    client_id: str | None
    starts_at: datetime
    duration_minutes: int = DEFAULT_DURATION_MINUTES
    location: str = ""
    purpose: str = ""
    bring_along: str = ""
    case_id: str | None = None


@dataclass(frozen=True)
class AppointmentRow:
    id: str
    client_id: str
    client_name: str
    file_number: str
    case_id: str | None
    case_manager_id: str
    case_manager_name: str
    starts_at: datetime  # local time, timezone-aware
    duration_minutes: int
    location: str
    purpose: str
    bring_along: str
    status: AppointmentStatus

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class ClientChoice:
    id: str
    name: str
    file_number: str
    birth_date: date | None


def local(value: datetime) -> datetime:
    """A timezone-aware datetime in local time (a naive one is taken as local already)."""
    return value.astimezone()


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(0, 0)).astimezone()


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


class AppointmentService:
    def __init__(self, office: OfficeSession) -> None:
        self._office = office

    # -- reading -------------------------------------------------------------------------
    def default_location(self) -> str:
        info = self._office.office_info()
        place = " ".join(p for p in (info.postal_code, info.city) if p)
        return ", ".join(p for p in (info.name, info.street, place) if p)

    def get(self, appointment_id: str) -> AppointmentRow:
        with self._office.database.reading() as session:
            rows = self._rows(session, _query().where(Appointment.id == appointment_id))
        if not rows:
            raise RecordMissing()
        return rows[0]

    def list_between(self, first: date, last: date, *, mine: bool = True) -> list[AppointmentRow]:
        """Appointments from ``first`` to ``last`` (both included, local days), by time."""
        query = _query().where(
            Appointment.starts_at >= day_start(first),
            Appointment.starts_at < day_start(last + timedelta(days=1)),
        )
        if mine:
            query = query.where(Appointment.case_manager_id == self._office.actor.user_id)
        with self._office.database.reading() as session:
            return self._rows(session, query.order_by(Appointment.starts_at))

    def list_day(self, day: date, *, mine: bool = True) -> list[AppointmentRow]:
        return self.list_between(day, day, mine=mine)

    def list_week(self, day: date, *, mine: bool = True) -> list[AppointmentRow]:
        """Monday to Sunday of the week containing ``day``."""
        first = week_start(day)
        return self.list_between(first, first + timedelta(days=6), mine=mine)

    def client_choice(self, client_id: str) -> ClientChoice:
        with self._office.database.reading() as session:
            client = session.get(Client, client_id)
            if client is None or client.deleted_at is not None:
                raise RecordMissing()
            return ClientChoice(client.id, client.full_name, client.file_number, client.birth_date)

    def find_clients(self, text: str, limit: int = 20) -> list[ClientChoice]:
        """Clients whose name or file number matches ``text`` (forgiving of umlauts)."""
        needle = text.strip()
        if len(needle) < 2:
            return []
        key = name_search_key(needle).split()
        query = select(Client).where(Client.deleted_at.is_(None))
        if needle[:1].isdigit() or "-" in needle:
            query = query.where(Client.file_number.like(f"%{needle}%"))
        else:
            for word in key[: len(key) // 2 or 1]:
                query = query.where(Client.search_key.like(f"%{word}%"))
        query = query.order_by(Client.last_name, Client.first_name).limit(limit)
        with self._office.database.reading() as session:
            return [
                ClientChoice(c.id, c.full_name, c.file_number, c.birth_date)
                for c in session.scalars(query)
            ]

    # -- validation ----------------------------------------------------------------------
    def validate(
        self, data: AppointmentInput, *, previous_start: datetime | None = None
    ) -> list[FieldError]:
        errors: list[FieldError] = []
        if not data.client_id:
            errors.append(FieldError("client_id", "appointment_client_required"))
        if not 0 < data.duration_minutes <= MAX_DURATION_MINUTES:
            errors.append(
                FieldError(
                    "duration_minutes", "appointment_duration_range", {"max": MAX_DURATION_MINUTES}
                )
            )
        moved = previous_start is None or local(previous_start) != local(data.starts_at)
        if moved and local(data.starts_at) < local(utcnow()):
            errors.append(FieldError("starts_at", "appointment_in_past"))
        for name, max_length in (("location", 200), ("purpose", 2000), ("bring_along", 2000)):
            if len(getattr(data, name).strip()) > max_length:
                errors.append(FieldError(name, "too_long", {"max": max_length}))
        return errors

    # -- writing -------------------------------------------------------------------------
    def create(self, data: AppointmentInput) -> str:
        """Plan a new appointment of the logged-in case manager; returns its id."""
        errors = self.validate(data)
        if errors:
            raise ValidationFailed(errors)
        with self._office.database.transaction(self._office.actor.user_id) as session:
            self._check_links(session, data)
            appointment = Appointment(
                client_id=data.client_id,
                case_id=data.case_id,
                case_manager_id=self._office.actor.user_id,
                starts_at=local(data.starts_at),
                duration_minutes=data.duration_minutes,
                location=data.location.strip() or self.default_location(),
                purpose=data.purpose.strip(),
                bring_along=data.bring_along.strip(),
                status=AppointmentStatus.PLANNED,
            )
            session.add(appointment)
            session.flush()
            return appointment.id

    def update(self, appointment_id: str, data: AppointmentInput) -> None:
        with self._office.database.transaction(self._office.actor.user_id) as session:
            appointment = _get(session, appointment_id)
            errors = self.validate(data, previous_start=appointment.starts_at)
            if errors:
                raise ValidationFailed(errors)
            self._check_links(session, data)
            values = {
                "client_id": data.client_id,
                "case_id": data.case_id,
                "starts_at": local(data.starts_at),
                "duration_minutes": data.duration_minutes,
                "location": data.location.strip(),
                "purpose": data.purpose.strip(),
                "bring_along": data.bring_along.strip(),
            }
            for name, value in values.items():
                if getattr(appointment, name) != value:
                    setattr(appointment, name, value)

    def mark_missed(self, appointment_id: str) -> None:
        self._set_status(appointment_id, AppointmentStatus.MISSED)

    def cancel(self, appointment_id: str) -> None:
        self._set_status(appointment_id, AppointmentStatus.CANCELLED)

    def mark_held(self, appointment_id: str) -> None:
        self._set_status(appointment_id, AppointmentStatus.HELD)

    def delete(self, appointment_id: str) -> None:
        """Tombstone: restorable with :meth:`restore`."""
        with self._office.database.transaction(self._office.actor.user_id) as session:
            _get(session, appointment_id).deleted_at = utcnow()

    def restore(self, appointment_id: str) -> None:
        """Undo :meth:`delete` — refused once the deletion is synchronised."""
        with self._office.database.transaction(self._office.actor.user_id) as session:
            appointment = _get(session, appointment_id, include_deleted=True)
            if ensure_restorable(session, appointment):
                appointment.deleted_at = None

    # -- helpers -------------------------------------------------------------------------
    def _set_status(self, appointment_id: str, status: AppointmentStatus) -> None:
        with self._office.database.transaction(self._office.actor.user_id) as session:
            appointment = _get(session, appointment_id)
            if appointment.status is not AppointmentStatus.PLANNED:
                raise KimError("appointment_not_planned")
            appointment.status = status

    @staticmethod
    def _check_links(session: Session, data: AppointmentInput) -> None:
        client = session.get(Client, data.client_id)
        if client is None or client.deleted_at is not None:
            raise ValidationFailed([FieldError("client_id", "appointment_client_required")])
        if data.case_id is not None:
            case = session.get(Case, data.case_id)
            if case is None or case.client_id != data.client_id:
                raise ValidationFailed([FieldError("case_id", "appointment_case_other_client")])

    @staticmethod
    def _rows(
        session: Session, query: Select[tuple[Appointment, Client, User]]
    ) -> list[AppointmentRow]:
        return [
            AppointmentRow(
                id=a.id,
                client_id=c.id,
                client_name=c.full_name,
                file_number=c.file_number,
                case_id=a.case_id,
                case_manager_id=a.case_manager_id,
                case_manager_name=u.display_name,
                starts_at=local(a.starts_at),
                duration_minutes=a.duration_minutes,
                location=a.location,
                purpose=a.purpose,
                bring_along=a.bring_along,
                status=a.status,
            )
            for a, c, u in session.execute(query)
        ]


def _query() -> Select[tuple[Appointment, Client, User]]:
    return (
        select(Appointment, Client, User)
        .join(Client, Client.id == Appointment.client_id)
        .join(User, User.id == Appointment.case_manager_id)
        .where(Appointment.deleted_at.is_(None), Client.deleted_at.is_(None))
    )


def _get(session: Session, appointment_id: str, include_deleted: bool = False) -> Appointment:
    appointment = session.get(Appointment, appointment_id)
    if appointment is None or (appointment.deleted_at is not None and not include_deleted):
        raise RecordMissing()
    return appointment
