"""Planning or changing one appointment; from here it is printed, held, missed or cancelled."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import AppointmentStatus
from kim_desktop.domain.errors import FieldError, ValidationFailed
from kim_desktop.services.appointments import (
    DEFAULT_DURATION_MINUTES,
    MAX_DURATION_MINUTES,
    AppointmentInput,
    AppointmentRow,
    AppointmentService,
    ClientChoice,
)
from kim_desktop.ui.appointments import actions
from kim_desktop.ui.appointments.client_picker import ClientPicker
from kim_desktop.ui.appointments.formatting import label
from kim_desktop.ui.confirm import ask_to_discard, inform
from kim_desktop.ui.messages import error_text, message
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import BusyBar, ErrorLabel, add_field_row

log = logging.getLogger(__name__)

FIELD_ORDER = ("client_id", "starts_at", "duration_minutes", "location", "purpose", "bring_along")


class AppointmentDialog(QDialog):
    def __init__(
        self,
        context: ViewContext,
        *,
        client: ClientChoice | None = None,
        case_id: str | None = None,
        appointment: AppointmentRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDialog")
        self._context = context
        self._service = AppointmentService(context.office)
        self._appointment = appointment
        self._case_id = appointment.case_id if appointment else case_id
        self._busy = False
        self._field_errors: list[FieldError] = []
        self.errors: dict[str, ErrorLabel] = {}
        self._labels: dict[str, QLabel] = {}

        self._heading = QLabel()
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._heading.setFont(font)
        self.status_label = QLabel()
        self.status_label.setObjectName("appointmentStatus")

        self.client_picker = ClientPicker(context)
        self.client_picker.setObjectName("client_id")
        fixed_client = client if client is not None else None
        if appointment is not None:
            fixed_client = ClientChoice(
                appointment.client_id, appointment.client_name, appointment.file_number, None
            )
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

        form = QFormLayout()
        self._add_row(form, "client_id", self.client_picker, self.client_picker.search)
        self._add_row(form, "starts_at", when_cell, self.date_edit)
        self._add_row(form, "duration_minutes", self.duration_spin)
        self._add_row(form, "location", self.location_edit)
        self._add_row(form, "purpose", self.purpose_edit)
        self._add_row(form, "bring_along", self.bring_edit)

        self.general_error = ErrorLabel()
        self.general_error.setObjectName("generalError")
        self.info_label = QLabel()
        self.info_label.setObjectName("infoLabel")
        self.info_label.setWordWrap(True)
        self.info_label.setVisible(False)
        self._busy_bar = BusyBar()

        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.held_button = QPushButton()
        self.held_button.setObjectName("heldButton")
        self.missed_button = QPushButton()
        self.missed_button.setObjectName("missedButton")
        self.cancel_appointment_button = QPushButton()
        self.cancel_appointment_button.setObjectName("cancelAppointmentButton")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeButton")
        for button in (
            self.print_button,
            self.held_button,
            self.missed_button,
            self.cancel_appointment_button,
            self.save_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
        self.print_button.clicked.connect(self._print)
        self.held_button.clicked.connect(self._held)
        self.missed_button.clicked.connect(self._missed)
        self.cancel_appointment_button.clicked.connect(self._cancel_appointment)
        self.save_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.reject)
        status_buttons = QHBoxLayout()
        status_buttons.addWidget(self.held_button)
        status_buttons.addWidget(self.missed_button)
        status_buttons.addWidget(self.cancel_appointment_button)
        status_buttons.addStretch(1)
        status_buttons.addWidget(self.print_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self._busy_bar, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self.status_label)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.info_label)
        layout.addLayout(status_buttons)
        layout.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)

        self._fill(fixed_client)
        self._initial = self._snapshot()
        self.resize(560, 0)
        self.retranslate()

    # -- construction --------------------------------------------------------------------
    def _add_row(
        self, form: QFormLayout, name: str, widget: QWidget, buddy: QWidget | None = None
    ) -> None:
        label, error = add_field_row(form, name, widget, buddy)
        self.errors[name] = error
        self._labels[name] = label

    def _fill(self, client: ClientChoice | None) -> None:
        row = self._appointment
        if client is not None:
            self.client_picker.set_choice(client)
        self.client_picker.search.setReadOnly(client is not None)
        self.client_picker.search.setClearButtonEnabled(client is None)
        if row is None:
            start = _next_slot()
            self.duration_spin.setValue(DEFAULT_DURATION_MINUTES)
            self.location_edit.setText(self._service.default_location())
        else:
            start = row.starts_at
            self.duration_spin.setValue(row.duration_minutes)
            self.location_edit.setText(row.location)
            self.purpose_edit.setText(row.purpose)
            self.bring_edit.setPlainText(row.bring_along)
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.time_edit.setTime(QTime(start.hour, start.minute))
        planned = row is None or row.status is AppointmentStatus.PLANNED
        for widget in (
            self.date_edit,
            self.time_edit,
            self.duration_spin,
            self.location_edit,
            self.purpose_edit,
            self.bring_edit,
            self.save_button,
        ):
            widget.setEnabled(planned)
        for button in (self.held_button, self.missed_button, self.cancel_appointment_button):
            button.setVisible(row is not None)
            button.setEnabled(planned)
        self.print_button.setEnabled(row is not None)
        (self.purpose_edit if client is not None else self.client_picker).setFocus()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        row = self._appointment
        if row is None:
            self.setWindowTitle(self.tr("Neuer Termin"))
            self._heading.setText(self.tr("Neuer Termin"))
        else:
            self.setWindowTitle(self.tr("Termin"))
            self._heading.setText(self.tr("Termin mit {name}").format(name=row.client_name))
        self.status_label.setVisible(row is not None)
        if row is not None:
            self.status_label.setText(self.tr("Status: {status}").format(status=label(row.status)))
        labels = {
            "client_id": self.tr("&Klient:in:"),
            "starts_at": self.tr("&Datum und Uhrzeit:"),
            "duration_minutes": self.tr("D&auer:"),
            "location": self.tr("&Ort:"),
            "purpose": self.tr("An&lass:"),
            "bring_along": self.tr("&Mitzubringen:"),
        }
        for name, text in labels.items():
            self._labels[name].setText(text)
        self.duration_spin.setSuffix(self.tr(" Minuten"))
        self.purpose_edit.setPlaceholderText(self.tr("z. B. Antrag auf Wohngeld besprechen"))
        self.bring_edit.setPlaceholderText(
            self.tr("z. B. Aufenthaltstitel, Bescheid des Jobcenters")
        )
        self.print_button.setText(self.tr("Terminbestätigung &drucken"))
        self.held_button.setText(self.tr("&Stattgefunden …"))
        self.missed_button.setText(self.tr("&Nicht erschienen"))
        self.cancel_appointment_button.setText(self.tr("Termin a&bsagen"))
        self.save_button.setText(self.tr("Speichern"))
        self.save_button.setToolTip(self.tr("Speichern (Strg+Eingabe)"))
        self.close_button.setText(self.tr("Schließen") if row else self.tr("Abbrechen"))
        self._show_errors(self._field_errors)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- saving --------------------------------------------------------------------------
    def appointment_input(self) -> AppointmentInput:
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
            case_id=self._case_id,
        )

    def submit(self) -> None:
        if self._busy or not self.save_button.isEnabled():
            return
        data = self.appointment_input()
        self.general_error.clear_message()
        previous = self._appointment.starts_at if self._appointment else None
        errors = self._service.validate(data, previous_start=previous)
        self._show_errors(errors, focus=True)
        if errors:
            return
        self._set_busy(True)
        existing = self._appointment
        if existing is None:
            work = lambda: self._service.create(data)  # noqa: E731
        else:
            work = lambda: self._service.update(existing.id, data)  # noqa: E731
        self._context.runner.run(work, on_success=self._saved, on_failure=self._failed, writes=True)

    def _saved(self, _result: object) -> None:
        self._set_busy(False)
        self._context.changes.announce(actions.CHANGED)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationFailed):
            self._show_errors(list(exc.errors), focus=True)
            return
        if getattr(exc, "code", None) is None:
            log.error("saving the appointment failed", exc_info=exc)
        self.general_error.show_message(error_text(exc))

    def _show_errors(self, errors: list[FieldError], *, focus: bool = False) -> None:
        self._field_errors = list(errors)
        by_field: dict[str, list[str]] = {}
        for error in errors:
            by_field.setdefault(error.field, []).append(message(error.code, error.params))
        for name, error_label in self.errors.items():
            error_label.show_message("\n".join(by_field.get(name, [])))
        unknown = [e for e in errors if e.field not in self.errors]
        if unknown:
            self.general_error.show_message("\n".join(message(e.code, e.params) for e in unknown))
        if focus:
            targets = {
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

    def field_error(self, name: str) -> str:
        error_label = self.errors[name]
        return error_label.text() if error_label.isVisibleTo(self) else ""

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._busy_bar.setVisible(busy)
        self.save_button.setEnabled(not busy)

    # -- status actions ------------------------------------------------------------------
    def _show_info(self, text: str) -> None:
        self.info_label.setText(text)
        self.info_label.setVisible(bool(text))

    def _print(self) -> None:
        if self._appointment is not None:
            actions.print_confirmation(self._context, self._appointment, self._show_info)

    def _held(self) -> None:
        if self._appointment is not None and actions.record_held(
            self._context, self._appointment, self._show_info
        ):
            self.accept()

    def _missed(self) -> None:
        if self._appointment is not None:
            actions.ask_missed(
                self._context, self, self._appointment, self.general_error.show_message, self.accept
            )

    def _cancel_appointment(self) -> None:
        if self._appointment is not None:
            actions.ask_cancel(
                self._context, self, self._appointment, self.general_error.show_message, self.accept
            )

    # -- leaving -------------------------------------------------------------------------
    def _snapshot(self) -> tuple[object, ...]:
        data = self.appointment_input()
        return (
            data.client_id,
            data.starts_at,
            data.duration_minutes,
            data.location,
            data.purpose,
            data.bring_along,
        )

    def has_changes(self) -> bool:
        return self._snapshot() != self._initial

    def reject(self) -> None:
        """Esc / Abbrechen: ask before throwing typed input away."""
        if self._busy:
            return
        if not self.has_changes():
            super().reject()
            return
        ask_to_discard(
            self,
            self.tr("Eingaben verwerfen?"),
            self.tr("Ihre Eingaben gehen verloren. Möchten Sie den Dialog wirklich schließen?"),
            lambda: QDialog.reject(self),
        )


def _next_slot() -> datetime:
    """The next full hour today in office hours, else tomorrow at 9:00."""
    now = datetime.now()
    start = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    if start.date() != now.date() or start.hour >= 17:
        return datetime.combine(date.today() + timedelta(days=1), time(9, 0))
    return max(start, datetime.combine(date.today(), time(8, 0)))


def open_appointment_dialog(
    context: ViewContext,
    client_id: str | None = None,
    case_id: str | None = None,
    appointment_id: str | None = None,
) -> AppointmentDialog | None:
    """Open the dialog for a new appointment (optionally of a client or case) or an existing
    one; returns it (non-blocking), or ``None`` if the record is gone."""
    service = AppointmentService(context.office)
    appointment = None
    client = None
    try:
        if appointment_id is not None:
            appointment = service.get(appointment_id)
        elif client_id is not None:
            client = service.client_choice(client_id)
    except Exception as exc:
        inform(
            context.window,
            QCoreApplication.translate("AppointmentDialog", "Termin"),
            error_text(exc),
        )
        return None
    dialog = AppointmentDialog(
        context, client=client, case_id=case_id, appointment=appointment, parent=context.window
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
