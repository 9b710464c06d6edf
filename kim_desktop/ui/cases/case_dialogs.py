"""Dialogs that change a case: open, set phase, close, reopen, hand over."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from kim_desktop.domain.enums import CasePhase, CaseType, ClosingReason
from kim_desktop.services.case_queries import CaseQueries, CaseSummary, StaffChoice
from kim_desktop.services.cases import CaseService, OpenCaseInput
from kim_desktop.ui.cases.form_dialog import DateField, FormDialog, FormInputError
from kim_desktop.ui.client_file.formatting import label, show_date
from kim_desktop.ui.view_context import ViewContext


def _note_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(90)
    return edit


def _enum_combo(values: list[Any], *, empty: bool = False) -> QComboBox:
    combo = QComboBox()
    if empty:
        combo.addItem("", None)
    for value in values:
        combo.addItem(label(value), value.value)
    return combo


def _staff_label(choice: StaffChoice) -> str:
    """A colleague of another office is marked: they work elsewhere and cannot log in here."""
    if not choice.other_office:
        return choice.display_name
    return QCoreApplication.translate("CaseDialogs", "{name} (anderes Büro)").format(
        name=choice.display_name
    )


def _relabel(combo: QComboBox, enum_type: type) -> None:
    for index in range(combo.count()):
        value = combo.itemData(index)
        if value is not None:
            combo.setItemText(index, label(enum_type(value)))


class OpenCaseDialog(FormDialog):
    def __init__(self, context: ViewContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("openCaseDialog")
        self._client_id = client_id
        self.add_row("case_type", _enum_combo(list(CaseType)))
        self.fields["case_type"].setCurrentIndex(1)  # case management is the usual one
        self.add_row("opened_on", DateField()).set_date(date.today())
        managers = QComboBox()
        me = context.office.actor
        managers.addItem(me.display_name, me.user_id)
        for choice in CaseQueries(context.office).case_manager_choices():
            if choice.user_id != me.user_id:
                managers.addItem(_staff_label(choice), choice.user_id)
        self.add_row("case_manager_id", managers)
        self.finish()

    def retranslate_form(self) -> None:
        self.setWindowTitle(self.tr("Fall eröffnen"))
        self.heading.setText(self.tr("Neuen Fall eröffnen"))
        self.labels["case_type"].setText(self.tr("&Fallart:"))
        self.labels["opened_on"].setText(self.tr("&Beginn:"))
        self.labels["case_manager_id"].setText(self.tr("&Case Manager:in:"))
        self.fields["opened_on"].setPlaceholderText(self.tr("TT.MM.JJJJ"))
        _relabel(self.fields["case_type"], CaseType)

    def collect(self) -> OpenCaseInput:
        problems: list[tuple[str, str]] = []
        opened_on = self.required_date("opened_on", problems)
        if problems:
            raise FormInputError(problems)
        return OpenCaseInput(
            client_id=self._client_id,
            case_type=CaseType(self.fields["case_type"].currentData()),
            opened_on=opened_on,
            case_manager_id=self.fields["case_manager_id"].currentData(),
        )

    def save(self, data: OpenCaseInput) -> str:
        return CaseService(self.context.office).open_case(data)


class PhaseDialog(FormDialog):
    """Set the phase explicitly (any phase but closure)."""

    def __init__(
        self, context: ViewContext, case: CaseSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("phaseDialog")
        self._case = case
        phases = [p for p in CasePhase if p is not CasePhase.CLOSURE and p is not case.phase]
        self.add_row("phase", _enum_combo(phases))
        self.add_row("changed_on", DateField()).set_date(date.today())
        self.add_row("note", _note_edit())
        self.finish()

    def retranslate_form(self) -> None:
        self.setWindowTitle(self.tr("Phase ändern"))
        self.heading.setText(
            self.tr("Aktuelle Phase: {phase}").format(phase=label(self._case.phase))
        )
        self.labels["phase"].setText(self.tr("&Neue Phase:"))
        self.labels["changed_on"].setText(self.tr("&Datum:"))
        self.labels["note"].setText(self.tr("&Bemerkung:"))
        _relabel(self.fields["phase"], CasePhase)

    def collect(self) -> tuple[CasePhase, date, str]:
        problems: list[tuple[str, str]] = []
        on = self.required_date("changed_on", problems)
        if problems:
            raise FormInputError(problems)
        return (
            CasePhase(self.fields["phase"].currentData()),
            on,
            self.fields["note"].toPlainText(),
        )

    def save(self, data: tuple[CasePhase, date, str]) -> None:
        CaseService(self.context.office).change_phase(self._case.id, *data)


class CloseCaseDialog(FormDialog):
    def __init__(
        self, context: ViewContext, case: CaseSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("closeCaseDialog")
        self._case = case
        self.add_row("closing_reason", _enum_combo(list(ClosingReason), empty=True))
        self.add_row("closed_on", DateField()).set_date(date.today())
        self.add_row("closing_note", _note_edit())
        self.finish()

    def retranslate_form(self) -> None:
        self.setWindowTitle(self.tr("Fall abschließen"))
        self.heading.setText(
            self.tr("Fall „{type}“ vom {opened} abschließen").format(
                type=label(self._case.case_type), opened=show_date(self._case.opened_on)
            )
        )
        self.labels["closing_reason"].setText(self.tr("&Grund:"))
        self.labels["closed_on"].setText(self.tr("&Abgeschlossen am:"))
        self.labels["closing_note"].setText(self.tr("&Bemerkung:"))
        self.fields["closing_reason"].setItemText(0, self.tr("– bitte wählen –"))
        _relabel(self.fields["closing_reason"], ClosingReason)

    def collect(self) -> tuple[ClosingReason | None, date, str]:
        problems: list[tuple[str, str]] = []
        on = self.required_date("closed_on", problems)
        if problems:
            raise FormInputError(problems)
        reason = self.fields["closing_reason"].currentData()
        return (
            None if reason is None else ClosingReason(reason),
            on,
            self.fields["closing_note"].toPlainText(),
        )

    def save(self, data: tuple[ClosingReason | None, date, str]) -> None:
        CaseService(self.context.office).close_case(self._case.id, *data)


class ReopenCaseDialog(FormDialog):
    def __init__(
        self, context: ViewContext, case: CaseSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("reopenCaseDialog")
        self._case = case
        self.add_row("changed_on", DateField()).set_date(date.today())
        self.add_row("note", _note_edit())
        self.finish()

    def retranslate_form(self) -> None:
        self.setWindowTitle(self.tr("Fall wiedereröffnen"))
        self.heading.setText(
            self.tr(
                "Der Fall wurde am {closed} abgeschlossen. Beim Wiedereröffnen kehrt er in die "
                "Phase vor dem Abschluss zurück."
            ).format(closed=show_date(self._case.closed_on))
        )
        self.labels["changed_on"].setText(self.tr("&Datum:"))
        self.labels["note"].setText(self.tr("&Bemerkung:"))

    def collect(self) -> tuple[date, str]:
        problems: list[tuple[str, str]] = []
        on = self.required_date("changed_on", problems)
        if problems:
            raise FormInputError(problems)
        return on, self.fields["note"].toPlainText()

    def save(self, data: tuple[date, str]) -> None:
        CaseService(self.context.office).reopen_case(self._case.id, *data)


class HandoverDialog(FormDialog):
    def __init__(
        self, context: ViewContext, case: CaseSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("handoverDialog")
        self._case = case
        targets = QComboBox()
        targets.addItem("", None)
        for choice in CaseQueries(context.office).case_manager_choices():
            if choice.user_id != case.case_manager_id:
                targets.addItem(_staff_label(choice), choice.user_id)
        self.add_row("to_user_id", targets)
        self.add_row("handed_over_on", DateField()).set_date(date.today())
        self.add_row("note", _note_edit())
        self.finish()

    def retranslate_form(self) -> None:
        self.setWindowTitle(self.tr("Fall übergeben"))
        self.heading.setText(
            self.tr("Der Fall wird bisher von {name} betreut.").format(
                name=self._case.case_manager_name
            )
        )
        self.labels["to_user_id"].setText(self.tr("Übergeben &an:"))
        self.labels["handed_over_on"].setText(self.tr("&Datum:"))
        self.labels["note"].setText(self.tr("&Bemerkung:"))
        self.fields["to_user_id"].setItemText(0, self.tr("– bitte wählen –"))

    def collect(self) -> tuple[str | None, date, str]:
        problems: list[tuple[str, str]] = []
        on = self.required_date("handed_over_on", problems)
        if problems:
            raise FormInputError(problems)
        return (
            self.fields["to_user_id"].currentData(),
            on,
            self.fields["note"].toPlainText(),
        )

    def save(self, data: tuple[str | None, date, str]) -> None:
        CaseService(self.context.office).hand_over(self._case.id, *data)
