"""X-KIM-Device-Time: refused when missing or unreadable; the device's clock skew is kept."""

from __future__ import annotations

import socket
import time
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import httpx
import pytest
from sync_server_helpers import PROTOCOL_HEADERS, Device, client_fields, new_id

from kim_desktop.server.embedded import ServerThread
from kim_desktop.server.schema import records
from kim_desktop.sync.protocol import HEADER_DEVICE_TIME


def _record_count(server: ServerThread) -> int:
    with server.store.read() as conn:
        return len(conn.execute(records.select()).all())


def _skew_of(server: ServerThread, device: Device) -> float | None:
    (info,) = [d for d in server.admin.list_devices() if d.device_id == device.device_id]
    return info.clock_skew_seconds


@pytest.mark.parametrize("value", ["gestern", "2025-03-01", "1740000000", "2025-13-01T10:00:00Z"])
def test_an_unreadable_device_time_is_refused_and_changes_nothing(
    server: ServerThread, value: str
) -> None:
    device = Device(server, "anna")
    answer = device.http.post(
        "/v1/push",
        headers={HEADER_DEVICE_TIME: value},
        json={
            "device_id": device.device_id,
            "ops": [device.op("insert", "clients", new_id(), client_fields())],
        },
    )
    assert answer.status_code == 400
    assert answer.json()["error"] == "malformed"
    assert "ISO 8601" in answer.json()["message"]
    assert _record_count(server) == 0
    device.close()


def test_a_device_still_sending_its_body_reads_the_refusal(server: ServerThread) -> None:
    """Refused by its headers while the body is still on its way: the answer arrives, not a
    reset connection (the server reads the body before it answers and closes)."""
    address = urlsplit(server.url)
    body = b"{" + b" " * 200_000 + b"}"
    head = "".join(
        [
            "POST /v1/push HTTP/1.1\r\n",
            f"Host: {address.hostname}\r\n",
            *(f"{k}: {v}\r\n" for k, v in PROTOCOL_HEADERS.items() if k != HEADER_DEVICE_TIME),
            f"{HEADER_DEVICE_TIME}: gestern\r\n",
            "Content-Type: application/json\r\n",
            f"Content-Length: {len(body)}\r\n\r\n",
        ]
    )
    with socket.create_connection((address.hostname, address.port), timeout=10) as connection:
        connection.sendall(head.encode("latin-1"))
        time.sleep(0.3)  # the server has long decided by now
        for start in range(0, len(body), 16_384):
            connection.sendall(body[start : start + 16_384])
        answer = b""
        while chunk := connection.recv(65_536):
            answer += chunk
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line.startswith(b"HTTP/1.1 400")
    assert b"ISO 8601" in rest
    assert _record_count(server) == 0


def test_a_missing_device_time_is_refused_except_for_the_health_probe(
    server: ServerThread,
) -> None:
    device = Device(server, "anna")
    headers = {k: v for k, v in PROTOCOL_HEADERS.items() if k != HEADER_DEVICE_TIME}
    headers["Authorization"] = f"Bearer {device.token}"
    answer = httpx.get(f"{server.url}/v1/pull", headers=headers)
    assert answer.status_code == 400 and answer.json()["error"] == "malformed"
    assert HEADER_DEVICE_TIME in answer.json()["message"]
    assert httpx.get(f"{server.url}/v1/health").status_code == 200
    device.close()


def test_the_last_observed_skew_is_kept_per_device(server: ServerThread) -> None:
    ahead = Device(server, "anna")
    behind = Device(server, "ben")
    # Enrolment already notes the (fixed, long past) time of the test headers.
    assert _skew_of(server, ahead) < -3600

    ten_minutes_ahead = (datetime.now(UTC) + timedelta(minutes=10)).isoformat()
    assert (
        ahead.http.get("/v1/pull", headers={HEADER_DEVICE_TIME: ten_minutes_ahead}).status_code
        == 200
    )
    assert 598 < _skew_of(server, ahead) <= 600

    # Local time with an offset, 42 s behind: converted to UTC before comparing.
    local = datetime.now(UTC).astimezone(UTC).replace(tzinfo=None) - timedelta(seconds=42)
    with_offset = (local + timedelta(hours=2)).isoformat() + "+02:00"
    assert (
        behind.http.get("/v1/conflicts", headers={HEADER_DEVICE_TIME: with_offset}).status_code
        == 200
    )
    assert -44 < _skew_of(server, behind) <= -42
    assert 598 < _skew_of(server, ahead) <= 600  # the other device keeps its own

    # The clock was set right: the next request replaces the stored skew.
    now = datetime.now(UTC).isoformat()
    assert ahead.http.get("/v1/pull", headers={HEADER_DEVICE_TIME: now}).status_code == 200
    assert abs(_skew_of(server, ahead)) < 2
    ahead.close()
    behind.close()
