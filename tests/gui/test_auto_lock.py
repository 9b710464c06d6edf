"""Auto-lock after the idle time: contents hidden, unsaved input kept, password to unlock."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget

from kim_desktop.services.auth import AuthService
from kim_desktop.services.settings import AppSettings
from kim_desktop.ui.main_window import MainWindow


class DraftForm(QWidget):
    """Stands in for a later form with unsaved input."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        QVBoxLayout(self).addWidget(self.edit)


@pytest.fixture
def window(
    qtbot: Any, office_session: Any, office_paths: Any, translator: Any, runner: Any
) -> Iterator[MainWindow]:
    main = MainWindow(
        office_session,
        settings=AppSettings.load(office_paths),
        translator=translator,
        auth=AuthService(office_paths),
        runner=runner,
        idle_timeout_ms=200,
        views={"clients": DraftForm},
    )
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    runner.wait_for_done(10_000)


def unlock_with(qtbot: Any, window: MainWindow, password: str) -> None:
    window.lock_screen.password_edit.setText(password)
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)


def test_idle_locks_and_keeps_unsaved_input(
    qtbot: Any, window: MainWindow, office_password: str
) -> None:
    window.navigation.select("clients")
    form = window.current_page()
    qtbot.keyClicks(form.edit, "Notiz, noch nicht gespeichert")

    qtbot.waitUntil(window.is_locked, timeout=3000)
    assert window.central.currentWidget() is window.lock_screen
    assert not window.navigation.isVisible()
    assert not form.edit.isVisible()
    assert not window.status.user_label.isVisible()
    assert not window.status.office_label.isVisible()
    assert not window.status.sync_label.isVisible()
    assert window.status.locked_label.isVisible()
    assert window.windowTitle() == "KIM Desktop"
    assert not window.area_actions["cases"].isEnabled()

    unlock_with(qtbot, window, office_password)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=10_000)
    assert window.current_page() is form
    assert form.edit.isVisible()
    assert form.edit.text() == "Notiz, noch nicht gespeichert"
    assert window.status.user_label.isVisible()
    assert window.area_actions["cases"].isEnabled()


def test_wrong_password_keeps_it_locked(qtbot: Any, window: MainWindow) -> None:
    window.lock()
    unlock_with(qtbot, window, "falsches-Passwort-9")
    screen = window.lock_screen
    qtbot.waitUntil(lambda: screen.error_label.isVisible(), timeout=10_000)
    assert "falsch" in screen.error_label.text()
    assert window.is_locked()
    assert window.central.currentWidget() is screen
    assert screen.password_edit.text() == ""


def test_ctrl_l_locks(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()


def test_lock_button_in_status_bar(qtbot: Any, window: MainWindow) -> None:
    qtbot.mouseClick(window.status.lock_button, Qt.MouseButton.LeftButton)
    assert window.is_locked()


def test_input_postpones_the_lock(qtbot: Any, window: MainWindow) -> None:
    window.idle_watcher.set_timeout_ms(400)
    window.navigation.select("clients")
    edit = window.current_page().edit
    for _ in range(6):
        qtbot.keyClick(edit, Qt.Key.Key_A)
        qtbot.wait(100)
        assert not window.is_locked()
    qtbot.waitUntil(window.is_locked, timeout=3000)


def test_other_windows_hidden_while_locked(
    qtbot: Any, window: MainWindow, office_password: str
) -> None:
    other = QDialog(window)
    other.setWindowTitle("Entwurf")
    other.show()
    qtbot.waitExposed(other)
    window.lock()
    assert not other.isVisible()
    unlock_with(qtbot, window, office_password)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=10_000)
    assert other.isVisible()
    other.close()


def test_logout_from_lock_screen(
    qtbot: Any,
    log_in: Any,
    make_shell: Any,
    office_paths: Any,
    office_login: str,
    office_password: str,
) -> None:

    shell = make_shell(office_paths, idle_timeout_ms=150)
    shell.start()
    main = log_in(shell, office_login, office_password)
    qtbot.waitUntil(main.is_locked, timeout=3000)
    with qtbot.waitSignal(shell.loginShown, timeout=5000):
        qtbot.mouseClick(main.lock_screen.logout_button, Qt.MouseButton.LeftButton)
    assert shell.main_window is None
    assert not main.isVisible()
    assert shell.login_dialog.login_edit.text() == office_login
    assert shell._quit.calls == 0


def test_auto_lock_minutes_saved_and_applied_at_once(
    qtbot: Any, window: MainWindow, office_paths: Any
) -> None:
    window.navigation.select("settings")
    view = window.current_page()
    view.auto_lock_spin.setValue(25)
    assert window.idle_watcher.timeout_ms == 25 * 60_000
    assert AppSettings.load(office_paths).auto_lock_minutes == 25
    assert view.saved_label.isVisible()
    assert view.auto_lock_spin.minimum() == 1 and view.auto_lock_spin.maximum() == 120
