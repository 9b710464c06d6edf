"""The "Fälle" tab of a client file: the client's cases and the selected one in detail."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import CasePhase
from kim_desktop.services.case_queries import CaseDetail, CaseQueries, CaseSummary, GoalRow
from kim_desktop.services.cases import CaseService, next_phase
from kim_desktop.services.trash import DeletedKind
from kim_desktop.ui.cases.case_dialogs import (
    CloseCaseDialog,
    HandoverDialog,
    OpenCaseDialog,
    PhaseDialog,
    ReopenCaseDialog,
)
from kim_desktop.ui.cases.form_dialog import FormDialog
from kim_desktop.ui.cases.goal_dialog import GoalDialog
from kim_desktop.ui.client_file.formatting import label, show_date
from kim_desktop.ui.deletion import RecordDeleter
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.simple_table import fill_table, make_table, selected_id
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import ErrorLabel

log = logging.getLogger(__name__)
CASE_TABLES = frozenset({"cases"})


class CasesTab(QWidget):
    """Cases on the left; phase, goals, history and the case actions on the right."""

    changed = Signal()

    def __init__(
        self,
        context: ViewContext,
        client_id: str,
        deleter: RecordDeleter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("casesTab")
        self.deleter = deleter
        self._context = context
        self._client_id = client_id
        self._cases: list[CaseSummary] = []
        self.detail: CaseDetail | None = None
        self.dialog: FormDialog | None = None
        self.question: QMessageBox | None = None

        self.case_table = make_table(4)
        self.case_table.setObjectName("caseTable")
        self.case_table.itemSelectionChanged.connect(self._selection_changed)
        self.new_case_button = QPushButton()
        self.new_case_button.setObjectName("newCaseButton")
        self.new_case_button.clicked.connect(self.open_new_case)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.new_case_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_box.addWidget(self.case_table, 1)

        self.summary_group = QGroupBox()
        self._summary_labels: dict[str, QLabel] = {}
        self._summary_values: dict[str, QLabel] = {}
        summary_form = QFormLayout(self.summary_group)
        for key in ("type", "phase", "manager", "opened", "closed"):
            caption, value = QLabel(), QLabel()
            value.setObjectName(f"case_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            summary_form.addRow(caption, value)
            self._summary_labels[key], self._summary_values[key] = caption, value

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        actions2 = QHBoxLayout()
        for index, (key, slot) in enumerate(
            (
                ("forward", lambda: self.step(1)),
                ("back", lambda: self.step(-1)),
                ("phase", self.choose_phase),
                ("close", self.close_case),
                ("reopen", self.reopen_case),
                ("handover", self.hand_over),
                ("delete", self.delete_case),
            )
        ):
            button = QPushButton()
            button.setObjectName(f"case_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            (actions if index < 4 else actions2).addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        actions2.addStretch(1)
        self.error_label = ErrorLabel()

        self.goals_group = QGroupBox()
        self.goal_table = make_table(5)
        self.goal_table.setObjectName("goalTable")
        self.goal_table.doubleClicked.connect(lambda _index: self.edit_goal())
        self.add_goal_button = QPushButton()
        self.add_goal_button.setObjectName("addGoalButton")
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button = QPushButton()
        self.edit_goal_button.setObjectName("editGoalButton")
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.delete_goal_button = QPushButton()
        self.delete_goal_button.setObjectName("deleteGoalButton")
        self.delete_goal_button.setAutoDefault(False)
        self.delete_goal_button.clicked.connect(self.delete_goal)
        self.goal_table.itemSelectionChanged.connect(self._update_goal_buttons)
        goal_buttons = QHBoxLayout()
        goal_buttons.addWidget(self.add_goal_button)
        goal_buttons.addWidget(self.edit_goal_button)
        goal_buttons.addWidget(self.delete_goal_button)
        goal_buttons.addStretch(1)
        goals_box = QVBoxLayout(self.goals_group)
        goals_box.addWidget(self.goal_table)
        goals_box.addLayout(goal_buttons)

        self.history_group = QGroupBox()
        self.history_table = make_table(4)
        self.history_table.setObjectName("historyTable")
        QVBoxLayout(self.history_group).addWidget(self.history_table)

        self.detail_widget = QWidget()
        right = QVBoxLayout(self.detail_widget)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.summary_group)
        right.addLayout(actions)
        right.addLayout(actions2)
        right.addWidget(self.error_label)
        right.addWidget(self.goals_group, 1)
        right.addWidget(self.history_group, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail_widget)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()
        self._show_detail(None)

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.new_case_button.setText(self.tr("&Fall eröffnen …"))
        self.case_table.setHorizontalHeaderLabels(
            [self.tr("Fallart"), self.tr("Phase"), self.tr("Beginn"), self.tr("Ende")]
        )
        self.summary_group.setTitle(self.tr("Fall"))
        captions = {
            "type": self.tr("Fallart:"),
            "phase": self.tr("Phase:"),
            "manager": self.tr("Case Manager:in:"),
            "opened": self.tr("Beginn:"),
            "closed": self.tr("Abschluss:"),
        }
        for key, text in captions.items():
            self._summary_labels[key].setText(text)
        texts = {
            "forward": self.tr("Phase &weiter"),
            "back": self.tr("Phase &zurück"),
            "phase": self.tr("P&hase wählen …"),
            "close": self.tr("Fall a&bschließen …"),
            "reopen": self.tr("Wieder&eröffnen …"),
            "handover": self.tr("Über&geben …"),
            "delete": self.tr("Fall &löschen …"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.goals_group.setTitle(self.tr("Hilfeplan: Ziele"))
        self.goal_table.setHorizontalHeaderLabels(
            [
                self.tr("Ziel"),
                self.tr("Bis"),
                self.tr("Überprüfung"),
                self.tr("Stand"),
                self.tr("Ergebnis"),
            ]
        )
        self.add_goal_button.setText(self.tr("Ziel &hinzufügen …"))
        self.edit_goal_button.setText(self.tr("Ziel bearbei&ten …"))
        self.delete_goal_button.setText(self.tr("Ziel lösche&n …"))
        self.history_group.setTitle(self.tr("Phasenverlauf"))
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Phase"), self.tr("Durch"), self.tr("Bemerkung")]
        )
        self.set_cases(self._cases, keep=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing -----------------------------------------------------------------------------
    def set_cases(self, cases: list[CaseSummary], *, keep: bool = True) -> None:
        selected = self.selected_case_id() if keep else None
        self._cases = cases
        rows = [
            [label(c.case_type), label(c.phase), show_date(c.opened_on), show_date(c.closed_on)]
            for c in cases
        ]
        self.case_table.blockSignals(True)
        fill_table(self.case_table, rows, [c.id for c in cases])
        self.case_table.blockSignals(False)
        target = selected if any(c.id == selected for c in cases) else None
        if target is None and cases:
            open_cases = [c for c in cases if c.is_open]
            target = (open_cases or cases)[0].id
        self.select_case(target)

    def select_case(self, case_id: str | None) -> None:
        for row, case in enumerate(self._cases):
            if case.id == case_id:
                self.case_table.selectRow(row)
                self._selection_changed()
                return
        self._show_detail(None)

    def selected_case_id(self) -> str | None:
        return selected_id(self.case_table)

    def _selection_changed(self) -> None:
        case_id = self.selected_case_id()
        if case_id is None:
            self._show_detail(None)
            return
        try:
            self._show_detail(CaseQueries(self._context.office).case_detail(case_id))
        except Exception as exc:
            log.error("loading the case failed", exc_info=exc)
            self.error_label.show_message(error_text(exc))

    def _show_detail(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        self.error_label.clear_message()
        self.detail_widget.setEnabled(detail is not None)
        if detail is None:
            for value in self._summary_values.values():
                value.clear()
            fill_table(self.goal_table, [])
            fill_table(self.history_table, [])
            self._update_goal_buttons()
            return
        case = detail.summary
        closed = ""
        if case.closed_on is not None:
            closed = f"{show_date(case.closed_on)} · {label(case.closing_reason)}"
            if case.closing_note:
                closed += f" · {case.closing_note}"
        values = {
            "type": label(case.case_type),
            "phase": label(case.phase),
            "manager": case.case_manager_name,
            "opened": show_date(case.opened_on),
            "closed": closed,
        }
        for key, text in values.items():
            self._summary_values[key].setText(text)
        is_open = case.is_open
        forward, back = next_phase(case.phase, 1), next_phase(case.phase, -1)
        self.buttons["forward"].setEnabled(is_open and forward not in (None, CasePhase.CLOSURE))
        self.buttons["back"].setEnabled(is_open and back is not None)
        self.buttons["phase"].setEnabled(is_open)
        self.buttons["close"].setEnabled(is_open)
        self.buttons["reopen"].setEnabled(not is_open)
        self.buttons["handover"].setEnabled(is_open)
        fill_table(
            self.goal_table,
            [
                [
                    g.text,
                    show_date(g.due_on),
                    show_date(g.review_on),
                    label(g.status),
                    g.result_note,
                ]
                for g in detail.goals
            ],
            [g.id for g in detail.goals],
        )
        fill_table(
            self.history_table,
            [
                [show_date(p.changed_on), label(p.to_phase), p.changed_by, p.note]
                for p in detail.phase_changes
            ],
        )
        self._update_goal_buttons()

    def _update_goal_buttons(self) -> None:
        chosen = bool(self.goal_table.selectionModel().selectedRows())
        self.edit_goal_button.setEnabled(chosen)
        self.delete_goal_button.setEnabled(chosen and self.deleter is not None)

    # -- actions -----------------------------------------------------------------------------
    def _open_dialog(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(lambda _result: self._written())
        dialog.open()

    def _written(self) -> None:
        self._context.changes.announce({"cases"})
        self.changed.emit()

    def open_new_case(self) -> None:
        self._open_dialog(OpenCaseDialog(self._context, self._client_id, self))

    def step(self, direction: int) -> None:
        if self.detail is None:
            return
        case_id = self.detail.summary.id
        self._run(lambda: CaseService(self._context.office).step_phase(case_id, direction))

    def choose_phase(self) -> None:
        if self.detail is not None:
            self._open_dialog(PhaseDialog(self._context, self.detail.summary, self))

    def close_case(self) -> None:
        if self.detail is not None:
            self._open_dialog(CloseCaseDialog(self._context, self.detail.summary, self))

    def reopen_case(self) -> None:
        if self.detail is not None:
            self._open_dialog(ReopenCaseDialog(self._context, self.detail.summary, self))

    def hand_over(self) -> None:
        if self.detail is not None:
            self._open_dialog(HandoverDialog(self._context, self.detail.summary, self))

    def add_goal(self) -> None:
        if self.detail is not None:
            self._open_dialog(GoalDialog(self._context, self.detail.summary.id, None, self))

    def edit_goal(self) -> None:
        goal = self.selected_goal()
        if self.detail is not None and goal is not None:
            self._open_dialog(GoalDialog(self._context, self.detail.summary.id, goal, self))

    def delete_case(self) -> None:
        """Asks first; the case is tombstoned, with Rückgängig and the Papierkorb to restore."""
        if self.detail is None or self.deleter is None:
            return
        case = self.detail.summary
        name = self.tr("„{type}“ vom {opened}").format(
            type=label(case.case_type), opened=show_date(case.opened_on)
        )
        self.question = self.deleter.delete(DeletedKind.CASE, case.id, name)

    def delete_goal(self) -> None:
        goal = self.selected_goal()
        if goal is None or self.deleter is None:
            return
        name = goal.text if len(goal.text) <= 60 else goal.text[:59] + "…"
        self.question = self.deleter.delete(DeletedKind.GOAL, goal.id, name)

    def selected_goal(self) -> GoalRow | None:
        if self.detail is None:
            return None
        rows = self.goal_table.selectionModel().selectedRows()
        return self.detail.goals[rows[0].row()] if rows else None

    def _run(self, write: object) -> None:
        self.error_label.clear_message()
        self._context.runner.run(
            write,  # type: ignore[arg-type]
            on_success=lambda _r: self._written(),
            on_failure=lambda exc: self.error_label.show_message(error_text(exc)),
            writes=True,
        )
