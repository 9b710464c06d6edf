"""MuKi-S individual and group counselling per month and municipality for one year."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.services.group_offers import MukisMonthlyCounts, mukis_monthly_counts
from kim_desktop.ui.groups.group_models import count_lines, count_model
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import ErrorLabel

RELOAD_ON = frozenset({"group_sessions", "group_offers", "consultations"})


class MonthlyCountsPanel(QWidget):
    loaded = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mukisCounts")
        self._context = context
        self._generation = 0
        self.counts: MukisMonthlyCounts | None = None
        labels = {c.code: c.label for c in context.catalogues.choices("municipalities")}
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("countYear")
        self.year_spin.setRange(2020, date.today().year + 1)
        self.year_spin.setValue(date.today().year)
        self.year_spin.valueChanged.connect(lambda _v: self.reload())
        self._year_label = QLabel()
        self._year_label.setBuddy(self.year_spin)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("countSummary")
        self.model = count_model(lambda code: labels.get(code, code))
        self.table = QTableView()
        self.table.setObjectName("countTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel()
        self.empty_label.setVisible(False)
        self.error_label = ErrorLabel()
        top = QHBoxLayout()
        top.addWidget(self._year_label)
        top.addWidget(self.year_spin)
        top.addSpacing(16)
        top.addWidget(self.summary_label)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.error_label)
        context.changes.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self._year_label.setText(self.tr("&Jahr:"))
        self.empty_label.setText(self.tr("In diesem Jahr keine MuKi-S-Beratungen erfasst."))
        self._show_summary()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_summary(self) -> None:
        counts = self.counts
        if counts is None:
            self.summary_label.setText("")
            return
        self.summary_label.setText(
            self.tr("{individual} Einzelberatungen · {group} Gruppentermine").format(
                individual=counts.total_individual(), group=counts.total_group_sessions()
            )
        )

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        year, office = self.year_spin.value(), self._context.office
        self._context.runner.run(
            lambda: mukis_monthly_counts(office, year),
            on_success=lambda counts: self._loaded(generation, counts),
            on_failure=lambda exc: self.error_label.show_message(error_text(exc)),
        )

    def _loaded(self, generation: int, counts: MukisMonthlyCounts) -> None:
        if generation != self._generation:
            return
        self.counts = counts
        self.model.set_rows(count_lines(counts))
        self.table.setVisible(bool(counts.rows))
        self.empty_label.setVisible(not counts.rows)
        self._show_summary()
        self.loaded.emit()

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & RELOAD_ON:
            self.reload()
