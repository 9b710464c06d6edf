"""Push throughput of the sync server on SQLite and on PostgreSQL.

A fresh server (``kim_desktop.server.embedded.ServerThread``) on 127.0.0.1 with an empty
store; one enrolled device pushes 10,000 operations (4,000 new clients, 4,000 new
consultations of those clients, 2,000 edits of clients) in batches of 1,000 over HTTP with
httpx (request bodies encoded beforehand). Reported: operations per second from the first
request to the last answer (HTTP, JSON, validation, merge, commit and the answers), a lower
bound of the server's own rate since client and server share the machine. PostgreSQL must be running
(``KIM_TEST_POSTGRES_URL``, default ``postgres@127.0.0.1:5432``); a database is created and
dropped for the run.
"""

from __future__ import annotations

import json
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.common import Figure

OPS = 10_000
BATCH = 1_000
TARGET_OPS_PER_S = 5_000.0
HEADERS = {"X-KIM-Protocol": "1", "X-KIM-Schema": "0005"}


def _ops(device_id: str) -> list[dict[str, Any]]:
    clients = [str(uuid.uuid4()) for _ in range(OPS * 2 // 5)]
    ops: list[dict[str, Any]] = []
    wall = 1_740_000_000_000

    def add(op: str, table: str, record_id: str, base: int, fields: dict[str, Any]) -> None:
        nonlocal wall
        wall += 1
        ops.append(
            {
                "seq": len(ops) + 1,
                "change_id": str(uuid.uuid4()),
                "op": op,
                "table": table,
                "record_id": record_id,
                "base_version": base,
                "fields": fields,
                "hlc": f"{wall:013d}-00000-{device_id}",
                "user_login": "bench",
            }
        )

    for number, client in enumerate(clients):
        add("insert", "clients", client, 0, {
            "file_number": f"KIM-{number:06d}", "first_name": "Vorname", "last_name": "Nachname",
            "birth_date": "1985-01-01", "gender": "female", "municipality_code": "troisdorf",
            "street": "Straße 1", "postal_code": "53840", "city": "Troisdorf", "phone": "",
            "email": "", "notes": "", "interpreter_needed": False, "languages": ["de"],
        })  # fmt: skip
    for client in clients:
        add("insert", "consultations", str(uuid.uuid4()), 0, {
            "client_id": client, "case_manager_id": "u1", "municipality_code": "troisdorf",
            "held_on": "2025-02-03", "duration_minutes": 45, "mode": "in_person",
            "consultation_type": "one_time", "language_mediation": "none", "notes": "",
            "topics": ["language", "work"],
        })  # fmt: skip
    for client in clients[: OPS - len(ops)]:
        add("update", "clients", client, 1, {"phone": "0176 000"})
    return ops


def _push_rate(db_url: str) -> float:
    import httpx

    from kim_desktop.server.embedded import ServerThread

    with ServerThread(db_url) as server:
        server.admin.create_account("bench", "Bench", "case_manager", ["troisdorf"])
        code = server.admin.issue_enrolment_code("bench")
        headers = {**HEADERS, "X-KIM-Device-Time": datetime.now(UTC).isoformat()}
        with httpx.Client(base_url=server.url, headers=headers, timeout=120) as http:
            enrolled = http.post(
                "/v1/enrol", json={"code": code, "device_name": "bench", "device_id": "bench1"}
            ).json()
            http.headers["Authorization"] = f"Bearer {enrolled['device_token']}"
            ops = _ops("bench1")
            bodies = [
                json.dumps({"device_id": "bench1", "ops": ops[start : start + BATCH]}).encode()
                for start in range(0, len(ops), BATCH)
            ]  # encoded beforehand: the client's JSON encoding is not the server's work
            started = time.perf_counter()
            for body in bodies:
                answer = http.post(
                    "/v1/push", content=body, headers={"Content-Type": "application/json"}
                )
                answer.raise_for_status()
                statuses = {result["status"] for result in answer.json()["results"]}
                if statuses != {"applied"}:
                    raise RuntimeError(f"unexpected push results: {statuses}")
            elapsed = time.perf_counter() - started
    return len(ops) / elapsed


@contextmanager
def _sqlite_url() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="kim-bench-sync-") as tmp:
        yield f"sqlite:///{Path(tmp) / 'sync.db'}"


def _figure(name: str, urls: Any) -> list[Figure]:
    try:
        with urls() as url:
            rate = _push_rate(url)
    except Exception as error:  # reported as missed, with the reason
        print(f"note: {name}: {error.__class__.__name__}: {error}", flush=True)
        return [Figure(name, 0.0, "ops/s", ">=", TARGET_OPS_PER_S, missed=True)]
    return [Figure(name, rate, "ops/s", ">=", TARGET_OPS_PER_S)]


def sync_server_ops_per_s_sqlite() -> list[Figure]:
    return _figure("sync_server_ops_per_s_sqlite", _sqlite_url)


def sync_server_ops_per_s_postgres() -> list[Figure]:
    from kim_desktop.server.testing import fresh_postgres_url

    return _figure("sync_server_ops_per_s_postgres", lambda: fresh_postgres_url("kim_bench"))


BENCHMARKS = {
    "sync_server_ops_per_s_sqlite": sync_server_ops_per_s_sqlite,
    "sync_server_ops_per_s_postgres": sync_server_ops_per_s_postgres,
}
