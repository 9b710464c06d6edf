"""What the conflict inbox and the list of rejected changes show, one row per entry.

Rows are built off the UI thread from the sync service's results plus, per record, the client
it belongs to (``services.record_refs``), so each row can name and open the client's file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.record_refs import RecordRef, resolve_records
from kim_desktop.sync.clock import HlcTimestamp


@dataclass(frozen=True)
class ConflictRow:
    conflict_id: str
    table: str
    record_id: str
    field: str
    base: Any
    mine: Any
    theirs: Any
    mine_by: str
    theirs_by: str
    mine_when: str  # ISO timestamp of the edit (from its clock value), "" if unknown
    theirs_when: str
    created_at: str
    resolved_at: str | None
    ref: RecordRef

    @property
    def client_id(self) -> str | None:
        return self.ref.client_id


@dataclass(frozen=True)
class RejectedRow:
    table: str
    record_id: str
    reason: str
    when: Any
    ref: RecordRef

    @property
    def client_id(self) -> str | None:
        return self.ref.client_id


def _first(obj: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        if hasattr(obj, name):
            return getattr(obj, name)
        if isinstance(obj, dict) and name in obj:
            return obj[name]
    return default


def _hlc(hlc: str | None) -> HlcTimestamp | None:
    if not hlc:
        return None
    try:
        return HlcTimestamp.decode(hlc)
    except (ValueError, IndexError):
        return None


def hlc_time(hlc: str | None) -> str:
    """The wall time of a hybrid logical clock value as ISO text ("" if none)."""
    stamp = _hlc(hlc)
    if stamp is None:
        return ""
    return datetime.fromtimestamp(stamp.wall_ms / 1000, UTC).isoformat()


def _is_mine(hlc: str | None, login: str, my_device: str, my_login: str) -> bool | None:
    """Whether this device made a change: its clock value names the device; the login is the
    fallback (one login may work on several devices)."""
    stamp = _hlc(hlc)
    if stamp is not None and stamp.device:
        return stamp.device == my_device
    if login:
        return login == my_login
    return None


def _conflict_row(
    conflict: Any, my_device: str, my_login: str, refs: dict[tuple[str, str], RecordRef]
) -> ConflictRow:
    table = _first(conflict, "table", "table_name", default="")
    record_id = _first(conflict, "record_id", default="")
    server_hlc = _first(conflict, "server_hlc")
    device_hlc = _first(conflict, "device_hlc")
    server_side = (
        _first(conflict, "server_value"),
        _first(conflict, "server_login", default="") or "",
        hlc_time(server_hlc),
    )
    device_side = (
        _first(conflict, "device_value"),
        _first(conflict, "device_login", default="") or "",
        hlc_time(device_hlc),
    )
    # The device side is the edit whose upload met the conflict: usually mine.
    mine, theirs = device_side, server_side
    if _is_mine(server_hlc, server_side[1], my_device, my_login) and not _is_mine(
        device_hlc, device_side[1], my_device, my_login
    ):
        mine, theirs = server_side, device_side
    return ConflictRow(
        conflict_id=str(_first(conflict, "conflict_id", "id")),
        table=table,
        record_id=record_id,
        field=_first(conflict, "field", default=""),
        base=_first(conflict, "base_value", "base"),
        mine=mine[0],
        theirs=theirs[0],
        mine_by=mine[1],
        theirs_by=theirs[1],
        mine_when=mine[2],
        theirs_when=theirs[2],
        created_at=str(_first(conflict, "created_at", default="") or ""),
        resolved_at=_first(conflict, "resolved_at"),
        ref=refs.get((table, record_id), RecordRef(table, record_id)),
    )


def conflict_rows(office: OfficeSession, conflicts: Iterable[Any]) -> list[ConflictRow]:
    conflicts = list(conflicts)
    keys = [
        (_first(c, "table", "table_name", default=""), _first(c, "record_id", default=""))
        for c in conflicts
    ]
    refs = resolve_records(office, keys)
    device, login = office.database.device_id, office.actor.login
    return [_conflict_row(conflict, device, login, refs) for conflict in conflicts]


def rejected_rows(office: OfficeSession, rejected: Iterable[Any]) -> list[RejectedRow]:
    entries = [tuple(entry) for entry in rejected]
    refs = resolve_records(office, [(entry[0], entry[1]) for entry in entries])
    return [
        RejectedRow(
            table=entry[0],
            record_id=entry[1],
            reason=entry[2],
            when=entry[3] if len(entry) > 3 else None,
            ref=refs[(entry[0], entry[1])],
        )
        for entry in entries
    ]
