"""The Synchronisation screen against a real sync server on 127.0.0.1 and a real office."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from kim_desktop.db.models import Client
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.sync_schedule import StepKind

SYNC_TIMEOUT_MS = 30_000


def enrol_via_screen(qtbot: Any, view: Any, server: Any, login: str = "admin.test") -> None:
    """Fill the screen's fields and press "Gerät anmelden"; the first sync follows by itself."""
    code = server.admin.issue_enrolment_code(login)
    panel = view.enrol_panel
    assert panel.form_box.isVisible()
    panel.server_edit.setText(server.url)
    panel.code_edit.setText(code)
    with qtbot.waitSignal(view.controller.syncSucceeded, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(panel.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.enrolled_box.isVisible(), timeout=10_000)


def new_client(office: Any, phone: str = "02241 1111") -> str:
    return ClientService(office).create_client(
        ClientInput(
            first_name="Ayşe", last_name="Yılmaz", municipality_code="troisdorf", phone=phone
        )
    )


def change_phone(office: Any, client_id: str, phone: str) -> None:
    service = ClientService(office)
    number, data = service.client_input(client_id)
    data.phone = phone
    service.update_client(number, data)


def phone_in_db(office: Any, client_id: str) -> str:
    with office.database.reading() as session:
        return session.scalar(select(Client.phone).where(Client.id == client_id))


def press_sync(qtbot: Any, view: Any) -> None:
    button = view.state_panel.sync_button
    qtbot.waitUntil(button.isEnabled, timeout=SYNC_TIMEOUT_MS)
    with qtbot.waitSignal(view.controller.syncSucceeded, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_enrol_then_sync_now_uploads_pending_changes(
    qtbot: Any, server: Any, main_window: Any, sync_view: Any
) -> None:
    view = sync_view
    assert view.state_panel.last_sync_value.text() == "noch nie"
    assert not view.state_panel.sync_button.isEnabled()  # not enrolled yet
    enrol_via_screen(qtbot, view, server)
    panel = view.enrol_panel
    assert panel.server_value.text() == server.url
    assert panel.device_value.text() == main_window.session.database.device_id
    assert panel.code_edit.text() == ""  # the one-time code is not kept on screen

    new_client(main_window.session)
    view.controller.refresh()
    qtbot.waitUntil(lambda: view.state_panel.pending_value.text() != "0", timeout=10_000)

    seen_in_status_bar: list[str] = []
    view.controller.progressed.connect(
        lambda *_: seen_in_status_bar.append(main_window.status.sync_label.text())
    )
    press_sync(qtbot, view)
    qtbot.waitUntil(lambda: view.state_panel.pending_value.text() == "0", timeout=10_000)
    assert view.state_panel.last_sync_value.text() not in ("noch nie", "wird ermittelt …")
    assert "abgeschlossen" in view.state_panel.result_label.text()
    assert any(text.startswith("Synchronisiere") for text in seen_in_status_bar)
    qtbot.waitUntil(
        lambda: "0 Änderungen ausstehend" in main_window.status.sync_label.text(), timeout=10_000
    )
    device = next(d for d in server.admin.list_devices() if d.login == "admin.test")
    assert device.last_applied_seq >= 1  # the server applied this device's changes


def test_server_side_conflict_is_shown_and_resolving_writes_the_chosen_value(
    qtbot: Any, server: Any, main_window: Any, sync_view: Any, other_office: Any
) -> None:
    from kim_desktop.services.sync_service import SyncService

    view = sync_view
    office = main_window.session
    enrol_via_screen(qtbot, view, server)
    client_id = new_client(office, phone="02241 1111")
    press_sync(qtbot, view)

    # a second device of a colleague changes the same phone number first
    server.admin.create_account("b.berger", "Bernd Berger", "case_manager", ["troisdorf"])
    other_sync = SyncService(other_office)
    other_sync.enrol(server.url, server.admin.issue_enrolment_code("b.berger"))
    other_sync.sync_now()
    change_phone(other_office, client_id, "0176 2222")
    other_sync.sync_now()

    change_phone(office, client_id, "0176 3333")
    with qtbot.waitSignal(view.inboxLoaded, timeout=SYNC_TIMEOUT_MS):
        press_sync(qtbot, view)
    qtbot.waitUntil(lambda: view.inbox.model.rowCount() == 1, timeout=10_000)
    row = view.inbox.model.row_at(0)
    assert row.field == "phone"
    assert row.mine == "0176 3333"
    assert row.theirs == "0176 2222"
    assert row.base == "02241 1111"
    assert row.client_id == client_id
    number = ClientService(office).file_number_of(client_id)
    assert view.inbox.record_value.text() == f"Klient:in · Ayşe Yılmaz ({number})"
    assert view.tabs.tabText(0) == "&Konflikte (1)"

    qtbot.mouseClick(view.inbox.theirs_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: phone_in_db(office, client_id) == "0176 2222", timeout=10_000)
    qtbot.waitUntil(lambda: all(r.resolved_at for r in view.inbox.model.rows()), timeout=10_000)
    assert view.tabs.tabText(0) == "&Konflikte (0)"


def test_revoked_device_is_said_plainly_and_background_retries_stop(
    qtbot: Any, server: Any, main_window: Any, sync_view: Any
) -> None:
    view = sync_view
    enrol_via_screen(qtbot, view, server)
    server.admin.revoke_device(main_window.session.database.device_id)
    button = view.state_panel.sync_button
    with qtbot.waitSignal(view.controller.syncFailed, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    error = view.state_panel.error_label
    assert error.isVisible()
    assert "gesperrt" in error.text()
    assert "automatische Synchronisation ist angehalten" in error.text()
    assert "gesperrt" in main_window.status.sync_label.text()
    controller = view.controller
    assert controller.blocked
    assert controller.schedule.next_step(controller._clock() + 86_400).kind is StepKind.IDLE
    assert button.isEnabled()  # the user may try again by hand
