"""Columns of a client file's timeline (newest first, rows handed to the view in batches)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kim_desktop.services.catalogues import CatalogueService
from kim_desktop.services.client_file import TimelineEntry, TimelineKind
from kim_desktop.ui.client_file.formatting import label, show_date
from kim_desktop.ui.table_model import Column, TableModel


def kind_text(kind: TimelineKind) -> str:
    texts = {
        TimelineKind.CONSULTATION: QCoreApplication.translate("TimelineModel", "Beratung"),
        TimelineKind.REFERRAL: QCoreApplication.translate("TimelineModel", "Verweisung"),
        TimelineKind.PHASE_CHANGE: QCoreApplication.translate("TimelineModel", "Fallphase"),
        TimelineKind.DOCUMENT: QCoreApplication.translate("TimelineModel", "Dokument"),
        TimelineKind.CONSENT_GIVEN: QCoreApplication.translate(
            "TimelineModel", "Einwilligung erteilt"
        ),
        TimelineKind.CONSENT_WITHDRAWN: QCoreApplication.translate(
            "TimelineModel", "Einwilligung widerrufen"
        ),
    }
    return texts[kind]


def summary_text(entry: TimelineEntry, catalogues: CatalogueService, language: str) -> str:
    """One line describing the entry."""
    d = entry.details
    if entry.kind is TimelineKind.CONSULTATION:
        topics = ", ".join(
            catalogues.label("consultation_topics", code, language) for code in d["topic_codes"]
        )
        line = QCoreApplication.translate("TimelineModel", "{type}, {mode}, {minutes} Min.").format(
            type=label(d["consultation_type"]),
            mode=label(d["mode"]),
            minutes=d["duration_minutes"],
        )
        return f"{line} – {topics}" if topics else line
    if entry.kind is TimelineKind.REFERRAL:
        target = catalogues.label("referral_targets", d["target_code"], language)
        where = f"{target} ({d['institution_name']})" if d["institution_name"] else target
        return f"{label(d['direction'])}: {where} – {label(d['status'])}"
    if entry.kind is TimelineKind.PHASE_CHANGE:
        if d["from_phase"] is None:
            return QCoreApplication.translate("TimelineModel", "{type}: Fall eröffnet").format(
                type=label(d["case_type"])
            )
        return f"{label(d['case_type'])}: {label(d['from_phase'])} → {label(d['to_phase'])}"
    if entry.kind is TimelineKind.DOCUMENT:
        return f"{label(d['kind'])}: {d['title']}"
    recipients = ", ".join(name for name in d["recipients"] if name)
    text = label(d["purpose"])
    return f"{text} – {recipients}" if recipients else text


BATCH = 100


def timeline_model(
    catalogues: CatalogueService, language: str, parent: Any = None
) -> TableModel[TimelineEntry]:
    """Date, kind and a one-line description; every cell's tooltip is its full text."""
    columns: list[Column[TimelineEntry]] = [
        Column(
            lambda: QCoreApplication.translate("TimelineModel", "Datum"), lambda e: show_date(e.on)
        ),
        Column(
            lambda: QCoreApplication.translate("TimelineModel", "Art"), lambda e: kind_text(e.kind)
        ),
        Column(
            lambda: QCoreApplication.translate("TimelineModel", "Beschreibung"),
            lambda e: summary_text(e, catalogues, language),
        ),
    ]
    return TableModel(columns, parent, batch=BATCH, tooltips=True)
