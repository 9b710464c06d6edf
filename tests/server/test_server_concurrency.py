"""Concurrent pushes: seqs become visible in order, so a reader never skips a change."""

from __future__ import annotations

import threading

from sqlalchemy import func, select
from sync_server_helpers import Device, client_fields, new_id

from kim_desktop.server.embedded import ServerThread
from kim_desktop.server.schema import change_log
from kim_desktop.server.store import Store

WRITERS = 4
BATCHES = 12
OPS_PER_BATCH = 20


def test_concurrent_pushes_leave_no_gap_a_reader_could_skip(
    server: ServerThread, store_url: str
) -> None:
    writers = [Device(server, login) for login in ("anna", "ben", "admin", "anna")]
    reader = Device(server, "ben")
    inserted: list[str] = []
    inserted_lock = threading.Lock()
    done = threading.Event()
    failures: list[str] = []

    def write(device: Device) -> None:
        try:
            for _ in range(BATCHES):
                ids = [new_id() for _ in range(OPS_PER_BATCH)]
                answer = device.push(
                    [device.op("insert", "clients", rid, client_fields()) for rid in ids]
                )
                assert all(r["status"] == "applied" for r in answer["results"])
                with inserted_lock:
                    inserted.extend(ids)
        except BaseException as error:  # reported by the main thread
            failures.append(repr(error))

    received: set[str] = set()
    prefixes: list[tuple[int, int]] = []

    def read() -> None:
        cursor = 0
        watcher = Store(store_url)
        try:
            while True:
                finished = done.is_set()
                page = reader.http.get("/v1/pull", params={"after": cursor, "limit": 50}).json()
                seqs = [c["seq"] for c in page["changes"]]
                if seqs != sorted(seqs) or (seqs and seqs[0] <= cursor):
                    failures.append(f"page out of order after {cursor}: {seqs}")
                received.update(c["record_id"] for c in page["changes"])
                cursor = page["cursor"]
                with watcher.read() as conn:
                    prefixes.append(
                        tuple(
                            conn.execute(
                                select(func.coalesce(func.max(change_log.c.seq), 0), func.count())
                            ).one()
                        )  # type: ignore[arg-type]
                    )
                if finished and not page["more"]:
                    return
        except BaseException as error:
            failures.append(repr(error))
        finally:
            watcher.dispose()

    threads = [threading.Thread(target=write, args=(device,)) for device in writers]
    reading = threading.Thread(target=read)
    reading.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    done.set()
    reading.join(timeout=300)

    assert failures == []
    assert len(inserted) == WRITERS * BATCHES * OPS_PER_BATCH
    # What the reader collected page by page while the writers ran is everything.
    assert received == set(inserted)
    # Every snapshot showed a gap-free prefix of the seqs: max(seq) == count(*).
    assert len(prefixes) > 3
    assert all(highest == count for highest, count in prefixes), [
        p for p in prefixes if p[0] != p[1]
    ]
    for device in [*writers, reader]:
        device.close()


def test_two_concurrent_pushes_of_one_device_apply_once(server: ServerThread) -> None:
    device = Device(server, "anna")
    ops = [device.op("insert", "clients", new_id(), client_fields()) for _ in range(200)]
    answers: list[dict] = []

    def send() -> None:
        answers.append(device.push(ops))

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    statuses = sorted(tuple({r["status"] for r in answer["results"]}) for answer in answers)
    assert statuses == [("applied",), ("duplicate",)]
    with server.store.read() as conn:
        assert conn.execute(select(func.count()).select_from(change_log)).scalar_one() == 200
    device.close()
