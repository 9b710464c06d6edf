"""Re-emission: records get a new seq (same version) so that devices that may now see them
receive them with their next pull (docs/SYNC_PROTOCOL.md, "Pull").

Visibility changes when a case is handed over or restored, a client moves, a ``users`` record
gets (another) login, or the administrator gives an account other municipalities. Records that
became *invisible* are not withdrawn: they stay on the devices that have them (and receive no
further changes) — docs/SYNC_SERVER.md says so.

Every function here runs inside :meth:`Store.sequenced` (they allocate seqs).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from kim_desktop.server.bulk import among, bulk_insert
from kim_desktop.server.schema import change_log, records, seq_counter
from kim_desktop.server.tables import CASE_TABLE

REEMIT_OP = "reemit"
IN_CHUNK = 1000


def reemit_change(
    seq: int, table: str, record_id: str, version: int, hlc: str, now: datetime
) -> dict[str, Any]:
    """The change-log row of a re-emission (no fields: the record itself is unchanged)."""
    return {
        "seq": seq,
        "table_name": table,
        "record_id": record_id,
        "version": version,
        "op": REEMIT_OP,
        "fields": {},
        "device_id": None,
        "login": None,
        "hlc": hlc,
        "created_at": now,
    }


def reemit_where(conn: Connection, condition: Any, now: datetime) -> int:
    """New seqs for every record matching ``condition`` (in their old seq order); returns
    how many. The seq counter moves on by that many in the same transaction."""
    rows = conn.execute(
        select(records.c.table_name, records.c.record_id, records.c.version, records.c.hlc)
        .where(condition)
        .order_by(records.c.last_seq)
    ).all()
    if not rows:
        return 0
    last = conn.execute(select(seq_counter.c.last_seq)).scalar_one()
    moves = []
    changes = []
    for seq, row in enumerate(rows, start=last + 1):
        moves.append({"b_table": row.table_name, "b_record": row.record_id, "b_seq": seq})
        changes.append(reemit_change(seq, row.table_name, row.record_id, row.version, row.hlc, now))
    # New seqs are all above the old maximum, so the unique last_seq never collides.
    conn.execute(
        update(records)
        .where(
            records.c.table_name == bindparam("b_table"),
            records.c.record_id == bindparam("b_record"),
        )
        .values(last_seq=bindparam("b_seq"), updated_at=now),
        moves,
    )
    bulk_insert(conn, change_log, changes)
    conn.execute(update(seq_counter).where(seq_counter.c.id == 1).values(last_seq=last + len(rows)))
    return len(rows)


def clients_managed_by(conn: Connection, user_ids: Iterable[str]) -> set[str]:
    """Clients with a (not deleted) case whose case manager is one of ``user_ids``."""
    wanted = sorted(set(user_ids))
    found: set[str] = set()
    for start in range(0, len(wanted), IN_CHUNK):
        chunk = wanted[start : start + IN_CHUNK]
        found.update(
            conn.execute(
                select(records.c.client_id).where(
                    records.c.table_name == CASE_TABLE,
                    records.c.deleted.is_(False),
                    records.c.client_id.isnot(None),
                    among(conn, records.c.ref_user_id, chunk),
                )
            ).scalars()
        )
    return found
