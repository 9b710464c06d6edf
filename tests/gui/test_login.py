"""Logging in through the real login dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kim_desktop.services.auth import AuthService
from kim_desktop.services.login_throttle import LoginThrottle
from kim_desktop.services.settings import AppSettings
from kim_desktop.ui.login_dialog import LoginDialog


def submit(qtbot: Any, dialog: LoginDialog, login: str, password: str) -> None:
    dialog.login_edit.setText(login)
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def test_login_opens_main_window_with_user_in_status_bar(
    qtbot: Any,
    log_in: Any,
    make_shell: Any,
    office_paths: Any,
    office_login: str,
    office_password: str,
) -> None:
    shell = make_shell(office_paths)
    shell.start()
    assert shell.setup_dialog is None
    window = log_in(shell, office_login, office_password)

    assert window.isVisible()
    assert shell.login_dialog is None
    assert "Anna Admin" in window.status.user_label.text()
    assert "Administration" in window.status.user_label.text()
    assert window.status.office_label.text() == "KIM Case Management Troisdorf"
    assert window.session.actor.login == office_login
    qtbot.waitUntil(lambda: "nicht eingerichtet" in window.status.sync_label.text())
    assert window.status.sync_label.text().startswith("Synchronisation: nicht eingerichtet · ")
    assert window.status.sync_label.text().endswith("Änderungen ausstehend")


def test_wrong_password_shows_message_and_opens_nothing(
    qtbot: Any, make_shell: Any, office_paths: Any, office_login: str
) -> None:
    shell = make_shell(office_paths)
    shell.start()
    dialog = shell.login_dialog
    submit(qtbot, dialog, office_login, "falsches-Passwort-1")

    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert dialog.error_label.text() == (
        "Anmeldung oder Passwort ist falsch. Bitte versuchen Sie es erneut."
    )
    assert dialog.session is None
    assert shell.main_window is None
    assert dialog.isVisible()
    assert dialog.password_edit.text() == ""


def test_unknown_login_gets_the_same_message(
    qtbot: Any, make_shell: Any, office_paths: Any
) -> None:
    shell = make_shell(office_paths)
    shell.start()
    dialog = shell.login_dialog
    submit(qtbot, dialog, "nobody.here", "irgendwas-123")
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert "Anmeldung oder Passwort ist falsch" in dialog.error_label.text()
    assert shell.main_window is None


def test_repeated_failures_disable_button_with_countdown(
    qtbot: Any, make_shell: Any, office_paths: Any, office_login: str, office_password: str
) -> None:
    shell = make_shell(office_paths)
    shell.start()
    dialog = shell.login_dialog
    for attempt in range(3):
        assert dialog.login_button.isEnabled(), attempt
        submit(qtbot, dialog, office_login, f"falsch-{attempt}-xyz")
        qtbot.waitUntil(lambda: not dialog._busy)

    # third failure: 5 s to wait, shown as a countdown on a disabled button
    assert AuthService(office_paths).retry_after(office_login) > 0
    assert not dialog.login_button.isEnabled()
    assert dialog.countdown_label.isVisible()
    assert "Sekunden" in dialog.countdown_label.text()
    assert any(ch.isdigit() for ch in dialog.countdown_label.text())

    # even the right password does nothing while waiting
    submit(qtbot, dialog, office_login, office_password)
    assert shell.main_window is None
    assert dialog.session is None


def test_countdown_ends_and_login_works_again(
    qtbot: Any,
    translator: Any,
    runner: Any,
    office_paths: Any,
    office_login: str,
    office_password: str,
) -> None:
    now = [1_000_000.0]
    auth = AuthService(office_paths, LoginThrottle(office_paths.login_state_file, lambda: now[0]))
    dialog = LoginDialog(auth, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in range(3):
        submit(qtbot, dialog, office_login, f"falsch-{attempt}-xyz")
        qtbot.waitUntil(lambda: not dialog._busy)
    assert dialog.is_waiting()
    assert auth.retry_after(office_login) == 5

    now[0] += 6  # the service's clock moves on; the dialog's countdown runs out by itself
    dialog._countdown.start(1)
    qtbot.waitUntil(lambda: dialog.login_button.isEnabled(), timeout=3000)
    assert not dialog.countdown_label.isVisible()
    with qtbot.waitSignal(dialog.loggedIn, timeout=10_000) as blocker:
        submit(qtbot, dialog, office_login, office_password)
    blocker.args[0].close()


def test_demo_credentials_are_shown(
    qtbot: Any,
    runner: Any,
    translator: Any,
    office_paths: Any,
) -> None:
    settings = AppSettings(demo_login="demo.cm", demo_password="Demo-Passwort-1")
    dialog = LoginDialog(
        AuthService(office_paths),
        runner,
        demo_login=settings.demo_login,
        demo_password=settings.demo_password,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_note.isVisible()
    assert dialog.demo_note.text() == "Demo-Büro: Anmeldung „demo.cm“ / Passwort „Demo-Passwort-1“"
    assert dialog.login_edit.text() == "demo.cm"


def test_no_demo_note_for_a_real_office(
    qtbot: Any,
    runner: Any,
    translator: Any,
    office_paths: Any,
) -> None:
    dialog = LoginDialog(AuthService(office_paths), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.demo_note.isVisible()


def test_empty_fields_are_not_submitted(
    qtbot: Any,
    runner: Any,
    translator: Any,
    office_paths: Any,
) -> None:
    dialog = LoginDialog(AuthService(office_paths), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Bitte füllen Sie dieses Feld aus."
    assert not runner.busy()
