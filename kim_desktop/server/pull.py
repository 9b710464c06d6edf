"""Pull pages and checksums over what an account may see (keyset pagination on seq)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import Text, cast, or_, select

from kim_desktop.server.accounts import Account
from kim_desktop.server.schema import records, seq_counter
from kim_desktop.server.store import Store
from kim_desktop.server.visibility import visible_to

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _page(
    store: Store, account: Account, after: int, limit: int, table: str | None, raw: bool
) -> tuple[list[Any], int, bool]:
    """Visible records whose last change has ``seq > after``: rows, cursor, more."""
    fields = cast(records.c.fields, Text).label("fields") if raw else records.c.fields
    with store.read() as conn:
        query = (
            select(
                records.c.last_seq,
                records.c.table_name,
                records.c.record_id,
                records.c.version,
                records.c.last_op,
                fields,
                records.c.deleted,
                records.c.erased,
                records.c.hlc,
            )
            # Erasure tombstones carry no personal data and go to every device: one that no
            # longer sees the client (hand-over, municipality removed) still holds its data.
            .where(records.c.last_seq > after, or_(visible_to(account), records.c.erased))
            .order_by(records.c.last_seq)
            .limit(limit + 1)
        )
        if table is not None:
            query = query.where(records.c.table_name == table)
        rows = conn.execute(query).all()
        more = len(rows) > limit
        rows = rows[:limit]
        if rows:
            cursor = rows[-1].last_seq
        elif table is None:
            # Nothing visible after ``after``: the reader may jump to the newest seq.
            cursor = max(after, conn.execute(select(seq_counter.c.last_seq)).scalar_one())
        else:
            cursor = after
    return rows, cursor, more


def pull_page(
    store: Store, account: Account, after: int, limit: int, table: str | None = None
) -> dict[str, Any]:
    """One pull page (``{changes, cursor, more}``) with the current full state of records."""
    rows, cursor, more = _page(store, account, after, limit, table, raw=False)
    return {"changes": [_change(row) for row in rows], "cursor": cursor, "more": more}


def pull_page_json(
    store: Store, account: Account, after: int, limit: int, table: str | None = None
) -> bytes:
    """The same page as JSON bytes; stored field JSON is copied in without decoding it."""
    rows, cursor, more = _page(store, account, after, limit, table, raw=True)
    changes = []
    for row in rows:
        envelope = _change(row)
        del envelope["fields"]
        raw_fields = "{}" if row.erased else (row.fields or "{}")
        changes.append('{"fields":' + raw_fields + "," + _dumps(envelope)[1:])
    return (
        '{"changes":[' + ",".join(changes) + f'],"cursor":{cursor},"more":{_dumps(more)}}}'
    ).encode("utf-8")


def _change(row: Any) -> dict[str, Any]:
    if row.erased:
        return {
            "seq": row.last_seq,
            "table": row.table_name,
            "record_id": row.record_id,
            "version": row.version,
            "op": "erase",
            "fields": {},
            "deleted": True,
            "erased": True,
            "hlc": row.hlc,
        }
    return {
        "seq": row.last_seq,
        "table": row.table_name,
        "record_id": row.record_id,
        "version": row.version,
        "op": row.last_op,
        "fields": row.fields,
        "deleted": row.deleted,
        "erased": False,
        "hlc": row.hlc,
    }


def checksums(store: Store, account: Account) -> dict[str, Any]:
    """Per table: count of visible non-erased records and SHA-256 of ``id:version`` lines."""
    lines: dict[str, list[str]] = {}
    with store.read() as conn:
        cursor = conn.execute(select(seq_counter.c.last_seq)).scalar_one()
        rows = conn.execute(
            select(records.c.table_name, records.c.record_id, records.c.version).where(
                records.c.erased.is_(False), visible_to(account)
            )
        )
        for row in rows:
            lines.setdefault(row.table_name, []).append(f"{row.record_id}:{row.version}\n")
    tables = {}
    for table, table_lines in sorted(lines.items()):
        table_lines.sort()
        digest = hashlib.sha256("".join(table_lines).encode("utf-8")).hexdigest()
        tables[table] = {"count": len(table_lines), "checksum": digest}
    return {"tables": tables, "cursor": cursor}
