"""The "Einwilligungen" tab: consents with their state; record, withdraw, print."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.services.consents import ConsentRow, ConsentService, ConsentState
from kim_desktop.ui.cases.form_dialog import DateField, FormDialog, FormInputError
from kim_desktop.ui.client_file.actions import print_document
from kim_desktop.ui.client_file.consent_dialog import ConsentDialog
from kim_desktop.ui.client_file.formatting import label, show_date
from kim_desktop.ui.view_context import ViewContext

STATE_COLOURS = {
    ConsentState.ACTIVE: "#1e7b34",
    ConsentState.EXPIRING: "#9a6700",
    ConsentState.EXPIRED: "#6b6b6b",
    ConsentState.WITHDRAWN: "#b3261e",
    ConsentState.NOT_YET_VALID: "#6b6b6b",
}


class WithdrawDialog(FormDialog):
    def __init__(
        self, context: ViewContext, consent: ConsentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("withdrawDialog")
        self._consent = consent
        self.add_row("withdrawn_on", DateField()).set_date(date.today())
        self.finish()

    def retranslate_form(self) -> None:
        self.setWindowTitle(self.tr("Einwilligung widerrufen"))
        self.heading.setText(
            self.tr(
                "Die Einwilligung „{purpose}“ vom {given} wird widerrufen. Sie bleibt als Verlauf "
                "sichtbar; Weitergaben sind danach nicht mehr gedeckt."
            ).format(purpose=label(self._consent.purpose), given=show_date(self._consent.given_on))
        )
        self.labels["withdrawn_on"].setText(self.tr("&Widerrufen am:"))
        self.save_button.setText(self.tr("&Widerrufen"))

    def collect(self) -> date:
        problems: list[tuple[str, str]] = []
        on = self.required_date("withdrawn_on", problems)
        if problems:
            raise FormInputError(problems)
        return on

    def save(self, data: date) -> None:
        ConsentService(self.context.office).withdraw(self._consent.id, data)


class ConsentsTab(QWidget):
    def __init__(self, context: ViewContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentsTab")
        self._context = context
        self._client_id = client_id
        self._rows: list[ConsentRow] = []
        self.dialog: FormDialog | None = None
        self.note: QMessageBox | None = None
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("consentTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.record_button = QPushButton()
        self.record_button.setObjectName("recordConsentButton")
        self.record_button.clicked.connect(self.record)
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("withdrawConsentButton")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printConsentButton")
        self.print_button.clicked.connect(self.print_selected)
        buttons = QHBoxLayout()
        for button in (self.record_button, self.withdraw_button, self.print_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.record_button.setText(self.tr("Einwilligung &erfassen …"))
        self.withdraw_button.setText(self.tr("&Widerrufen …"))
        self.print_button.setText(self.tr("Einwilligungserklärung &drucken"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Zweck"),
                self.tr("Empfangende Stellen"),
                self.tr("Erteilt am"),
                self.tr("Gültig bis"),
                self.tr("Stand"),
            ]
        )
        self.set_consents(self._rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def state_text(self, row: ConsentRow) -> str:
        if row.state is ConsentState.WITHDRAWN:
            return self.tr("Widerrufen am {date}").format(date=show_date(row.withdrawn_on))
        texts = {
            ConsentState.ACTIVE: self.tr("Gültig"),
            ConsentState.EXPIRING: self.tr("Läuft bald ab"),
            ConsentState.EXPIRED: self.tr("Abgelaufen"),
            ConsentState.NOT_YET_VALID: self.tr("Noch nicht gültig"),
        }
        return texts[row.state]

    def set_consents(self, rows: list[ConsentRow]) -> None:
        selected = self.selected()
        self._rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [
                label(row.purpose),
                ", ".join(rec.name for rec in row.recipients),
                show_date(row.given_on),
                show_date(row.valid_until) or self.tr("unbefristet"),
                self.state_text(row),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 4:
                    item.setForeground(QBrush(QColor(STATE_COLOURS[row.state])))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if selected is not None:
            self.select_consent(selected.id)
        self._update_buttons()

    def select_consent(self, consent_id: str) -> None:
        for r, row in enumerate(self._rows):
            if row.id == consent_id:
                self.table.selectRow(r)
                return

    def selected(self) -> ConsentRow | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self._rows[rows[0].row()] if rows and rows[0].row() < len(self._rows) else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.withdraw_button.setEnabled(row is not None and row.withdrawn_on is None)
        self.print_button.setEnabled(row is not None)

    def record(self) -> None:
        dialog = ConsentDialog(self._context, self._client_id, self)
        dialog.saved.connect(lambda consent_id: self._recorded(dialog, consent_id))
        self.dialog = dialog
        dialog.open()

    def _recorded(self, dialog: ConsentDialog, consent_id: str) -> None:
        self._context.changes.announce({"consents"})
        if dialog.print_after_save:
            self.note = print_document(self._context, self, "consent", self._client_id, consent_id)

    def withdraw(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = WithdrawDialog(self._context, row, self)
        dialog.saved.connect(lambda _r: self._context.changes.announce({"consents"}))
        self.dialog = dialog
        dialog.open()

    def print_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.note = print_document(self._context, self, "consent", self._client_id, row.id)
