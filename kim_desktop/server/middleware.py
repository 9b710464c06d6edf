"""ASGI middleware of every request: server time, protocol check, device clock, body size limit.

Runs outside FastAPI, so a refused request never reaches a route (and changes nothing): an
old protocol is refused before authentication, an oversized body before it is parsed (a
declared ``Content-Length`` over the limit is refused without reading the body at all).
The device's clock skew (``X-KIM-Device-Time`` against the server's clock, taken when the
request arrives) is handed to the routes as ``request.state.device_clock_skew``.
"""

from __future__ import annotations

import json
from typing import Any

from kim_desktop.server import errors
from kim_desktop.server.clock import parse_device_time, server_time_header, skew_seconds
from kim_desktop.sync.protocol import (
    API_PREFIX,
    HEADER_DEVICE_TIME,
    HEADER_PROTOCOL,
    HEADER_SCHEMA,
    HEADER_SERVER_TIME,
    OLDEST_ACCEPTED_PROTOCOL,
    PROTOCOL_VERSION,
)

Scope = dict[str, Any]
Message = dict[str, Any]
# Endpoints a monitoring probe may call without the protocol headers.
HEADERS_OPTIONAL = (f"{API_PREFIX}/health",)
DRAIN_BYTES = 1024 * 1024
SKEW_STATE = "device_clock_skew"  # request.state attribute: seconds, None if not sent


class ProtocolMiddleware:
    def __init__(self, app: Any, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_time(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((HEADER_SERVER_TIME.lower().encode(), server_time_header().encode()))
                message = {**message, "headers": headers}
            await send(message)

        headers = {key.decode("latin-1").lower(): value for key, value in scope["headers"]}
        refusal = _protocol_refusal(scope["path"], headers)
        if refusal is None:
            skew, refusal = _device_clock(scope["path"], headers)
            scope.setdefault("state", {})[SKEW_STATE] = skew
        if refusal is not None:
            # Refused by its headers: read (a little of) the body first, or a client still
            # sending it may see a reset connection instead of the answer.
            await _drain(receive, {"more_body": True}, DRAIN_BYTES)
            await _send_error(send_with_time, refusal)
            return
        refusal = _declared_size_refusal(headers, self.max_body_bytes)
        if refusal is not None:
            await _send_error(send_with_time, refusal)
            return
        body, refusal = await _read_body(receive, self.max_body_bytes)
        if refusal is not None:
            await _send_error(send_with_time, refusal)
            return
        await self.app(scope, _replay(body, receive), send_with_time)


def _protocol_refusal(path: str, headers: dict[str, bytes]) -> errors.ApiError | None:
    if not path.startswith(API_PREFIX + "/"):
        return None
    raw = headers.get(HEADER_PROTOCOL.lower())
    if raw is None:
        if path in HEADERS_OPTIONAL:
            return None
        return errors.malformed(f"Die Kopfzeile {HEADER_PROTOCOL} fehlt.")
    try:
        version = int(raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return errors.malformed(f"Die Kopfzeile {HEADER_PROTOCOL} muss eine ganze Zahl sein.")
    if version < OLDEST_ACCEPTED_PROTOCOL:
        return errors.protocol_outdated(version, OLDEST_ACCEPTED_PROTOCOL)
    if version > PROTOCOL_VERSION:
        return errors.malformed(
            f"Der Sync-Server kennt Protokollversion {version} noch nicht (höchstens "
            f"{PROTOCOL_VERSION}). Bitte den Sync-Server aktualisieren."
        )
    if path not in HEADERS_OPTIONAL and not headers.get(HEADER_SCHEMA.lower(), b"").strip():
        return errors.malformed(f"Die Kopfzeile {HEADER_SCHEMA} fehlt.")
    return None


def _device_clock(
    path: str, headers: dict[str, bytes]
) -> tuple[float | None, errors.ApiError | None]:
    """The device's clock skew in seconds, or the refusal of a missing/unreadable time."""
    if not path.startswith(API_PREFIX + "/"):
        return None, None
    raw = headers.get(HEADER_DEVICE_TIME.lower())
    if raw is None:
        if path in HEADERS_OPTIONAL:
            return None, None
        return None, errors.malformed(f"Die Kopfzeile {HEADER_DEVICE_TIME} fehlt.")
    device_time = parse_device_time(raw.decode("latin-1"))
    if device_time is None:
        return None, errors.malformed(
            f"Die Kopfzeile {HEADER_DEVICE_TIME} muss ein Zeitpunkt nach ISO 8601 sein "
            "(z. B. 2025-03-01T10:00:00Z)."
        )
    return skew_seconds(device_time), None


def _declared_size_refusal(headers: dict[str, bytes], limit: int) -> errors.ApiError | None:
    raw = headers.get("content-length")
    if raw is None:
        return None
    try:
        length = int(raw)
    except ValueError:
        return errors.malformed("Content-Length ist keine Zahl.")
    return errors.too_large(limit) if length > limit else None


async def _read_body(receive: Any, limit: int) -> tuple[bytes, errors.ApiError | None]:
    """The whole body, or a refusal as soon as it grows over ``limit``."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"", None  # disconnected: the app sees the disconnect when it reads
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            await _drain(receive, message, DRAIN_BYTES)
            return b"", errors.too_large(limit)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks), None


async def _drain(receive: Any, message: Message, budget: int) -> None:
    """Read a little more of a refused body, so that a client still sending it can read
    the answer instead of a reset connection; beyond ``budget`` the connection closes."""
    while message.get("more_body", False) and budget > 0:
        message = await receive()
        if message["type"] != "http.request":
            return
        budget -= len(message.get("body", b""))


def _replay(body: bytes, receive: Any) -> Any:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _send_error(send: Any, error: errors.ApiError) -> None:
    payload = json.dumps(error.body(), ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": error.status,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(payload)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})
