"""User-facing messages of the daywork work area (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

from kim_desktop.domain.translate_noop import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # appointments
    "appointment_in_past": QT_TRANSLATE_NOOP(
        "Messages", "Ein geplanter Termin kann nicht in der Vergangenheit liegen."
    ),
    "appointment_duration_range": QT_TRANSLATE_NOOP(
        "Messages", "Die Dauer muss zwischen 1 und {max} Minuten liegen."
    ),
    "appointment_client_required": QT_TRANSLATE_NOOP(
        "Messages", "Bitte wählen Sie eine Klient:in aus."
    ),
    "appointment_case_other_client": QT_TRANSLATE_NOOP(
        "Messages", "Der gewählte Fall gehört zu einer anderen Klient:in."
    ),
    "appointment_not_planned": QT_TRANSLATE_NOOP(
        "Messages", "Nur geplante Termine können so geändert werden."
    ),
    # structural needs
    "need_status_coordination_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Den Status eines strukturellen Bedarfs setzt nur die KIM-Koordination (Modul 1).",
    ),
    "need_solution_required": QT_TRANSLATE_NOOP(
        "Messages", "Bitte beschreiben Sie die Lösung, bevor Sie den Bedarf als gelöst markieren."
    ),
    "need_edit_not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "Diesen Bedarf können nur die meldende Person und die KIM-Koordination bearbeiten.",
    ),
    "daywork_number_not_negative": QT_TRANSLATE_NOOP(
        "Messages", "Die Zahl darf nicht negativ sein."
    ),
    # group offers
    "group_end_before_start": QT_TRANSLATE_NOOP(
        "Messages", "Das Enddatum darf nicht vor dem Startdatum liegen."
    ),
    "group_sessions_positive": QT_TRANSLATE_NOOP(
        "Messages", "Es muss mindestens ein Termin geplant sein."
    ),
}

__all__ = ["MESSAGES", "QT_TRANSLATE_NOOP"]
