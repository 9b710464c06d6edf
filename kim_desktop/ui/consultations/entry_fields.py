"""The fields of the consultation quick entry: building them, reading them, showing errors.

Client, date, duration, mode, type, language mediation, topics, notes and the referral
sub-form (:class:`ReferralRows`), each with its caption and error line.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import ConsultationMode, ConsultationType, LanguageMediation
from kim_desktop.domain.errors import FieldError
from kim_desktop.services.client_lookup import ClientLookup
from kim_desktop.services.consultations import (
    DEFAULT_DURATION,
    MAX_DURATION,
    ConsultationInput,
)
from kim_desktop.services.referrals import ReferralService
from kim_desktop.ui.consultations.client_picker import ClientPicker
from kim_desktop.ui.consultations.enum_combo import E, EnumCombo
from kim_desktop.ui.consultations.formatting import from_qdate, to_qdate
from kim_desktop.ui.consultations.referral_rows import ReferralRows
from kim_desktop.ui.consultations.topic_picker import TopicPicker
from kim_desktop.ui.messages import message
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import ErrorLabel

ERROR_FIELDS = ("client", "held_on", "duration", "mediation_language", "topics", "notes")


def _enum_combo(name: str, values: list[E]) -> EnumCombo[E]:
    combo: EnumCombo[E] = EnumCombo(values)
    combo.setObjectName(name)
    return combo


class ConsultationFields(QWidget):
    def __init__(
        self, context: ViewContext, lookup: ClientLookup, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        language, catalogues = context.language, context.catalogues
        referrals = ReferralService(context.office)
        self.municipality: str | None = None  # the chosen client's (institutions nearby first)
        self.picker = ClientPicker(lookup, context.runner)
        self.date_edit = QDateEdit(to_qdate(date.today()))
        self.date_edit.setObjectName("heldOn")
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(to_qdate(date.today()))
        self.date_edit.dateChanged.connect(self._date_changed)
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("duration")
        self.duration_spin.setRange(0, MAX_DURATION + 60)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(DEFAULT_DURATION)
        self.mode_combo = _enum_combo("mode", list(ConsultationMode))
        self.type_combo = _enum_combo("consultationType", list(ConsultationType))
        self.mediation_combo = _enum_combo("mediation", list(LanguageMediation))
        self.mediation_combo.currentIndexChanged.connect(self._mediation_changed)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("mediationLanguage")
        self.language_combo.addItem("", None)
        for choice in catalogues.choices("languages", language):
            self.language_combo.addItem(choice.label, choice.code)
        self.topics = TopicPicker(catalogues.choices("consultation_topics", language))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(64)
        self.referral_rows = ReferralRows(
            catalogues.choices("referral_targets", language),
            lambda code: referrals.institutions(code, self.municipality),
        )
        self.case_hint = QLabel()
        self.case_hint.setObjectName("caseHint")
        self.case_hint.setWordWrap(True)
        self.errors = {name: ErrorLabel() for name in ERROR_FIELDS}
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("generalError")
        self._labels: dict[str, QLabel] = {}
        self._errors: list[FieldError] = []
        self._layout()
        self._mediation_changed()
        self.retranslate()

    def _layout(self) -> None:
        details = QGridLayout()
        details.setHorizontalSpacing(12)
        self._add_field(details, 0, 0, "client", self.picker, span=8)
        cells = [
            ("held_on", self.date_edit),
            ("duration", self.duration_spin),
            ("mode", self.mode_combo),
            ("type", self.type_combo),
        ]
        for column, (name, widget) in enumerate(cells):
            self._add_field(details, 3, column * 2, name, widget, span=2)
        self._add_field(details, 6, 0, "mediation", self.mediation_combo, span=2)
        self._add_field(details, 6, 2, "mediation_language", self.language_combo, span=2)
        details.addWidget(self.case_hint, 7, 4, 1, 4)
        details.setColumnStretch(7, 1)

        self.topics_box = QGroupBox()
        topics_layout = QVBoxLayout(self.topics_box)
        topics_layout.addWidget(self.topics)
        topics_layout.addWidget(self.errors["topics"])
        self._labels["notes"] = QLabel()
        self._labels["notes"].setBuddy(self.notes_edit)
        self.referrals_box = QGroupBox()
        QVBoxLayout(self.referrals_box).addWidget(self.referral_rows)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(details)
        layout.addWidget(self.topics_box)
        layout.addWidget(self._labels["notes"])
        layout.addWidget(self.notes_edit)
        layout.addWidget(self.errors["notes"])
        layout.addWidget(self.referrals_box)
        layout.addStretch(1)
        layout.addWidget(self.general_error)

    def _add_field(
        self, grid: QGridLayout, row: int, column: int, name: str, widget: QWidget, span: int = 1
    ) -> None:
        caption = QLabel()
        caption.setBuddy(widget)
        self._labels[name] = caption
        grid.addWidget(caption, row, column, 1, span)
        grid.addWidget(widget, row + 1, column, 1, span)
        if name in self.errors:
            grid.addWidget(self.errors[name], row + 2, column, 1, max(span, 2))

    def tab_order(self) -> list[QWidget]:
        """The fields in keyboard order."""
        return [
            self.picker.edit,
            self.date_edit,
            self.duration_spin,
            self.mode_combo,
            self.type_combo,
            self.mediation_combo,
            self.language_combo,
            self.topics.filter_edit,
            self.topics.list,
            self.notes_edit,
            self.referral_rows.add_button,
        ]

    def retranslate(self) -> None:
        # The texts keep the dialog's translation context: they moved here from entry_dialog.
        texts = {
            "client": QCoreApplication.translate("ConsultationEntryDialog", "&Klient:in:"),
            "held_on": QCoreApplication.translate("ConsultationEntryDialog", "&Datum:"),
            "duration": QCoreApplication.translate("ConsultationEntryDialog", "Da&uer:"),
            "mode": QCoreApplication.translate("ConsultationEntryDialog", "&Form:"),
            "type": QCoreApplication.translate("ConsultationEntryDialog", "&Art:"),
            "mediation": QCoreApplication.translate("ConsultationEntryDialog", "Sprach&mittlung:"),
            "mediation_language": QCoreApplication.translate(
                "ConsultationEntryDialog", "Sprach&e:"
            ),
            "notes": QCoreApplication.translate("ConsultationEntryDialog", "&Notizen:"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.duration_spin.setSuffix(QCoreApplication.translate("ConsultationEntryDialog", " Min."))
        self.language_combo.setItemText(
            0, QCoreApplication.translate("ConsultationEntryDialog", "– bitte wählen –")
        )
        for combo in (self.mode_combo, self.type_combo, self.mediation_combo):
            combo.retranslate()
        self.topics_box.setTitle(QCoreApplication.translate("ConsultationEntryDialog", "&Themen"))
        self.referrals_box.setTitle(
            QCoreApplication.translate("ConsultationEntryDialog", "Verweisberatung")
        )
        self.notes_edit.setPlaceholderText(
            QCoreApplication.translate("ConsultationEntryDialog", "Kurz, ohne Namen Dritter")
        )
        self.show_errors(self._errors)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reacting ------------------------------------------------------------------------
    def _mediation_changed(self, _index: int = 0) -> None:
        used = self.mediation_combo.value() is not LanguageMediation.NONE
        self.language_combo.setEnabled(used)

    def _date_changed(self) -> None:
        self.referral_rows.set_referred_on(from_qdate(self.date_edit.date()))

    # -- reading -------------------------------------------------------------------------
    def value(self, appointment_id: str | None) -> ConsultationInput:
        mediation = self.mediation_combo.value()
        return ConsultationInput(
            client_id=self.picker.client.id if self.picker.client else None,
            held_on=from_qdate(self.date_edit.date()),
            topic_codes=self.topics.chosen_codes(),
            consultation_type=self.type_combo.value(),
            duration_minutes=self.duration_spin.value(),
            mode=self.mode_combo.value(),
            language_mediation=mediation,
            mediation_language_code=(
                self.language_combo.currentData()
                if mediation is not LanguageMediation.NONE
                else None
            ),
            notes=self.notes_edit.toPlainText(),
            referrals=self.referral_rows.values(),
            appointment_id=appointment_id,
        )

    def has_input(self) -> bool:
        return bool(
            self.picker.has_input()
            or self.topics.chosen_codes()
            or self.notes_edit.toPlainText().strip()
            or self.referral_rows.rows
        )

    # -- errors --------------------------------------------------------------------------
    def show_errors(self, errors: list[FieldError]) -> None:
        """Each error under its field (referral errors in their row); focus the first."""
        self._errors = list(errors)
        for label_ in self.errors.values():
            label_.clear_message()
        self.general_error.clear_message()
        rows: dict[int, str] = {}
        for error in errors:
            text = message(error.code, error.params)
            if error.field.startswith("referrals."):
                index = int(error.field.split(".")[1])
                rows[index] = (rows[index] + " " + text).strip() if index in rows else text
            elif error.field in self.errors:
                self.errors[error.field].show_message(text)
            else:
                self.general_error.show_message(text)
        self.referral_rows.show_errors(rows)
        if errors:
            self._focus_field(errors[0].field)

    def _focus_field(self, field: str) -> None:
        widgets: dict[str, QWidget] = {
            "client": self.picker,
            "held_on": self.date_edit,
            "duration": self.duration_spin,
            "mediation_language": self.language_combo,
            "topics": self.topics,
            "notes": self.notes_edit,
        }
        if field.startswith("referrals."):
            index = int(field.split(".")[1])
            if index < len(self.referral_rows.rows):
                self.referral_rows.rows[index].setFocus()
            return
        if field in widgets:
            widgets[field].setFocus()
