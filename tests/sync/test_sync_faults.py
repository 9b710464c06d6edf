"""Broken connections at every request boundary, resends and concurrent syncs (issue 5, 1–2).

A proxy between desktop and server cuts the connection before the server sees a request or
after it has handled (and committed) it but before the answer arrives. The next sync must
repair everything: each change applied on the server exactly once, both devices equal.
"""

from __future__ import annotations

import threading

import pytest
from sync_helpers import DeviceFactory
from sync_proxy import FaultProxy

from kim_desktop.sync.errors import ServerUnreachable, SyncAlreadyRunning
from kim_desktop.sync.outbox import load_ops
from kim_desktop.sync.transport import SyncTransport


def _applied_on_server(devices: DeviceFactory, device_id: str) -> int:
    return devices.server_count(
        "select count(*) from change_log where device_id = :d and op != 'reemit'", d=device_id
    )


def test_a_cut_at_every_request_boundary_loses_and_doubles_nothing(
    devices: DeviceFactory,
) -> None:
    with FaultProxy(devices.server.url) as proxy:
        anna = devices.create("anna", server_url=proxy.url, retries=0)
        ben = devices.create("ben")
        client_id = anna.add_client("Amina", "Yilmaz")
        proxy.reset()
        anna.sync.sync_now()
        requests_per_sync = len(proxy.log)
        assert requests_per_sync >= 4  # push, pull, checksums, conflicts

        cuts = 0
        for index in range(requests_per_sync):
            for mode in ("cut_before", "cut_after"):
                anna.edit_client(client_id, notes=f"Stand {index} {mode}")
                anna.add_client("Neu", f"Person {index} {mode}")
                proxy.reset(lambda i, _m, _p, at=index, how=mode: how if i == at else "pass")
                try:
                    anna.sync.sync_now()
                except ServerUnreachable:
                    cuts += 1
                assert any(action != "pass" for *_rest, action in proxy.log)
                proxy.reset()
                anna.sync.sync_now()
                assert anna.pending() == 0
        assert cuts == 2 * requests_per_sync

    ben.sync.sync_now()
    local_changes = anna.scalar("select count(*) from outbox")
    assert _applied_on_server(devices, anna.office.database.device_id) == local_changes
    assert anna.rows("clients") == ben.rows("clients")
    assert ben.client(client_id).notes == f"Stand {requests_per_sync - 1} cut_after"


def test_a_retried_request_is_repaired_within_the_same_sync(devices: DeviceFactory) -> None:
    with FaultProxy(devices.server.url) as proxy:
        anna = devices.create("anna", server_url=proxy.url)  # default: retries on
        anna.add_client("Amina", "Yilmaz")
        proxy.reset(lambda i, _m, _p: "cut_after" if i == 0 else "pass")
        report = anna.sync.sync_now()
    assert report.pushed >= 3 and anna.pending() == 0
    local_changes = anna.scalar("select count(*) from outbox")
    assert _applied_on_server(devices, anna.office.database.device_id) == local_changes


def test_the_same_batch_sent_twice_is_applied_once(devices: DeviceFactory) -> None:
    anna = devices.create("anna")
    anna.add_client("Amina", "Yilmaz")
    with anna.office.database.engine.connect() as conn:
        ops = load_ops(conn, after_seq=0, limit=1000)
    device_id = anna.office.database.device_id
    token = anna.scalar("select value from local_meta where key = 'sync_device_token'")
    with SyncTransport(devices.server.url, token=token) as transport:
        first = transport.push(device_id, ops)
        second = transport.push(device_id, ops)
    assert {r["status"] for r in first["results"]} == {"applied"}
    assert {r["status"] for r in second["results"]} == {"duplicate"}
    assert [r.get("version") for r in first["results"]] == [
        r.get("version") for r in second["results"]
    ]
    assert _applied_on_server(devices, device_id) == len(ops)
    anna.sync.sync_now()  # the device learns it all went through
    assert anna.pending() == 0
    assert _applied_on_server(devices, device_id) == len(ops)


def test_two_syncs_of_one_device_never_run_at_once(devices: DeviceFactory) -> None:
    anna = devices.create("anna")
    for number in range(30):
        anna.add_client("Person", f"Nummer {number}")
    started, release = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def slow_progress(phase: str, _done: int, _total: int) -> None:
        if phase == "push" and not started.is_set():
            started.set()
            release.wait(10)

    def first() -> None:
        outcome["first"] = anna.sync.sync_now(slow_progress)

    worker = threading.Thread(target=first)
    worker.start()
    assert started.wait(10)
    with pytest.raises(SyncAlreadyRunning) as refused:
        anna.sync.sync_now()
    assert "läuft bereits" in str(refused.value)
    release.set()
    worker.join(30)
    assert outcome["first"].pushed >= 32  # type: ignore[attr-defined]
    # A second sync that waits runs after the first one.
    assert anna.sync.sync_now(wait_s=5).pushed == 0
    device_id = anna.office.database.device_id
    assert _applied_on_server(devices, device_id) == anna.scalar("select count(*) from outbox")
