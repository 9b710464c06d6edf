"""Server fixtures: a real sync server on 127.0.0.1 over SQLite and over PostgreSQL.

The PostgreSQL half needs a running PostgreSQL (CI starts it); without it those tests fail
with an error saying so — they never skip.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_server_helpers import Device

from kim_desktop.server.embedded import ServerThread
from kim_desktop.server.testing import fresh_postgres_url

STORES = ("sqlite", "postgresql")


@pytest.fixture(params=STORES)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL of each store."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'sync-server.db'}"
    else:
        with fresh_postgres_url() as url:
            yield url


@pytest.fixture
def server(store_url: str) -> Iterator[ServerThread]:
    with ServerThread(store_url) as running:
        running.admin.create_account("anna", "Anna Becker", "case_manager", ["troisdorf"])
        running.admin.create_account("ben", "Ben Schulz", "case_manager", ["troisdorf"])
        running.admin.create_account("carla", "Carla Yilmaz", "case_manager", ["siegburg"])
        running.admin.create_account("kora", "Kora Koordination", "coordinator", [])
        running.admin.create_account("admin", "Adam Admin", "administrator", ["troisdorf"])
        yield running


@pytest.fixture
def devices(server: ServerThread) -> Iterator[dict[str, Device]]:
    """One enrolled device per account, by login."""
    made = {login: Device(server, login) for login in ("anna", "ben", "carla", "kora", "admin")}
    yield made
    for device in made.values():
        device.close()
