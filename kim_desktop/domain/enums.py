"""Closed sets of values that the code branches on.

Open, editable lists (municipalities, topics, referral targets, residence statuses, target
groups, languages) are catalogues in the database, not enums (DESIGN rule 7).
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CASE_MANAGER = "case_manager"
    MUKIS_CASE_MANAGER = "mukis_case_manager"
    COORDINATOR = "coordinator"
    ADMINISTRATOR = "administrator"


class CaseType(StrEnum):
    ONE_TIME = "one_time"  # einmalige Beratung
    CASE_MANAGEMENT = "case_management"
    MUKIS = "mukis"  # MuKi-S: multilingual kindergarten children with speech difficulties


class CasePhase(StrEnum):
    """Case-management phases in their order."""

    INTAKE = "intake"  # Fallaufnahme / Klärung
    ASSESSMENT = "assessment"
    PLANNING = "planning"
    IMPLEMENTATION = "implementation"  # Durchführung / Monitoring
    CLOSURE = "closure"


class ClosingReason(StrEnum):
    GOALS_REACHED = "goals_reached"
    REFERRED = "referred"
    CLIENT_ENDED = "client_ended"
    NO_CONTACT = "no_contact"
    MOVED_AWAY = "moved_away"
    OTHER = "other"


class GoalStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    REACHED = "reached"
    PARTLY_REACHED = "partly_reached"
    NOT_REACHED = "not_reached"
    DROPPED = "dropped"


class ConsultationMode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    HOME_VISIT = "home_visit"


class ConsultationType(StrEnum):
    ONE_TIME = "one_time"  # einmaliger Beratungstermin
    CASE_MANAGEMENT = "case_management"  # Case-Management-Beratungstermin
    MUKIS_INDIVIDUAL = "mukis_individual"


class LanguageMediation(StrEnum):
    NONE = "none"
    PERSON = "person"  # interpreter or language mediator
    VASCO = "vasco"  # Vasco translator device


class ReferralDirection(StrEnum):
    OUTGOING = "outgoing"
    INCOMING = "incoming"


class ReferralStatus(StrEnum):
    SUGGESTED = "suggested"
    ARRANGED = "arranged"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"


class NeedStatus(StrEnum):
    NEW = "new"
    IN_WORK = "in_work"
    SOLVED = "solved"
    REJECTED = "rejected"


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    MISSED = "missed"
    CANCELLED = "cancelled"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    UNKNOWN = "unknown"


class HouseholdRelation(StrEnum):
    PARTNER = "partner"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    OTHER = "other"


class ConsentPurpose(StrEnum):
    CASE_MANAGEMENT = "case_management"  # processing for counselling and case management
    REFERRAL = "referral"  # passing data to named recipients
    STATISTICS = "statistics"  # pseudonymised evaluation
    CONTACT = "contact"  # contacting by phone / e-mail / messenger


class GroupOfferKind(StrEnum):
    PARENTS_TRAINING = "parents_training"  # e.g. Heidelberger Elterntraining
    MUKIS_GROUP = "mukis_group"
    INFORMATION_EVENT = "information_event"
    OTHER = "other"


class DocumentKind(StrEnum):
    CONSENT = "consent"
    APPOINTMENT = "appointment"
    REFERRAL = "referral"
    CONFIRMATION = "confirmation"
    ACCESS_REPORT = "access_report"
    INTAKE_FORM = "intake_form"
    OTHER = "other"


class OutboxOp(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"  # tombstone
    RESTORE = "restore"
    ERASE = "erase"  # DSGVO Art. 17: a client's personal data everywhere (sync protocol)


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    VIEW = "view"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    UNLOCK = "unlock"
    EXPORT = "export"
    ADMIN = "admin"
