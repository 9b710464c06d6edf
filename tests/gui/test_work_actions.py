"""The 'Erfassen' actions of the main window: available from anywhere, never while locked."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from kim_desktop.services.auth import AuthService
from kim_desktop.services.settings import AppSettings
from kim_desktop.ui.main_window import MainWindow


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
    )
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    for widget in QApplication.topLevelWidgets():
        if widget is not main and widget.isVisible():
            widget.close()
    main.close()
    runner.wait_for_done(10_000)


def test_actions_are_available_and_named(window: MainWindow) -> None:
    actions = window.work_actions
    assert actions.menu.title() == "&Erfassen"
    assert actions.new_consultation.shortcut().toString() == "Ctrl+N"
    assert actions.new_client.shortcut().toString() == "Ctrl+Shift+N"
    for action in actions.actions:
        assert action.isEnabled(), action.objectName()
    assert [a.text() for a in actions.toolbar.actions()] == [
        "&Beratung erfassen",
        "Neue:r &Klient:in",
    ]


def test_locked_window_offers_no_action(window: MainWindow, office_password: str) -> None:
    window.lock()
    assert not any(a.isEnabled() for a in window.work_actions.actions)
    window.unlock()
    assert all(a.isEnabled() for a in window.work_actions.actions)


def test_ctrl_n_opens_the_consultation_entry(qtbot: Any, window: MainWindow) -> None:
    from kim_desktop.ui.consultations.entry_dialog import ConsultationEntryDialog

    window.work_actions.new_consultation.trigger()

    def entry_open() -> bool:
        return any(
            isinstance(w, ConsultationEntryDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )

    qtbot.waitUntil(entry_open)
