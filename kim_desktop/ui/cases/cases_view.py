"""The "Fälle" area: my open cases or all cases, with filters; Enter opens the client file."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import CasePhase, CaseType
from kim_desktop.services.case_queries import CaseFilter, CaseQueries, CaseSummary
from kim_desktop.ui.cases.cases_model import cases_model
from kim_desktop.ui.client_file.formatting import label
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import BusyBar, ErrorLabel

log = logging.getLogger(__name__)
RELOAD_ON = frozenset({"cases", "clients", "users"})


def create_view(context: ViewContext) -> QWidget:
    return CasesView(context)


class CasesView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("area_cases")
        self._context = context
        self._loading = False
        self._again = False
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)

        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("scopeFilter")
        self.scope_combo.addItems(["", ""])
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("stateFilter")
        for value in ("open", "closed", None):
            self.state_combo.addItem("", value)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("typeFilter")
        self.type_combo.addItem("", None)
        for case_type in CaseType:
            self.type_combo.addItem(label(case_type), case_type.value)
        self.phase_combo = QComboBox()
        self.phase_combo.setObjectName("phaseFilter")
        self.phase_combo.addItem("", None)
        for phase in CasePhase:
            self.phase_combo.addItem(label(phase), phase.value)
        self.municipality_combo = QComboBox()
        self.municipality_combo.setObjectName("municipalityFilter")
        self.municipality_combo.addItem("", None)
        for choice in context.catalogues.choices("municipalities", context.language):
            self.municipality_combo.addItem(choice.label, choice.code)
        self._filter_labels: list[QLabel] = []
        filters = QGridLayout()
        combos = (
            self.scope_combo,
            self.state_combo,
            self.type_combo,
            self.phase_combo,
            self.municipality_combo,
        )
        for column, combo in enumerate(combos):
            caption = QLabel()
            caption.setBuddy(combo)
            self._filter_labels.append(caption)
            filters.addWidget(caption, 0, column)
            filters.addWidget(combo, 1, column)
            combo.currentIndexChanged.connect(self.reload)
        filters.setColumnStretch(len(combos), 1)

        self.model = cases_model(context.catalogues, context.language, self)
        self.table = QTableView()
        self.table.setObjectName("casesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(self.open_case)
        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")
        self.busy = BusyBar()
        self.error_label = ErrorLabel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        context.changes.changed.connect(self._changes_announced)
        self.retranslate()
        self.reload()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Fälle"))
        captions = (
            self.tr("&Ansicht:"),
            self.tr("&Stand:"),
            self.tr("Fall&art:"),
            self.tr("&Phase:"),
            self.tr("&Kommune:"),
        )
        for caption, text in zip(self._filter_labels, captions, strict=True):
            caption.setText(text)
        self.scope_combo.setItemText(0, self.tr("Meine Fälle"))
        self.scope_combo.setItemText(1, self.tr("Alle Fälle"))
        for index, text in enumerate((self.tr("Offen"), self.tr("Abgeschlossen"), self.tr("Alle"))):
            self.state_combo.setItemText(index, text)
        for combo, enum_type in ((self.type_combo, CaseType), (self.phase_combo, CasePhase)):
            combo.setItemText(0, self.tr("Alle"))
            for index in range(1, combo.count()):
                combo.setItemText(index, label(enum_type(combo.itemData(index))))
        self.municipality_combo.setItemText(0, self.tr("Alle"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -----------------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        def enum_or_none(combo: QComboBox, enum_type: Any) -> Any:
            value = combo.currentData()
            return None if value is None else enum_type(value)

        mine = self.scope_combo.currentIndex() == 0
        return CaseFilter(
            manager_id=self._context.office.actor.user_id if mine else None,
            case_type=enum_or_none(self.type_combo, CaseType),
            phase=enum_or_none(self.phase_combo, CasePhase),
            municipality_code=self.municipality_combo.currentData(),
            state=self.state_combo.currentData(),
        )

    def reload(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.busy.setVisible(True)
        queries = CaseQueries(self._context.office)
        case_filter = self.current_filter()
        self._context.runner.run(
            lambda: queries.list_cases(case_filter),
            on_success=self._loaded,
            on_failure=self._failed,
        )

    def _loaded(self, rows: list[CaseSummary]) -> None:
        self._finish_loading()
        self.error_label.clear_message()
        self.model.set_rows(rows)
        if rows:
            self.table.resizeColumnsToContents()
        self._update_count()

    def _failed(self, exc: BaseException) -> None:
        self._finish_loading()
        log.error("loading cases failed", exc_info=exc)
        self.error_label.show_message(error_text(exc))

    def _finish_loading(self) -> None:
        self._loading = False
        self.busy.setVisible(False)
        if self._again:
            self._again = False
            self.reload()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{count} Fälle").format(count=self.model.total()))

    def _changes_announced(self, tables: Any) -> None:
        if RELOAD_ON & set(tables):
            self.reload()

    # -- opening -----------------------------------------------------------------------------
    def open_case(self, index: QModelIndex) -> None:
        case = self.model.row_at(index.row()) if index.isValid() else None
        if case is None:
            return
        from kim_desktop.ui.client_file.window import open_client_file

        open_client_file(self._context, case.client_id, case.id)
