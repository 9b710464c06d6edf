"""The push side: outbox entries as protocol ops, and the server's answers written back.

``base_version`` of an op is the server version this device last integrated for the record
(``sync_record_state``), never the local version counter (SYNC_PROTOCOL "Push").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, func, select, update

from kim_desktop.db.base import utcnow
from kim_desktop.db.models.local import OutboxEntry
from kim_desktop.db.models.organisation import User
from kim_desktop.sync.protocol import OpResult, PushOp
from kim_desktop.sync.state import chunks, raise_server_versions, server_versions

_outbox = OutboxEntry.__table__
_users = User.__table__


@dataclass
class PushTally:
    applied: int = 0
    duplicate: int = 0
    rejected: int = 0
    held: int = 0
    conflicts: int = 0

    @property
    def sent(self) -> int:
        return self.applied + self.duplicate + self.rejected


def pending_count(conn: Connection) -> int:
    return int(
        conn.scalar(
            select(func.count()).select_from(_outbox).where(_outbox.c.acknowledged_at.is_(None))
        )
        or 0
    )


def load_ops(
    conn: Connection, *, after_seq: int, limit: int, include_acknowledged: bool = False
) -> list[PushOp]:
    """Up to ``limit`` outbox entries with ``seq > after_seq`` in order, as push ops.

    Only pending ones unless ``include_acknowledged`` (resending after the server lost them).
    """
    query = select(
        _outbox.c.seq,
        _outbox.c.change_id,
        _outbox.c.op,
        _outbox.c.table_name,
        _outbox.c.record_id,
        _outbox.c.fields,
        _outbox.c.hlc,
        _outbox.c.user_id,
    ).where(_outbox.c.seq > after_seq)
    if not include_acknowledged:
        query = query.where(_outbox.c.acknowledged_at.is_(None))
    rows = conn.execute(query.order_by(_outbox.c.seq).limit(limit)).all()
    by_table: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_table[row.table_name].append(row.record_id)
    bases = {table: server_versions(conn, table, ids) for table, ids in by_table.items()}
    logins = _logins(conn, {row.user_id for row in rows if row.user_id})
    return [
        PushOp(
            seq=row.seq,
            change_id=row.change_id,
            op=row.op.value if hasattr(row.op, "value") else str(row.op),
            table=row.table_name,
            record_id=row.record_id,
            base_version=bases[row.table_name].get(row.record_id, 0),
            fields=row.fields or {},
            hlc=row.hlc,
            user_login=logins.get(row.user_id) if row.user_id else None,
        )
        for row in rows
    ]


def _logins(conn: Connection, user_ids: set[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in chunks(sorted(user_ids)):
        rows = conn.execute(select(_users.c.id, _users.c.login).where(_users.c.id.in_(part)))
        found.update((row.id, row.login) for row in rows)
    return found


def record_results(conn: Connection, ops: list[PushOp], results: list[OpResult]) -> PushTally:
    """Write the server's answer to each op back to its outbox entry.

    applied/duplicate → acknowledged (and the record's server version raised); rejected →
    acknowledged with the server's reason (shown on the record; the queue moves on);
    held → stays pending.
    """
    tally = PushTally()
    now = utcnow()
    by_seq = {op["seq"]: op for op in ops}
    acknowledged: list[int] = []
    versions: dict[str, dict[str, int]] = defaultdict(dict)
    tainted: set[str] = set()
    for result in results:
        op = by_seq.get(result.get("seq", -1))
        if op is None:
            continue
        status = result.get("status")
        if status == "duplicate" and result.get("original_status") == "rejected":
            status = "rejected"  # a resent op that had been refused the first time
        tally.conflicts += len(result.get("conflicts") or [])
        if status in ("applied", "duplicate"):
            if status == "applied":
                tally.applied += 1
            else:
                tally.duplicate += 1
            acknowledged.append(op["seq"])
            _follow_version(versions[op["table"]], tainted, op, result.get("version"))
        elif status == "rejected":
            tally.rejected += 1
            conn.execute(
                update(_outbox)
                .where(_outbox.c.seq == op["seq"])
                .values(acknowledged_at=now, rejected_reason=result.get("reason") or "abgelehnt")
            )
        else:
            tally.held += 1
    for part in chunks(acknowledged):
        conn.execute(
            update(_outbox)
            .where(_outbox.c.seq.in_(part), _outbox.c.acknowledged_at.is_(None))
            .values(acknowledged_at=now)
        )
    for table, table_versions in versions.items():
        raise_server_versions(conn, table, table_versions)
    return tally


def _follow_version(
    table_versions: dict[str, int], tainted: set[str], op: PushOp, version: int | None
) -> None:
    """Raise the integrated version only when no other device's change came in between.

    If the server's new version skips numbers, another device changed the record too; this
    device has not seen that change yet, so its base stays until the pull brings the merged
    state (otherwise a later edit could overwrite the other change without a conflict).
    """
    record_id = op["record_id"]
    if not version or record_id in tainted:
        return
    last = table_versions.get(record_id, op["base_version"])
    if version == last + 1:
        table_versions[record_id] = version
    elif version > last:
        tainted.add(record_id)
        table_versions.pop(record_id, None)
