"""Enrolment, authentication and refused requests: precise 4xx answers that change nothing."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select
from sync_server_helpers import PROTOCOL_HEADERS, Device, client_fields, new_id

from kim_desktop.server.embedded import ServerThread
from kim_desktop.server.schema import change_log, devices, op_results, records
from kim_desktop.sync.protocol import HEADER_SERVER_TIME, OLDEST_ACCEPTED_PROTOCOL


def _row_counts(server: ServerThread) -> dict[str, int]:
    with server.store.read() as conn:
        return {
            table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (records, change_log, op_results)
        }


def _enrol(server: ServerThread, code: str, device_id: str = "laptop1") -> httpx.Response:
    return httpx.post(
        f"{server.url}/v1/enrol",
        headers=PROTOCOL_HEADERS,
        json={"code": code, "device_name": "Laptop", "device_id": device_id},
    )


def test_an_enrolment_code_works_once(server: ServerThread) -> None:
    code = server.admin.issue_enrolment_code("anna")
    first = _enrol(server, code.lower())  # typed in lower case: still the code
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["account"] == {
        "login": "anna",
        "display_name": "Anna Becker",
        "role": "case_manager",
        "municipalities": ["troisdorf"],
    }
    assert body["cursor"] == 0 and body["server_id"] and len(body["device_token"]) >= 40
    again = _enrol(server, code, device_id="laptop2")
    assert again.status_code == 401
    assert again.json()["error"] == "unauthorised"
    assert "schon verwendet" in again.json()["message"]
    assert [d.device_id for d in server.admin.list_devices()] == ["laptop1"]


def test_an_expired_enrolment_code_is_refused(server: ServerThread) -> None:
    code = server.admin.issue_enrolment_code("anna", valid_for=timedelta(seconds=-1))
    answer = _enrol(server, code)
    assert answer.status_code == 401
    assert "abgelaufen" in answer.json()["message"]
    assert server.admin.list_devices() == []


def test_the_server_stores_only_hashes_of_codes_and_tokens(server: ServerThread) -> None:
    code = server.admin.issue_enrolment_code("anna")
    token = _enrol(server, code).json()["device_token"]
    with server.store.read() as conn:
        stored = conn.execute(select(devices.c.token_hash)).scalar_one()
    assert token not in stored and len(stored) == 64


def test_unknown_and_revoked_devices_get_401(server: ServerThread) -> None:
    device = Device(server, "anna")
    unknown = httpx.get(
        f"{server.url}/v1/pull",
        headers={**PROTOCOL_HEADERS, "Authorization": "Bearer not-a-token"},
    )
    assert unknown.status_code == 401 and unknown.json()["error"] == "unauthorised"
    missing = httpx.get(f"{server.url}/v1/pull", headers=PROTOCOL_HEADERS)
    assert missing.status_code == 401 and missing.json()["error"] == "unauthorised"

    assert device.http.get("/v1/pull").status_code == 200
    server.admin.revoke_device(device.device_id)
    refused = device.http.post(
        "/v1/push",
        json={
            "device_id": device.device_id,
            "ops": [device.op("insert", "clients", new_id(), client_fields())],
        },
    )
    assert refused.status_code == 401
    assert refused.json()["error"] == "revoked"
    assert "widerrufen" in refused.json()["message"]
    assert _row_counts(server)["records"] == 0
    device.close()


def test_an_old_protocol_is_refused_with_426(server: ServerThread) -> None:
    device = Device(server, "anna")
    old = str(OLDEST_ACCEPTED_PROTOCOL - 1)
    answer = device.http.post(
        "/v1/push",
        headers={"X-KIM-Protocol": old},
        json={
            "device_id": device.device_id,
            "ops": [device.op("insert", "clients", new_id(), client_fields())],
        },
    )
    assert answer.status_code == 426
    assert answer.json()["error"] == "protocol_outdated"
    assert "Bitte aktualisieren Sie KIM Desktop" in answer.json()["message"]
    assert answer.headers[HEADER_SERVER_TIME].endswith("Z")
    assert _row_counts(server)["records"] == 0
    previous = device.http.get(
        "/v1/pull", headers={"X-KIM-Protocol": str(OLDEST_ACCEPTED_PROTOCOL)}
    )
    assert previous.status_code == 200  # the previous version is still accepted
    no_header = httpx.get(
        f"{server.url}/v1/pull", headers={"Authorization": f"Bearer {device.token}"}
    )
    assert no_header.status_code == 400 and no_header.json()["error"] == "malformed"
    device.close()


def test_every_answer_carries_the_server_time(server: ServerThread) -> None:
    for path in ("/v1/health", "/openapi.json", "/v1/pull", "/nowhere"):
        answer = httpx.get(f"{server.url}{path}", headers=PROTOCOL_HEADERS)
        assert answer.headers[HEADER_SERVER_TIME].endswith("Z"), path


def test_an_oversized_body_gets_413_before_it_is_parsed(store_url: str) -> None:
    with ServerThread(store_url, max_body_bytes=2000) as server:
        server.admin.create_account("anna", "Anna", "case_manager", ["troisdorf"])
        device = Device(server, "anna")
        ops = [device.op("insert", "clients", new_id(), client_fields()) for _ in range(10)]
        answer = device.http.post("/v1/push", json={"device_id": device.device_id, "ops": ops})
        assert answer.status_code == 413
        assert answer.json()["error"] == "too_large"
        assert answer.json()["detail"] == {"max_body_bytes": 2000}

        # A body sent in chunks, without a declared length, is cut off as well.
        def chunks():  # type: ignore[no-untyped-def]
            for _ in range(10):
                yield b" " * 500

        chunked = device.http.post(
            "/v1/push", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert chunked.status_code == 413
        assert _row_counts(server) == {"records": 0, "change_log": 0, "op_results": 0}
        # The limit counts bytes, not ops: a small push still passes.
        small = device.push([device.op("insert", "clients", new_id(), {"first_name": "A"}, seq=1)])
        assert small["results"][0]["status"] == "applied"
        device.close()


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        (b"{not json", 400, "malformed"),
        (b'{"device_id": "x"}', 422, "invalid"),
        (b'{"device_id": "DEV", "ops": [{"seq": "one"}]}', 422, "invalid"),
        (
            b'{"device_id": "DEV", "ops": ['
            b'{"seq": 2, "change_id": "a", "op": "insert", "table": "clients", "record_id": "r1",'
            b' "base_version": 0, "fields": {}, "hlc": "h", "user_login": null},'
            b'{"seq": 1, "change_id": "b", "op": "insert", "table": "clients", "record_id": "r2",'
            b' "base_version": 0, "fields": {}, "hlc": "h", "user_login": null}]}',
            422,
            "invalid",
        ),
    ],
)
def test_malformed_pushes_are_refused_and_change_nothing(
    server: ServerThread, body: bytes, status: int, error: str
) -> None:
    device = Device(server, "anna")
    answer = device.http.post(
        "/v1/push",
        content=body.replace(b"DEV", device.device_id.encode()),
        headers={"Content-Type": "application/json"},
    )
    assert answer.status_code == status, answer.text
    assert answer.json()["error"] == error
    assert answer.json()["message"]
    assert _row_counts(server) == {"records": 0, "change_log": 0, "op_results": 0}
    assert server.admin.list_devices()[0].last_applied_seq == 0
    device.close()


def test_a_device_cannot_push_for_another(server: ServerThread) -> None:
    anna, ben = Device(server, "anna"), Device(server, "ben")
    answer = anna.http.post(
        "/v1/push",
        json={
            "device_id": ben.device_id,
            "ops": [anna.op("insert", "clients", new_id(), client_fields())],
        },
    )
    assert answer.status_code == 403 and answer.json()["error"] == "forbidden"
    assert _row_counts(server)["records"] == 0
    anna.close()
    ben.close()


def test_coordinators_use_the_feed_not_the_pull(server: ServerThread) -> None:
    kora, anna = Device(server, "kora"), Device(server, "anna")
    assert kora.http.get("/v1/pull").status_code == 403
    assert kora.http.get("/v1/checksums").status_code == 403
    assert kora.http.get("/v1/conflicts").status_code == 403
    assert anna.http.get("/v1/coordinator/feed").status_code == 403
    assert kora.http.get("/v1/coordinator/feed").status_code == 200
    kora.close()
    anna.close()


def test_the_openapi_document_describes_the_api(server: ServerThread) -> None:
    answer = httpx.get(f"{server.url}/openapi.json")
    assert answer.status_code == 200
    paths = answer.json()["paths"]
    for path in (
        "/v1/health",
        "/v1/enrol",
        "/v1/push",
        "/v1/pull",
        "/v1/checksums",
        "/v1/conflicts",
        "/v1/conflicts/{conflict_id}/resolve",
        "/v1/coordinator/feed",
    ):
        assert path in paths, path
    assert httpx.get(f"{server.url}/docs").status_code == 200


def test_health_needs_no_token(server: ServerThread) -> None:
    answer = httpx.get(f"{server.url}/v1/health")
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok" and answer.json()["protocol_version"] >= 1
