"""User-facing messages of the cases work area (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

from kim_desktop.domain.translate_noop import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # cases
    "case_end_before_start": QT_TRANSLATE_NOOP(
        "Messages", "Das Abschlussdatum darf nicht vor dem Beginn des Falls ({opened}) liegen."
    ),
    "case_date_before_opening": QT_TRANSLATE_NOOP(
        "Messages", "Das Datum darf nicht vor dem Beginn des Falls ({opened}) liegen."
    ),
    "case_already_closed": QT_TRANSLATE_NOOP("Messages", "Dieser Fall ist bereits abgeschlossen."),
    "case_not_closed": QT_TRANSLATE_NOOP("Messages", "Dieser Fall ist nicht abgeschlossen."),
    "case_closed_no_phase_change": QT_TRANSLATE_NOOP(
        "Messages",
        "Die Phase eines abgeschlossenen Falls kann nicht geändert werden. Bitte eröffnen Sie "
        "den Fall zuerst wieder.",
    ),
    "case_phase_unchanged": QT_TRANSLATE_NOOP("Messages", "Der Fall ist bereits in dieser Phase."),
    "case_phase_closure_needs_reason": QT_TRANSLATE_NOOP(
        "Messages", "Zum Abschließen eines Falls nutzen Sie bitte „Fall abschließen“ mit Grund."
    ),
    "case_phase_no_step": QT_TRANSLATE_NOOP(
        "Messages", "In diese Richtung gibt es keine weitere Phase."
    ),
    "case_closing_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Bitte wählen Sie einen Grund für den Abschluss."
    ),
    "case_manager_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Die gewählte Person ist nicht (mehr) aktiv in diesem Büro."
    ),
    "handover_target_not_case_manager": QT_TRANSLATE_NOOP(
        "Messages",
        "Ein Fall kann nur an eine aktive Person mit der Rolle Case Management übergeben werden.",
    ),
    "handover_same_person": QT_TRANSLATE_NOOP(
        "Messages", "Der Fall wird bereits von dieser Person betreut."
    ),
    "handover_case_closed": QT_TRANSLATE_NOOP(
        "Messages", "Ein abgeschlossener Fall kann nicht übergeben werden."
    ),
    "goal_date_implausible": QT_TRANSLATE_NOOP(
        "Messages", "Das Datum liegt mehr als {years} Jahre in der Zukunft."
    ),
    "goal_review_after_due": QT_TRANSLATE_NOOP(
        "Messages", "Die Überprüfung sollte spätestens zum Zieldatum ({due}) stattfinden."
    ),
    # consents
    "consent_valid_before_given": QT_TRANSLATE_NOOP(
        "Messages", "„Gültig bis“ darf nicht vor dem Datum der Einwilligung ({given}) liegen."
    ),
    "consent_recipients_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Für die Weitergabe an Stellen nennen Sie bitte mindestens eine empfangende Stelle.",
    ),
    "consent_already_withdrawn": QT_TRANSLATE_NOOP(
        "Messages", "Diese Einwilligung wurde bereits am {date} widerrufen."
    ),
    "consent_withdrawn_before_given": QT_TRANSLATE_NOOP(
        "Messages", "Der Widerruf darf nicht vor dem Datum der Einwilligung ({given}) liegen."
    ),
    "institution_unknown": QT_TRANSLATE_NOOP("Messages", "Unbekannte Einrichtung."),
    "referral_target_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unbekannte Stelle (Verweisziel): {code}."
    ),
    # client file
    "client_file_viewed": QT_TRANSLATE_NOOP("Messages", "Akte geöffnet"),
}

__all__ = ["MESSAGES", "QT_TRANSLATE_NOOP"]
