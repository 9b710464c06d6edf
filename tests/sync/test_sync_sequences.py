"""Out-of-order and gapped sequences (issue 5, 3): held, never applied out of order, repaired."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sync_helpers import DeviceFactory

from kim_desktop.server.embedded import ServerThread
from kim_desktop.sync import state
from kim_desktop.sync.outbox import load_ops
from kim_desktop.sync.transport import SyncTransport


def _token(device) -> str:  # type: ignore[no-untyped-def]
    return device.scalar("select value from local_meta where key = 'sync_device_token'")


def test_a_gap_holds_later_ops_until_the_missing_one_arrives(devices: DeviceFactory) -> None:
    anna = devices.create("anna")
    for number in range(5):
        anna.add_client("Person", f"Nummer {number}")
    with anna.office.database.engine.connect() as conn:
        ops = load_ops(conn, after_seq=0, limit=1000)
    first, missing, rest = ops[:2], ops[2], ops[3:]
    device_id = anna.office.database.device_id
    with SyncTransport(devices.server.url, token=_token(anna)) as transport:
        assert {r["status"] for r in transport.push(device_id, first)["results"]} == {"applied"}
        gapped = transport.push(device_id, rest)
        assert {r["status"] for r in gapped["results"]} == {"held"}
        assert gapped["last_applied_seq"] == first[-1]["seq"]
        # Out of order: the missing op arrives after the later ones were held.
        filled = transport.push(device_id, [missing, *rest])
        assert [r["status"] for r in filled["results"]] == ["applied"] * (1 + len(rest))
    anna.sync.sync_now()
    assert anna.pending() == 0
    assert devices.server_count(
        "select count(*) from change_log where device_id = :d", d=device_id
    ) == len(ops)


def _backup(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.backup(copy)


def test_a_server_restored_from_a_backup_gets_the_lost_changes_again(tmp_path: Path) -> None:
    store_file = tmp_path / "server.db"
    backup = tmp_path / "server-backup.db"
    with ServerThread(f"sqlite:///{store_file}") as server:
        devices = DeviceFactory(server, tmp_path)
        anna = devices.create("anna")
        anna.add_client("Amina", "Yilmaz")
        anna.sync.sync_now()
        _backup(store_file, backup)  # the nightly backup
        lost = anna.add_client("Berat", "Kaya")
        anna.sync.sync_now()
        devices.close_all()
    for leftover in tmp_path.glob("server.db*"):
        leftover.unlink()
    shutil.copy(backup, store_file)  # disk failure: the server comes back from the backup
    with ServerThread(f"sqlite:///{store_file}") as server:
        anna.reopen()
        with anna.office.database.engine.begin() as conn:
            state.set_meta(conn, state.SERVER_URL_KEY, server.url)
        anna.add_client("Chiara", "Rossi")  # a new change after the lost ones

        report = anna.sync.sync_now()

        assert report.held == 0 and anna.pending() == 0
        ben_devices = DeviceFactory(server, tmp_path / "ben")
        ben = ben_devices.create("ben")
        ben.sync.sync_now()
        assert ben.client(lost) is not None  # resent from the acknowledged outbox
        assert ben.rows("clients") == anna.rows("clients")
        ben_devices.close_all()
    anna.close()
