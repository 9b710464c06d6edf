"""A goal of the help plan: add or edit text, due date, status, review date, result."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from kim_desktop.domain.enums import GoalStatus
from kim_desktop.services.case_queries import GoalRow
from kim_desktop.services.cases import CaseService, GoalInput
from kim_desktop.ui.cases.form_dialog import DateField, FormDialog, FormInputError
from kim_desktop.ui.client_file.formatting import label
from kim_desktop.ui.view_context import ViewContext


class GoalDialog(FormDialog):
    def __init__(
        self,
        context: ViewContext,
        case_id: str,
        goal: GoalRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("goalDialog")
        self._case_id = case_id
        self._goal = goal
        self.add_row("text", QLineEdit())
        self.add_row("due_on", DateField())
        self.add_row("review_on", DateField())
        status = QComboBox()
        for value in GoalStatus:
            status.addItem(label(value), value.value)
        self.add_row("status", status)
        note = QPlainTextEdit()
        note.setTabChangesFocus(True)
        note.setMaximumHeight(90)
        self.add_row("result_note", note)
        self.fields["text"].returnPressed.connect(self.fields["due_on"].setFocus)
        self.fields["due_on"].returnPressed.connect(self.fields["review_on"].setFocus)
        if goal is not None:
            self.fields["text"].setText(goal.text)
            self.fields["due_on"].set_date(goal.due_on)
            self.fields["review_on"].set_date(goal.review_on)
            status.setCurrentIndex(max(0, status.findData(goal.status.value)))
            note.setPlainText(goal.result_note)
        self.finish()

    def retranslate_form(self) -> None:
        if self._goal is None:
            self.setWindowTitle(self.tr("Ziel hinzufügen"))
            self.heading.setText(self.tr("Neues Ziel im Hilfeplan"))
        else:
            self.setWindowTitle(self.tr("Ziel bearbeiten"))
            self.heading.setText(self.tr("Ziel im Hilfeplan bearbeiten"))
        self.labels["text"].setText(self.tr("&Ziel:"))
        self.labels["due_on"].setText(self.tr("&Zu erreichen bis:"))
        self.labels["review_on"].setText(self.tr("Über&prüfen am:"))
        self.labels["status"].setText(self.tr("&Stand:"))
        self.labels["result_note"].setText(self.tr("&Ergebnis:"))
        self.fields["text"].setPlaceholderText(self.tr("z. B. Anmeldung zum B1-Sprachkurs"))
        for name in ("due_on", "review_on"):
            self.fields[name].setPlaceholderText(self.tr("TT.MM.JJJJ"))
        combo = self.fields["status"]
        for index in range(combo.count()):
            combo.setItemText(index, label(GoalStatus(combo.itemData(index))))

    def collect(self) -> GoalInput:
        problems: list[tuple[str, str]] = []
        due_on = self.date_value("due_on", problems)
        review_on = self.date_value("review_on", problems)
        if problems:
            raise FormInputError(problems)
        return GoalInput(
            text=self.fields["text"].text(),
            due_on=due_on,
            review_on=review_on,
            status=GoalStatus(self.fields["status"].currentData()),
            result_note=self.fields["result_note"].toPlainText(),
        )

    def save(self, data: GoalInput) -> str:
        service = CaseService(self.context.office)
        if self._goal is None:
            return service.add_goal(self._case_id, data)
        service.update_goal(self._goal.id, data)
        return self._goal.id
