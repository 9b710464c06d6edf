"""Server-side records in memory during one push: loading, scope derivation, writing back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, select

from kim_desktop.server.bulk import JsonText, among, bulk_insert, json_text
from kim_desktop.server.schema import records
from kim_desktop.server.tables import (
    CASE_CHILD_TABLES,
    CASE_TABLE,
    CLIENT_ID_TABLES,
    CLIENT_SCOPED_TABLES,
    CLIENT_TABLE,
    USERS_TABLE,
)

# Per field: the last change that set it, [version, device_id, hlc, login]. Stored compactly
# as {"s": {version: [device_id, hlc, login]}, "f": {field: version}} (one stamp per version).
FieldMeta = list[Any]
IN_CHUNK = 1000


def pack_meta(field_meta: dict[str, FieldMeta]) -> dict[str, Any]:
    stamps: dict[int, list[Any]] = {}  # int keys: JSON writes them as strings
    versions: dict[str, int] = {}
    for name, meta in field_meta.items():
        version = meta[0]
        versions[name] = version
        if version not in stamps:
            stamps[version] = meta[1:]
    return {"s": stamps, "f": versions}


_FIELD_VERSIONS_ONE: dict[tuple[str, ...], str] = {}
MAX_CACHED_FIELD_SETS = 1024


def packed_insert_meta(fields: dict[str, Any], stamp: list[Any]) -> JsonText:
    """``pack_meta`` of a new record (every field at version 1) as JSON text, built from a
    cached ``{"field": 1, ...}`` per field set instead of encoding a fresh dict per record."""
    names = tuple(fields)
    versions = _FIELD_VERSIONS_ONE.get(names)
    if versions is None:
        versions = json_text(dict.fromkeys(names, 1))
        if len(_FIELD_VERSIONS_ONE) < MAX_CACHED_FIELD_SETS:  # bounded: devices choose the sets
            _FIELD_VERSIONS_ONE[names] = versions
    return JsonText('{"s":{"1":' + json_text(stamp[1:]) + '},"f":' + versions + "}")


def unpack_meta(packed: dict[str, Any] | None) -> dict[str, FieldMeta]:
    if not packed:
        return {}
    stamps = {int(version): [int(version), *stamp] for version, stamp in packed["s"].items()}
    return {name: stamps[version] for name, version in packed["f"].items()}


@dataclass(frozen=True)
class ParentScope:
    """What a record's scope needs of its client or case (without loading its fields)."""

    table: str
    record_id: str
    client_id: str | None
    municipality_code: str | None
    erased: bool


@dataclass
class RecordState:
    table: str
    record_id: str
    fields: dict[str, Any]
    field_meta: dict[str, FieldMeta]
    version: int = 0
    hlc: str = ""
    last_op: str = "insert"
    deleted: bool = False
    erased: bool = False
    scoped: bool = False
    client_id: str | None = None
    case_id: str | None = None
    municipality_code: str | None = None
    ref_user_id: str | None = None
    user_login: str | None = None
    last_seq: int = 0
    is_new: bool = True
    dirty: bool = False
    # field_meta already in its stored form (set by an insert, cleared by any other change)
    packed_meta: dict[str, Any] | JsonText | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.table, self.record_id)

    def row(self, now: datetime) -> dict[str, Any]:
        return {
            "fields": self.fields,
            "field_meta": self.packed_meta or pack_meta(self.field_meta),
            "version": self.version,
            "hlc": self.hlc,
            "last_op": self.last_op,
            "deleted": self.deleted,
            "erased": self.erased,
            "scoped": self.scoped,
            "client_id": self.client_id,
            "case_id": self.case_id,
            "municipality_code": self.municipality_code,
            "ref_user_id": self.ref_user_id,
            "user_login": self.user_login,
            "last_seq": self.last_seq,
            "updated_at": now,
        }


def _state_from_row(row: Any) -> RecordState:
    return RecordState(
        table=row.table_name,
        record_id=row.record_id,
        fields=dict(row.fields or {}),
        field_meta=unpack_meta(row.field_meta),
        version=row.version,
        hlc=row.hlc,
        last_op=row.last_op,
        deleted=row.deleted,
        erased=row.erased,
        scoped=row.scoped,
        client_id=row.client_id,
        case_id=row.case_id,
        municipality_code=row.municipality_code,
        ref_user_id=row.ref_user_id,
        user_login=row.user_login,
        last_seq=row.last_seq,
        is_new=False,
    )


class RecordCache:
    """The records one push touches, loaded in a few queries and written back in bulk."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.by_key: dict[tuple[str, str], RecordState] = {}
        self.parents: dict[tuple[str, str], ParentScope] = {}
        self._looked_up: set[str] = set()

    def load(self, record_ids: Iterable[str]) -> None:
        wanted = [rid for rid in set(record_ids) if rid and rid not in self._looked_up]
        self._looked_up.update(wanted)
        for start in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[start : start + IN_CHUNK]
            for row in self.conn.execute(
                select(records).where(among(self.conn, records.c.record_id, chunk))
            ):
                self.by_key.setdefault((row.table_name, row.record_id), _state_from_row(row))

    def load_parents(self, record_ids: Iterable[str]) -> None:
        """Scope columns of clients and cases that records of this push refer to."""
        wanted = sorted({rid for rid in record_ids if rid and rid not in self._looked_up})
        columns = (
            records.c.table_name,
            records.c.record_id,
            records.c.client_id,
            records.c.municipality_code,
            records.c.erased,
        )
        for start in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[start : start + IN_CHUNK]
            query = select(*columns).where(
                among(self.conn, records.c.record_id, chunk),
                records.c.table_name.in_((CLIENT_TABLE, CASE_TABLE)),
            )
            for row in self.conn.execute(query):
                self.parents[(row.table_name, row.record_id)] = ParentScope(*row)

    def scope_of(self, table: str, record_id: str | None) -> RecordState | ParentScope | None:
        """The client or case ``record_id``: its state if loaded, else its scope columns."""
        if not record_id:
            return None
        return self.by_key.get((table, record_id)) or self.parents.get((table, record_id))

    def load_where(self, condition: Any) -> list[RecordState]:
        """Load (and return) every record matching ``condition``; in-memory states win."""
        found = []
        for row in self.conn.execute(select(records).where(condition)):
            state = self.by_key.setdefault((row.table_name, row.record_id), _state_from_row(row))
            found.append(state)
        return found

    def get(self, table: str, record_id: str | None) -> RecordState | None:
        if not record_id:
            return None
        return self.by_key.get((table, record_id))

    def add(self, state: RecordState) -> None:
        self.by_key[state.key] = state

    def derive_scope(self, state: RecordState) -> None:
        """Client, case, municipality and the ids visibility needs, from the fields."""
        fields = state.fields
        state.scoped = state.table in CLIENT_SCOPED_TABLES
        state.case_id = fields.get("case_id") if state.table != CASE_TABLE else state.record_id
        if state.table == CLIENT_TABLE:
            state.client_id = state.record_id
            state.municipality_code = fields.get("municipality_code")
        elif state.table in CLIENT_ID_TABLES or state.table in CASE_CHILD_TABLES:
            if state.table in CLIENT_ID_TABLES:
                state.client_id = fields.get("client_id")
            else:
                case = self.scope_of(CASE_TABLE, fields.get("case_id"))
                state.client_id = case.client_id if case is not None else None
            client = self.scope_of(CLIENT_TABLE, state.client_id)
            if client is not None and client.municipality_code:
                state.municipality_code = client.municipality_code
            else:
                state.municipality_code = fields.get("municipality_code")
        else:
            state.client_id = None
            state.municipality_code = fields.get("municipality_code")
        if state.table == CASE_TABLE:
            state.ref_user_id = fields.get("case_manager_id")
        if state.table == USERS_TABLE:
            state.user_login = fields.get("login")

    def write_back(self, now: datetime, memo: dict[int, Any] | None = None) -> None:
        """Write every changed state: changed rows are replaced (delete + one bulk insert,
        which PostgreSQL runs as COPY) instead of one UPDATE statement per row."""
        rows = []
        replaced = []
        for state in self.by_key.values():
            if not state.dirty:
                continue
            rows.append({"record_id": state.record_id, "table_name": state.table, **state.row(now)})
            if not state.is_new:
                replaced.append(state.record_id)
            state.is_new = False
            state.dirty = False
        for start in range(0, len(replaced), IN_CHUNK):
            chunk = replaced[start : start + IN_CHUNK]
            self.conn.execute(delete(records).where(among(self.conn, records.c.record_id, chunk)))
        bulk_insert(self.conn, records, rows, memo)
