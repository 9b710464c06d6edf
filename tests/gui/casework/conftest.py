"""A small demo office for the casework GUI tests, logged in as a case manager."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kim_desktop.paths import DataPaths
from kim_desktop.services.auth import AuthService
from kim_desktop.services.demo.office import DEMO_PASSWORD, create_demo_office
from kim_desktop.ui.view_context import ViewContext


@pytest.fixture(scope="module")
def demo_paths(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    paths = DataPaths(Path(tmp_path_factory.mktemp("casework")) / "demo")
    create_demo_office(paths, clients=200, seed=1)
    return paths


@pytest.fixture
def context(
    qtbot: Any, translator: Any, runner: Any, demo_paths: DataPaths
) -> Iterator[ViewContext]:
    office = AuthService(demo_paths).login("cm.schneider", DEMO_PASSWORD)
    main = QWidget()
    qtbot.addWidget(main)
    view_context = ViewContext(office, runner, main)
    yield view_context
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "clientFileWindow":
            widget.close()
    assert runner.wait_for_done(10_000)
    office.close()
