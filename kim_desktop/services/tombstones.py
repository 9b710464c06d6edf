"""The restore rule for tombstones: a deleted record comes back only until it is synchronised.

A deletion is a tombstone (``deleted_at``) plus a DELETE outbox entry. While that entry waits
for upload, the deletion exists on this device only and can be undone. Once the district
server has acknowledged it (``OutboxEntry.acknowledged_at``), other devices may already have
applied it, so a local restore is refused. A tombstone without a pending DELETE entry of this
device (the deletion came by synchronisation) cannot be restored here either.
Every service's ``restore`` calls :func:`ensure_restorable` inside its write transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kim_desktop.db.base import SyncedMixin, utcnow
from kim_desktop.db.models import OutboxEntry
from kim_desktop.domain.enums import OutboxOp
from kim_desktop.domain.errors import KimError, RecordMissing


class RestoreState(StrEnum):
    RESTORABLE = "restorable"
    NOT_DELETED = "not_deleted"
    SYNCED = "synced"  # the deletion was acknowledged by the server (or came from it)


def restore_state(session: Session, record: SyncedMixin) -> RestoreState:
    """Whether ``record`` may be restored on this device now."""
    if record.deleted_at is None:
        return RestoreState.NOT_DELETED
    table = record.__table__.name  # type: ignore[attr-defined]
    return restore_states(session, table, [record.id]).get(record.id, RestoreState.SYNCED)


def restore_states(
    session: Session, table: str, deleted_ids: Iterable[str]
) -> dict[str, RestoreState]:
    """The restore state of many tombstoned records of one table (one query per 500 ids).

    A record is restorable when this device's latest outbox entry for it is a DELETE that the
    server has not acknowledged yet.
    """
    ids = list(deleted_ids)
    states = dict.fromkeys(ids, RestoreState.SYNCED)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        latest = (
            select(OutboxEntry.record_id, func.max(OutboxEntry.seq).label("seq"))
            .where(OutboxEntry.table_name == table, OutboxEntry.record_id.in_(chunk))
            .group_by(OutboxEntry.record_id)
            .subquery()
        )
        rows = session.execute(
            select(OutboxEntry.record_id, OutboxEntry.op, OutboxEntry.acknowledged_at).join(
                latest, OutboxEntry.seq == latest.c.seq
            )
        )
        for record_id, op, acknowledged_at in rows:
            if op is OutboxOp.DELETE and acknowledged_at is None:
                states[record_id] = RestoreState.RESTORABLE
    return states


def ensure_restorable(session: Session, record: SyncedMixin) -> bool:
    """Raise ``KimError("restore_already_synced")`` if the deletion is synchronised.

    Returns False for a record that is not deleted (nothing to do), True otherwise.
    """
    state = restore_state(session, record)
    if state is RestoreState.SYNCED:
        raise KimError("restore_already_synced")
    return state is RestoreState.RESTORABLE


def tombstone(session: Session, model: type[SyncedMixin], record_id: str) -> None:
    """Delete (tombstone) one record; ``RecordMissing`` if it is unknown or already deleted."""
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise RecordMissing()
    record.deleted_at = utcnow()


def restore_tombstone(session: Session, model: type[SyncedMixin], record_id: str) -> None:
    """Undo :func:`tombstone` while the deletion is not synchronised."""
    record = session.get(model, record_id)
    if record is None:
        raise RecordMissing()
    if ensure_restorable(session, record):
        record.deleted_at = None
