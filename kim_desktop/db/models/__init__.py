"""All models; importing this package registers every table on ``Base.metadata``."""

from kim_desktop.db.models.appointments import Appointment
from kim_desktop.db.models.cases import Case, CaseHandover, CasePhaseChange, Goal
from kim_desktop.db.models.catalogues import (
    ConsultationTopic,
    Country,
    Language,
    LetterTemplate,
    Municipality,
    ReferralTarget,
    ResidenceStatus,
    TargetGroup,
)
from kim_desktop.db.models.clients import Client, Consent, HouseholdMember, client_languages
from kim_desktop.db.models.consultations import Consultation, Referral, consultation_topics
from kim_desktop.db.models.documents import Document
from kim_desktop.db.models.groups import GroupOffer, GroupSession
from kim_desktop.db.models.local import AuditEntry, LocalMeta, OutboxEntry
from kim_desktop.db.models.needs import StructuralNeed
from kim_desktop.db.models.organisation import (
    Institution,
    Office,
    User,
    office_municipalities,
    user_municipalities,
)
from kim_desktop.db.models.sync_local import (
    CoordinatorFeedRow,
    SyncConflict,
    SyncLogEntry,
    SyncRecordState,
)

__all__ = [
    "Appointment",
    "AuditEntry",
    "Case",
    "CaseHandover",
    "CasePhaseChange",
    "Client",
    "Consent",
    "Consultation",
    "ConsultationTopic",
    "CoordinatorFeedRow",
    "Country",
    "Document",
    "Goal",
    "GroupOffer",
    "GroupSession",
    "HouseholdMember",
    "Institution",
    "Language",
    "LetterTemplate",
    "LocalMeta",
    "Municipality",
    "Office",
    "OutboxEntry",
    "Referral",
    "ReferralTarget",
    "ResidenceStatus",
    "StructuralNeed",
    "SyncConflict",
    "SyncLogEntry",
    "SyncRecordState",
    "TargetGroup",
    "User",
    "client_languages",
    "consultation_topics",
    "office_municipalities",
    "user_municipalities",
]
