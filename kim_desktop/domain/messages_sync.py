"""User-facing messages of synchronisation (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

from kim_desktop.domain.translate_noop import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "sync_not_enrolled": QT_TRANSLATE_NOOP(
        "Messages",
        "Dieses Gerät ist noch nicht beim Synchronisationsserver angemeldet. Bitte geben Sie "
        "die Serveradresse und den Anmeldecode ein.",
    ),
    "sync_server_url_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "Die Serveradresse muss mit https:// (oder im eigenen Netz mit http://) beginnen, "
        "z. B. https://kim.rhein-sieg-kreis.de.",
    ),
    "sync_code_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Bitte geben Sie den Anmeldecode ein, den Sie von der Administration erhalten haben.",
    ),
    "sync_ca_bundle_missing": QT_TRANSLATE_NOOP(
        "Messages", "Die Zertifikatsdatei „{path}“ wurde nicht gefunden."
    ),
    "sync_unreachable": QT_TRANSLATE_NOOP(
        "Messages",
        "Der Synchronisationsserver ist nicht erreichbar ({reason}). Ihre Änderungen bleiben "
        "gespeichert und werden beim nächsten Mal übertragen.",
    ),
    "sync_tls_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Das Zertifikat des Servers konnte nicht geprüft werden. Bitte prüfen Sie die "
        "Serveradresse oder hinterlegen Sie die Zertifikatsdatei des Kreises.",
    ),
    "sync_revoked": QT_TRANSLATE_NOOP(
        "Messages",
        "Dieses Gerät wurde am Server gesperrt. Bitte wenden Sie sich an die Administration, "
        "um es neu anzumelden.",
    ),
    "sync_unauthorised": QT_TRANSLATE_NOOP(
        "Messages",
        "Der Server kennt dieses Gerät nicht (mehr). Bitte melden Sie das Gerät mit einem "
        "neuen Anmeldecode an.",
    ),
    "sync_outdated": QT_TRANSLATE_NOOP(
        "Messages",
        "Bitte aktualisieren Sie KIM Desktop: der Server unterstützt diese Version nicht mehr.",
    ),
    "sync_server_said": QT_TRANSLATE_NOOP("Messages", "Der Server meldet: {message}"),
    "sync_server_broken": QT_TRANSLATE_NOOP(
        "Messages",
        "Der Server hat eine unerwartete Antwort gegeben (HTTP {status}). Bitte versuchen Sie "
        "es später erneut.",
    ),
    "sync_running": QT_TRANSLATE_NOOP(
        "Messages", "Eine Synchronisation läuft bereits. Bitte warten Sie, bis sie fertig ist."
    ),
    "sync_clock_skew": QT_TRANSLATE_NOOP(
        "Messages",
        "Die Uhr dieses Geräts weicht um etwa {minutes} Minuten von der Serverzeit ab. Bitte "
        "stellen Sie Datum und Uhrzeit richtig ein.",
    ),
    "sync_done": QT_TRANSLATE_NOOP(
        "Messages",
        "Synchronisation abgeschlossen: {pushed} Änderungen gesendet, {pulled} empfangen.",
    ),
    "sync_conflicts_open": QT_TRANSLATE_NOOP(
        "Messages", "{count} Konflikte warten auf eine Entscheidung."
    ),
    "sync_rejected_count": QT_TRANSLATE_NOOP(
        "Messages", "{count} Änderungen wurden vom Server abgelehnt."
    ),
    "sync_conflict_unknown": QT_TRANSLATE_NOOP("Messages", "Diesen Konflikt gibt es nicht (mehr)."),
    "sync_conflict_record_gone": QT_TRANSLATE_NOOP(
        "Messages", "Der Datensatz dieses Konflikts ist auf diesem Gerät nicht vorhanden."
    ),
    "sync_erase_not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "Endgültig löschen (Art. 17 DSGVO) dürfen nur Administration, KIM-Koordination und "
        "die Fallverantwortlichen eines offenen Falls.",
    ),
    "sync_erased_locally": QT_TRANSLATE_NOOP(
        "Messages", "Die Daten wurden auf Anordnung (Art. 17 DSGVO) gelöscht."
    ),
    "sync_bundle_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "Die Datei „{path}“ ist keine KIM-Synchronisationsdatei."
    ),
    "sync_bundle_tampered": QT_TRANSLATE_NOOP(
        "Messages",
        "Die Synchronisationsdatei wurde verändert oder gehört zu einem anderen Gerät; sie "
        "wird nicht eingelesen.",
    ),
    "sync_bundle_wrong_kind": QT_TRANSLATE_NOOP(
        "Messages",
        "Diese Datei ist eine Sendedatei dieses Geräts, keine Antwort des Servers.",
    ),
    "sync_bundle_other_device": QT_TRANSLATE_NOOP(
        "Messages", "Diese Antwortdatei ist für ein anderes Gerät bestimmt."
    ),
    "sync_bundle_empty": QT_TRANSLATE_NOOP(
        "Messages", "Es gibt keine ausstehenden Änderungen zum Exportieren."
    ),
    # progress phases
    "sync_phase_push": QT_TRANSLATE_NOOP("Messages", "Änderungen senden"),
    "sync_phase_pull": QT_TRANSLATE_NOOP("Messages", "Änderungen empfangen"),
    "sync_phase_check": QT_TRANSLATE_NOOP("Messages", "Abgleich prüfen"),
    "sync_phase_conflicts": QT_TRANSLATE_NOOP("Messages", "Konflikte abrufen"),
    "sync_phase_feed": QT_TRANSLATE_NOOP("Messages", "Statistikdaten empfangen"),
}

__all__ = ["MESSAGES", "QT_TRANSLATE_NOOP"]
