"""What a consultation entry must satisfy, and the rules that need no database.

Limits, the input shape, the default follow-up date of referrals made in a consultation and
which kind of case a consultation belongs to (see :mod:`kim_desktop.services.consultations`
for the case rule as the users read it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from kim_desktop.domain.enums import (
    CaseType,
    ConsultationMode,
    ConsultationType,
    LanguageMediation,
)
from kim_desktop.domain.errors import FieldError
from kim_desktop.services.referrals import ReferralInput, validate_referral

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


def validate_consultation(data: ConsultationInput) -> list[FieldError]:
    """Every rule of the entry that needs no database, field by field."""
    errors: list[FieldError] = []
    if not data.client_id:
        errors.append(FieldError("client", "consultation_client_required"))
    if data.held_on > date.today():
        errors.append(FieldError("held_on", "date_in_future"))
    if not 0 < data.duration_minutes <= MAX_DURATION:
        errors.append(FieldError("duration", "consultation_duration_range", {"max": MAX_DURATION}))
    if not data.topic_codes:
        errors.append(FieldError("topics", "consultation_topic_required"))
    if data.language_mediation is not LanguageMediation.NONE and not data.mediation_language_code:
        errors.append(FieldError("mediation_language", "consultation_mediation_language_required"))
    if len(data.notes) > MAX_NOTES:
        errors.append(FieldError("notes", "too_long", {"max": MAX_NOTES}))
    for index, referral in enumerate(data.referrals):
        errors += validate_referral(referral, data.held_on, f"referrals.{index}")
    return errors
