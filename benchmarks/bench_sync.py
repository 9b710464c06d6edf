"""Desktop sync against a real server process over loopback (issue 5).

``sync_push_10k``: 10,000 pending outbox entries (new clients) pushed until every one is
acknowledged — reading the outbox, HTTP, the server's merge and commit, writing the answers
back. ``sync_initial_pull_100k``: a full first sync (push, pull, checksums, conflicts) of a
new desktop against a server holding 100,000 clients. ``sync_typical_day``: a device that
made ≈40 changes syncs while a colleague's ≈40 changes come back.

The server runs as its own process (``kim serve``, SQLite store) so that it does not share the
desktop's interpreter; offices are throw-away (fast key derivation). Each figure is the median
of three runs.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from benchmarks.common import REPO_ROOT, Figure, median

RUNS = 3
PUSH_OPS = 10_000
PULL_RECORDS = 100_000
DAY_CHANGES = 40
PUSH_TARGET_S = 2.0
PULL_TARGET_S = 10.0
DAY_TARGET_S = 2.0
PASSWORD = "Passwort-2024"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def server_process(root: Path) -> Iterator[SimpleNamespace]:
    """``kim serve`` on a new SQLite store; yields url, store and admin of that store."""
    from kim_desktop.server.accounts import AdminService
    from kim_desktop.server.store import Store

    db_url = f"sqlite:///{root / 'server.db'}"
    port = _free_port()
    store = Store(db_url)
    store.migrate()
    command = [sys.executable, "-m", "kim_desktop", "serve", "--db", db_url]
    command += ["--data-dir", str(root / "server"), "--port", str(port)]
    process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(url)
        yield SimpleNamespace(url=url, store=store, admin=AdminService(store))
    finally:
        process.terminate()
        process.wait(20)
        store.dispose()


def _wait_for(url: str) -> None:
    import httpx

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/v1/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("the sync server did not start")


def new_device(server: SimpleNamespace, root: Path, login: str) -> Any:
    """An office enrolled on ``server`` (account ``login``, case manager in Troisdorf)."""
    os.environ.setdefault("KIM_INSECURE_FAST_KDF", "1")
    from kim_desktop.domain.enums import Role
    from kim_desktop.paths import DataPaths
    from kim_desktop.services.auth import AuthService
    from kim_desktop.services.office_setup import OfficeSetupRequest, OfficeSetupService
    from kim_desktop.services.sync_service import SyncService

    paths = DataPaths(root / f"office-{login}")
    request = OfficeSetupRequest(
        office_name=f"Büro {login}",
        street="",
        postal_code="",
        city="",
        phone="",
        email="",
        municipality_codes=["troisdorf"],
        display_name=login.title(),
        login=login,
        password=PASSWORD,
        password_repeat=PASSWORD,
        role=Role.ADMINISTRATOR,
    )
    OfficeSetupService(paths).create_office(request).close()
    office = AuthService(paths).login(login, PASSWORD)
    server.admin.create_account(login, login.title(), "case_manager", ["troisdorf"])
    SyncService(office).enrol(server.url, server.admin.issue_enrolment_code(login))
    return office


def add_clients(office: Any, count: int, prefix: str) -> list[str]:
    """``count`` new clients in one transaction through the write path (one op each)."""
    from kim_desktop.db.models import Client

    clients = []
    with office.database.transaction(office.actor.user_id) as session:
        for number in range(count):
            client = Client(
                file_number=f"{prefix}-{number:06d}",
                first_name="Amina",
                last_name=f"{prefix} {number}",
                birth_date=date(1980, 1, 1),
                municipality_code="troisdorf",
                phone=f"0176 {number:07d}",
            )
            session.add(client)
            clients.append(client)
    return [client.id for client in clients]


def _push_once(root: Path) -> float:
    from kim_desktop.services.sync_service import SyncService
    from kim_desktop.sync.engine import SyncEngine

    with server_process(root) as server:
        office = new_device(server, root, "anna")
        add_clients(office, PUSH_OPS, "PUSH")
        service = SyncService(office)
        with service._connected() as transport:
            engine = SyncEngine(office.database.engine, office.database.device_id, transport)
            started = time.perf_counter()
            tally = engine.push()
            elapsed = time.perf_counter() - started
        office.close()
    if tally.applied < PUSH_OPS:
        raise RuntimeError(f"only {tally.applied} ops applied")
    return elapsed


def _initial_pull_once(root: Path) -> float:
    from benchmarks.sync_seed import seed_clients
    from kim_desktop.services.sync_service import SyncService

    with server_process(root) as server:
        seed_clients(server, PULL_RECORDS)
        office = new_device(server, root, "anna")
        started = time.perf_counter()
        report = SyncService(office).sync_now()
        elapsed = time.perf_counter() - started
        office.close()
    if report.pulled < PULL_RECORDS:
        raise RuntimeError(f"only {report.pulled} records pulled")
    return elapsed


def _typical_day(root: Path) -> list[float]:
    from kim_desktop.db.models import Client
    from kim_desktop.services.sync_service import SyncService

    times = []
    with server_process(root) as server:
        anna = new_device(server, root, "anna")
        ben = new_device(server, root, "ben")
        anna_clients = add_clients(anna, 300, "ANNA")
        ben_clients = add_clients(ben, 300, "BEN")
        for office in (anna, ben, anna):
            SyncService(office).sync_now()
        for run in range(RUNS):
            for office, ids in ((anna, anna_clients), (ben, ben_clients)):
                new = add_clients(office, DAY_CHANGES // 4, f"DAY{run}{office.actor.login}")
                with office.database.transaction(office.actor.user_id) as session:
                    for number, client_id in enumerate(ids[run * 30 : run * 30 + 30]):
                        session.get(Client, client_id).notes = f"Tag {run}, Termin {number}"
                assert new
            SyncService(ben).sync_now()
            started = time.perf_counter()
            report = SyncService(anna).sync_now()
            times.append(time.perf_counter() - started)
            if report.pushed < DAY_CHANGES or report.pulled < DAY_CHANGES:
                raise RuntimeError(f"typical day moved too little: {report}")
        anna.close()
        ben.close()
    return times


def _runs(once: Any) -> list[float]:
    values = []
    for _ in range(RUNS):
        root = Path(tempfile.mkdtemp(prefix="kim-bench-sync-"))
        try:
            values.append(once(root))
        finally:
            shutil.rmtree(root, ignore_errors=True)
    return values


def bench_push() -> list[Figure]:
    return [Figure("sync_push_10k", median(_runs(_push_once)), "s", "<", PUSH_TARGET_S)]


def bench_initial_pull() -> list[Figure]:
    value = median(_runs(_initial_pull_once))
    return [Figure("sync_initial_pull_100k", value, "s", "<", PULL_TARGET_S)]


def bench_typical_day() -> list[Figure]:
    root = Path(tempfile.mkdtemp(prefix="kim-bench-sync-day-"))
    try:
        value = median(_typical_day(root))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return [Figure("sync_typical_day", value, "s", "<", DAY_TARGET_S)]


BENCHMARKS = {
    "sync_push_10k": bench_push,
    "sync_initial_pull_100k": bench_initial_pull,
    "sync_typical_day": bench_typical_day,
}
