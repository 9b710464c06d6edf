"""A real sync server on 127.0.0.1 (SQLite store) and the logged-in main window of an office."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kim_desktop.paths import DataPaths

SERVER_LOGIN = "admin.test"  # the same login as the office's user (tests/conftest.py)
OTHER_LOGIN = "b.berger"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Any]:
    from kim_desktop.server.embedded import ServerThread

    with ServerThread(f"sqlite:///{tmp_path / 'server.db'}") as running:
        running.admin.create_account(SERVER_LOGIN, "Anna Admin", "administrator", ["troisdorf"])
        yield running


@pytest.fixture
def main_window(
    qtbot: Any,
    make_shell: Any,
    log_in: Any,
    office_paths: DataPaths,
    office_login: str,
    office_password: str,
) -> Any:
    shell = make_shell(office_paths)
    shell.start()
    return log_in(shell, office_login, office_password)


@pytest.fixture
def sync_view(qtbot: Any, main_window: Any) -> Any:
    main_window.show_area("sync")
    view = main_window.page("sync")
    assert view.objectName() == "area_sync"
    qtbot.waitUntil(lambda: view.controller.overview is not None, timeout=10_000)
    return view


@pytest.fixture
def other_office(tmp_path: Path, office_password: str) -> Iterator[Any]:
    """A colleague's office on another device (same municipality), logged in."""
    from kim_desktop.domain.enums import Role
    from kim_desktop.services.auth import AuthService
    from kim_desktop.services.office_setup import OfficeSetupRequest, OfficeSetupService

    paths = DataPaths(tmp_path / "other-office")
    request = OfficeSetupRequest(
        office_name="KIM Case Management Troisdorf (Laptop 2)",
        street="Kölner Straße 176",
        postal_code="53840",
        city="Troisdorf",
        phone="02241 900-0",
        email="kim@troisdorf.example",
        municipality_codes=["troisdorf"],
        display_name="Bernd Berger",
        login=OTHER_LOGIN,
        password=office_password,
        password_repeat=office_password,
        role=Role.ADMINISTRATOR,
    )
    OfficeSetupService(paths).create_office(request).close()
    office = AuthService(paths).login(OTHER_LOGIN, office_password)
    yield office
    office.close()
