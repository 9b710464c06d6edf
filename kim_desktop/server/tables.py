"""The replicated tables the server accepts: their fields, value kinds and scope.

The server does not import the desktop's models (it shares only the protocol with the
desktop); this catalogue names what the desktop's outbox sends. A test compares it with the
desktop models, so a new column that is not added here fails the tests, not a sync.

Value kinds: ``s`` text, ``i`` integer, ``b`` boolean, ``d`` ISO date, ``t`` ISO date-time,
``j`` JSON object or list, ``l`` list of codes/ids; a trailing ``?`` allows ``null``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

_CATALOGUE = {"code": "s", "labels": "j", "sort_order": "i", "active": "b"}
_TOMBSTONE = {"deleted_at": "t?"}

TABLE_FIELDS: dict[str, dict[str, str]] = {
    # -- catalogues ------------------------------------------------------------------
    "municipalities": {**_CATALOGUE, "kim_participant": "b", "postal_codes": "j"},
    "consultation_topics": dict(_CATALOGUE),
    "referral_targets": dict(_CATALOGUE),
    "residence_statuses": {**_CATALOGUE, "legal_basis": "s?"},
    "target_groups": dict(_CATALOGUE),
    "languages": {**_CATALOGUE, "native_name": "s", "rtl": "b", "letters_available": "b"},
    "countries": dict(_CATALOGUE),
    "letter_templates": {**_CATALOGUE, "document_kind": "s"},
    # -- organisation ----------------------------------------------------------------
    "offices": {
        "name": "s",
        "street": "s",
        "postal_code": "s",
        "city": "s",
        "phone": "s",
        "email": "s",
        "logo_path": "s?",
        "municipalities": "l",
    },
    "users": {
        "login": "s",
        "display_name": "s",
        "role": "s",
        "email": "s",
        "phone": "s",
        "active": "b",
        "municipalities": "l",
    },
    "institutions": {
        "name": "s",
        "target_code": "s",
        "municipality_code": "s?",
        "street": "s",
        "postal_code": "s",
        "city": "s",
        "phone": "s",
        "email": "s",
        "note": "s",
    },
    "group_offers": {
        "title": "s",
        "kind": "s",
        "municipality_code": "s",
        "leader_id": "s?",
        "target_group_code": "s?",
        "description": "s",
        "planned_sessions": "i",
        "session_minutes": "i",
        "starts_on": "d?",
        "ends_on": "d?",
    },
    "group_sessions": {
        "offer_id": "s",
        "held_on": "d",
        "duration_minutes": "i",
        "participants": "i",
        "note": "s",
    },
    "structural_needs": {
        "reported_by_id": "s",
        "reported_on": "d",
        "municipality_code": "s?",
        "topic_code": "s?",
        "challenge": "s",
        "affected_group": "s",
        "cases_seen": "i",
        "example": "s",
        "status": "s",
        "status_changed_on": "d?",
        "solution": "s",
        "working_group": "s",
        "owner_id": "s?",
    },
    # -- case data -------------------------------------------------------------------
    "clients": {
        "file_number": "s",
        "first_name": "s",
        "last_name": "s",
        "birth_date": "d?",
        "gender": "s",
        "nationality_code": "s?",
        "residence_status_code": "s?",
        "residence_valid_until": "d?",
        "target_group_code": "s?",
        "arrival_date": "d?",
        "municipality_code": "s",
        "street": "s",
        "postal_code": "s",
        "city": "s",
        "phone": "s",
        "email": "s",
        "preferred_language_code": "s?",
        "interpreter_needed": "b",
        "notes": "s",
        "languages": "l",
    },
    "household_members": {
        "client_id": "s",
        "first_name": "s",
        "last_name": "s",
        "birth_date": "d?",
        "gender": "s",
        "relation": "s",
        "attends_kita": "b",
        "speech_support_needed": "b",
        "notes": "s",
    },
    "consents": {
        "client_id": "s",
        "purpose": "s",
        "scope": "s",
        "recipients": "j",
        "given_on": "d",
        "valid_until": "d?",
        "withdrawn_on": "d?",
        "recorded_by_id": "s?",
        "document_id": "s?",
    },
    "cases": {
        "client_id": "s",
        "case_type": "s",
        "case_manager_id": "s",
        "municipality_code": "s",
        "phase": "s",
        "opened_on": "d",
        "closed_on": "d?",
        "closing_reason": "s?",
        "closing_note": "s",
    },
    "case_phase_changes": {
        "case_id": "s",
        "from_phase": "s?",
        "to_phase": "s",
        "changed_on": "d",
        "changed_by_id": "s?",
        "note": "s",
    },
    "goals": {
        "case_id": "s",
        "text": "s",
        "due_on": "d?",
        "review_on": "d?",
        "status": "s",
        "result_note": "s",
    },
    "case_handovers": {
        "case_id": "s",
        "from_user_id": "s",
        "to_user_id": "s",
        "handed_over_on": "d",
        "note": "s",
    },
    "consultations": {
        "client_id": "s",
        "case_id": "s?",
        "appointment_id": "s?",
        "case_manager_id": "s",
        "municipality_code": "s",
        "held_on": "d",
        "duration_minutes": "i",
        "mode": "s",
        "consultation_type": "s",
        "language_mediation": "s",
        "mediation_language_code": "s?",
        "notes": "s",
        "topics": "l",
    },
    "referrals": {
        "client_id": "s",
        "case_id": "s?",
        "consultation_id": "s?",
        "case_manager_id": "s",
        "municipality_code": "s",
        "direction": "s",
        "target_code": "s",
        "institution_id": "s?",
        "institution_name": "s",
        "consent_id": "s?",
        "referred_on": "d",
        "reason": "s",
        "status": "s",
        "status_changed_on": "d?",
        "declined_reason": "s",
        "follow_up_on": "d?",
        "outcome": "s",
    },
    "appointments": {
        "client_id": "s",
        "case_id": "s?",
        "case_manager_id": "s",
        "starts_at": "t",
        "duration_minutes": "i",
        "location": "s",
        "purpose": "s",
        "bring_along": "s",
        "status": "s",
    },
    "documents": {
        "client_id": "s",
        "case_id": "s?",
        "related_record_id": "s?",
        "kind": "s",
        "language_code": "s",
        "title": "s",
        "mime_type": "s",
        "sha256": "s",
        "size_bytes": "i",
    },
}
for _fields in TABLE_FIELDS.values():
    _fields.update(_TOMBSTONE)

# Tables whose records belong to a client (scope): their own id, a ``client_id`` field, or
# the client of their case.
CLIENT_TABLE = "clients"
CASE_TABLE = "cases"
USERS_TABLE = "users"
CLIENT_ID_TABLES = frozenset(
    {
        "household_members",
        "consents",
        "cases",
        "consultations",
        "referrals",
        "appointments",
        "documents",
    }
)
CASE_CHILD_TABLES = frozenset({"goals", "case_phase_changes", "case_handovers"})
CLIENT_SCOPED_TABLES = frozenset({CLIENT_TABLE}) | CLIENT_ID_TABLES | CASE_CHILD_TABLES

TOMBSTONE_FIELD = "deleted_at"
MAX_TEXT_CHARS = 20_000
MAX_ID_CHARS = 64


def is_case_data(table: str) -> bool:
    """Records about a client: coordinators may not write them."""
    return table in CLIENT_SCOPED_TABLES


def value_problem(kind: str, value: Any) -> str | None:
    """None if ``value`` fits ``kind``; else a short German description of what is wrong."""
    nullable = kind.endswith("?")
    base = kind.rstrip("?")
    if value is None:
        return None if nullable else "darf nicht leer (null) sein"
    if base == "s":
        if not isinstance(value, str):
            return "muss Text sein"
        return "ist zu lang" if len(value) > MAX_TEXT_CHARS else None
    if base == "i":
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else "muss eine ganze Zahl sein"
    if base == "b":
        return None if isinstance(value, bool) else "muss wahr oder falsch sein"
    if base == "d":
        return None if _parses(date.fromisoformat, value) else "muss ein Datum (JJJJ-MM-TT) sein"
    if base == "t":
        return None if _parses(datetime.fromisoformat, value) else "muss ein Zeitpunkt (ISO) sein"
    if base == "j":
        return (
            None if isinstance(value, dict | list) else "muss ein JSON-Objekt oder eine Liste sein"
        )
    if base == "l":
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        return None if ok else "muss eine Liste von Codes sein"
    return "hat einen unbekannten Typ"


def _parses(parser: Any, value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parser(value)
    except ValueError:
        return False
    return True
