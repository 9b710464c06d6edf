"""First start: create the office (letterhead, municipalities served, first user)."""

from __future__ import annotations

import logging
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import Role
from kim_desktop.domain.errors import FieldError, ValidationFailed
from kim_desktop.ui.confirm import ask_to_discard
from kim_desktop.ui.messages import error_text, message
from kim_desktop.ui.operations import OperationRunner
from kim_desktop.ui.status_bar import role_label
from kim_desktop.ui.widgets import BusyBar, ErrorLabel, add_field_row

log = logging.getLogger(__name__)

# Form order: the first invalid field in this order gets the focus.
FIELD_ORDER = (
    "office_name",
    "street",
    "postal_code",
    "city",
    "phone",
    "email",
    "display_name",
    "login",
    "role",
    "password",
    "password_repeat",
    "municipality_codes",
)


class SetupDialog(QDialog):
    """Collects the office's data; nothing is created until every field is valid."""

    def __init__(
        self, service: Any, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self._service = service
        self._runner = runner
        self._busy = False
        self._field_errors: list[FieldError] = []
        self._general_error: BaseException | None = None
        self.created_login: str | None = None

        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self._labels: dict[str, QLabel] = {}

        self._heading = QLabel()
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._heading.setFont(font)
        self._intro = QLabel()
        self._intro.setWordWrap(True)

        self._office_group = QGroupBox()
        office_form = QFormLayout(self._office_group)
        for name in ("office_name", "street", "postal_code", "city", "phone", "email"):
            self._add_line(office_form, name)
        self.fields["postal_code"].setMaxLength(5)

        self._user_group = QGroupBox()
        user_form = QFormLayout(self._user_group)
        self._add_line(user_form, "display_name")
        self._add_line(user_form, "login")
        role_combo = QComboBox()
        for role in service.role_choices():
            role_combo.addItem("", Role(role).value)
        role_combo.setCurrentIndex(max(0, role_combo.findData(Role.ADMINISTRATOR.value)))
        self._add_row(user_form, "role", role_combo)
        self._add_line(user_form, "password", password=True)
        self._add_line(user_form, "password_repeat", password=True)

        self._municipality_group = QGroupBox()
        self.municipality_filter = QLineEdit()
        self.municipality_filter.setObjectName("municipalityFilter")
        self.municipality_filter.setClearButtonEnabled(True)
        self.municipality_filter.textChanged.connect(self._filter_municipalities)
        self.municipality_list = QListWidget()
        self.municipality_list.setObjectName("municipality_codes")
        for code, label in service.municipality_choices():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.municipality_list.addItem(item)
        self.municipality_list.itemChanged.connect(self._update_selected_count)
        self.fields["municipality_codes"] = self.municipality_list
        self.errors["municipality_codes"] = ErrorLabel()
        self.errors["municipality_codes"].setObjectName("error_municipality_codes")
        self._selected_count = QLabel()
        column = QVBoxLayout(self._municipality_group)
        column.addWidget(self.municipality_filter)
        column.addWidget(self.municipality_list, 1)
        column.addWidget(self._selected_count)
        column.addWidget(self.errors["municipality_codes"])

        self.general_error = ErrorLabel()
        self.general_error.setObjectName("generalError")
        self._busy_bar = BusyBar()
        self.create_button = QPushButton()
        self.create_button.setObjectName("createButton")
        self.cancel_button = QPushButton()
        for button in (self.create_button, self.cancel_button):
            button.setAutoDefault(False)
        self.create_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self._busy_bar, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)

        grid = QGridLayout()
        grid.addWidget(self._office_group, 0, 0)
        grid.addWidget(self._user_group, 1, 0)
        grid.addWidget(self._municipality_group, 0, 1, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addLayout(grid, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

        self._chain_return_key()
        self.resize(900, 640)
        self.retranslate()
        self.fields["office_name"].setFocus()

    # -- construction --------------------------------------------------------------------
    def _add_line(self, form: QFormLayout, name: str, *, password: bool = False) -> None:
        edit = QLineEdit()
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._add_row(form, name, edit)

    def _add_row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        widget.setObjectName(name)
        label, error = add_field_row(form, name, widget)
        self.fields[name] = widget
        self.errors[name] = error
        self._labels[name] = label

    def _chain_return_key(self) -> None:
        """Enter moves to the next field; in the last password field it creates the office."""
        order = [n for n in FIELD_ORDER if isinstance(self.fields.get(n), QLineEdit)]
        for current, following in pairwise(order):
            if current == "password_repeat":
                continue
            self.fields[current].returnPressed.connect(self.fields[following].setFocus)
        self.fields["password_repeat"].returnPressed.connect(self.submit)
        self.fields["login"].returnPressed.disconnect()
        self.fields["login"].returnPressed.connect(self.fields["role"].setFocus)
        self.municipality_filter.returnPressed.connect(self.municipality_list.setFocus)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("KIM Desktop – Büro einrichten"))
        self._heading.setText(self.tr("Büro einrichten"))
        self._intro.setText(
            self.tr(
                "In diesem Datenverzeichnis gibt es noch kein Büro. Bitte geben Sie den Briefkopf "
                "Ihres Büros, die betreuten Kommunen und die erste Person an, die mit KIM Desktop "
                "arbeitet. Alle Daten werden verschlüsselt gespeichert."
            )
        )
        self._office_group.setTitle(self.tr("Briefkopf des Büros"))
        self._user_group.setTitle(self.tr("Erste Person"))
        self._municipality_group.setTitle(self.tr("Betreute Kommunen"))
        labels = {
            "office_name": self.tr("&Name des Büros:"),
            "street": self.tr("&Straße und Hausnummer:"),
            "postal_code": self.tr("&Postleitzahl:"),
            "city": self.tr("&Ort:"),
            "phone": self.tr("&Telefon:"),
            "email": self.tr("&E-Mail:"),
            "display_name": self.tr("Na&me:"),
            "login": self.tr("&Anmeldung:"),
            "role": self.tr("&Rolle:"),
            "password": self.tr("Pass&wort:"),
            "password_repeat": self.tr("Passwort &wiederholen:"),
        }
        for name, text in labels.items():
            self._labels[name].setText(text)
        self.fields["office_name"].setPlaceholderText(
            self.tr("z. B. KIM Case Management Troisdorf")
        )
        self.fields["login"].setPlaceholderText(self.tr("z. B. a.schmidt"))
        self.fields["password"].setPlaceholderText(self.tr("mindestens 10 Zeichen"))
        self.municipality_filter.setPlaceholderText(self.tr("Kommunen filtern …"))
        role_combo: QComboBox = self.fields["role"]
        for index in range(role_combo.count()):
            role_combo.setItemText(index, role_label(Role(role_combo.itemData(index))))
        self.create_button.setText(self.tr("Büro &einrichten"))
        self.cancel_button.setText(self.tr("Abbrechen"))
        self._update_selected_count()
        self._show_errors(self._field_errors)
        if self._general_error is not None:
            self.general_error.show_message(error_text(self._general_error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- municipalities ------------------------------------------------------------------
    def _filter_municipalities(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.municipality_list.count()):
            item = self.municipality_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def checked_municipalities(self) -> list[str]:
        return [
            self.municipality_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.municipality_list.count())
            if self.municipality_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_municipality_checked(self, code: str, checked: bool = True) -> None:
        for row in range(self.municipality_list.count()):
            item = self.municipality_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(code)

    def _update_selected_count(self, *_args: object) -> None:
        self._selected_count.setText(
            self.tr("Ausgewählt: {count}").format(count=len(self.checked_municipalities()))
        )

    # -- submitting ----------------------------------------------------------------------
    def request(self) -> Any:
        from kim_desktop.services.office_setup import OfficeSetupRequest

        def text(name: str) -> str:
            return self.fields[name].text()

        return OfficeSetupRequest(
            office_name=text("office_name"),
            street=text("street"),
            postal_code=text("postal_code"),
            city=text("city"),
            phone=text("phone"),
            email=text("email"),
            municipality_codes=self.checked_municipalities(),
            display_name=text("display_name"),
            login=text("login"),
            password=text("password"),
            password_repeat=text("password_repeat"),
            role=Role(self.fields["role"].currentData()),
        )

    def submit(self) -> None:
        if self._busy:
            return
        request = self.request()
        self._general_error = None
        self.general_error.clear_message()
        errors = self._service.validate(request)
        self._show_errors(errors, focus=True)
        if errors:
            return
        self._set_busy(True)
        self._runner.run(
            lambda: self._create(request),
            on_success=lambda _result: self._created(request),
            on_failure=self._failed,
            writes=True,
        )

    def _create(self, request: Any) -> None:
        database = self._service.create_office(request)
        close = getattr(database, "close", None)
        if close is not None:
            close()

    def _created(self, request: Any) -> None:
        self._set_busy(False)
        self.created_login = request.login.strip().lower()
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationFailed):
            self._show_errors(list(exc.errors), focus=True)
            return
        if getattr(exc, "code", None) is None:
            log.error("creating the office failed", exc_info=exc)
        self._general_error = exc
        self.general_error.show_message(error_text(exc))

    def _show_errors(self, errors: list[FieldError], *, focus: bool = False) -> None:
        self._field_errors = list(errors)
        by_field: dict[str, list[str]] = {}
        for error in errors:
            by_field.setdefault(error.field, []).append(message(error.code, error.params))
        for name, label in self.errors.items():
            label.show_message("\n".join(by_field.get(name, [])))
        unknown = [e for e in errors if e.field not in self.errors]
        if unknown:
            self.general_error.show_message("\n".join(message(e.code, e.params) for e in unknown))
        if focus and errors:
            for name in FIELD_ORDER:
                if name in by_field:
                    self.fields[name].setFocus()
                    break

    def field_error(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if label.isVisibleTo(self) else ""

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._busy_bar.setVisible(busy)
        for widget in (*self.fields.values(), self.municipality_filter, self.create_button):
            widget.setEnabled(not busy)

    # -- leaving -------------------------------------------------------------------------
    def has_input(self) -> bool:
        typed = any(
            isinstance(widget, QLineEdit) and widget.text() for widget in self.fields.values()
        )
        return typed or bool(self.checked_municipalities())

    def reject(self) -> None:
        """Esc / Abbrechen: ask before throwing typed input away."""
        if self._busy:
            return
        if not self.has_input():
            super().reject()
            return
        ask_to_discard(
            self,
            self.tr("Einrichtung abbrechen?"),
            self.tr(
                "Ihre Eingaben gehen verloren. Möchten Sie die Einrichtung wirklich abbrechen?"
            ),
            lambda: QDialog.reject(self),
        )
