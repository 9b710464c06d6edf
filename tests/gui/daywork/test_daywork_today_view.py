"""Heute: today's appointment shows with the client's name, opens its dialog, and
"Stattgefunden" hands the appointment to the consultation entry."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from kim_desktop.db.models import Appointment, Client, Referral
from kim_desktop.db.seed_data import REFERRAL_TARGETS
from kim_desktop.domain.enums import AppointmentStatus, ReferralStatus
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.ui.appointments.appointment_dialog import AppointmentDialog
from kim_desktop.ui.operations import OperationRunner
from kim_desktop.ui.today.today_view import TodayView, create_view
from kim_desktop.ui.view_context import ViewContext


@pytest.fixture
def context(
    qtbot: Any, office_session: OfficeSession, translator: Any, runner: OperationRunner
) -> ViewContext:
    window = QMainWindow()
    qtbot.addWidget(window)
    return ViewContext(office_session, runner, window)


def add_client(office: OfficeSession, first: str, last: str) -> str:
    number = ClientService(office).create_client(ClientInput(first, last, "troisdorf"))
    with office.database.reading() as session:
        return session.query(Client).filter_by(file_number=number).one().id


def add_appointment_today(office: OfficeSession, client_id: str) -> str:
    appointment = Appointment(
        client_id=client_id,
        case_manager_id=office.actor.user_id,
        starts_at=datetime.combine(date.today(), time(0, 5)).astimezone(),
        purpose="Antrag Wohngeld besprechen",
        status=AppointmentStatus.PLANNED,
    )
    with office.database.transaction(office.actor.user_id) as session:
        session.add(appointment)
        session.flush()
        return appointment.id


def show_today(qtbot: Any, context: ViewContext) -> TodayView:
    view = create_view(context)
    assert isinstance(view, TodayView)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.show()
    qtbot.waitUntil(lambda: not view.today_list.loading, timeout=5000)
    return view


def test_today_shows_appointment_and_opens_dialog(qtbot: Any, context: ViewContext) -> None:
    office = context.office
    client = add_client(office, "Fatima", "Ghani")
    appointment = add_appointment_today(office, client)

    view = show_today(qtbot, context)

    table = view.today_list.table
    assert table.isVisible()
    model = view.today_list.model
    assert model.rowCount() == 1
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "Fatima Ghani" in texts
    assert "Antrag Wohngeld besprechen" in texts
    assert "Geplant" in texts

    table.selectRow(0)
    table.activated.emit(model.index(0, 0))
    dialog = context.window.findChild(AppointmentDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Termin"
    assert "Fatima Ghani" in dialog.client_picker.search.text()
    assert dialog.purpose_edit.text() == "Antrag Wohngeld besprechen"
    dialog.close_button.click()
    assert appointment


def test_stattgefunden_hands_appointment_to_consultation_entry(
    qtbot: Any, context: ViewContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(
        ViewContext, "new_consultation", lambda self, **kwargs: calls.append(kwargs)
    )
    client = add_client(context.office, "Fatima", "Ghani")
    appointment = add_appointment_today(context.office, client)
    view = show_today(qtbot, context)
    view.today_list.select_row(0)
    view.today_list.open_current()
    dialog = context.window.findChild(AppointmentDialog)

    qtbot.mouseClick(dialog.held_button, Qt.MouseButton.LeftButton)

    assert calls == [{"client_id": client, "appointment_id": appointment}]
    assert not dialog.isVisible()
    with context.office.database.reading() as session:  # the consultation entry marks it held
        assert session.get(Appointment, appointment).status is AppointmentStatus.PLANNED


def test_missed_asks_first_then_marks(qtbot: Any, context: ViewContext) -> None:
    client = add_client(context.office, "Fatima", "Ghani")
    appointment = add_appointment_today(context.office, client)
    view = show_today(qtbot, context)
    view.today_list.select_row(0)
    view.today_list.missed_current()
    box = view.findChild(QMessageBox, "confirmQuestion")
    assert box is not None and box.isVisible()
    assert "Fatima Ghani" in box.text()
    confirm = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    assert confirm.text() == "Nicht erschienen"
    with qtbot.waitSignal(view.today_list.loaded, timeout=5000):
        confirm.click()
    with context.office.database.reading() as session:
        assert session.get(Appointment, appointment).status is AppointmentStatus.MISSED
    assert view.today_list.model.index(0, 3).data() == "Nicht erschienen"


def test_new_appointment_for_client_is_saved(qtbot: Any, context: ViewContext) -> None:
    from kim_desktop.ui.appointments.appointment_dialog import open_appointment_dialog

    client = add_client(context.office, "Olena", "Koval")
    dialog = open_appointment_dialog(context, client_id=client)
    assert dialog is not None
    assert dialog.location_edit.text().startswith("KIM Case Management Troisdorf")
    tomorrow = date.today() + timedelta(days=1)
    dialog.date_edit.setDate(tomorrow)
    dialog.purpose_edit.setText("Kita-Anmeldung")
    with qtbot.waitSignal(context.changes.changed, timeout=5000):
        qtbot.keyClick(dialog.purpose_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with context.office.database.reading() as session:
        saved = session.query(Appointment).one()
    assert saved.purpose == "Kita-Anmeldung"
    assert saved.starts_at.astimezone().date() == tomorrow


def test_appointment_in_the_past_shows_field_error(qtbot: Any, context: ViewContext) -> None:
    from kim_desktop.ui.appointments.appointment_dialog import open_appointment_dialog

    client = add_client(context.office, "Olena", "Koval")
    dialog = open_appointment_dialog(context, client_id=client)
    assert dialog is not None
    dialog.date_edit.setDate(date.today() - timedelta(days=1))
    dialog.submit()
    assert dialog.field_error("starts_at") == (
        "Ein geplanter Termin kann nicht in der Vergangenheit liegen."
    )
    with context.office.database.reading() as session:
        assert session.query(Appointment).count() == 0
    dialog.purpose_edit.setText("x")
    dialog.reject()  # typed input: asks first
    box = dialog.findChild(QMessageBox, "discardQuestion")
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible()
    dialog.done(0)


def test_due_referral_follow_up_is_listed(qtbot: Any, context: ViewContext) -> None:
    office = context.office
    client = add_client(office, "Anna", "Berger")
    with office.database.transaction(office.actor.user_id) as session:
        session.add(
            Referral(
                client_id=client,
                case_manager_id=office.actor.user_id,
                municipality_code="troisdorf",
                target_code=REFERRAL_TARGETS[0][0],
                referred_on=date.today() - timedelta(days=10),
                status=ReferralStatus.ARRANGED,
                follow_up_on=date.today() + timedelta(days=1),
            )
        )
    view = show_today(qtbot, context)
    assert view.follow_up_table.isVisible()
    row = [view.follow_ups.index(0, c).data() for c in range(4)]
    assert row[:3] == [
        (date.today() + timedelta(days=1)).strftime("%d.%m.%Y"),
        "Verweisberatung nachfassen",
        "Anna Berger",
    ]
    assert view.quiet_empty.isVisible()
    assert view.quiet_empty.text() == "Alle offenen Fälle hatten zuletzt Kontakt."
