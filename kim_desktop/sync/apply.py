"""Applying pulled changes to the local database (SYNC_PROTOCOL "Pull").

A page is applied inside one transaction that the caller also uses for the new cursor.
Each change carries the record's full current state and server version; applying is
idempotent by version (an older or equal version than the integrated one changes nothing
but a re-send of the same state), so a page applied twice leaves the same rows.
Records with pending local outbox entries are left alone: their upload merges on the
server, which then sends the merged state back.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Date, delete, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from kim_desktop.db.base import UtcDateTime, utcnow
from kim_desktop.db.models.local import OutboxEntry
from kim_desktop.sync.erase import erase_records
from kim_desktop.sync.protocol import PulledChange
from kim_desktop.sync.records import DERIVED, TableInfo, replicated_tables
from kim_desktop.sync.state import chunks, raise_server_versions, server_versions

_outbox = OutboxEntry.__table__
# Columns a pulled update leaves as they are. ``origin_device`` stays: it names the device
# that first stored the record here (taken from the clock of the first pulled state).
KEEP_ON_UPDATE = frozenset({"id", "origin_device"})


@dataclass
class ApplyResult:
    applied: int = 0
    skipped_pending: int = 0
    skipped_stale: int = 0
    erased: int = 0
    unknown_table: int = 0
    tables: set[str] = field(default_factory=set)

    def add(self, other: ApplyResult) -> None:
        self.applied += other.applied
        self.skipped_pending += other.skipped_pending
        self.skipped_stale += other.skipped_stale
        self.erased += other.erased
        self.unknown_table += other.unknown_table
        self.tables |= other.tables


def pending_record_ids(conn: Connection, record_ids: list[str]) -> set[str]:
    """Those of ``record_ids`` with an outbox entry not yet acknowledged by the server."""
    found: set[str] = set()
    for part in chunks(record_ids):
        found.update(
            conn.scalars(
                select(_outbox.c.record_id)
                .where(_outbox.c.acknowledged_at.is_(None), _outbox.c.record_id.in_(part))
                .distinct()
            )
        )
    return found


def apply_changes(conn: Connection, changes: list[PulledChange]) -> ApplyResult:
    """Apply one page of pulled changes; the caller owns the transaction."""
    result = ApplyResult()
    tables = replicated_tables()
    latest: dict[tuple[str, str], PulledChange] = {}
    for change in changes:  # one entry per record and page, but be lenient
        key = (change["table"], change["record_id"])
        if key not in latest or latest[key]["version"] <= change["version"]:
            latest[key] = change
    by_table: dict[str, list[PulledChange]] = defaultdict(list)
    erased: dict[str, list[str]] = defaultdict(list)
    for (table, record_id), change in latest.items():
        if table not in tables:
            result.unknown_table += 1
        elif change.get("erased") or change.get("op") == "erase":
            erased[table].append(record_id)
        else:
            by_table[table].append(change)

    for table, ids in erased.items():
        result.erased += erase_records(conn, table, ids)
        result.tables.add(table)

    pending = pending_record_ids(conn, [rid for _t, rid in latest])
    now = utcnow()
    for table, table_changes in by_table.items():
        info = tables[table]
        known = server_versions(conn, table, [c["record_id"] for c in table_changes])
        fresh: list[PulledChange] = []
        for change in table_changes:
            if change["record_id"] in pending:
                result.skipped_pending += 1
            elif change["version"] < known.get(change["record_id"], 0):
                result.skipped_stale += 1
            else:
                fresh.append(change)
        if not fresh:
            continue
        _upsert(conn, info, fresh, now)
        raise_server_versions(conn, table, {c["record_id"]: c["version"] for c in fresh})
        result.applied += len(fresh)
        result.tables.add(table)
    return result


def _row(info: TableInfo, change: PulledChange, now: datetime) -> dict[str, Any]:
    fields = change.get("fields") or {}
    row = info.row_values(fields, iso_dates=True)
    row.pop("deleted_at", None)
    if change.get("deleted"):
        stamp = fields.get("deleted_at")
        row["deleted_at"] = info.converters["deleted_at"](stamp) if stamp else now
    else:
        row["deleted_at"] = None
    hlc = change.get("hlc") or ""
    origin = _hlc_device(hlc)
    row.update(
        id=change["record_id"],
        version=change["version"],
        hlc=hlc,
        origin_device=origin[:32],
        updated_at=now,
    )
    derive = DERIVED.get(info.name)
    if derive is not None:
        row.update(derive(row))
    return row


def _hlc_device(hlc: str) -> str:
    """The device part of an encoded HLC (``<wall>-<counter>-<device>``), or ""."""
    parts = hlc.split("-", 2)
    return parts[2] if len(parts) == 3 else ""


def _upsert(conn: Connection, info: TableInfo, changes: list[PulledChange], now: datetime) -> None:
    rows = [_row(info, change, now) for change in changes]
    for column in info.unique_columns:
        _rename_unique_collisions(conn, info, rows, column)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(row))].append(row)
    for columns, group in groups.items():
        sql, order, processors = _upsert_statement(conn, info, (*columns, "created_at"))
        values = []
        for row in group:
            row["created_at"] = now
            value = [row[name] for name in order]
            for index, process in processors:
                value[index] = process(value[index])
            values.append(tuple(value))
        conn.exec_driver_sql(sql, values)  # type: ignore[arg-type]
    _replace_links(conn, info, changes)


_STATEMENTS: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...], list[Any]]] = {}


def _keep_text(info: TableInfo, name: str, process: Any) -> Any:
    """A column's converter, cheaper for what a page repeats.

    Date columns arrive as checked ISO text, which is what SQLite stores: kept as it is.
    Timestamps of a page are mostly one and the same object (the time of applying):
    converted once.
    """
    column_type = info.table.c[name].type
    if isinstance(column_type, Date):

        def date_text(value: Any) -> Any:
            return value if value is None or isinstance(value, str) else process(value)

        return date_text
    if isinstance(column_type, UtcDateTime):
        last: list[Any] = [None, None]

        def timestamp(value: Any) -> Any:
            if value is not last[0]:
                last[0], last[1] = value, process(value)
            return last[1]

        return timestamp
    return process


def _upsert_statement(
    conn: Connection, info: TableInfo, columns: tuple[str, ...]
) -> tuple[str, tuple[str, ...], list[Any]]:
    """SQL, parameter order and value converters of an upsert of ``columns`` (cached).

    Rows are bound with the columns' own converters, without SQLAlchemy's per-row work:
    an initial pull applies 100,000 records.
    """
    key = (info.name, columns)
    cached = _STATEMENTS.get(key)
    if cached is None:
        statement = sqlite_insert(info.table).values({name: None for name in columns})
        statement = statement.on_conflict_do_update(
            index_elements=["id"],
            set_={
                name: statement.excluded[name]
                for name in columns
                if name not in KEEP_ON_UPDATE and name != "created_at"
            },
        )
        compiled = statement.compile(dialect=conn.dialect)
        order = tuple(compiled.positiontup or ())
        processors = compiled._bind_processors
        converters = [
            (index, _keep_text(info, name, processors[name]))
            for index, name in enumerate(order)
            if processors.get(name) is not None
        ]
        cached = (str(compiled), order, converters)
        _STATEMENTS[key] = cached
    return cached


def _rename_unique_collisions(
    conn: Connection, info: TableInfo, rows: list[dict[str, Any]], column: str
) -> None:
    """A unique login/code held here by another record: keep it, rename the newcomer.

    Several rows of one page with the same value: the one already holding it here (else the
    first) keeps it.
    """
    by_value: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row.get(column):
            by_value[row[column]].append(row)
    if not by_value:
        return
    holders: dict[str, str] = {}
    for part in chunks(list(by_value)):
        for value, holder in conn.execute(
            select(info.table.c[column], info.table.c.id).where(info.table.c[column].in_(part))
        ):
            holders[value] = holder
    for value, candidates in by_value.items():
        holder = holders.get(value, candidates[0]["id"])
        for row in candidates:
            if row["id"] != holder:
                row[column] = f"{value}~{row['id'][-8:]}"
                if "active" in info.table.c:
                    row["active"] = False


def _replace_links(conn: Connection, info: TableInfo, changes: list[PulledChange]) -> None:
    for link in info.links.values():
        owners = [c for c in changes if link.key in (c.get("fields") or {})]
        if not owners:
            continue
        owner_ids = [c["record_id"] for c in owners]
        for part in chunks(owner_ids):
            conn.execute(delete(link.table).where(link.table.c[link.owner_column].in_(part)))
        rows = [
            {link.owner_column: c["record_id"], link.target_column: target}
            for c in owners
            for target in dict.fromkeys(c["fields"][link.key] or [])
        ]
        if rows:
            conn.execute(insert(link.table), rows)
