"""Fixtures for GUI tests: translator, operation runner and the application shell."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from kim_desktop.paths import DataPaths
from kim_desktop.services.auth import AuthService
from kim_desktop.services.office_setup import OfficeSetupService
from kim_desktop.services.settings import AppSettings
from kim_desktop.ui.i18n import TranslatorManager
from kim_desktop.ui.operations import OperationRunner
from kim_desktop.ui.shell import Shell

# The offscreen platform plugin warns about size hints and raising windows, which it
# cannot pass on to a window system; that is a property of the test platform, not of our code.
OFFSCREEN_NOISE = r"^This plugin does not support (propagateSizeHints|raise)\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def translator(qapp: QApplication) -> Iterator[TranslatorManager]:
    manager = TranslatorManager(qapp)
    manager.apply("de")
    yield manager
    manager.clear()
    QLocale.setDefault(QLocale("de"))
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[OperationRunner]:
    operations = OperationRunner()
    yield operations
    assert operations.wait_for_done(10_000)


class QuitRecorder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1


@pytest.fixture
def make_shell(qtbot: Any, translator: TranslatorManager, runner: OperationRunner) -> Iterator[Any]:
    """Build the real shell (set-up → login → main window) for a data directory."""
    shells: list[Shell] = []

    def build(paths: DataPaths, *, idle_timeout_ms: int | None = None) -> Shell:
        shell = Shell(
            paths=paths,
            settings=AppSettings.load(paths),
            translator=translator,
            auth=AuthService(paths),
            setup_service=OfficeSetupService(paths),
            runner=runner,
            quit=QuitRecorder(),
            idle_timeout_ms=idle_timeout_ms,
        )
        shells.append(shell)
        return shell

    yield build
    for shell in shells:
        for dialog in (shell.setup_dialog, shell.login_dialog):
            if dialog is not None:
                dialog.close()
        shell.shutdown()


@pytest.fixture
def log_in(qtbot: Any) -> Any:
    """``log_in(shell, login, password)`` fills and submits the real login dialog."""

    def submit(shell: Shell, login: str, password: str) -> Any:
        return _log_in(qtbot, shell, login, password)

    return submit


def _log_in(qtbot: Any, shell: Shell, login: str, password: str) -> Any:
    """Fill and submit the real login dialog; returns the main window."""
    dialog = shell.login_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.login_edit.setText(login)
    dialog.password_edit.setText(password)
    with qtbot.waitSignal(shell.mainWindowShown, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    window = blocker.args[0]
    qtbot.waitExposed(window)
    return window
