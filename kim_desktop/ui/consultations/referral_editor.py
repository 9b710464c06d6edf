"""Follow-up of one referral: status, declined reason, follow-up date and outcome."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import ReferralStatus
from kim_desktop.domain.errors import ValidationFailed
from kim_desktop.services.referrals import ReferralRow, ReferralService, ReferralUpdate
from kim_desktop.ui.consultations.enum_combo import EnumCombo
from kim_desktop.ui.consultations.formatting import from_qdate, german_date, to_qdate
from kim_desktop.ui.messages import error_text, message
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import ErrorLabel


class ReferralEditor(QGroupBox):
    saved = Signal(str)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._service = ReferralService(context.office)
        self.referral: ReferralRow | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status_combo: EnumCombo[ReferralStatus] = EnumCombo(list(ReferralStatus))
        self.status_combo.setObjectName("referralStatusEdit")
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.declined_edit = QLineEdit()
        self.declined_edit.setObjectName("declinedReason")
        self.follow_up_check = QCheckBox()
        self.follow_up_edit = QDateEdit(to_qdate(date.today()))
        self.follow_up_edit.setDisplayFormat("dd.MM.yyyy")
        self.follow_up_edit.setCalendarPopup(True)
        self.follow_up_check.toggled.connect(self.follow_up_edit.setEnabled)
        follow_up = QHBoxLayout()
        follow_up.setContentsMargins(0, 0, 0, 0)
        follow_up.addWidget(self.follow_up_check)
        follow_up.addWidget(self.follow_up_edit, 1)
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setObjectName("outcome")
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setFixedHeight(70)
        self.error_label = ErrorLabel()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveReferral")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printReferral")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_letter)
        self._labels = [QLabel() for _ in range(4)]
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.addRow(self.summary)
        for caption, field in zip(
            self._labels,
            (self.status_combo, self.declined_edit, follow_up, self.outcome_edit),
            strict=True,
        ):
            form.addRow(caption, field)
        for caption, widget in zip(
            self._labels,
            (self.status_combo, self.declined_edit, self.follow_up_check, self.outcome_edit),
            strict=True,
        ):
            caption.setBuddy(widget)
        form.addRow(self.error_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.show_referral(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Verweis nachhalten"))
        texts = (
            self.tr("S&tatus:"),
            self.tr("Ablehnungs&grund:"),
            self.tr("&Wiedervorlage:"),
            self.tr("&Ergebnis:"),
        )
        for caption, text in zip(self._labels, texts, strict=True):
            caption.setText(text)
        self.follow_up_check.setText(self.tr("am"))
        self.status_combo.retranslate()
        self.save_button.setText(self.tr("Änderungen &speichern"))
        self.print_button.setText(self.tr("Verweisschreiben &drucken …"))
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def print_letter(self) -> None:
        """The referral letter to the service, with the note for the client in their language."""
        if self.referral is not None:
            self._context.print_document("referral", self.referral.client_id, self.referral.id)

    def show_referral(self, referral: ReferralRow | None) -> None:
        self.referral = referral
        self.error_label.clear_message()
        for widget in (
            self.status_combo,
            self.declined_edit,
            self.follow_up_check,
            self.outcome_edit,
            self.save_button,
            self.print_button,
        ):
            widget.setEnabled(referral is not None)
        if referral is None:
            self.follow_up_edit.setEnabled(False)
            self._show_summary()
            return
        self.status_combo.set_value(referral.status)
        self.declined_edit.setText(referral.declined_reason)
        self.follow_up_check.setChecked(referral.follow_up_on is not None)
        self.follow_up_edit.setEnabled(referral.follow_up_on is not None)
        self.follow_up_edit.setDate(to_qdate(referral.follow_up_on or date.today()))
        self.outcome_edit.setPlainText(referral.outcome)
        self._status_changed()
        self._show_summary()

    def _show_summary(self) -> None:
        if self.referral is None:
            self.summary.setText(self.tr("Bitte wählen Sie links einen Verweis aus."))
            return
        r = self.referral
        self.summary.setText(
            self.tr("{client} ({number}) · {date}\n{reason}")
            .format(
                client=r.client_name,
                number=r.file_number,
                date=german_date(r.referred_on),
                reason=r.reason,
            )
            .strip()
        )

    def _status_changed(self, _index: int = 0) -> None:
        self.declined_edit.setEnabled(
            self.referral is not None and self.status_combo.value() is ReferralStatus.DECLINED
        )

    def save(self) -> None:
        if self.referral is None:
            return
        referral_id = self.referral.id
        update = ReferralUpdate(
            status=self.status_combo.value(),
            follow_up_on=from_qdate(self.follow_up_edit.date())
            if self.follow_up_check.isChecked()
            else None,
            outcome=self.outcome_edit.toPlainText(),
            declined_reason=self.declined_edit.text(),
        )
        self.save_button.setEnabled(False)
        self._context.runner.run(
            lambda: self._service.update_referral(referral_id, update),
            on_success=lambda _none: self._saved(referral_id),
            on_failure=self._failed,
            writes=True,
        )

    def _saved(self, referral_id: str) -> None:
        self.save_button.setEnabled(True)
        self.error_label.clear_message()
        self.saved.emit(referral_id)
        self._context.changes.announce({"referrals"})

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self.error_label.show_message(" ".join(message(e.code, e.params) for e in exc.errors))
        else:
            self.error_label.show_message(error_text(exc))
