"""How the Synchronisation screen names tables, fields, values, phases and times."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from kim_desktop.sync.protocol import DELETED_FIELD

CONTEXT = "SyncTexts"

TABLE_LABELS: dict[str, str] = {
    "clients": QT_TRANSLATE_NOOP("SyncTexts", "Klient:in"),
    "household_members": QT_TRANSLATE_NOOP("SyncTexts", "Haushaltsmitglied"),
    "consents": QT_TRANSLATE_NOOP("SyncTexts", "Einwilligung"),
    "documents": QT_TRANSLATE_NOOP("SyncTexts", "Dokument"),
    "cases": QT_TRANSLATE_NOOP("SyncTexts", "Fall"),
    "case_phase_changes": QT_TRANSLATE_NOOP("SyncTexts", "Phasenwechsel"),
    "case_handovers": QT_TRANSLATE_NOOP("SyncTexts", "Fallübergabe"),
    "goals": QT_TRANSLATE_NOOP("SyncTexts", "Ziel"),
    "consultations": QT_TRANSLATE_NOOP("SyncTexts", "Beratung"),
    "referrals": QT_TRANSLATE_NOOP("SyncTexts", "Verweisung"),
    "appointments": QT_TRANSLATE_NOOP("SyncTexts", "Termin"),
    "group_offers": QT_TRANSLATE_NOOP("SyncTexts", "Gruppenangebot"),
    "group_sessions": QT_TRANSLATE_NOOP("SyncTexts", "Gruppentermin"),
    "structural_needs": QT_TRANSLATE_NOOP("SyncTexts", "Struktureller Bedarf"),
    "institutions": QT_TRANSLATE_NOOP("SyncTexts", "Einrichtung"),
    "users": QT_TRANSLATE_NOOP("SyncTexts", "Benutzer:in"),
    "offices": QT_TRANSLATE_NOOP("SyncTexts", "Dienststelle"),
}

FIELD_LABELS: dict[str, str] = {
    DELETED_FIELD: QT_TRANSLATE_NOOP("SyncTexts", "Gelöscht / bearbeitet"),
    "first_name": QT_TRANSLATE_NOOP("SyncTexts", "Vorname"),
    "last_name": QT_TRANSLATE_NOOP("SyncTexts", "Nachname"),
    "birth_date": QT_TRANSLATE_NOOP("SyncTexts", "Geburtsdatum"),
    "gender": QT_TRANSLATE_NOOP("SyncTexts", "Geschlecht"),
    "street": QT_TRANSLATE_NOOP("SyncTexts", "Straße"),
    "postal_code": QT_TRANSLATE_NOOP("SyncTexts", "PLZ"),
    "city": QT_TRANSLATE_NOOP("SyncTexts", "Ort"),
    "phone": QT_TRANSLATE_NOOP("SyncTexts", "Telefon"),
    "email": QT_TRANSLATE_NOOP("SyncTexts", "E-Mail"),
    "notes": QT_TRANSLATE_NOOP("SyncTexts", "Notizen"),
    "municipality_code": QT_TRANSLATE_NOOP("SyncTexts", "Kommune"),
    "nationality_code": QT_TRANSLATE_NOOP("SyncTexts", "Staatsangehörigkeit"),
    "residence_status_code": QT_TRANSLATE_NOOP("SyncTexts", "Aufenthaltsstatus"),
    "target_group_code": QT_TRANSLATE_NOOP("SyncTexts", "Zielgruppe"),
    "preferred_language_code": QT_TRANSLATE_NOOP("SyncTexts", "Bevorzugte Sprache"),
    "interpreter_needed": QT_TRANSLATE_NOOP("SyncTexts", "Sprachmittlung nötig"),
    "held_on": QT_TRANSLATE_NOOP("SyncTexts", "Datum"),
    "summary": QT_TRANSLATE_NOOP("SyncTexts", "Inhalt"),
    "phase": QT_TRANSLATE_NOOP("SyncTexts", "Phase"),
    "status": QT_TRANSLATE_NOOP("SyncTexts", "Status"),
    "title": QT_TRANSLATE_NOOP("SyncTexts", "Titel"),
    "description": QT_TRANSLATE_NOOP("SyncTexts", "Beschreibung"),
    "case_manager_id": QT_TRANSLATE_NOOP("SyncTexts", "Fallverantwortung"),
}

PHASE_LABELS: dict[str, str] = {
    "push": QT_TRANSLATE_NOOP("SyncTexts", "Senden"),
    "pull": QT_TRANSLATE_NOOP("SyncTexts", "Empfangen"),
    "check": QT_TRANSLATE_NOOP("SyncTexts", "Prüfen"),
    "conflicts": QT_TRANSLATE_NOOP("SyncTexts", "Konflikte"),
    "feed": QT_TRANSLATE_NOOP("SyncTexts", "Statistik"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def table_label(table: str) -> str:
    source = TABLE_LABELS.get(table)
    return _tr(source) if source else table


def field_label(field: str) -> str:
    source = FIELD_LABELS.get(field)
    return _tr(source) if source else field


def phase_label(phase: str) -> str:
    source = PHASE_LABELS.get(phase)
    return _tr(source) if source else phase


def show_value(value: Any, field: str = "") -> str:
    """A field value as the user reads it (empty, yes/no, lists, JSON)."""
    if field == DELETED_FIELD:
        if value in (True, "deleted", "delete"):
            return _tr("gelöscht")
        if value in (False, None, "", "kept", "edited"):
            return _tr("vorhanden (bearbeitet)")
    if value is None or value == "":
        return _tr("(leer)")
    if isinstance(value, bool):
        return _tr("ja") if value else _tr("nein")
    if isinstance(value, list):
        return ", ".join(show_value(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def parse_timestamp(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def show_when(value: Any) -> str:
    """A timestamp (datetime or ISO text, UTC if naive) in local time, short format."""
    moment = parse_timestamp(value)
    if moment is None:
        return str(value or "")
    local = moment.astimezone()
    return QLocale().toString(local.replace(tzinfo=None), QLocale.FormatType.ShortFormat)


def record_text(table: str, client_name: str = "", file_number: str = "") -> str:
    """ "Beratung · Ayşe Yılmaz (TR-2024-0001)" — what the record is and whose."""
    kind = table_label(table)
    if not client_name:
        return kind
    if file_number:
        return _tr("{kind} · {name} ({number})").format(
            kind=kind, name=client_name, number=file_number
        )
    return _tr("{kind} · {name}").format(kind=kind, name=client_name)


def editable_text(value: Any) -> str:
    """The start text for combining a value by hand."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def can_combine(field: str, *values: Any) -> bool:
    """Whether a combined value can be typed: not for delete-vs-edit or yes/no fields."""
    return field != DELETED_FIELD and not any(isinstance(value, bool) for value in values)


def combined_value(text: str, *examples: Any) -> Any:
    """The value typed by the user, in the type of the conflicting values (ValueError if it
    cannot be read as such)."""
    kinds = {type(value) for value in examples if value is not None}
    if not kinds or kinds <= {str}:
        return text
    stripped = text.strip()
    if kinds <= {int}:
        return int(stripped) if stripped else None
    if kinds <= {int, float}:
        return float(stripped.replace(",", ".")) if stripped else None
    if kinds <= {list}:
        if stripped.startswith("["):
            parsed = json.loads(stripped)
            if not isinstance(parsed, list):
                raise ValueError("not a list")
            return parsed
        return [part.strip() for part in stripped.split(",") if part.strip()]
    parsed = json.loads(stripped) if stripped else None
    return parsed
