"""Planning or changing one appointment; from here it is printed, held, missed or cancelled.

The fields are :class:`AppointmentFields`; this module is the window: saving, the status
actions and asking before typed input is thrown away.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import AppointmentStatus
from kim_desktop.domain.errors import FieldError, ValidationFailed
from kim_desktop.services.appointments import (
    DEFAULT_DURATION_MINUTES,
    AppointmentInput,
    AppointmentRow,
    AppointmentService,
    ClientChoice,
)
from kim_desktop.ui.appointments import actions
from kim_desktop.ui.appointments.appointment_fields import AppointmentFields
from kim_desktop.ui.appointments.formatting import label
from kim_desktop.ui.confirm import ask_to_discard, inform
from kim_desktop.ui.messages import error_text, message
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import BusyBar, ErrorLabel

log = logging.getLogger(__name__)


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

        self._heading = QLabel()
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._heading.setFont(font)
        self.status_label = QLabel()
        self.status_label.setObjectName("appointmentStatus")

        fixed_client = client
        if appointment is not None:
            fixed_client = ClientChoice(
                appointment.client_id, appointment.client_name, appointment.file_number, None
            )
        self.fields = AppointmentFields(context)
        # the fields, as the tests and the lists reach them
        self.client_picker = self.fields.client_picker
        self.date_edit = self.fields.date_edit
        self.time_edit = self.fields.time_edit
        self.duration_spin = self.fields.duration_spin
        self.location_edit = self.fields.location_edit
        self.purpose_edit = self.fields.purpose_edit
        self.bring_edit = self.fields.bring_edit
        self.errors = self.fields.errors

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
        layout.addWidget(self.fields)
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
    def _fill(self, client: ClientChoice | None) -> None:
        row = self._appointment
        if row is None:
            self.fields.fill(
                client, _next_slot(), DEFAULT_DURATION_MINUTES, self._service.default_location()
            )
        else:
            self.fields.fill(
                client,
                row.starts_at,
                row.duration_minutes,
                row.location,
                row.purpose,
                row.bring_along,
            )
        planned = row is None or row.status is AppointmentStatus.PLANNED
        self.fields.set_editable(planned)
        self.save_button.setEnabled(planned)
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
        self.fields.retranslate()
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
        return self.fields.value(self._case_id)

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
        unknown = self.fields.show_errors(errors, focus=focus)
        if unknown:
            self.general_error.show_message("\n".join(message(e.code, e.params) for e in unknown))

    def field_error(self, name: str) -> str:
        return self.fields.field_error(name, self)

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
