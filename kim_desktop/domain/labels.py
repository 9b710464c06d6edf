"""Display labels of enum values, German source text marked for Qt translation (context
"Labels"). The UI shows ``QCoreApplication.translate("Labels", text)``; the CLI the German."""

from __future__ import annotations

from enum import StrEnum

from kim_desktop.domain.enums import (
    AppointmentStatus,
    CasePhase,
    CaseType,
    ClosingReason,
    ConsentPurpose,
    ConsultationMode,
    ConsultationType,
    DocumentKind,
    Gender,
    GoalStatus,
    GroupOfferKind,
    HouseholdRelation,
    LanguageMediation,
    NeedStatus,
    ReferralDirection,
    ReferralStatus,
    Role,
)
from kim_desktop.domain.messages import QT_TRANSLATE_NOOP

LABELS_CONTEXT = "Labels"

ROLE_LABELS: dict[Role, str] = {
    Role.CASE_MANAGER: QT_TRANSLATE_NOOP("Labels", "Case Management"),
    Role.MUKIS_CASE_MANAGER: QT_TRANSLATE_NOOP("Labels", "Case Management MuKi-S"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "KIM-Koordination"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Labels", "Administration"),
}

CASE_TYPE_LABELS: dict[CaseType, str] = {
    CaseType.ONE_TIME: QT_TRANSLATE_NOOP("Labels", "Einmalige Beratung"),
    CaseType.CASE_MANAGEMENT: QT_TRANSLATE_NOOP("Labels", "Case Management"),
    CaseType.MUKIS: QT_TRANSLATE_NOOP("Labels", "MuKi-S"),
}

CASE_PHASE_LABELS: dict[CasePhase, str] = {
    CasePhase.INTAKE: QT_TRANSLATE_NOOP("Labels", "Fallaufnahme/Klärung"),
    CasePhase.ASSESSMENT: QT_TRANSLATE_NOOP("Labels", "Assessment"),
    CasePhase.PLANNING: QT_TRANSLATE_NOOP("Labels", "Hilfeplanung"),
    CasePhase.IMPLEMENTATION: QT_TRANSLATE_NOOP("Labels", "Umsetzung/Monitoring"),
    CasePhase.CLOSURE: QT_TRANSLATE_NOOP("Labels", "Abschluss"),
}

CLOSING_REASON_LABELS: dict[ClosingReason, str] = {
    ClosingReason.GOALS_REACHED: QT_TRANSLATE_NOOP("Labels", "Ziele erreicht"),
    ClosingReason.REFERRED: QT_TRANSLATE_NOOP("Labels", "An andere Stelle übergeben"),
    ClosingReason.CLIENT_ENDED: QT_TRANSLATE_NOOP("Labels", "Von Klient:in beendet"),
    ClosingReason.NO_CONTACT: QT_TRANSLATE_NOOP("Labels", "Kein Kontakt mehr"),
    ClosingReason.MOVED_AWAY: QT_TRANSLATE_NOOP("Labels", "Weggezogen"),
    ClosingReason.OTHER: QT_TRANSLATE_NOOP("Labels", "Sonstiger Grund"),
}

GOAL_STATUS_LABELS: dict[GoalStatus, str] = {
    GoalStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Offen"),
    GoalStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In Arbeit"),
    GoalStatus.REACHED: QT_TRANSLATE_NOOP("Labels", "Erreicht"),
    GoalStatus.PARTLY_REACHED: QT_TRANSLATE_NOOP("Labels", "Teilweise erreicht"),
    GoalStatus.NOT_REACHED: QT_TRANSLATE_NOOP("Labels", "Nicht erreicht"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("Labels", "Verworfen"),
}

CONSULTATION_MODE_LABELS: dict[ConsultationMode, str] = {
    ConsultationMode.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "Persönlich"),
    ConsultationMode.PHONE: QT_TRANSLATE_NOOP("Labels", "Telefonisch"),
    ConsultationMode.VIDEO: QT_TRANSLATE_NOOP("Labels", "Video"),
    ConsultationMode.HOME_VISIT: QT_TRANSLATE_NOOP("Labels", "Hausbesuch"),
}

CONSULTATION_TYPE_LABELS: dict[ConsultationType, str] = {
    ConsultationType.ONE_TIME: QT_TRANSLATE_NOOP("Labels", "Einmaliger Beratungstermin"),
    ConsultationType.CASE_MANAGEMENT: QT_TRANSLATE_NOOP("Labels", "Case-Management-Termin"),
    ConsultationType.MUKIS_INDIVIDUAL: QT_TRANSLATE_NOOP("Labels", "MuKi-S-Einzelberatung"),
}

LANGUAGE_MEDIATION_LABELS: dict[LanguageMediation, str] = {
    LanguageMediation.NONE: QT_TRANSLATE_NOOP("Labels", "Keine"),
    LanguageMediation.PERSON: QT_TRANSLATE_NOOP("Labels", "Sprachmittler:in"),
    LanguageMediation.VASCO: QT_TRANSLATE_NOOP("Labels", "Vasco Translator"),
}

REFERRAL_DIRECTION_LABELS: dict[ReferralDirection, str] = {
    ReferralDirection.OUTGOING: QT_TRANSLATE_NOOP("Labels", "Ausgehend"),
    ReferralDirection.INCOMING: QT_TRANSLATE_NOOP("Labels", "Eingehend"),
}

REFERRAL_STATUS_LABELS: dict[ReferralStatus, str] = {
    ReferralStatus.SUGGESTED: QT_TRANSLATE_NOOP("Labels", "Vorgeschlagen"),
    ReferralStatus.ARRANGED: QT_TRANSLATE_NOOP("Labels", "Vermittelt"),
    ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Angenommen"),
    ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("Labels", "Abgelehnt"),
    ReferralStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Abgeschlossen"),
}

NEED_STATUS_LABELS: dict[NeedStatus, str] = {
    NeedStatus.NEW: QT_TRANSLATE_NOOP("Labels", "Neu"),
    NeedStatus.IN_WORK: QT_TRANSLATE_NOOP("Labels", "In Bearbeitung"),
    NeedStatus.SOLVED: QT_TRANSLATE_NOOP("Labels", "Gelöst"),
    NeedStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "Abgelehnt"),
}

APPOINTMENT_STATUS_LABELS: dict[AppointmentStatus, str] = {
    AppointmentStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Geplant"),
    AppointmentStatus.HELD: QT_TRANSLATE_NOOP("Labels", "Stattgefunden"),
    AppointmentStatus.MISSED: QT_TRANSLATE_NOOP("Labels", "Nicht erschienen"),
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Abgesagt"),
}

GENDER_LABELS: dict[Gender, str] = {
    Gender.FEMALE: QT_TRANSLATE_NOOP("Labels", "weiblich"),
    Gender.MALE: QT_TRANSLATE_NOOP("Labels", "männlich"),
    Gender.DIVERSE: QT_TRANSLATE_NOOP("Labels", "divers"),
    Gender.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "keine Angabe"),
}

HOUSEHOLD_RELATION_LABELS: dict[HouseholdRelation, str] = {
    HouseholdRelation.PARTNER: QT_TRANSLATE_NOOP("Labels", "Partner:in"),
    HouseholdRelation.CHILD: QT_TRANSLATE_NOOP("Labels", "Kind"),
    HouseholdRelation.PARENT: QT_TRANSLATE_NOOP("Labels", "Elternteil"),
    HouseholdRelation.SIBLING: QT_TRANSLATE_NOOP("Labels", "Geschwister"),
    HouseholdRelation.OTHER: QT_TRANSLATE_NOOP("Labels", "Sonstige"),
}

CONSENT_PURPOSE_LABELS: dict[ConsentPurpose, str] = {
    ConsentPurpose.CASE_MANAGEMENT: QT_TRANSLATE_NOOP("Labels", "Beratung und Case Management"),
    ConsentPurpose.REFERRAL: QT_TRANSLATE_NOOP("Labels", "Weitergabe an benannte Stellen"),
    ConsentPurpose.STATISTICS: QT_TRANSLATE_NOOP("Labels", "Pseudonymisierte Auswertung"),
    ConsentPurpose.CONTACT: QT_TRANSLATE_NOOP("Labels", "Kontaktaufnahme (Telefon, E-Mail)"),
}

GROUP_OFFER_KIND_LABELS: dict[GroupOfferKind, str] = {
    GroupOfferKind.PARENTS_TRAINING: QT_TRANSLATE_NOOP("Labels", "Elterntraining"),
    GroupOfferKind.MUKIS_GROUP: QT_TRANSLATE_NOOP("Labels", "MuKi-S-Gruppenberatung"),
    GroupOfferKind.INFORMATION_EVENT: QT_TRANSLATE_NOOP("Labels", "Informationsveranstaltung"),
    GroupOfferKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Sonstiges Gruppenangebot"),
}

DOCUMENT_KIND_LABELS: dict[DocumentKind, str] = {
    DocumentKind.CONSENT: QT_TRANSLATE_NOOP("Labels", "Einwilligungserklärung"),
    DocumentKind.APPOINTMENT: QT_TRANSLATE_NOOP("Labels", "Terminbestätigung"),
    DocumentKind.REFERRAL: QT_TRANSLATE_NOOP("Labels", "Verweisschreiben"),
    DocumentKind.CONFIRMATION: QT_TRANSLATE_NOOP("Labels", "Beratungsbestätigung"),
    DocumentKind.ACCESS_REPORT: QT_TRANSLATE_NOOP("Labels", "Auskunft nach Art. 15 DSGVO"),
    DocumentKind.INTAKE_FORM: QT_TRANSLATE_NOOP("Labels", "Aufnahmebogen"),
    DocumentKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Sonstiges Dokument"),
}

ALL_ENUM_LABELS: dict[type[StrEnum], dict] = {  # type: ignore[type-arg]
    Role: ROLE_LABELS,
    CaseType: CASE_TYPE_LABELS,
    CasePhase: CASE_PHASE_LABELS,
    ClosingReason: CLOSING_REASON_LABELS,
    GoalStatus: GOAL_STATUS_LABELS,
    ConsultationMode: CONSULTATION_MODE_LABELS,
    ConsultationType: CONSULTATION_TYPE_LABELS,
    LanguageMediation: LANGUAGE_MEDIATION_LABELS,
    ReferralDirection: REFERRAL_DIRECTION_LABELS,
    ReferralStatus: REFERRAL_STATUS_LABELS,
    NeedStatus: NEED_STATUS_LABELS,
    AppointmentStatus: APPOINTMENT_STATUS_LABELS,
    Gender: GENDER_LABELS,
    HouseholdRelation: HOUSEHOLD_RELATION_LABELS,
    ConsentPurpose: CONSENT_PURPOSE_LABELS,
    GroupOfferKind: GROUP_OFFER_KIND_LABELS,
    DocumentKind: DOCUMENT_KIND_LABELS,
}


def german_label(value: StrEnum) -> str:
    """The German label of an enum value (CLI, printed German texts)."""
    return ALL_ENUM_LABELS[type(value)][value]
