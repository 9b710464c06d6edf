"""Consultations: saving in one transaction, deleting and restoring.

Saving writes the consultation, its topics, the referrals made in it, a case if needed and the
held appointment together, or nothing at all. Case rule (documented for the users): the
consultation belongs to the client's open case of the matching kind (case management, MuKi-S);
a one-time consultation joins the client's only open case, if there is exactly one. Without
such a case one is created with the consultation: a one-time case opened and closed on the
day (as the district counts one-time consultations), a case-management or MuKi-S case opened
in phase "Fallaufnahme/Klärung". The entry says so before saving.

Rules without the database live in :mod:`consultation_rules`, reading (defaults, the recent
list) in :mod:`consultation_queries`; both are importable from here as before.
"""

from __future__ import annotations

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
)
from kim_desktop.domain.enums import (
    AppointmentStatus,
    CasePhase,
    CaseType,
    ClosingReason,
    ConsultationType,
    LanguageMediation,
    ReferralDirection,
)
from kim_desktop.domain.errors import FieldError, ValidationFailed
from kim_desktop.services.consultation_queries import (
    AppointmentPrefill,
    ConsultationFilter,
    ConsultationQueries,
    ConsultationRow,
    EntryDefaults,
    open_cases,
)
from kim_desktop.services.consultation_rules import (
    CASE_TYPE_FOR,
    DEFAULT_DURATION,
    FOLLOW_UP_DAYS,
    MAX_DURATION,
    MAX_NOTES,
    ConsultationInput,
    case_needed,
    default_follow_up,
    validate_consultation,
)
from kim_desktop.services.referrals import check_referral_target
from kim_desktop.services.tombstones import restore_tombstone, tombstone

__all__ = [
    "CASE_TYPE_FOR",
    "DEFAULT_DURATION",
    "FOLLOW_UP_DAYS",
    "MAX_DURATION",
    "MAX_NOTES",
    "AppointmentPrefill",
    "ConsultationFilter",
    "ConsultationInput",
    "ConsultationRow",
    "ConsultationService",
    "EntryDefaults",
    "case_needed",
    "default_follow_up",
]


class ConsultationService(ConsultationQueries):
    """Writes consultations; the reading of :class:`ConsultationQueries` comes with it."""

    # -- saving --------------------------------------------------------------------------
    @staticmethod
    def validate(data: ConsultationInput) -> list[FieldError]:
        return validate_consultation(data)

    def save(self, data: ConsultationInput) -> str:
        """Save everything of one consultation in one transaction; returns its id."""
        errors = validate_consultation(data)
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
        found = open_cases(session, client.id)
        wanted = CASE_TYPE_FOR[data.consultation_type]
        matching = [case for case in found if case.case_type is wanted]
        if matching:
            return matching[0]
        if data.consultation_type is ConsultationType.ONE_TIME and len(found) == 1:
            return found[0]
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

    # -- deleting --------------------------------------------------------------------------
    def delete_consultation(self, consultation_id: str) -> None:
        """Tombstone; the referrals made in it stay. Restorable until synchronised."""
        with self._office.database.transaction(self._office.actor.user_id) as session:
            tombstone(session, Consultation, consultation_id)

    def restore_consultation(self, consultation_id: str) -> None:
        with self._office.database.transaction(self._office.actor.user_id) as session:
            restore_tombstone(session, Consultation, consultation_id)
