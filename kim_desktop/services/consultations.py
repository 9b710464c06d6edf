"""Consultations: the quick entry's defaults, saving in one transaction, the recent list.

Saving writes the consultation, its topics, the referrals made in it, a case if needed and the
held appointment together, or nothing at all. Case rule (documented for the users): the
consultation belongs to the client's open case of the matching kind (case management, MuKi-S);
a one-time consultation joins the client's only open case, if there is exactly one. Without
such a case one is created with the consultation: a one-time case opened and closed on the
day (as the district counts one-time consultations), a case-management or MuKi-S case opened
in phase "Fallaufnahme/Klärung". The entry says so before saving.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.db.models import (
    Appointment,
    Case,
    CasePhaseChange,
    Client,
    Consultation,
    ConsultationTopic,
    Referral,
    User,
    consultation_topics,
)
from kim_desktop.domain.enums import (
    AppointmentStatus,
    CasePhase,
    CaseType,
    ClosingReason,
    ConsultationMode,
    ConsultationType,
    LanguageMediation,
    ReferralDirection,
    Role,
)
from kim_desktop.domain.errors import FieldError, RecordMissing, ValidationFailed
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.referrals import (
    ReferralInput,
    check_referral_target,
    validate_referral,
)

MAX_DURATION = 600
DEFAULT_DURATION = 45
FOLLOW_UP_DAYS = 14
MAX_NOTES = 10_000

CASE_TYPE_FOR: dict[ConsultationType, CaseType] = {
    ConsultationType.ONE_TIME: CaseType.ONE_TIME,
    ConsultationType.CASE_MANAGEMENT: CaseType.CASE_MANAGEMENT,
    ConsultationType.MUKIS_INDIVIDUAL: CaseType.MUKIS,
}


@dataclass
class ConsultationInput:
    client_id: str | None
    held_on: date
    topic_codes: list[str]
    consultation_type: ConsultationType = ConsultationType.ONE_TIME
    duration_minutes: int = DEFAULT_DURATION
    mode: ConsultationMode = ConsultationMode.IN_PERSON
    language_mediation: LanguageMediation = LanguageMediation.NONE
    mediation_language_code: str | None = None
    notes: str = ""
    referrals: list[ReferralInput] = field(default_factory=list)
    appointment_id: str | None = None


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


def default_follow_up(referred_on: date) -> date:
    return referred_on + timedelta(days=FOLLOW_UP_DAYS)


def case_needed(
    consultation_type: ConsultationType, open_case_types: tuple[CaseType, ...]
) -> CaseType | None:
    """The kind of case saving will open, or None when an open case is linked."""
    wanted = CASE_TYPE_FOR[consultation_type]
    if wanted in open_case_types:
        return None
    if consultation_type is ConsultationType.ONE_TIME and len(open_case_types) == 1:
        return None
    return wanted


class ConsultationService:
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
            open_types = tuple(case.case_type for case in _open_cases(session, client_id))
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

    # -- saving --------------------------------------------------------------------------
    def validate(self, data: ConsultationInput) -> list[FieldError]:
        errors: list[FieldError] = []
        if not data.client_id:
            errors.append(FieldError("client", "consultation_client_required"))
        if data.held_on > date.today():
            errors.append(FieldError("held_on", "date_in_future"))
        if not 0 < data.duration_minutes <= MAX_DURATION:
            errors.append(
                FieldError("duration", "consultation_duration_range", {"max": MAX_DURATION})
            )
        if not data.topic_codes:
            errors.append(FieldError("topics", "consultation_topic_required"))
        if (
            data.language_mediation is not LanguageMediation.NONE
            and not data.mediation_language_code
        ):
            errors.append(
                FieldError("mediation_language", "consultation_mediation_language_required")
            )
        if len(data.notes) > MAX_NOTES:
            errors.append(FieldError("notes", "too_long", {"max": MAX_NOTES}))
        for index, referral in enumerate(data.referrals):
            errors += validate_referral(referral, data.held_on, f"referrals.{index}")
        return errors

    def save(self, data: ConsultationInput) -> str:
        """Save everything of one consultation in one transaction; returns its id."""
        errors = self.validate(data)
        if errors:
            raise ValidationFailed(errors)
        actor = self._office.actor
        with self._office.database.transaction(actor.user_id) as session:
            client = session.get(Client, data.client_id)
            if client is None or client.deleted_at is not None:
                raise ValidationFailed([FieldError("client", "consultation_client_unknown")])
            topics = self._topics(session, data.topic_codes)
            checked = self._check_referrals(session, client.id, data)
            appointment = self._appointment(session, data.appointment_id, client.id)
            case = self._case_for(session, client, data)
            consultation = Consultation(
                client_id=client.id,
                case_id=case.id,
                appointment_id=appointment.id if appointment else None,
                case_manager_id=actor.user_id,
                municipality_code=client.municipality_code,
                held_on=data.held_on,
                duration_minutes=data.duration_minutes,
                mode=data.mode,
                consultation_type=data.consultation_type,
                language_mediation=data.language_mediation,
                mediation_language_code=(
                    data.mediation_language_code
                    if data.language_mediation is not LanguageMediation.NONE
                    else None
                ),
                notes=data.notes.strip(),
                topics=topics,
            )
            session.add(consultation)
            session.flush()
            for referral, (consent_id, institution_name) in zip(
                data.referrals, checked, strict=True
            ):
                session.add(
                    Referral(
                        client_id=client.id,
                        case_id=case.id,
                        consultation_id=consultation.id,
                        case_manager_id=actor.user_id,
                        municipality_code=client.municipality_code,
                        direction=ReferralDirection.OUTGOING,
                        target_code=referral.target_code,
                        institution_id=referral.institution_id or None,
                        institution_name=institution_name,
                        consent_id=consent_id,
                        referred_on=data.held_on,
                        reason=referral.reason.strip(),
                        status=referral.status,
                        status_changed_on=data.held_on,
                        declined_reason=referral.declined_reason.strip(),
                        follow_up_on=referral.follow_up_on,
                    )
                )
            if appointment is not None and appointment.status is not AppointmentStatus.HELD:
                appointment.status = AppointmentStatus.HELD
            return consultation.id

    @staticmethod
    def _topics(session: Session, codes: list[str]) -> list[ConsultationTopic]:
        unique = list(dict.fromkeys(codes))
        found = {
            topic.code: topic
            for topic in session.scalars(
                select(ConsultationTopic).where(ConsultationTopic.code.in_(unique))
            )
        }
        missing = [code for code in unique if code not in found]
        if missing:
            raise ValidationFailed(
                [FieldError("topics", "consultation_topic_unknown", {"code": missing[0]})]
            )
        return [found[code] for code in unique]

    @staticmethod
    def _check_referrals(
        session: Session, client_id: str, data: ConsultationInput
    ) -> list[tuple[str | None, str]]:
        errors: list[FieldError] = []
        checked: list[tuple[str | None, str]] = []
        for index, referral in enumerate(data.referrals):
            found, consent, institution_name = check_referral_target(
                session, client_id, referral, data.held_on, f"referrals.{index}"
            )
            errors += found
            checked.append((consent.id if consent else None, institution_name))
        if errors:
            raise ValidationFailed(errors)
        return checked

    @staticmethod
    def _appointment(
        session: Session, appointment_id: str | None, client_id: str
    ) -> Appointment | None:
        if appointment_id is None:
            return None
        appointment = session.get(Appointment, appointment_id)
        if (
            appointment is None
            or appointment.deleted_at is not None
            or appointment.client_id != client_id
        ):
            raise ValidationFailed([FieldError("client", "consultation_appointment_unknown")])
        return appointment

    def _case_for(self, session: Session, client: Client, data: ConsultationInput) -> Case:
        open_cases = _open_cases(session, client.id)
        wanted = CASE_TYPE_FOR[data.consultation_type]
        matching = [case for case in open_cases if case.case_type is wanted]
        if matching:
            return matching[0]
        if data.consultation_type is ConsultationType.ONE_TIME and len(open_cases) == 1:
            return open_cases[0]
        return self._open_case(session, client, wanted, data)

    def _open_case(
        self, session: Session, client: Client, case_type: CaseType, data: ConsultationInput
    ) -> Case:
        user_id = self._office.actor.user_id
        one_time = case_type is CaseType.ONE_TIME
        case = Case(
            client_id=client.id,
            case_type=case_type,
            case_manager_id=user_id,
            municipality_code=client.municipality_code,
            phase=CasePhase.CLOSURE if one_time else CasePhase.INTAKE,
            opened_on=data.held_on,
            closed_on=data.held_on if one_time else None,
            closing_reason=(
                (ClosingReason.REFERRED if data.referrals else ClosingReason.GOALS_REACHED)
                if one_time
                else None
            ),
        )
        session.add(case)
        session.flush()
        steps = [(None, CasePhase.INTAKE)]
        if one_time:
            steps.append((CasePhase.INTAKE, CasePhase.CLOSURE))
        for from_phase, to_phase in steps:
            session.add(
                CasePhaseChange(
                    case_id=case.id,
                    from_phase=from_phase,
                    to_phase=to_phase,
                    changed_on=data.held_on,
                    changed_by_id=user_id,
                )
            )
        return case

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


def _open_cases(session: Session, client_id: str) -> list[Case]:
    return list(
        session.scalars(
            select(Case)
            .where(Case.client_id == client_id, Case.closed_on.is_(None), Case.deleted_at.is_(None))
            .order_by(Case.opened_on.desc(), Case.id.desc())
        )
    )
