"""Consultation quick entry (Ctrl+N from anywhere): client, topics, referrals, Ctrl+Enter.

Keyboard path: type the client's name, Enter picks the first hit and jumps to the topics
(date today, 45 minutes, the last used mode and the type of the client's open case are
already filled in); type a topic and Enter (or digits 1–9) picks it; Alt+V adds a referral;
Ctrl+Enter saves everything in one transaction; Esc asks before discarding typed input.
"""

from __future__ import annotations

import logging
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import CaseType, ConsultationMode, ConsultationType, LanguageMediation
from kim_desktop.domain.errors import FieldError, ValidationFailed
from kim_desktop.services.client_lookup import ClientHit, ClientLookup
from kim_desktop.services.consultations import (
    DEFAULT_DURATION,
    MAX_DURATION,
    ConsultationInput,
    ConsultationService,
    EntryDefaults,
    case_needed,
)
from kim_desktop.services.referrals import ReferralService
from kim_desktop.ui.confirm import ask_to_discard
from kim_desktop.ui.consultations.client_picker import ClientPicker
from kim_desktop.ui.consultations.enum_combo import E, EnumCombo
from kim_desktop.ui.consultations.formatting import from_qdate, label, to_qdate
from kim_desktop.ui.consultations.referral_rows import ReferralRows
from kim_desktop.ui.consultations.topic_picker import TopicPicker
from kim_desktop.ui.messages import error_text, message
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import BusyBar, ErrorLabel

log = logging.getLogger(__name__)
CHANGED_TABLES = frozenset({"consultations", "referrals", "cases", "appointments"})


def open_consultation_entry(
    context: ViewContext, client_id: str | None = None, appointment_id: str | None = None
) -> None:
    """Open a new, non-modal quick entry (several may be open at once)."""
    dialog = ConsultationEntryDialog(context, client_id=client_id, appointment_id=appointment_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


class ConsultationEntryDialog(QDialog):
    def __init__(
        self,
        context: ViewContext,
        client_id: str | None = None,
        appointment_id: str | None = None,
    ) -> None:
        super().__init__(context.window, Qt.WindowType.Window)
        self.setObjectName("consultationEntry")
        self.setModal(False)
        self._context = context
        self._service = ConsultationService(context.office)
        self._referrals = ReferralService(context.office)
        self._lookup = ClientLookup(context.office)
        self._appointment_id = appointment_id
        self._busy = False
        self._mode_touched = False
        self._open_case_types: tuple[CaseType, ...] = ()
        self._municipality: str | None = None
        self._held_on = date.today()
        self.saved_id: str | None = None
        self._discard_box: QMessageBox | None = None
        self._errors: list[FieldError] = []
        self._build()
        self.retranslate()
        self.picker.setFocus()
        context.runner.run(self._service.last_mode, on_success=self._apply_last_mode)
        if appointment_id is not None:
            context.runner.run(
                lambda: self._service.appointment_prefill(appointment_id),
                on_success=self._apply_appointment,
                on_failure=self._show_general_error,
            )
        elif client_id is not None:
            context.runner.run(
                lambda: self._lookup.get(client_id), on_success=self._apply_client_hit
            )

    # -- structure -----------------------------------------------------------------------
    def _build(self) -> None:
        language = self._context.language
        catalogues = self._context.catalogues
        self._heading = QLabel()
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._heading.setFont(font)
        self.picker = ClientPicker(self._lookup, self._context.runner)
        self.picker.clientChosen.connect(self._client_chosen)
        self.date_edit = QDateEdit(to_qdate(self._held_on))
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
        self.mode_combo = self._enum_combo("mode", list(ConsultationMode))
        self.mode_combo.activated.connect(self._mode_touched_now)
        self.type_combo = self._enum_combo("consultationType", list(ConsultationType))
        self.type_combo.currentIndexChanged.connect(self._update_case_hint)
        self.mediation_combo = self._enum_combo("mediation", list(LanguageMediation))
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
            lambda code: self._referrals.institutions(code, self._municipality),
        )
        self.case_hint = QLabel()
        self.case_hint.setObjectName("caseHint")
        self.case_hint.setWordWrap(True)

        self.errors = {
            name: ErrorLabel()
            for name in ("client", "held_on", "duration", "mediation_language", "topics", "notes")
        }
        self._labels: dict[str, QLabel] = {}
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

        self.general_error = ErrorLabel()
        self.general_error.setObjectName("generalError")
        self._busy_bar = BusyBar()
        self.cancel_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        for button in (self.cancel_button, self.save_button):
            button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(details)
        layout.addWidget(self.topics_box)
        layout.addWidget(self._labels["notes"])
        layout.addWidget(self.notes_edit)
        layout.addWidget(self.errors["notes"])
        layout.addWidget(self.referrals_box)
        layout.addStretch(1)
        layout.addWidget(self.general_error)
        layout.addWidget(self._busy_bar)
        layout.addLayout(buttons)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        order = [
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
            self.cancel_button,
            self.save_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self._mediation_changed()
        self.resize(940, 700)

    @staticmethod
    def _enum_combo(name: str, values: list[E]) -> EnumCombo[E]:
        combo: EnumCombo[E] = EnumCombo(values)
        combo.setObjectName(name)
        return combo

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

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Beratung erfassen"))
        self._heading.setText(self.tr("Beratung erfassen"))
        texts = {
            "client": self.tr("&Klient:in:"),
            "held_on": self.tr("&Datum:"),
            "duration": self.tr("Da&uer:"),
            "mode": self.tr("&Form:"),
            "type": self.tr("&Art:"),
            "mediation": self.tr("Sprach&mittlung:"),
            "mediation_language": self.tr("Sprach&e:"),
            "notes": self.tr("&Notizen:"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.duration_spin.setSuffix(self.tr(" Min."))
        self.language_combo.setItemText(0, self.tr("– bitte wählen –"))
        for combo in (self.mode_combo, self.type_combo, self.mediation_combo):
            combo.retranslate()
        self.topics_box.setTitle(self.tr("&Themen"))
        self.referrals_box.setTitle(self.tr("Verweisberatung"))
        self.notes_edit.setPlaceholderText(self.tr("Kurz, ohne Namen Dritter"))
        self.cancel_button.setText(self.tr("Abbrechen"))
        self.save_button.setText(self.tr("&Speichern (Strg+Eingabe)"))
        self._update_case_hint()
        self._show_errors(self._errors)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- defaults ------------------------------------------------------------------------
    def _apply_last_mode(self, mode: ConsultationMode) -> None:
        if not self._mode_touched:
            self.mode_combo.set_value(mode)

    def _mode_touched_now(self, _index: int) -> None:
        self._mode_touched = True

    def _apply_appointment(self, prefill: object) -> None:
        self.date_edit.setDate(to_qdate(prefill.held_on))  # type: ignore[attr-defined]
        self.duration_spin.setValue(prefill.duration_minutes)  # type: ignore[attr-defined]
        client_id = prefill.client_id  # type: ignore[attr-defined]
        self._context.runner.run(
            lambda: self._lookup.get(client_id), on_success=self._apply_client_hit
        )

    def _apply_client_hit(self, hit: ClientHit | None) -> None:
        if hit is not None and self.picker.client is None:
            self.picker.set_client(hit)

    def _client_chosen(self, hit: ClientHit | None) -> None:
        self._municipality = hit.municipality_code if hit is not None else None
        self._open_case_types = ()
        self._update_case_hint()
        if hit is None:
            return
        self.errors["client"].clear_message()
        self.topics.setFocus()
        self._context.runner.run(
            lambda: self._service.entry_defaults(hit.id), on_success=self._apply_defaults
        )

    def _apply_defaults(self, defaults: EntryDefaults) -> None:
        if self.picker.client is None or self.picker.client.id != defaults.client_id:
            return
        self._open_case_types = defaults.open_case_types
        self.type_combo.set_value(defaults.consultation_type)
        self.mediation_combo.set_value(defaults.language_mediation)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(defaults.mediation_language_code))
        )
        self._update_case_hint()

    def _mediation_changed(self, _index: int = 0) -> None:
        used = self.mediation_combo.value() is not LanguageMediation.NONE
        self.language_combo.setEnabled(used)

    def _date_changed(self) -> None:
        held_on = from_qdate(self.date_edit.date())
        self.referral_rows.set_referred_on(held_on)
        self._held_on = held_on

    def _update_case_hint(self, _index: int = 0) -> None:
        if self.picker.client is None:
            self.case_hint.setText("")
            return
        needed = case_needed(self.type_combo.value(), self._open_case_types)
        if needed is None:
            self.case_hint.setText(self.tr("Wird dem offenen Fall der Klient:in zugeordnet."))
        elif needed is CaseType.ONE_TIME:
            self.case_hint.setText(self.tr("Wird als einmalige Beratung gezählt."))
        else:
            self.case_hint.setText(
                self.tr(
                    "Kein offener {kind}-Fall – beim Speichern wird ein neuer eröffnet."
                ).format(kind=label(needed))
            )

    # -- saving --------------------------------------------------------------------------
    def value(self) -> ConsultationInput:
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
            appointment_id=self._appointment_id,
        )

    def save(self) -> None:
        if self._busy:
            return
        data = self.value()
        errors = self._service.validate(data)
        if errors:
            self._show_errors(errors)
            return
        self._set_busy(True)
        self._context.runner.run(
            lambda: self._service.save(data),
            on_success=self._saved,
            on_failure=self._failed,
            writes=True,
        )

    def _saved(self, consultation_id: str) -> None:
        self._set_busy(False)
        self.saved_id = consultation_id
        self._context.changes.announce(CHANGED_TABLES)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationFailed):
            self._show_errors(exc.errors)
            return
        self._show_general_error(exc)

    def _show_general_error(self, exc: BaseException) -> None:
        if getattr(exc, "code", None) is None:
            log.error("consultation entry failed", exc_info=exc)
        self.general_error.show_message(error_text(exc))

    def _show_errors(self, errors: list[FieldError]) -> None:
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

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._busy_bar.setVisible(busy)
        self.save_button.setEnabled(not busy)

    # -- closing -------------------------------------------------------------------------
    def has_input(self) -> bool:
        return bool(
            self.picker.has_input()
            or self.topics.chosen_codes()
            or self.notes_edit.toPlainText().strip()
            or self.referral_rows.rows
        )

    def reject(self) -> None:
        """Esc / Abbrechen: ask before throwing typed input away."""
        if self._busy:
            return
        if self.picker.hits_visible():
            self.picker.hits.hide()
            return
        if not self.has_input() or self.saved_id is not None:
            super().reject()
            return
        self._discard_box = ask_to_discard(
            self,
            self.tr("Eingaben verwerfen?"),
            self.tr("Die Beratung ist noch nicht gespeichert. Eingaben verwerfen?"),
            lambda: QDialog.reject(self),
        )
