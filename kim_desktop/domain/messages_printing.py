"""User-facing messages of the printing work area (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

from kim_desktop.domain.translate_noop import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "print_no_record": QT_TRANSLATE_NOOP(
        "Messages",
        "Für dieses Dokument fehlt der passende Eintrag (Termin, Verweisung oder Beratung) "
        "in der Klientenakte.",
    ),
    "print_needs_client": QT_TRANSLATE_NOOP(
        "Messages", "Nur Dokumente zu einer Klientin oder einem Klienten können abgelegt werden."
    ),
    "print_unknown_language": QT_TRANSLATE_NOOP(
        "Messages", "Für die Sprache „{language}“ gibt es keine Brieftexte."
    ),
    "print_nothing_for_day": QT_TRANSLATE_NOOP(
        "Messages", "Für den {date} sind keine geplanten Termine eingetragen."
    ),
    "print_no_open_referrals": QT_TRANSLATE_NOOP("Messages", "Es gibt keine offenen Verweisungen."),
}

__all__ = ["MESSAGES", "QT_TRANSLATE_NOOP"]
