"""User-facing messages of the consultations work area (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

from kim_desktop.domain.translate_noop import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "consultation_client_required": QT_TRANSLATE_NOOP(
        "Messages", "Bitte wählen Sie die Klient:in aus (Name, Geburtsdatum oder Aktenzeichen)."
    ),
    "consultation_client_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Die gewählte Klient:in wurde nicht gefunden oder ist gelöscht."
    ),
    "consultation_topic_required": QT_TRANSLATE_NOOP(
        "Messages", "Bitte wählen Sie mindestens ein Beratungsthema aus."
    ),
    "consultation_topic_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unbekanntes Beratungsthema: {code}."
    ),
    "consultation_duration_range": QT_TRANSLATE_NOOP(
        "Messages", "Die Dauer muss zwischen 1 und {max} Minuten liegen."
    ),
    "consultation_mediation_language_required": QT_TRANSLATE_NOOP(
        "Messages", "Bitte geben Sie die Sprache der Sprachmittlung an."
    ),
    "consultation_appointment_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Der Termin wurde nicht gefunden oder ist gelöscht."
    ),
    "referral_target_required": QT_TRANSLATE_NOOP(
        "Messages", "Bitte wählen Sie die Stelle (Kategorie) des Verweises aus."
    ),
    "referral_category_unknown": QT_TRANSLATE_NOOP("Messages", "Unbekannte Stelle: {code}."),
    "referral_institution_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "Die gewählte Einrichtung gehört nicht zu dieser Kategorie."
    ),
    "referral_no_consent": QT_TRANSLATE_NOOP(
        "Messages",
        "Für eine Weitergabe an {target} liegt keine gültige Einwilligung vor. Bitte erfassen "
        "Sie zuerst die Einwilligung.",
    ),
    "referral_declined_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Bitte geben Sie den Grund der Ablehnung an."
    ),
    "referral_follow_up_before_referral": QT_TRANSLATE_NOOP(
        "Messages", "Die Wiedervorlage darf nicht vor dem Datum des Verweises ({date}) liegen."
    ),
    "referral_status_backwards": QT_TRANSLATE_NOOP(
        "Messages",
        "Ein Verweis kann nicht in einen früheren Status zurückgesetzt werden "
        "(Reihenfolge: vorgeschlagen → vermittelt → angenommen → abgeschlossen).",
    ),
    "referral_closed": QT_TRANSLATE_NOOP(
        "Messages",
        "Dieser Verweis ist bereits abgeschlossen oder abgelehnt; sein Status bleibt so.",
    ),
    "referral_source_required": QT_TRANSLATE_NOOP(
        "Messages", "Bitte wählen Sie aus, von welcher Stelle die Verweisung kommt."
    ),
}

__all__ = ["MESSAGES", "QT_TRANSLATE_NOOP"]
