"""Recording a consent: purpose, scope, recipients (target categories and institutions), dates."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from kim_desktop.domain.enums import ConsentPurpose
from kim_desktop.services.consents import ConsentInput, ConsentService, Recipient
from kim_desktop.ui.cases.form_dialog import DateField, FormDialog, FormInputError
from kim_desktop.ui.client_file.formatting import label
from kim_desktop.ui.view_context import ViewContext

log = logging.getLogger(__name__)
RECIPIENT_ROLE = Qt.ItemDataRole.UserRole


class ConsentDialog(FormDialog):
    def __init__(self, context: ViewContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("consentDialog")
        self._client_id = client_id
        self.print_after_save = False
        self.print_error = ""
        purpose = QComboBox()
        for value in ConsentPurpose:
            purpose.addItem(label(value), value.value)
        purpose.setCurrentIndex(purpose.findData(ConsentPurpose.REFERRAL.value))
        self.add_row("purpose", purpose)
        scope = QPlainTextEdit()
        scope.setTabChangesFocus(True)
        scope.setMaximumHeight(70)
        self.add_row("scope", scope)
        self.recipient_filter = QLineEdit()
        self.recipient_filter.setObjectName("recipientFilter")
        self.recipient_filter.setClearButtonEnabled(True)
        self.recipient_filter.textChanged.connect(self._filter)
        self.add_row("recipient_filter", self.recipient_filter)
        recipients = QListWidget()
        recipients.setMinimumHeight(180)
        language = context.language
        targets = context.catalogues.choices("referral_targets", language)
        target_labels = {t.code: t.label for t in targets}
        for target in targets:
            self._add_recipient(
                recipients, Recipient(target.code, None, target.label), target.label
            )
        for institution in ConsentService(context.office).institutions():
            text = f"    {institution.name} ({target_labels.get(institution.target_code, '')})"
            self._add_recipient(
                recipients,
                Recipient(institution.target_code, institution.id, institution.name),
                text,
            )
        self.add_row("recipients", recipients)
        self.add_row("given_on", DateField()).set_date(date.today())
        self.add_row("valid_until", DateField())
        self.print_button = QPushButton()
        self.print_button.setObjectName("printConsentButton")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.save_and_print)
        self.buttons.insertWidget(2, self.print_button)
        self.resize(640, 560)
        self.finish()

    @staticmethod
    def _add_recipient(widget: QListWidget, recipient: Recipient, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(RECIPIENT_ROLE, recipient)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)

    def retranslate_form(self) -> None:
        self.setWindowTitle(self.tr("Einwilligung erfassen"))
        self.heading.setText(
            self.tr("Welcher Verarbeitung und welchen Stellen hat die Klient:in zugestimmt?")
        )
        self.labels["purpose"].setText(self.tr("&Zweck:"))
        self.labels["scope"].setText(self.tr("&Umfang:"))
        self.labels["recipient_filter"].setText(self.tr("Stellen &filtern:"))
        self.labels["recipients"].setText(self.tr("&Empfangende Stellen:"))
        self.labels["given_on"].setText(self.tr("Erteilt &am:"))
        self.labels["valid_until"].setText(self.tr("&Gültig bis:"))
        self.fields["scope"].setPlaceholderText(
            self.tr("z. B. Name, Anschrift und Anliegen; Unterlagen zum Aufenthalt")
        )
        self.recipient_filter.setPlaceholderText(self.tr("Name der Stelle …"))
        self.fields["given_on"].setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.fields["valid_until"].setPlaceholderText(self.tr("unbefristet"))
        self.print_button.setText(self.tr("Speichern und Einwilligungserklärung &drucken"))
        combo = self.fields["purpose"]
        for index in range(combo.count()):
            combo.setItemText(index, label(ConsentPurpose(combo.itemData(index))))

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        widget: QListWidget = self.fields["recipients"]
        for row in range(widget.count()):
            item = widget.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def set_recipient_checked(self, target_code: str, institution_id: str | None = None) -> None:
        widget: QListWidget = self.fields["recipients"]
        for row in range(widget.count()):
            item = widget.item(row)
            recipient: Recipient = item.data(RECIPIENT_ROLE)
            if recipient.target_code == target_code and recipient.institution_id == institution_id:
                item.setCheckState(Qt.CheckState.Checked)
                return
        raise KeyError(target_code)

    def checked_recipients(self) -> list[Recipient]:
        widget: QListWidget = self.fields["recipients"]
        return [
            widget.item(row).data(RECIPIENT_ROLE)
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        ]

    def has_changes(self) -> bool:
        return super().has_changes() or bool(self.checked_recipients())

    def collect(self) -> ConsentInput:
        problems: list[tuple[str, str]] = []
        given_on = self.required_date("given_on", problems)
        valid_until = self.date_value("valid_until", problems)
        if problems:
            raise FormInputError(problems)
        return ConsentInput(
            client_id=self._client_id,
            purpose=ConsentPurpose(self.fields["purpose"].currentData()),
            given_on=given_on,
            valid_until=valid_until,
            scope=self.fields["scope"].toPlainText(),
            recipients=self.checked_recipients(),
        )

    def save(self, data: ConsentInput) -> str:
        return ConsentService(self.context.office).record(data)

    def save_and_print(self) -> None:
        self.print_after_save = True
        self.submit()
