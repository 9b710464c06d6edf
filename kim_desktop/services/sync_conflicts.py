"""A conflict choice written as an ordinary local edit (through the write path).

The chosen value arrives in its protocol form (JSON: dates as ISO text, links as lists of
codes or ids) and is set on the ORM record, so the write path records the outbox and audit
rows like for any edit.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from kim_desktop.db.base import utcnow
from kim_desktop.sync.errors import SyncError
from kim_desktop.sync.protocol import DELETED_FIELD
from kim_desktop.sync.records import DERIVED, TableInfo, model_classes, replicated_tables


def apply_choice(session: Session, table: str, record_id: str, field: str, value: Any) -> None:
    model = model_classes().get(table)
    record = session.get(model, record_id) if model is not None else None
    if record is None:
        raise SyncError("sync_conflict_record_gone")
    info = replicated_tables()[table]
    if field == DELETED_FIELD:
        # True: the record goes (tombstone); False/None: it stays; a dict of fields (the
        # edit that met the delete): it stays with those values.
        if value is True:
            if record.deleted_at is None:
                record.deleted_at = utcnow()
            return
        if record.deleted_at is not None:
            record.deleted_at = None
        if isinstance(value, dict):
            for name, field_value in value.items():
                if (name in info.columns or name in info.links) and name != "deleted_at":
                    _set_field(session, record, info, table, name, field_value)
        return
    _set_field(session, record, info, table, field, value)


def _set_field(
    session: Session, record: Any, info: TableInfo, table: str, field: str, value: Any
) -> None:
    if field in info.links:
        relationship = inspect(type(record)).relationships[field]
        target = relationship.mapper.class_
        key = target.code if hasattr(target, "code") else target.id
        wanted = list(value or [])
        setattr(record, field, list(session.scalars(select(target).where(key.in_(wanted)))))
        return
    if field not in info.columns:
        raise SyncError("sync_conflict_unknown")
    setattr(record, field, info.row_values({field: value})[field])
    derive = DERIVED.get(table)
    if derive is not None:
        current = {c: getattr(record, c) for c in ("first_name", "last_name") if hasattr(record, c)}
        for name, derived in derive(current).items():
            setattr(record, name, derived)
