"""Constants and data shapes of the sync protocol (docs/SYNC_PROTOCOL.md is the contract).

Plain Python only: the desktop must not need the server's dependencies to speak the protocol.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

PROTOCOL_VERSION = 1
OLDEST_ACCEPTED_PROTOCOL = PROTOCOL_VERSION - 1
API_PREFIX = "/v1"

HEADER_PROTOCOL = "X-KIM-Protocol"
HEADER_SCHEMA = "X-KIM-Schema"
HEADER_DEVICE_TIME = "X-KIM-Device-Time"
HEADER_SERVER_TIME = "X-KIM-Server-Time"

MAX_CLOCK_SKEW_SECONDS = 300
MAX_PUSH_OPS = 1000
DEFAULT_PULL_LIMIT = 1000
MAX_PULL_LIMIT = 5000
DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024

BUNDLE_MAGIC = b"KIMB1\n"

AGE_BANDS = ("0-17", "18-26", "27-39", "40-59", "60+")

OpKind = Literal["insert", "update", "delete", "restore", "erase"]
OpStatus = Literal["applied", "duplicate", "held", "rejected"]

# Field name used in a conflict row for an edit-versus-delete conflict.
DELETED_FIELD = "__deleted__"


class PushOp(TypedDict):
    seq: int
    change_id: str
    op: OpKind
    table: str
    record_id: str
    base_version: int
    fields: dict[str, Any]
    hlc: str
    user_login: str | None


class PushRequest(TypedDict):
    device_id: str
    ops: list[PushOp]


class OpResult(TypedDict, total=False):
    seq: int
    change_id: str
    status: OpStatus
    version: int
    reason: str
    conflicts: list[str]


class PushResponse(TypedDict):
    results: list[OpResult]
    last_applied_seq: int


class PulledChange(TypedDict):
    seq: int
    table: str
    record_id: str
    version: int
    op: OpKind
    fields: dict[str, Any]
    deleted: bool
    erased: bool
    hlc: str


class PullResponse(TypedDict):
    changes: list[PulledChange]
    cursor: int
    more: bool


class ConflictRecord(TypedDict):
    conflict_id: str
    table: str
    record_id: str
    field: str
    base_value: Any
    server_value: Any
    device_value: Any
    server_hlc: str
    device_hlc: str
    server_login: str | None
    device_login: str | None
    created_at: str
    resolved_at: str | None
    resolved_by: str | None


class ErrorBody(TypedDict, total=False):
    error: str
    message: str
    detail: Any
