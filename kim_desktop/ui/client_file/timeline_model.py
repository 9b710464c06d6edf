"""Table model over the timeline entries of a client file (newest first, loaded lazily)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kim_desktop.services.catalogues import CatalogueService
from kim_desktop.services.client_file import TimelineEntry, TimelineKind
from kim_desktop.ui.batched_table_model import BatchedTableModel
from kim_desktop.ui.client_file.formatting import label, show_date

Index = QModelIndex | QPersistentModelIndex


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


class TimelineModel(BatchedTableModel[TimelineEntry]):
    COLUMNS = 3  # date, kind, description
    BATCH = 100

    def __init__(self, catalogues: CatalogueService, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._catalogues = catalogues
        self._language = language
        self._texts: dict[int, str] = {}

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self._replace_rows(entries)

    def _rows_replaced(self) -> None:
        self._texts = {}

    def entry(self, row: int) -> TimelineEntry:
        return self._rows[row]

    def entries(self) -> list[TimelineEntry]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        entry = self._rows[index.row()]
        if index.column() == 0:
            return show_date(entry.on)
        if index.column() == 1:
            return kind_text(entry.kind)
        text = self._texts.get(index.row())
        if text is None:
            text = summary_text(entry, self._catalogues, self._language)
            self._texts[index.row()] = text
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("TimelineModel", "Datum"),
            QCoreApplication.translate("TimelineModel", "Art"),
            QCoreApplication.translate("TimelineModel", "Beschreibung"),
        )[section]

    def retranslate(self) -> None:
        self._texts = {}
        super().retranslate()
