"""Fixtures for sync tests: a real sync server (SQLite or PostgreSQL store) and real offices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import DeviceFactory

from kim_desktop.server.embedded import ServerThread
from kim_desktop.server.testing import fresh_postgres_url


@pytest.fixture(params=["sqlite", "postgres"])
def server_url_for_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The database URL of an empty server store of each kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    with fresh_postgres_url() as url:
        yield url


@pytest.fixture
def sync_server(server_url_for_store: str) -> Iterator[ServerThread]:
    with ServerThread(server_url_for_store) as server:
        yield server


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[ServerThread]:
    """A server on SQLite only (tests whose subject is the desktop side alone)."""
    with ServerThread(f"sqlite:///{tmp_path / 'server-only.db'}") as server:
        yield server


@pytest.fixture
def devices(sync_server: ServerThread, tmp_path: Path) -> Iterator[DeviceFactory]:
    factory = DeviceFactory(sync_server, tmp_path)
    yield factory
    factory.close_all()


@pytest.fixture
def sqlite_devices(sqlite_server: ServerThread, tmp_path: Path) -> Iterator[DeviceFactory]:
    factory = DeviceFactory(sqlite_server, tmp_path)
    yield factory
    factory.close_all()
