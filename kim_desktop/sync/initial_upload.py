"""The initial upload: records the server has never seen, queued as inserts when enrolling.

Records written as already synchronised (the demo office, ``kim demo-data``) have neither a
``sync_record_state`` row nor an outbox entry, so no push would ever carry them and the server
could not place what other devices record for them (scope derivation needs the client).
:func:`queue_initial_upload` queues each such record as an ``insert`` op with its full fields,
exactly as the write path serialises a new record (synced columns through
:func:`~kim_desktop.db.write_path.to_json_value`, many-to-many links as sorted lists of target
keys), tables in foreign-key order so that parents reach the server before their children.

Left out: the default catalogue entries of ``db/seed.py``. Every installation has them with the
same deterministic ids and values, so every device already holds them; uploading them from each
device would only make every enrolment send (and every pull bring back) the same rows again. An
office's own change to one of them went through the write path and is in the outbox already.

Set-based and idempotent: one query per table picks the records with neither state nor outbox
entry, all entries are inserted in one transaction, and a second run finds nothing to queue.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, Table, and_, exists, insert, select

from kim_desktop.db.base import Base, utcnow
from kim_desktop.db.models.local import AuditEntry, OutboxEntry
from kim_desktop.db.models.sync_local import SyncRecordState
from kim_desktop.db.seed import seeded_id
from kim_desktop.db.seed_data import catalogue_rows
from kim_desktop.db.write_path import to_json_value
from kim_desktop.domain.enums import AuditAction, OutboxOp
from kim_desktop.sync.ids import new_id
from kim_desktop.sync.records import TableInfo, replicated_tables

_outbox: Table = OutboxEntry.__table__  # type: ignore[assignment]
_state: Table = SyncRecordState.__table__  # type: ignore[assignment]
_audit: Table = AuditEntry.__table__  # type: ignore[assignment]

# Outbox rows per INSERT statement (executemany; all in the caller's one transaction).
BATCH = 2000


def upload_order() -> list[TableInfo]:
    """Replicated tables, parents before children (derived from the foreign keys)."""
    tables = replicated_tables()
    return [tables[t.name] for t in Base.metadata.sorted_tables if t.name in tables]


def seeded_ids() -> dict[str, set[str]]:
    """The ids of the default catalogue entries every installation has (``db/seed.py``)."""
    return {
        table: {seeded_id(table, row["code"]) for row in rows}
        for table, rows in catalogue_rows().items()
    }


def is_case_data(info: TableInfo) -> bool:
    """Records about a client (the client, what hangs on it or on one of its cases)."""
    return info.name == "clients" or "client_id" in info.table.c or "case_id" in info.table.c


def queue_initial_upload(
    conn: Connection, device_id: str, user_id: str | None = None, *, case_data: bool = True
) -> int:
    """Queue every never-synchronised record as an insert (plus a delete if tombstoned).

    ``case_data=False`` (a coordinator's device: the server refuses case data from that role)
    leaves out the records about clients. Runs on ``conn`` inside the caller's transaction;
    returns the number of records queued.
    """
    now = utcnow()
    skipped = seeded_ids()
    entries: list[dict[str, Any]] = []
    records = 0
    for info in upload_order():
        if not case_data and is_case_data(info):
            continue
        for fields, record_id, version, hlc, deleted_at in _unsynced(
            conn, info, skipped.get(info.name, set())
        ):
            records += 1
            base = {
                "table_name": info.name,
                "record_id": record_id,
                "base_version": 0,
                "new_version": version or 1,
                "hlc": hlc,
                "device_id": device_id,
                "user_id": user_id,
                "created_at": now,
                "acknowledged_at": None,
                "rejected_reason": None,
            }
            entries.append(base | {"change_id": new_id(), "op": OutboxOp.INSERT, "fields": fields})
            if deleted_at is not None:
                tombstone = {"deleted_at": to_json_value(deleted_at)}
                entries.append(
                    base | {"change_id": new_id(), "op": OutboxOp.DELETE, "fields": tombstone}
                )
    for start in range(0, len(entries), BATCH):
        conn.execute(insert(_outbox), entries[start : start + BATCH])
    if records:
        conn.execute(
            insert(_audit),
            [
                {
                    "at": now,
                    "user_id": user_id,
                    "device_id": device_id,
                    "action": AuditAction.ADMIN,
                    "table_name": None,
                    "record_id": None,
                    "field_names": [],
                    "detail": f"sync initial upload: {records} records queued",
                }
            ],
        )
    return records


def _unsynced(
    conn: Connection, info: TableInfo, skipped: set[str]
) -> list[tuple[dict[str, Any], str, int, str, Any]]:
    """(fields, id, version, hlc, deleted_at) of the table's records the server never got."""
    table = info.table
    names = [name for name in info.columns if name != "deleted_at"]
    synced = exists().where(
        and_(_state.c.table_name == info.name, _state.c.record_id == table.c.id)
    )
    queued = exists().where(
        and_(_outbox.c.table_name == info.name, _outbox.c.record_id == table.c.id)
    )
    query = (
        select(
            table.c.id,
            table.c.version,
            table.c.hlc,
            table.c.deleted_at,
            *(info.columns[name].label(f"f_{name}") for name in names),
        )
        .where(~synced, ~queued)
        .order_by(table.c.id)
    )
    rows = [row for row in conn.execute(query) if row.id not in skipped]
    if not rows:
        return []
    links = {key: _link_lists(conn, info, key) for key in info.links}
    found = []
    for row in rows:
        mapping = row._mapping
        fields = {name: to_json_value(mapping[f"f_{name}"]) for name in names}
        for key, lists in links.items():
            fields[key] = sorted(lists.get(row.id, ()))
        found.append((fields, row.id, row.version, row.hlc, row.deleted_at))
    return found


def _link_lists(conn: Connection, info: TableInfo, key: str) -> dict[str, list[Any]]:
    """Owner id → target keys of the many-to-many link ``key`` (e.g. a client's languages)."""
    link = info.links[key]
    lists: dict[str, list[Any]] = defaultdict(list)
    for owner, target in conn.execute(
        select(link.table.c[link.owner_column], link.table.c[link.target_column])
    ):
        lists[owner].append(to_json_value(target))
    return lists
