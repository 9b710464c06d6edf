"""Server time: naive UTC in the database, ISO-8601 with ``Z`` on the wire."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow_naive() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def iso_utc(value: datetime | None) -> str | None:
    """``2025-03-01T12:00:00.123456Z`` for a naive-UTC or aware datetime."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat() + "Z"


def parse_device_time(raw: str) -> datetime | None:
    """An ``X-KIM-Device-Time`` value as aware UTC; None if it is not an ISO-8601 time.

    A time without a UTC offset is taken as UTC (the protocol sends UTC).
    """
    text = raw.strip()
    if len(text) < len("2025-03-01T10:00") or text[4:5] != "-" or text[10:11] not in ("T", " "):
        return None  # a bare date or a number is no time stamp
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def skew_seconds(device_time: datetime) -> float:
    """How far the device's clock is ahead of the server's (negative: behind)."""
    return round((device_time - datetime.now(UTC)).total_seconds(), 3)


def server_time_header() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
