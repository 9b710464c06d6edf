"""Erasure on the device (DSGVO Art. 17, SYNC_PROTOCOL "Erasure").

Erasing removes the rows for good (hard delete; ``secure_delete`` is on, so SQLite overwrites
the freed space), their link rows, their integrated versions and conflict copies, the field
values of their outbox entries (pending or not) and audit detail texts naming them. For a
client this covers every record of the client, including records created here and never
uploaded. The caller folds the WAL into the file afterwards (:func:`fold_wal`).

Outbox rows are blanked rather than deleted: their ``seq`` must stay taken, or the next local
change would reuse it (the server would take it for a duplicate) or leave a gap that holds
every later change back. A blanked pending row is sent as an ``erase`` op without fields,
which the server refuses or ignores; either way it consumes the seq and carries no data.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Engine, delete, select, update

from kim_desktop.db.models.local import AuditEntry, OutboxEntry
from kim_desktop.db.models.sync_local import SyncConflict
from kim_desktop.domain.enums import OutboxOp
from kim_desktop.domain.messages import message_text
from kim_desktop.sync.records import case_child_tables, client_tables, replicated_tables
from kim_desktop.sync.state import chunks, forget_records

_outbox = OutboxEntry.__table__
_audit = AuditEntry.__table__
_conflicts = SyncConflict.__table__


def client_records(conn: Connection, client_id: str) -> dict[str, list[str]]:
    """Every local record of the client, by table (the client itself included)."""
    found: dict[str, list[str]] = {"clients": [client_id]}
    for info in client_tables():
        ids = conn.scalars(select(info.table.c.id).where(info.table.c.client_id == client_id))
        found.setdefault(info.name, []).extend(ids)
    case_ids = found.get("cases", [])
    for info in case_child_tables():
        for part in chunks(case_ids):
            ids = conn.scalars(select(info.table.c.id).where(info.table.c.case_id.in_(part)))
            found.setdefault(info.name, []).extend(ids)
    return {table: ids for table, ids in found.items() if ids}


def erase_records(
    conn: Connection, table: str, record_ids: Sequence[str], *, keep_seq: int | None = None
) -> int:
    """Erase ``record_ids`` of ``table`` (and, for clients, everything of those clients).

    ``keep_seq`` names an outbox entry that stays as it is (the erase op being recorded).
    Returns the number of rows removed.
    """
    targets: dict[str, list[str]] = {table: list(record_ids)}
    if table == "clients":
        for client_id in record_ids:
            for name, ids in client_records(conn, client_id).items():
                targets.setdefault(name, []).extend(ids)
    removed = 0
    tables = replicated_tables()
    for name, ids in targets.items():
        ids = list(dict.fromkeys(ids))
        info = tables.get(name)
        for part in chunks(ids):
            if info is not None:
                for link in info.links.values():
                    conn.execute(
                        delete(link.table).where(link.table.c[link.owner_column].in_(part))
                    )
                removed += conn.execute(
                    delete(info.table).where(info.table.c.id.in_(part))
                ).rowcount
            _blank_outbox(conn, name, part, keep_seq)
            conn.execute(
                update(_audit)
                .where(
                    _audit.c.table_name == name, _audit.c.record_id.in_(part), _audit.c.detail != ""
                )
                .values(detail="")
            )
            conn.execute(delete(_conflicts).where(_conflicts.c.record_id.in_(part)))
        forget_records(conn, name, ids)
    return removed


def _blank_outbox(conn: Connection, table: str, ids: Sequence[str], keep_seq: int | None) -> None:
    condition = [_outbox.c.table_name == table, _outbox.c.record_id.in_(ids)]
    if keep_seq is not None:
        condition.append(_outbox.c.seq != keep_seq)
    reason = message_text("sync_erased_locally")
    # Already uploaded: only the values go.
    conn.execute(
        update(_outbox).where(*condition, _outbox.c.acknowledged_at.is_not(None)).values(fields={})
    )
    # Still pending: the seq must still reach the server, as an empty erase.
    conn.execute(
        update(_outbox)
        .where(*condition, _outbox.c.acknowledged_at.is_(None), _outbox.c.op != OutboxOp.ERASE)
        .values(fields={}, op=OutboxOp.ERASE, rejected_reason=reason)
    )


def fold_wal(engine: Engine) -> None:
    """Move everything into the main file and truncate the WAL to nothing."""
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
