"""Every user-facing text produced below the UI, keyed by a stable code.

Texts are German (the source language). ``QT_TRANSLATE_NOOP`` marks them for
``pyside6-lupdate``; the UI translates them at display time with
``QCoreApplication.translate(context, text)``, the CLI prints the German text.
Placeholders use ``{name}`` and are filled after translating.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kim_desktop.domain import (  # slices of the table, one per work area
    messages_cases,
    messages_clients,
    messages_consultations,
    messages_daywork,
    messages_printing,
    messages_sync,
)
from kim_desktop.domain.translate_noop import QT_TRANSLATE_NOOP

CONTEXT = "Messages"

MESSAGES: dict[str, str] = {
    # validation
    "required": QT_TRANSLATE_NOOP("Messages", "Bitte füllen Sie dieses Feld aus."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "Höchstens {max} Zeichen erlaubt."),
    "login_format": QT_TRANSLATE_NOOP(
        "Messages",
        "Die Anmeldung darf nur Kleinbuchstaben, Ziffern, Punkt, Bindestrich und Unterstrich "
        "enthalten (3 bis 32 Zeichen).",
    ),
    "login_taken": QT_TRANSLATE_NOOP("Messages", "Die Anmeldung „{login}“ ist bereits vergeben."),
    "password_too_short": QT_TRANSLATE_NOOP(
        "Messages", "Das Passwort muss mindestens {min} Zeichen lang sein."
    ),
    "password_too_simple": QT_TRANSLATE_NOOP(
        "Messages", "Das Passwort muss Buchstaben und Ziffern oder Sonderzeichen enthalten."
    ),
    "password_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "Die beiden Passwörter stimmen nicht überein."
    ),
    "email_format": QT_TRANSLATE_NOOP(
        "Messages", "Bitte geben Sie eine gültige E-Mail-Adresse ein (z. B. name@beispiel.de)."
    ),
    "phone_format": QT_TRANSLATE_NOOP(
        "Messages",
        "Bitte geben Sie eine Telefonnummer aus Ziffern ein (erlaubt: +, Leerzeichen, /, -, "
        "Klammern).",
    ),
    "postal_code_format": QT_TRANSLATE_NOOP(
        "Messages", "Die Postleitzahl besteht aus fünf Ziffern."
    ),
    "municipality_required": QT_TRANSLATE_NOOP(
        "Messages", "Bitte wählen Sie mindestens eine Kommune aus."
    ),
    "municipality_unknown": QT_TRANSLATE_NOOP("Messages", "Unbekannte Kommune: {code}."),
    "role_unknown": QT_TRANSLATE_NOOP("Messages", "Unbekannte Rolle: {role}."),
    "role_admin_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Die erste Person richtet das Büro ein und braucht die Rolle Administration; "
        "weitere Personen legt sie danach an.",
    ),
    "date_in_future": QT_TRANSLATE_NOOP("Messages", "Das Datum darf nicht in der Zukunft liegen."),
    # login and office
    "wrong_credentials": QT_TRANSLATE_NOOP(
        "Messages", "Anmeldung oder Passwort ist falsch. Bitte versuchen Sie es erneut."
    ),
    "throttled": QT_TRANSLATE_NOOP(
        "Messages",
        "Zu viele Fehlversuche. Bitte warten Sie {seconds} Sekunden vor dem nächsten Versuch.",
    ),
    "inactive": QT_TRANSLATE_NOOP(
        "Messages",
        "Dieses Benutzerkonto ist deaktiviert. Bitte wenden Sie sich an die Administration.",
    ),
    "no_office": QT_TRANSLATE_NOOP(
        "Messages", "In diesem Datenverzeichnis ist noch kein Büro eingerichtet."
    ),
    "office_exists": QT_TRANSLATE_NOOP(
        "Messages", "In diesem Datenverzeichnis ist bereits ein Büro eingerichtet."
    ),
    "database_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "Die Datenbank konnte nicht geöffnet werden. Sie ist beschädigt oder gehört nicht zu "
        "diesem Schlüssel.",
    ),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "Die Datenbank stammt aus einer neueren Version von KIM Desktop. Bitte aktualisieren "
        "Sie das Programm.",
    ),
    "not_allowed": QT_TRANSLATE_NOOP("Messages", "Für diese Aktion fehlt Ihnen die Berechtigung."),
    "user_unknown": QT_TRANSLATE_NOOP("Messages", "Unbekannte Anmeldung: {login}."),
    "last_admin": QT_TRANSLATE_NOOP(
        "Messages", "Die letzte aktive Administrator:in kann nicht deaktiviert werden."
    ),
    "record_missing": QT_TRANSLATE_NOOP(
        "Messages", "Der Datensatz wurde nicht gefunden oder ist gelöscht."
    ),
}


for _slice in (
    messages_clients,
    messages_cases,
    messages_consultations,
    messages_daywork,
    messages_printing,
    messages_sync,
):
    _duplicates = set(_slice.MESSAGES) & set(MESSAGES)
    if _duplicates:
        raise RuntimeError(f"message codes defined twice: {sorted(_duplicates)}")
    MESSAGES.update(_slice.MESSAGES)


def message_text(code: str) -> str:
    """The German source text of ``code`` (unformatted)."""
    return MESSAGES.get(code, code)


def format_message(
    code: str, params: Mapping[str, Any] | None = None, text: str | None = None
) -> str:
    """Fill a message's placeholders; ``text`` is an already translated source, if any."""
    template = text if text is not None else message_text(code)
    try:
        return template.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return template
