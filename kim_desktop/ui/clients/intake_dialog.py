"""Intake: take in a new client (or edit a client's master data) with household and languages.

Nothing is saved while a field is invalid; before a new client is saved, possible duplicates
are shown with the choice to open the existing client instead.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import Gender
from kim_desktop.domain.errors import FieldError, ValidationFailed
from kim_desktop.domain.labels import GENDER_LABELS
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.duplicates import DuplicateService
from kim_desktop.ui.clients.date_field import DateField
from kim_desktop.ui.clients.duplicates_panel import DuplicatesPanel
from kim_desktop.ui.clients.household_editor import HouseholdEditor
from kim_desktop.ui.clients.language_editor import LanguageEditor
from kim_desktop.ui.confirm import ask_to_discard
from kim_desktop.ui.messages import error_text, message
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import BusyBar, ErrorLabel, add_field_row

log = logging.getLogger(__name__)

# (field name, catalogue or None for text/date); the order is the tab order of the form.
PERSON = ["first_name", "last_name", "birth_date", "gender", "nationality_code"]
STAY = [
    "residence_status_code",
    "residence_valid_until",
    "target_group_code",
    "arrival_date",
    "municipality_code",
]
CONTACT = ["street", "postal_code", "city", "phone", "email"]
DATES = {"birth_date", "residence_valid_until", "arrival_date"}
COMBOS = {
    "nationality_code": "countries",
    "residence_status_code": "residence_statuses",
    "target_group_code": "target_groups",
    "municipality_code": "municipalities",
}


class IntakeDialog(QDialog):
    def __init__(self, context: ViewContext, client_id: str | None = None) -> None:
        super().__init__(context.window)
        self.setObjectName("intakeDialog")
        self._context = context
        self._client_id = client_id
        self._service = ClientService(context.office)
        self._busy = False
        self.saved: Any = None
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self._labels: dict[str, QLabel] = {}
        language = context.language

        self._groups = {name: QGroupBox() for name in ("person", "stay", "contact", "lang", "hh")}
        for group, names in (("person", PERSON), ("stay", STAY), ("contact", CONTACT)):
            form = QFormLayout(self._groups[group])
            for name in names:
                self._add_row(form, name, self._make_field(name, language))
        self.languages = LanguageEditor(context.catalogues.choices("languages", language))
        QVBoxLayout(self._groups["lang"]).addWidget(self.languages)
        self.household = HouseholdEditor()
        hh_layout = QVBoxLayout(self._groups["hh"])
        hh_layout.addWidget(self.household)
        self.errors["household"] = ErrorLabel()
        hh_layout.addWidget(self.errors["household"])
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setMaximumHeight(70)
        self._notes_label = QLabel()
        self._notes_label.setBuddy(self.notes_edit)

        grid = QGridLayout()
        grid.addWidget(self._groups["person"], 0, 0)
        grid.addWidget(self._groups["stay"], 1, 0)
        grid.addWidget(self._groups["contact"], 2, 0)
        grid.addWidget(self._groups["lang"], 0, 1, 2, 1)
        grid.addWidget(self._groups["hh"], 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        form_page = QWidget()
        page_layout = QVBoxLayout(form_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(grid, 1)
        page_layout.addWidget(self._notes_label)
        page_layout.addWidget(self.notes_edit)

        self.duplicates = DuplicatesPanel(
            lambda code: context.catalogues.label("municipalities", code, language)
        )
        self.duplicates.openExisting.connect(self._open_existing)
        self.duplicates.createAnyway.connect(lambda: self._save(checked_duplicates=True))
        self.duplicates.back.connect(lambda: self.pages.setCurrentIndex(0))
        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(self.duplicates)

        self.general_error = ErrorLabel()
        self.general_error.setObjectName("intakeError")
        self._busy_bar = BusyBar()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveClient")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        self._hint = QLabel()
        buttons.addWidget(self._hint)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self._busy_bar)
        layout.addLayout(buttons)

        self._default_municipality()
        if client_id is not None:
            self._load(client_id)
        self.resize(1200, 700)
        self.retranslate()
        self.fields["first_name"].setFocus()

    # -- construction --------------------------------------------------------------------
    def _make_field(self, name: str, language: str) -> QWidget:
        if name in DATES:
            return DateField()
        if name == "gender":
            combo = QComboBox()
            for value in Gender:
                combo.addItem("", value.value)
            combo.setCurrentIndex(list(Gender).index(Gender.UNKNOWN))
            return combo
        if name in COMBOS:
            combo = QComboBox()
            if name != "municipality_code":
                combo.addItem("", None)
            for choice in self._context.catalogues.choices(COMBOS[name], language):
                combo.addItem(choice.label, choice.code)
            return combo
        return QLineEdit()

    def _add_row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        widget.setObjectName(name)
        label, error = add_field_row(form, name, widget)
        self.fields[name] = widget
        self.errors[name] = error
        self._labels[name] = label

    def _default_municipality(self) -> None:
        municipalities = self._context.office.office_info().municipalities
        if municipalities:
            combo = self.fields["municipality_code"]
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(max(0, combo.findData(municipalities[0][0])))

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self._client_id is None:
            self.setWindowTitle(self.tr("Neue:r Klient:in – Aufnahme"))
        else:
            self.setWindowTitle(self.tr("Stammdaten bearbeiten"))
        titles = {
            "person": self.tr("Person"),
            "stay": self.tr("Aufenthalt und Zuständigkeit"),
            "contact": self.tr("Kontakt"),
            "lang": self.tr("Sprachen"),
            "hh": self.tr("Haushalt (Kinder sind für MuKi-S wichtig)"),
        }
        for key, title in titles.items():
            self._groups[key].setTitle(title)
        labels = {
            "first_name": self.tr("&Vorname*:"),
            "last_name": self.tr("&Nachname*:"),
            "birth_date": self.tr("&Geburtsdatum:"),
            "gender": self.tr("Geschlech&t:"),
            "nationality_code": self.tr("Staatsangehörigke&it:"),
            "residence_status_code": self.tr("&Aufenthaltsstatus:"),
            "residence_valid_until": self.tr("Gültig &bis:"),
            "target_group_code": self.tr("&Zielgruppe:"),
            "arrival_date": self.tr("&Einreisedatum:"),
            "municipality_code": self.tr("&Kommune*:"),
            "street": self.tr("St&raße, Nr.:"),
            "postal_code": self.tr("&PLZ:"),
            "city": self.tr("&Ort:"),
            "phone": self.tr("Tele&fon:"),
            "email": self.tr("E-&Mail:"),
        }
        for name, text in labels.items():
            self._labels[name].setText(text)
        gender = self.fields["gender"]
        assert isinstance(gender, QComboBox)
        for i, value in enumerate(Gender):
            gender.setItemText(i, QCoreApplication.translate("Labels", GENDER_LABELS[value]))
        for name in COMBOS:
            combo = self.fields[name]
            if isinstance(combo, QComboBox) and combo.itemData(0) is None:
                combo.setItemText(0, self.tr("– keine Angabe –"))
        self._notes_label.setText(self.tr("&Notizen:"))
        self.save_button.setText(self.tr("&Speichern"))
        self.cancel_button.setText(self.tr("Abbrechen"))
        self._hint.setText(self.tr("* Pflichtfeld · Strg+Eingabe speichert"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------
    def _value(self, name: str) -> Any:
        widget = self.fields[name]
        if isinstance(widget, DateField):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def client_input(self) -> ClientInput:
        values = {name: self._value(name) for name in PERSON + STAY + CONTACT}
        values["gender"] = Gender(values["gender"])
        values["municipality_code"] = values["municipality_code"] or ""
        return ClientInput(
            **values,
            language_codes=self.languages.codes(),
            preferred_language_code=self.languages.preferred(),
            interpreter_needed=self.languages.interpreter_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
            household=self.household.members(),
        )

    def _load(self, client_id: str) -> None:
        _number, data = self._service.client_input(client_id)
        for name in PERSON + STAY + CONTACT:
            widget, value = self.fields[name], getattr(data, name)
            if isinstance(widget, DateField):
                widget.set_value(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QLineEdit):
                widget.setText(value or "")
        self.languages.set_codes(data.language_codes)
        self.languages.set_preferred(data.preferred_language_code)
        self.languages.interpreter_check.setChecked(data.interpreter_needed)
        self.notes_edit.setPlainText(data.notes)
        for member in data.household or []:
            self.household.add_member(member)
        self._loaded = self.client_input()

    def _format_errors(self) -> list[FieldError]:
        errors = [
            FieldError(name, "date_format")
            for name in DATES
            if not self.fields[name].is_valid()  # type: ignore[attr-defined]
        ]
        errors += [
            FieldError("household", "household_date_format", {"row": row})
            for row in self.household.invalid_date_rows()
        ]
        return errors

    # -- saving --------------------------------------------------------------------------
    def submit(self) -> None:
        if self._busy or self.pages.currentIndex() != 0:
            return
        data = self.client_input()
        errors = self._format_errors() + self._service.validate(data)
        self._show_errors(errors)
        if errors:
            return
        self._save(checked_duplicates=False)

    def _save(self, *, checked_duplicates: bool) -> None:
        data = self.client_input()
        if self._client_id is None and not checked_duplicates:
            candidates = DuplicateService(self._context.office).find(
                data.first_name, data.last_name, data.birth_date, data.phone
            )
            if candidates:
                self.duplicates.set_candidates(candidates)
                self.pages.setCurrentIndex(1)
                self.duplicates.open_button.setFocus()
                return
        self.pages.setCurrentIndex(0)
        self._set_busy(True)
        self._context.runner.run(
            lambda: self._service.save_client(data, self._client_id),
            on_success=self._saved,
            on_failure=self._failed,
            writes=True,
        )

    def _saved(self, saved: Any) -> None:
        self._set_busy(False)
        self.saved = saved
        self._context.changes.announce({"clients", "household_members"})
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationFailed):
            self._show_errors(list(exc.errors))
            return
        if getattr(exc, "code", None) is None:
            log.error("saving the client failed", exc_info=exc)
        self.general_error.show_message(error_text(exc))

    def _show_errors(self, errors: list[FieldError]) -> None:
        by_field: dict[str, list[str]] = {}
        for error in errors:
            by_field.setdefault(error.field, []).append(message(error.code, error.params))
        for name, label in self.errors.items():
            label.show_message("\n".join(by_field.get(name, [])))
        unknown = [e for e in errors if e.field not in self.errors]
        self.general_error.show_message("\n".join(message(e.code, e.params) for e in unknown))
        for name in PERSON + STAY + CONTACT:
            if name in by_field:
                self.fields[name].setFocus()
                break

    def field_error(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if label.isVisibleTo(self) else ""

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._busy_bar.setVisible(busy)
        self.save_button.setEnabled(not busy)
        self.pages.setEnabled(not busy)

    def _open_existing(self, client_id: str) -> None:
        self.done(QDialog.DialogCode.Rejected)
        try:
            self._context.open_client(client_id)
        except ImportError:
            log.info("client file window not available yet")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter saves from anywhere in the form."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submit()
            return
        super().keyPressEvent(event)

    # -- leaving -------------------------------------------------------------------------
    def has_input(self) -> bool:
        if self._client_id is not None:
            return self.client_input() != getattr(self, "_loaded", None)
        typed = any(isinstance(w, QLineEdit) and w.text().strip() for w in self.fields.values())
        return typed or self.household.has_input() or bool(self.notes_edit.toPlainText())

    def reject(self) -> None:
        """Esc / Abbrechen: ask before throwing typed input away."""
        if self._busy:
            return
        if not self.has_input():
            super().reject()
            return
        ask_to_discard(
            self,
            self.tr("Eingaben verwerfen?"),
            self.tr("Ihre Eingaben sind nicht gespeichert. Möchten Sie sie verwerfen?"),
            lambda: QDialog.reject(self),
        )


def open_intake(context: ViewContext, client_id: str | None = None) -> IntakeDialog:
    """Open the intake (None: a new client; else the master data of that client)."""
    dialog = IntakeDialog(context, client_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
