"""The desktop process killed (``kill -9``) while applying a pull (issue 5, 7).

After each kill the office opens cleanly, and its cursor and data agree: exactly the records
the server changed up to the stored cursor are present, none after it; a later sync finishes.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sync_helpers import PASSWORD, DeviceFactory

from benchmarks.sync_seed import seed_clients

RECORDS = 10_000
CLIENT_STATES = "select count(*) from sync_record_state where table_name = 'clients'"
PAGE = 500
CHILD = Path(__file__).with_name("sync_child.py")
REPO = Path(__file__).resolve().parents[2]


def _kill_during_pull(data_dir: Path, login: str, after_pages: int) -> None:
    env = dict(os.environ, KIM_PASSWORD=PASSWORD, PYTHONPATH=str(REPO))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), login, str(PAGE)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    pages = 0
    for line in child.stdout:
        if line.startswith("pull ") and int(line.split()[1]) > 0:
            pages += 1
            if pages >= after_pages:
                time.sleep(random.uniform(0.0, 0.15))  # somewhere inside the next page
                break
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    assert child.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_a_killed_pull_leaves_data_and_cursor_consistent(devices: DeviceFactory) -> None:
    seed_clients(devices.server, RECORDS)
    anna = devices.create("anna")
    anna.close()
    for after_pages in (3, 11):
        _kill_during_pull(anna.paths.root, "anna", after_pages)
        anna.reopen()
        assert anna.scalar("pragma integrity_check") == "ok"
        cursor = int(anna.scalar("select value from local_meta where key = 'sync_cursor'") or 0)
        local = {row for row in _ids(anna, "select id from clients")}
        with devices.server.store.read() as conn:
            from sqlalchemy import text

            upto = {
                row[0]
                for row in conn.execute(
                    text(
                        "select record_id from records where table_name = 'clients'"
                        " and last_seq <= :c"
                    ),
                    {"c": cursor},
                )
            }
        assert local == upto
        assert 0 < len(local) < RECORDS
        anna.close()
    anna.reopen()
    anna.sync.sync_now()
    assert anna.scalar("select count(*) from clients") == RECORDS
    assert anna.scalar(CLIENT_STATES) == RECORDS


def _ids(device, sql: str) -> set[str]:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with device.office.database.engine.connect() as conn:
        return {row[0] for row in conn.execute(text(sql))}
