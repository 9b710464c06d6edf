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


def server_time_header() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
