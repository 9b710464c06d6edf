"""The "Zeitstrahl" tab: every event of the file, newest first, details beside the list."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.services.client_file import TimelineEntry, TimelineKind
from kim_desktop.ui.client_file.formatting import label, show_date
from kim_desktop.ui.client_file.timeline_model import kind_text, timeline_model
from kim_desktop.ui.view_context import ViewContext


class TimelineTab(QWidget):
    caseRequested = Signal(str)  # noqa: N815 - case id
    consentRequested = Signal(str)  # noqa: N815 - consent id

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineTab")
        self._context = context
        self.model = timeline_model(context.catalogues, context.language, self)
        self.view = QTableView()
        self.view.setObjectName("timelineView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show(cur.row())
        )
        self.view.activated.connect(lambda index: self.open_entry(index.row()))

        self.details = QLabel()
        self.details.setObjectName("timelineDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setMargin(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 380])
        scroll.setMinimumWidth(260)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.retranslate()
        index = self.view.currentIndex()
        self._show(index.row() if index.isValid() else -1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.model.set_rows(entries)
        self._show(-1)

    def open_entry(self, row: int) -> None:
        """Enter / double-click: go to the record where the file has an editor for it."""
        entry = self.model.row_at(row)
        if entry is None:
            return
        self._show(row)
        if entry.kind is TimelineKind.PHASE_CHANGE and entry.case_id:
            self.caseRequested.emit(entry.case_id)
        elif entry.kind in (TimelineKind.CONSENT_GIVEN, TimelineKind.CONSENT_WITHDRAWN):
            self.consentRequested.emit(entry.record_id)

    def _show(self, row: int) -> None:
        entry = self.model.row_at(row)
        if entry is None:
            self.details.setText(self.tr("Wählen Sie einen Eintrag, um Einzelheiten zu sehen."))
            return
        lines = [(self.tr("Datum"), show_date(entry.on)), *self._detail_lines(entry)]
        body = "".join(
            f"<tr><td style='padding-right:8px'><b>{html.escape(k)}</b></td>"
            f"<td>{html.escape(v).replace(chr(10), '<br>')}</td></tr>"
            for k, v in lines
            if v
        )
        title = html.escape(kind_text(entry.kind))
        self.details.setText(f"<h3>{title}</h3><table>{body}</table>")

    def _detail_lines(self, entry: TimelineEntry) -> list[tuple[str, str]]:
        d = entry.details
        catalogues, language = self._context.catalogues, self._context.language
        if entry.kind is TimelineKind.CONSULTATION:
            topics = ", ".join(
                catalogues.label("consultation_topics", c, language) for c in d["topic_codes"]
            )
            return [
                (self.tr("Art"), label(d["consultation_type"])),
                (self.tr("Form"), label(d["mode"])),
                (
                    self.tr("Dauer"),
                    self.tr("{minutes} Minuten").format(minutes=d["duration_minutes"]),
                ),
                (self.tr("Themen"), topics),
                (self.tr("Sprachmittlung"), label(d["language_mediation"])),
                (self.tr("Case Manager:in"), d["case_manager"]),
                (self.tr("Notizen"), d["notes"]),
            ]
        if entry.kind is TimelineKind.REFERRAL:
            return [
                (self.tr("Richtung"), label(d["direction"])),
                (
                    self.tr("Stelle"),
                    catalogues.label("referral_targets", d["target_code"], language),
                ),
                (self.tr("Einrichtung"), d["institution_name"]),
                (self.tr("Stand"), label(d["status"])),
                (self.tr("Anlass"), d["reason"]),
                (self.tr("Wiedervorlage"), show_date(d["follow_up_on"])),
                (self.tr("Ergebnis"), d["outcome"]),
                (self.tr("Ablehnungsgrund"), d["declined_reason"]),
            ]
        if entry.kind is TimelineKind.PHASE_CHANGE:
            return [
                (self.tr("Fallart"), label(d["case_type"])),
                (self.tr("Von"), label(d["from_phase"])),
                (self.tr("Nach"), label(d["to_phase"])),
                (self.tr("Durch"), d["changed_by"]),
                (self.tr("Bemerkung"), d["note"]),
            ]
        if entry.kind is TimelineKind.DOCUMENT:
            return [(self.tr("Art"), label(d["kind"])), (self.tr("Titel"), d["title"])]
        return [
            (self.tr("Zweck"), label(d["purpose"])),
            (self.tr("Empfänger"), ", ".join(n for n in d["recipients"] if n)),
            (self.tr("Umfang"), d["scope"]),
            (self.tr("Gültig bis"), show_date(d["valid_until"])),
        ]
