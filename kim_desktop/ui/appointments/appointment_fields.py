"""The fields of an appointment: client, date and time, duration, place, purpose, what to
bring — building them, filling them from a record, reading them and showing their errors."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from kim_desktop.domain.errors import FieldError
from kim_desktop.services.appointments import (
    MAX_DURATION_MINUTES,
    AppointmentInput,
    ClientChoice,
)
from kim_desktop.ui.appointments.client_picker import ClientPicker
from kim_desktop.ui.messages import message
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import ErrorLabel, add_field_row

FIELD_ORDER = ("client_id", "starts_at", "duration_minutes", "location", "purpose", "bring_along")


class AppointmentFields(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, ErrorLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self.client_picker = ClientPicker(context)
        self.client_picker.setObjectName("client_id")
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.time_edit = QTimeEdit()
        self.time_edit.setObjectName("time")
        self.time_edit.setDisplayFormat("HH:mm")
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.date_edit)
        when.addWidget(self.time_edit)
        when.addStretch(1)
        when_cell = QWidget()
        when_cell.setLayout(when)
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("duration_minutes")
        self.duration_spin.setRange(0, MAX_DURATION_MINUTES)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setMaximumWidth(160)
        self.location_edit = QLineEdit()
        self.location_edit.setObjectName("location")
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setObjectName("purpose")
        self.bring_edit = QPlainTextEdit()
        self.bring_edit.setObjectName("bring_along")
        self.bring_edit.setTabChangesFocus(True)
        self.bring_edit.setFixedHeight(70)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self._add_row(form, "client_id", self.client_picker, self.client_picker.search)
        self._add_row(form, "starts_at", when_cell, self.date_edit)
        self._add_row(form, "duration_minutes", self.duration_spin)
        self._add_row(form, "location", self.location_edit)
        self._add_row(form, "purpose", self.purpose_edit)
        self._add_row(form, "bring_along", self.bring_edit)

    def _add_row(
        self, form: QFormLayout, name: str, widget: QWidget, buddy: QWidget | None = None
    ) -> None:
        label, error = add_field_row(form, name, widget, buddy)
        self.errors[name] = error
        self._labels[name] = label

    def retranslate(self) -> None:
        # The texts keep the dialog's translation context: they moved here from its module.
        labels = {
            "client_id": QCoreApplication.translate("AppointmentDialog", "&Klient:in:"),
            "starts_at": QCoreApplication.translate("AppointmentDialog", "&Datum und Uhrzeit:"),
            "duration_minutes": QCoreApplication.translate("AppointmentDialog", "D&auer:"),
            "location": QCoreApplication.translate("AppointmentDialog", "&Ort:"),
            "purpose": QCoreApplication.translate("AppointmentDialog", "An&lass:"),
            "bring_along": QCoreApplication.translate("AppointmentDialog", "&Mitzubringen:"),
        }
        for name, text in labels.items():
            self._labels[name].setText(text)
        self.duration_spin.setSuffix(QCoreApplication.translate("AppointmentDialog", " Minuten"))
        self.purpose_edit.setPlaceholderText(
            QCoreApplication.translate("AppointmentDialog", "z. B. Antrag auf Wohngeld besprechen")
        )
        self.bring_edit.setPlaceholderText(
            QCoreApplication.translate(
                "AppointmentDialog", "z. B. Aufenthaltstitel, Bescheid des Jobcenters"
            )
        )

    # -- filling and reading -------------------------------------------------------------
    def fill(
        self,
        client: ClientChoice | None,
        start: datetime,
        duration_minutes: int,
        location: str,
        purpose: str = "",
        bring_along: str = "",
    ) -> None:
        if client is not None:
            self.client_picker.set_choice(client)
        self.client_picker.search.setReadOnly(client is not None)
        self.client_picker.search.setClearButtonEnabled(client is None)
        self.duration_spin.setValue(duration_minutes)
        self.location_edit.setText(location)
        if purpose:
            self.purpose_edit.setText(purpose)
        if bring_along:
            self.bring_edit.setPlainText(bring_along)
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.time_edit.setTime(QTime(start.hour, start.minute))

    def set_editable(self, editable: bool) -> None:
        """Only a planned appointment can be changed (the client never, once chosen)."""
        for widget in (
            self.date_edit,
            self.time_edit,
            self.duration_spin,
            self.location_edit,
            self.purpose_edit,
            self.bring_edit,
        ):
            widget.setEnabled(editable)

    def value(self, case_id: str | None) -> AppointmentInput:
        choice = self.client_picker.choice()
        qdate, qtime = self.date_edit.date(), self.time_edit.time()
        starts = datetime(
            qdate.year(), qdate.month(), qdate.day(), qtime.hour(), qtime.minute()
        ).astimezone()
        return AppointmentInput(
            client_id=choice.id if choice else None,
            starts_at=starts,
            duration_minutes=self.duration_spin.value(),
            location=self.location_edit.text(),
            purpose=self.purpose_edit.text(),
            bring_along=self.bring_edit.toPlainText(),
            case_id=case_id,
        )

    # -- errors --------------------------------------------------------------------------
    def show_errors(self, errors: list[FieldError], *, focus: bool = False) -> list[FieldError]:
        """Each error under its field; returns those that belong to no field."""
        by_field: dict[str, list[str]] = {}
        for error in errors:
            by_field.setdefault(error.field, []).append(message(error.code, error.params))
        for name, error_label in self.errors.items():
            error_label.show_message("\n".join(by_field.get(name, [])))
        if focus:
            targets: dict[str, QWidget] = {
                "client_id": self.client_picker,
                "starts_at": self.date_edit,
                "duration_minutes": self.duration_spin,
                "location": self.location_edit,
                "purpose": self.purpose_edit,
                "bring_along": self.bring_edit,
            }
            for name in FIELD_ORDER:
                if name in by_field:
                    targets[name].setFocus()
                    break
        return [e for e in errors if e.field not in self.errors]

    def field_error(self, name: str, within: QWidget) -> str:
        error_label = self.errors[name]
        return error_label.text() if error_label.isVisibleTo(within) else ""
