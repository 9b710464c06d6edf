"""The "Zeitstrahl" tab: every event of the file, newest first, details beside the list."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.services.client_file import TimelineEntry, TimelineKind
from kim_desktop.services.trash import DeletedKind
from kim_desktop.ui.client_file.formatting import label, show_date
from kim_desktop.ui.client_file.timeline_model import kind_text, timeline_model
from kim_desktop.ui.deletion import RecordDeleter
from kim_desktop.ui.view_context import ViewContext

DELETABLE = {
    TimelineKind.CONSULTATION: DeletedKind.CONSULTATION,
    TimelineKind.REFERRAL: DeletedKind.REFERRAL,
}


class TimelineTab(QWidget):
    caseRequested = Signal(str)  # noqa: N815 - case id
    consentRequested = Signal(str)  # noqa: N815 - consent id

    def __init__(
        self,
        context: ViewContext,
        deleter: RecordDeleter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelineTab")
        self._context = context
        self.deleter = deleter
        self.question: QMessageBox | None = None
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
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteEntryButton")
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete_current)
        self._delete_action = QAction(self)
        self._delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self._delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._delete_action.triggered.connect(self.delete_current)
        self.view.addAction(self._delete_action)
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.delete_button.setText(self.tr("Eintrag &löschen …"))
        self.delete_button.setToolTip(
            self.tr("Die gewählte Beratung oder Verweisung löschen (Entf)")
        )
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

    def current_entry(self) -> TimelineEntry | None:
        row = self.view.currentIndex().row()
        return self.model.row_at(row)

    def delete_current(self) -> None:
        """Consultations and referrals can be deleted here (asks first, then Rückgängig)."""
        entry = self.current_entry()
        if entry is None or self.deleter is None or entry.kind not in DELETABLE:
            return
        d = entry.details
        if entry.kind is TimelineKind.CONSULTATION:
            name = self.tr("vom {date} ({type}, {minutes} Min.)").format(
                date=show_date(entry.on),
                type=label(d["consultation_type"]),
                minutes=d["duration_minutes"],
            )
        else:
            target = self._context.catalogues.label(
                "referral_targets", d["target_code"], self._context.language
            )
            name = self.tr("vom {date} an „{target}“").format(
                date=show_date(entry.on), target=d["institution_name"] or target
            )
        self.question = self.deleter.delete(DELETABLE[entry.kind], entry.record_id, name)

    def _show(self, row: int) -> None:
        entry = self.model.row_at(row)
        self.delete_button.setEnabled(
            entry is not None and entry.kind in DELETABLE and self.deleter is not None
        )
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
