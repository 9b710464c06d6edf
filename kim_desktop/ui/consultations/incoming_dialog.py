"""Record an incoming referral: who sent the client (e.g. Jugendmigrationsdienst), when, why."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.errors import ValidationFailed
from kim_desktop.services.client_lookup import ClientLookup
from kim_desktop.services.referrals import IncomingReferralInput, ReferralService
from kim_desktop.ui.confirm import ask_to_discard
from kim_desktop.ui.consultations.client_picker import ClientPicker
from kim_desktop.ui.consultations.formatting import from_qdate, to_qdate
from kim_desktop.ui.messages import error_text, message
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import ErrorLabel

DEFAULT_SOURCE = "jugendmigrationsdienst"


class IncomingReferralDialog(QDialog):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incomingReferral")
        self._context = context
        self._service = ReferralService(context.office)
        self._busy = False
        self.picker = ClientPicker(ClientLookup(context.office), context.runner)
        self.picker.clientChosen.connect(lambda _hit: self._source_changed())
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("source")
        for choice in context.catalogues.choices("referral_targets", context.language):
            self.source_combo.addItem(choice.label, choice.code)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(DEFAULT_SOURCE)))
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.institution_combo = QComboBox()
        self.date_edit = QDateEdit(to_qdate(date.today()))
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.error_label = ErrorLabel()
        self._labels = [QLabel() for _ in range(5)]
        fields = (
            self.picker,
            self.source_combo,
            self.institution_combo,
            self.date_edit,
            self.reason_edit,
        )
        form = QFormLayout()
        for caption, widget in zip(self._labels, fields, strict=True):
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.cancel_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveIncoming")
        for button in (self.cancel_button, self.save_button):
            button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self._source_changed()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Eingehende Verweisung erfassen"))
        texts = (
            self.tr("&Klient:in:"),
            self.tr("&Von (Stelle):"),
            self.tr("&Einrichtung:"),
            self.tr("&Datum:"),
            self.tr("&Anlass:"),
        )
        for caption, text in zip(self._labels, texts, strict=True):
            caption.setText(text)
        if self.institution_combo.count():
            self.institution_combo.setItemText(0, self.tr("– keine bestimmte –"))
        self.cancel_button.setText(self.tr("Abbrechen"))
        self.save_button.setText(self.tr("&Speichern"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _source_changed(self, _index: int = 0) -> None:
        self.institution_combo.clear()
        self.institution_combo.addItem(self.tr("– keine bestimmte –"), None)
        code = self.source_combo.currentData()
        client = self.picker.client
        if code:
            municipality = client.municipality_code if client is not None else None
            for institution in self._service.institutions(code, municipality):
                self.institution_combo.addItem(institution.name, institution.id)

    def save(self) -> None:
        if self._busy:
            return
        data = IncomingReferralInput(
            client_id=self.picker.client.id if self.picker.client else None,
            source_code=self.source_combo.currentData(),
            referred_on=from_qdate(self.date_edit.date()),
            institution_id=self.institution_combo.currentData(),
            reason=self.reason_edit.text(),
        )
        self._busy = True
        self._context.runner.run(
            lambda: self._service.record_incoming(data),
            on_success=self._saved,
            on_failure=self._failed,
            writes=True,
        )

    def _saved(self, _referral_id: str) -> None:
        self._busy = False
        self._context.changes.announce({"referrals"})
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, ValidationFailed):
            self.error_label.show_message(" ".join(message(e.code, e.params) for e in exc.errors))
        else:
            self.error_label.show_message(error_text(exc))

    def reject(self) -> None:
        if self._busy:
            return
        if not (self.picker.has_input() or self.reason_edit.text().strip()):
            super().reject()
            return
        ask_to_discard(
            self,
            self.tr("Eingaben verwerfen?"),
            self.tr("Die Verweisung ist noch nicht gespeichert. Eingaben verwerfen?"),
            lambda: QDialog.reject(self),
        )
