"""User-facing messages of the clients work area (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

from kim_desktop.domain.translate_noop import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "household_name_required": QT_TRANSLATE_NOOP(
        "Messages", "Haushalt, Zeile {row}: Bitte geben Sie den Vornamen an."
    ),
    "household_birth_date_in_future": QT_TRANSLATE_NOOP(
        "Messages", "Haushalt, Zeile {row}: Das Geburtsdatum darf nicht in der Zukunft liegen."
    ),
    "valid_until_without_status": QT_TRANSLATE_NOOP(
        "Messages", "Eine Gültigkeit gibt es nur zu einem Aufenthaltsstatus."
    ),
    "date_format": QT_TRANSLATE_NOOP("Messages", "Bitte geben Sie ein Datum wie 12.03.1985 ein."),
    "household_date_format": QT_TRANSLATE_NOOP(
        "Messages", "Haushalt, Zeile {row}: Bitte geben Sie ein Datum wie 12.03.2019 ein."
    ),
    "client_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Keine Klient:in mit dem Aktenzeichen {file_number} gefunden."
    ),
}

__all__ = ["MESSAGES", "QT_TRANSLATE_NOOP"]
