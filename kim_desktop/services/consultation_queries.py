"""Reading for the consultation entry and list: defaults, appointment pre-fill, recent list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.db.models import (
    Appointment,
    Case,
    Client,
    Consultation,
    User,
    consultation_topics,
)
from kim_desktop.domain.enums import (
    CaseType,
    ConsultationMode,
    ConsultationType,
    LanguageMediation,
    Role,
)
from kim_desktop.domain.errors import RecordMissing
from kim_desktop.services.office_session import OfficeSession


@dataclass(frozen=True)
class EntryDefaults:
    """What the entry fills in once the client is chosen."""

    client_id: str
    municipality_code: str
    consultation_type: ConsultationType
    language_mediation: LanguageMediation
    mediation_language_code: str | None
    open_case_types: tuple[CaseType, ...]


@dataclass(frozen=True)
class AppointmentPrefill:
    appointment_id: str
    client_id: str
    held_on: date
    duration_minutes: int


@dataclass(frozen=True)
class ConsultationFilter:
    date_from: date | None = None
    date_to: date | None = None
    mine_only: bool = True
    consultation_type: ConsultationType | None = None
    topic_code: str | None = None


@dataclass(frozen=True)
class ConsultationRow:
    id: str
    client_id: str
    client_name: str
    file_number: str
    held_on: date
    duration_minutes: int
    mode: ConsultationMode
    consultation_type: ConsultationType
    case_manager_name: str
    topic_codes: tuple[str, ...]


class ConsultationQueries:
    def __init__(self, office: OfficeSession) -> None:
        self._office = office

    # -- defaults ------------------------------------------------------------------------
    def last_mode(self) -> ConsultationMode:
        """The mode of this user's most recent consultation (in person if none)."""
        with self._office.database.reading() as session:
            mode = session.scalar(
                select(Consultation.mode)
                .where(
                    Consultation.case_manager_id == self._office.actor.user_id,
                    Consultation.deleted_at.is_(None),
                )
                .order_by(Consultation.held_on.desc(), Consultation.created_at.desc())
                .limit(1)
            )
        return mode or ConsultationMode.IN_PERSON

    def entry_defaults(self, client_id: str) -> EntryDefaults:
        with self._office.database.reading() as session:
            client = session.get(Client, client_id)
            if client is None or client.deleted_at is not None:
                raise RecordMissing()
            open_types = tuple(case.case_type for case in open_cases(session, client_id))
        mediation = (
            LanguageMediation.PERSON if client.interpreter_needed else LanguageMediation.NONE
        )
        return EntryDefaults(
            client_id=client.id,
            municipality_code=client.municipality_code,
            consultation_type=self._default_type(open_types),
            language_mediation=mediation,
            mediation_language_code=client.preferred_language_code
            if client.interpreter_needed
            else None,
            open_case_types=open_types,
        )

    def _default_type(self, open_types: tuple[CaseType, ...]) -> ConsultationType:
        mukis_first = self._office.actor.role is Role.MUKIS_CASE_MANAGER
        order = (
            (CaseType.MUKIS, CaseType.CASE_MANAGEMENT)
            if mukis_first
            else (CaseType.CASE_MANAGEMENT, CaseType.MUKIS)
        )
        for case_type in order:
            if case_type in open_types:
                return (
                    ConsultationType.MUKIS_INDIVIDUAL
                    if case_type is CaseType.MUKIS
                    else ConsultationType.CASE_MANAGEMENT
                )
        return ConsultationType.ONE_TIME

    def appointment_prefill(self, appointment_id: str) -> AppointmentPrefill:
        with self._office.database.reading() as session:
            appointment = session.get(Appointment, appointment_id)
            if appointment is None or appointment.deleted_at is not None:
                raise RecordMissing()
            return AppointmentPrefill(
                appointment_id=appointment.id,
                client_id=appointment.client_id,
                held_on=appointment.starts_at.astimezone().date(),
                duration_minutes=appointment.duration_minutes,
            )

    # -- the recent list -----------------------------------------------------------------
    def recent(
        self, filter_: ConsultationFilter, limit: int = 200, offset: int = 0
    ) -> list[ConsultationRow]:
        query = (
            select(
                Consultation,
                Client.first_name,
                Client.last_name,
                Client.file_number,
                User.display_name,
            )
            .join(Client, Client.id == Consultation.client_id)
            .join(User, User.id == Consultation.case_manager_id)
            .where(Consultation.deleted_at.is_(None), Client.deleted_at.is_(None))
        )
        if filter_.date_from is not None:
            query = query.where(Consultation.held_on >= filter_.date_from)
        if filter_.date_to is not None:
            query = query.where(Consultation.held_on <= filter_.date_to)
        if filter_.mine_only:
            query = query.where(Consultation.case_manager_id == self._office.actor.user_id)
        if filter_.consultation_type is not None:
            query = query.where(Consultation.consultation_type == filter_.consultation_type)
        if filter_.topic_code:
            query = query.where(
                Consultation.id.in_(
                    select(consultation_topics.c.consultation_id).where(
                        consultation_topics.c.topic_code == filter_.topic_code
                    )
                )
            )
        query = (
            query.order_by(Consultation.held_on.desc(), Consultation.id.desc())
            .limit(limit)
            .offset(offset)
        )
        with self._office.database.reading() as session:
            found = session.execute(query).all()
            ids = [row[0].id for row in found]
            topics: dict[str, list[str]] = {}
            if ids:
                for consultation_id, code in session.execute(
                    select(
                        consultation_topics.c.consultation_id, consultation_topics.c.topic_code
                    ).where(consultation_topics.c.consultation_id.in_(ids))
                ):
                    topics.setdefault(consultation_id, []).append(code)
        return [
            ConsultationRow(
                id=c.id,
                client_id=c.client_id,
                client_name=f"{first} {last}".strip(),
                file_number=number,
                held_on=c.held_on,
                duration_minutes=c.duration_minutes,
                mode=c.mode,
                consultation_type=c.consultation_type,
                case_manager_name=manager,
                topic_codes=tuple(sorted(topics.get(c.id, []))),
            )
            for c, first, last, number, manager in found
        ]


def open_cases(session: Session, client_id: str) -> list[Case]:
    """The client's open cases, newest first."""
    return list(
        session.scalars(
            select(Case)
            .where(Case.client_id == client_id, Case.closed_on.is_(None), Case.deleted_at.is_(None))
            .order_by(Case.opened_on.desc(), Case.id.desc())
        )
    )
