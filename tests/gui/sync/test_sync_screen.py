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
    saved = ClientService(office).save_client(
        ClientInput(
            first_name="Ayşe", last_name="Yılmaz", municipality_code="troisdorf", phone=phone
        )
    )
    return saved.id


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
    panel = view.enrol_panel
    panel.server_edit.setText(server.url)
    panel.code_edit.setText("ABCD-EFGH-JK")
    qtbot.mouseClick(panel.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.error_label.isVisible, timeout=10_000)
    assert "Anmeldecode ist unbekannt" in panel.error_label.text()
    assert panel.form_box.isVisible()
    enrol_via_screen(qtbot, view, server)
    assert not panel.error_label.isVisible()
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
    assert any(text.startswith("Synchronisiere (Senden) … ") for text in seen_in_status_bar)
    assert any(text.endswith("/1") for text in seen_in_status_bar)  # one change to send
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
    failures: list[str] = []
    view.controller.syncFailed.connect(failures.append)
    with (
        qtbot.waitSignal(view.controller.syncFailed, timeout=SYNC_TIMEOUT_MS),
        qtbot.waitSignal(view.controller.overviewLoaded, timeout=SYNC_TIMEOUT_MS),
    ):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(500)
    assert len(failures) == 1  # no background retry after the overview was read again
    assert not view.controller.syncing
    error = view.state_panel.error_label
    assert error.isVisible()
    assert "gesperrt" in error.text()
    assert "automatische Synchronisation ist angehalten" in error.text()
    assert "gesperrt" in main_window.status.sync_label.text()
    controller = view.controller
    assert controller.blocked
    assert controller.schedule.next_step(controller._clock() + 86_400).kind is StepKind.IDLE
    assert button.isEnabled()  # the user may try again by hand


def test_unreachable_server_is_probed_and_synced_right_after_it_is_back(
    qtbot: Any, tmp_path: Any, server: Any, main_window: Any, sync_view: Any
) -> None:
    from kim_desktop.server.embedded import ServerThread
    from kim_desktop.services.sync_schedule import FailureKind, SchedulePolicy

    view = sync_view
    controller = view.controller
    enrol_via_screen(qtbot, view, server)
    # retries after a failure only in 10 minutes, but the health probe runs every 0.2 s
    controller.schedule.policy = SchedulePolicy(probe_interval_s=0.2, backoff_s=(600,))
    server.stop()
    with qtbot.waitSignal(controller.syncFailed, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(view.state_panel.sync_button, Qt.MouseButton.LeftButton)
    assert controller.last_failure is FailureKind.UNREACHABLE
    assert "nicht erreichbar" in view.state_panel.error_label.text()
    new_client(main_window.session)

    with (
        ServerThread(server.db_url, port=server.port),
        qtbot.waitSignal(controller.syncSucceeded, timeout=SYNC_TIMEOUT_MS),
    ):
        pass  # the probe notices the server and the sync follows at once
    qtbot.waitUntil(lambda: view.state_panel.pending_value.text() == "0", timeout=10_000)
    assert not view.state_panel.error_label.isVisible()
    assert controller.schedule.failures == 0


def test_erasure_from_the_client_file_after_typing_the_file_number(
    qtbot: Any, server: Any, main_window: Any, sync_view: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    view = sync_view
    office = main_window.session
    enrol_via_screen(qtbot, view, server)
    client_id = new_client(office)
    number = ClientService(office).file_number_of(client_id)
    press_sync(qtbot, view)

    main_window.context.open_client(client_id)
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "clientFileWindow")
    assert window.erase_button is not None  # an administrator may erase
    dialog = window.erase_button.open_dialog()
    qtbot.waitExposed(dialog)
    assert not dialog.erase_button.isEnabled()
    dialog.confirm_edit.setText("Ayşe")
    assert not dialog.erase_button.isEnabled()  # half a name is not enough
    dialog.confirm_edit.setText(f"  {number.lower()} ")
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    def erased() -> bool:
        with office.database.reading() as session:
            return session.get(Client, client_id) is None

    qtbot.waitUntil(erased, timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            not any(
                w.objectName() == "clientFileWindow" and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
        ),
        timeout=10_000,
    )  # the file closes itself once its client is gone
    press_sync(qtbot, view)  # the erase operation reaches the server
    qtbot.waitUntil(lambda: view.state_panel.pending_value.text() == "0", timeout=10_000)


def test_no_erasure_for_a_case_manager_without_an_open_case_of_the_client(
    qtbot: Any, main_window: Any
) -> None:
    from kim_desktop.domain.enums import Role
    from kim_desktop.services.erasure_rights import may_erase_client
    from kim_desktop.services.office_session import Actor, OfficeSession

    office = main_window.session
    client_id = new_client(office)
    actor = office.actor
    case_manager = OfficeSession(
        office.paths,
        office.database,
        Actor(actor.user_id, actor.login, actor.display_name, Role.CASE_MANAGER),
        office.database_key,
    )
    assert may_erase_client(office, client_id)
    assert not may_erase_client(case_manager, client_id)


def test_sync_files_through_the_file_dialogs(
    qtbot: Any, tmp_path: Any, server: Any, main_window: Any, sync_view: Any
) -> None:
    """Export pending changes to a file, let the district import it, read its reply back."""
    from PySide6.QtWidgets import QMessageBox

    from kim_desktop.server.bundle_import import import_bundle
    from kim_desktop.server.embedded import TEST_DISTRICT_SECRET
    from kim_desktop.sync.protocol import BUNDLE_MAGIC

    view = sync_view
    enrol_via_screen(qtbot, view, server)
    new_client(main_window.session)
    view.controller.refresh()
    qtbot.waitUntil(lambda: view.state_panel.pending_value.text() == "1", timeout=10_000)

    outgoing = tmp_path / "aenderungen.kimsync"
    dialog = view.bundle_panel.choose_export()
    dialog.selectFile(str(outgoing))
    dialog.accept()
    qtbot.waitUntil(lambda: isinstance(view.note, QMessageBox), timeout=10_000)
    assert "verschlüsselt" in view.note.text()
    assert outgoing.read_bytes().startswith(BUNDLE_MAGIC)
    assert view.state_panel.pending_value.text() == "1"  # pending until the reply is read
    view.note.close()

    reply = tmp_path / "antwort.kimsync"
    import_bundle(server.store, TEST_DISTRICT_SECRET, outgoing, reply)
    view.note = None
    dialog = view.bundle_panel.choose_import()
    dialog.selectFile(str(reply))
    dialog.accept()
    qtbot.waitUntil(lambda: isinstance(view.note, QMessageBox), timeout=10_000)
    assert "eingelesen" in view.note.text()
    qtbot.waitUntil(lambda: view.state_panel.pending_value.text() == "0", timeout=10_000)
    view.note.close()


def test_rejected_change_shows_the_servers_reason_and_opens_the_client_file(
    qtbot: Any, server: Any, main_window: Any, sync_view: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    view = sync_view
    office = main_window.session
    server.admin.create_account("k.koordination", "Kora Koordination", "coordinator", [])
    enrol_via_screen(qtbot, view, server, login="k.koordination")
    client_id = new_client(office)
    with qtbot.waitSignal(view.inboxLoaded, timeout=SYNC_TIMEOUT_MS):
        press_sync(qtbot, view)
    qtbot.waitUntil(lambda: view.rejected.model.rowCount() == 1, timeout=10_000)
    row = view.rejected.model.row_at(0)
    assert (row.table, row.record_id, row.client_id) == ("clients", client_id, client_id)
    assert "Koordination darf keine Falldaten" in row.reason
    assert view.state_panel.rejected_value.text() == "1"
    assert view.tabs.tabText(1) == "Abge&lehnte Änderungen (1)"

    view.tabs.setCurrentWidget(view.rejected)
    qtbot.mouseClick(view.rejected.open_button, Qt.MouseButton.LeftButton)
    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "clientFileWindow"]
    assert [w.client_id for w in windows] == [client_id]
    windows[0].close()
