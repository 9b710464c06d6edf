"""Deleting an appointment from the day list: asks naming client and time, Rückgängig."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from kim_desktop.db.models import Appointment
from kim_desktop.domain.enums import AppointmentStatus
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.ui.appointments.appointment_list import DAY, AppointmentListWidget
from kim_desktop.ui.operations import OperationRunner
from kim_desktop.ui.view_context import ViewContext


@pytest.fixture
def context(
    qtbot: Any, office_session: OfficeSession, translator: Any, runner: OperationRunner
) -> ViewContext:
    window = QMainWindow()
    qtbot.addWidget(window)
    return ViewContext(office_session, runner, window)


def test_delete_appointment_then_undo(qtbot: Any, context: ViewContext) -> None:
    office = context.office
    number = ClientService(office).create_client(ClientInput("Fatima", "Ghani", "troisdorf"))
    client_id = ClientService(office).get_client(number).id
    with office.database.transaction(office.actor.user_id) as session:
        appointment = Appointment(
            client_id=client_id,
            case_manager_id=office.actor.user_id,
            starts_at=datetime.combine(date.today(), time(0, 5)).astimezone(),
            purpose="Wohngeld",
            status=AppointmentStatus.PLANNED,
        )
        session.add(appointment)
        session.flush()
        appointment_id = appointment.id
    widget = AppointmentListWidget(context, DAY)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.reload()
    widget.select_row(0)
    widget.delete_current()
    box = widget.findChild(QMessageBox, "deleteQuestion")
    assert box is not None and box.isVisible()
    assert box.text().startswith("Den Termin von Fatima Ghani am ")
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        ).click()
    assert widget.model.rowCount() == 0
    assert widget.undo_bar.isVisible()
    with office.database.reading() as session:
        assert session.get(Appointment, appointment_id).deleted_at is not None
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        qtbot.mouseClick(widget.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert widget.model.rowCount() == 1
    with office.database.reading() as session:
        assert session.get(Appointment, appointment_id).deleted_at is None
