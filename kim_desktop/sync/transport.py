"""The HTTP side of the sync protocol: one method per endpoint of docs/SYNC_PROTOCOL.md.

Every request carries the protocol, schema and device-time headers (and the device token
once enrolled). TLS certificates are verified (optionally against the district's own CA
bundle). Errors become :mod:`kim_desktop.sync.errors` exceptions with German messages; each
answer's ``X-KIM-Server-Time`` updates :attr:`SyncTransport.clock_skew_seconds`.
Requests that change server state are safe to resend (push is exactly-once by ``seq``), so
a broken connection is retried a few times with a short back-off.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from kim_desktop.db.migrate import HEAD_REVISION
from kim_desktop.sync.errors import (
    CertificateRejected,
    ClientOutdated,
    DeviceRevoked,
    DeviceUnknown,
    ServerRefused,
    ServerUnreachable,
)
from kim_desktop.sync.protocol import (
    API_PREFIX,
    HEADER_DEVICE_TIME,
    HEADER_PROTOCOL,
    HEADER_SCHEMA,
    HEADER_SERVER_TIME,
    MAX_CLOCK_SKEW_SECONDS,
    PROTOCOL_VERSION,
    ConflictRecord,
    PullResponse,
    PushOp,
    PushResponse,
)

DEFAULT_TIMEOUT_S = 60.0
CONNECT_TIMEOUT_S = 10.0
DEFAULT_RETRIES = 2
RETRY_BACKOFF_S = 0.25


def _now() -> datetime:
    return datetime.now(UTC)


def normalise_server_url(url: str) -> str:
    """``https://host/`` → ``https://host`` (the API prefix is added per request)."""
    url = url.strip().rstrip("/")
    if url.endswith(API_PREFIX):
        url = url[: -len(API_PREFIX)]
    return url


class SyncTransport:
    """A connection to one sync server; use as a context manager or call :meth:`close`."""

    def __init__(
        self,
        server_url: str,
        *,
        token: str | None = None,
        ca_bundle: str | Path | None = None,
        schema_revision: str = HEAD_REVISION,
        protocol_version: int = PROTOCOL_VERSION,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        retries: int = DEFAULT_RETRIES,
        device_clock: Callable[[], datetime] = _now,
    ) -> None:
        self.server_url = normalise_server_url(server_url)
        self._token = token
        self._schema = schema_revision
        self._protocol = protocol_version
        self._retries = retries
        self._device_clock = device_clock
        self.clock_skew_seconds: float | None = None
        verify: bool | ssl.SSLContext = True
        if ca_bundle:
            verify = ssl.create_default_context(cafile=str(ca_bundle))
        self._http = httpx.Client(
            base_url=self.server_url + API_PREFIX,
            verify=verify,
            timeout=httpx.Timeout(timeout_s, connect=CONNECT_TIMEOUT_S),
        )

    def __enter__(self) -> SyncTransport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    @property
    def skew_reportable(self) -> bool:
        """True when the device clock is off by more than the protocol tolerates."""
        return (
            self.clock_skew_seconds is not None
            and abs(self.clock_skew_seconds) > MAX_CLOCK_SKEW_SECONDS
        )

    # -- endpoints ------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        return self._call("GET", "/health", auth=False)

    def enrol(self, code: str, device_name: str, device_id: str) -> dict[str, Any]:
        body = {"code": code, "device_name": device_name, "device_id": device_id}
        return self._call("POST", "/enrol", json=body, auth=False)

    def push(self, device_id: str, ops: list[PushOp]) -> PushResponse:
        return self._call("POST", "/push", json={"device_id": device_id, "ops": ops})  # type: ignore[return-value]

    def pull(self, after: int, limit: int, table: str | None = None) -> PullResponse:
        params: dict[str, Any] = {"after": after, "limit": limit}
        if table is not None:
            params["table"] = table
        return self._call("GET", "/pull", params=params)  # type: ignore[return-value]

    def checksums(self) -> dict[str, Any]:
        return self._call("GET", "/checksums")

    def conflicts(self, status: str = "open") -> list[ConflictRecord]:
        answer = self._call("GET", "/conflicts", params={"status": status})
        if isinstance(answer, dict):
            return list(answer.get("conflicts", []))
        return list(answer)

    def resolve_conflict(self, conflict_id: str, value: Any, note: str = "") -> dict[str, Any]:
        body: dict[str, Any] = {"value": value}
        if note:
            body["note"] = note
        return self._call("POST", f"/conflicts/{conflict_id}/resolve", json=body)

    def coordinator_feed(self, after: int, limit: int) -> dict[str, Any]:
        return self._call("GET", "/coordinator/feed", params={"after": after, "limit": limit})

    # -- plumbing -------------------------------------------------------------------

    def _headers(self, auth: bool) -> dict[str, str]:
        headers = {
            HEADER_PROTOCOL: str(self._protocol),
            HEADER_SCHEMA: self._schema,
            HEADER_DEVICE_TIME: self._device_clock().isoformat(),
        }
        if auth and self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        return headers

    def _call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        auth: bool = True,
    ) -> Any:
        attempt = 0
        while True:
            try:
                response = self._http.request(
                    method, path, json=json, params=params, headers=self._headers(auth)
                )
                break
            except httpx.ConnectError as exc:
                if _is_certificate_error(exc):
                    raise CertificateRejected() from exc
                reason = "keine Verbindung"
                error: Exception = exc
            except httpx.TimeoutException as exc:
                reason, error = "Zeitüberschreitung", exc
            except httpx.TransportError as exc:
                reason, error = "Verbindung abgebrochen", exc
            attempt += 1
            if attempt > self._retries:
                raise ServerUnreachable(reason) from error
            time.sleep(RETRY_BACKOFF_S * attempt)
        self._observe_server_time(response)
        if response.status_code >= 400:
            raise _refusal(response)
        try:
            return response.json()
        except ValueError as exc:
            raise ServerRefused(response.status_code, "malformed_answer", "") from exc

    def _observe_server_time(self, response: httpx.Response) -> None:
        stamp = response.headers.get(HEADER_SERVER_TIME)
        if not stamp:
            return
        try:
            server_time = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            return
        if server_time.tzinfo is None:
            server_time = server_time.replace(tzinfo=UTC)
        self.clock_skew_seconds = (self._device_clock() - server_time).total_seconds()


def _is_certificate_error(exc: Exception) -> bool:
    text = str(exc)
    return "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text


def _refusal(response: httpx.Response) -> ServerRefused:
    try:
        body = response.json()
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    error = str(body.get("error", ""))
    message = str(body.get("message", ""))
    detail = body.get("detail")
    if response.status_code == 401:
        return DeviceRevoked(message) if error == "revoked" else DeviceUnknown(message)
    if response.status_code == 426 or error == "protocol_outdated":
        return ClientOutdated(message)
    return ServerRefused(response.status_code, error, message, detail)
