"""The one write path (DESIGN rule 4).

Every flush of a session opened through :class:`kim_desktop.db.database.Database` passes
through :func:`_before_flush`. For each new, changed, tombstoned or restored record that
carries sync metadata it

* stamps the metadata (id, hybrid logical clock, version, timestamps, origin device),
* adds an :class:`OutboxEntry` with the changed fields, their new values and the base version,
* adds an :class:`AuditEntry` naming the user, the action and the changed fields (no values),

all inside the same flush and therefore the same transaction as the change itself. A record
changed in several flushes of one transaction gets one outbox row, one audit row and one
version step.
Services never write outbox or audit rows for their changes.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ColumnProperty, Mapper, RelationshipProperty, Session, sessionmaker
from sqlalchemy.orm.attributes import History

from kim_desktop.db.base import SYNC_METADATA_COLUMNS, SyncedMixin, utcnow
from kim_desktop.db.models.local import AuditEntry, OutboxEntry
from kim_desktop.domain.enums import AuditAction, OutboxOp
from kim_desktop.sync.clock import HybridLogicalClock
from kim_desktop.sync.ids import new_id

WRITE_CONTEXT_KEY = "kim_write_context"
PENDING_KEY = "kim_pending_changes"  # this transaction's outbox/audit rows per record


@dataclass(frozen=True)
class WriteContext:
    """Who writes (``user_id`` is None for set-up and system work) and on which device."""

    user_id: str | None
    device_id: str
    clock: HybridLogicalClock


class HardDeleteRefused(Exception):
    """A synced record was passed to ``session.delete``; records are tombstoned instead."""


class MissingWriteContext(Exception):
    """A synced record was changed in a session that was not opened through the write path."""


def install_write_path(factory: sessionmaker[Session]) -> None:
    """Attach the write path to every session the factory makes."""
    event.listen(factory, "before_flush", _before_flush)


def to_json_value(value: Any) -> Any:
    """A JSON-compatible form of a column value for the outbox."""
    if value is None or isinstance(value, bool | int | float | str):
        return value.value if isinstance(value, Enum) else value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, list | tuple):
        return [to_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json_value(v) for k, v in value.items()}
    raise TypeError(f"cannot put {type(value).__name__} into the outbox")


def _before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
    synced_new = [o for o in session.new if isinstance(o, SyncedMixin)]
    synced_dirty = [
        o
        for o in session.dirty
        if isinstance(o, SyncedMixin) and session.is_modified(o, include_collections=True)
    ]
    for obj in session.deleted:
        if isinstance(obj, SyncedMixin):
            raise HardDeleteRefused(
                f"{type(obj).__name__} {obj.id}: synced records are tombstoned, not deleted"
            )
    if not synced_new and not synced_dirty:
        return
    context: WriteContext | None = session.info.get(WRITE_CONTEXT_KEY)
    if context is None:
        raise MissingWriteContext("open sessions with Database.transaction(actor)")

    now = utcnow()
    # Ids first, so that records created together can refer to each other's ids.
    for obj in synced_new:
        if obj.id is None:
            obj.id = new_id()

    pending: dict[tuple[str, str], tuple[OutboxEntry, AuditEntry]] = session.info.setdefault(
        PENDING_KEY, {}
    )
    for obj in synced_new:
        _apply_column_defaults(obj)
        _stamp(obj, context, now, version=1, created=True)
        fields = _all_fields(obj)
        _record(session, context, obj, OutboxOp.INSERT, AuditAction.CREATE, 0, fields, now, pending)

    for obj in synced_dirty:
        fields = _changed_fields(obj)
        if not fields:
            continue
        op, action = OutboxOp.UPDATE, AuditAction.UPDATE
        if "deleted_at" in fields:
            if fields["deleted_at"] is not None:
                op, action = OutboxOp.DELETE, AuditAction.DELETE
            else:
                op, action = OutboxOp.RESTORE, AuditAction.RESTORE
        key = (obj.__table__.name, obj.id)  # type: ignore[attr-defined]
        if key in pending:
            # Changed again in the same transaction (e.g. after an autoflush): one change.
            _stamp(obj, context, now, version=obj.version, created=False)
            _merge(pending[key], obj, op, action, fields)
            continue
        base_version = obj.version or 0
        _stamp(obj, context, now, version=base_version + 1, created=False)
        _record(session, context, obj, op, action, base_version, fields, now, pending)


def _merge(
    entries: tuple[OutboxEntry, AuditEntry],
    obj: SyncedMixin,
    op: OutboxOp,
    action: AuditAction,
    fields: dict[str, Any],
) -> None:
    outbox, audit = entries
    outbox.fields = {**outbox.fields, **fields}
    outbox.hlc = obj.hlc
    audit.field_names = sorted(set(audit.field_names) | set(fields))
    if outbox.op is not OutboxOp.INSERT:  # an insert stays an insert, now with the new values
        outbox.op = op
        audit.action = action


def _stamp(
    obj: SyncedMixin, context: WriteContext, now: datetime, version: int, created: bool
) -> None:
    if created and obj.created_at is None:
        obj.created_at = now
    obj.updated_at = now
    obj.hlc = context.clock.now().encode()
    obj.origin_device = context.device_id
    obj.version = version


def _record(
    session: Session,
    context: WriteContext,
    obj: SyncedMixin,
    op: OutboxOp,
    action: AuditAction,
    base_version: int,
    fields: dict[str, Any],
    now: datetime,
    pending: dict[tuple[str, str], tuple[OutboxEntry, AuditEntry]],
) -> None:
    table = obj.__table__.name  # type: ignore[attr-defined]
    outbox = OutboxEntry(
        change_id=new_id(),
        op=op,
        table_name=table,
        record_id=obj.id,
        base_version=base_version,
        new_version=obj.version,
        fields=fields,
        hlc=obj.hlc,
        device_id=context.device_id,
        user_id=context.user_id,
        created_at=now,
    )
    audit = AuditEntry(
        at=now,
        user_id=context.user_id,
        device_id=context.device_id,
        action=action,
        table_name=table,
        record_id=obj.id,
        field_names=sorted(fields),
    )
    session.add_all([outbox, audit])
    pending[(table, obj.id)] = (outbox, audit)


def _apply_column_defaults(obj: SyncedMixin) -> None:
    """Fill unset columns with their defaults now, so the outbox holds the stored values."""
    mapper = inspect(type(obj))
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        default = column.default
        if default is None or getattr(obj, prop.key) is not None:
            continue
        if default.is_scalar:
            setattr(obj, prop.key, default.arg)
        elif default.is_callable:
            setattr(obj, prop.key, default.arg(None))


def _synced_columns(mapper: Mapper[Any]) -> list[ColumnProperty[Any]]:
    props = []
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if prop.key in SYNC_METADATA_COLUMNS and prop.key != "deleted_at":
            continue
        if column.info.get("sync", True) is False:
            continue
        props.append(prop)
    return props


def _collection_relationships(mapper: Mapper[Any]) -> list[RelationshipProperty[Any]]:
    """Many-to-many links (e.g. consultation topics): replicated as a list of target keys."""
    return [rel for rel in mapper.relationships if rel.secondary is not None]


def _target_key(target: Any) -> Any:
    code = getattr(target, "code", None)
    return code if code is not None else target.id


def _all_fields(obj: SyncedMixin) -> dict[str, Any]:
    mapper = inspect(type(obj))
    fields = {prop.key: to_json_value(getattr(obj, prop.key)) for prop in _synced_columns(mapper)}
    fields.pop("deleted_at", None)
    _fill_foreign_keys_from_relationships(obj, mapper, fields, only_changed=False)
    for rel in _collection_relationships(mapper):
        fields[rel.key] = sorted(_target_key(t) for t in getattr(obj, rel.key))
    return fields


def _changed_fields(obj: SyncedMixin) -> dict[str, Any]:
    state = inspect(obj)
    mapper = state.mapper
    fields: dict[str, Any] = {}
    for prop in _synced_columns(mapper):
        history: History = state.attrs[prop.key].history
        if history.has_changes() and _really_changed(history):
            fields[prop.key] = to_json_value(getattr(obj, prop.key))
    _fill_foreign_keys_from_relationships(obj, mapper, fields, only_changed=True)
    for rel in _collection_relationships(mapper):
        if state.attrs[rel.key].history.has_changes():
            fields[rel.key] = sorted(_target_key(t) for t in getattr(obj, rel.key))
    return fields


def _really_changed(history: History) -> bool:
    """False when a value was set to what it already was."""
    return list(history.added or ()) != list(history.deleted or ())


def _fill_foreign_keys_from_relationships(
    obj: SyncedMixin, mapper: Mapper[Any], fields: dict[str, Any], *, only_changed: bool
) -> None:
    """A many-to-one set through its relationship has no column value before the flush."""
    state = inspect(obj)
    for rel in mapper.relationships:
        if rel.secondary is not None or rel.direction.name != "MANYTOONE":
            continue
        if only_changed and not state.attrs[rel.key].history.has_changes():
            continue
        target = getattr(obj, rel.key)
        if target is None:
            continue
        for local, remote in rel.local_remote_pairs:
            fields[local.key] = to_json_value(getattr(target, remote.key))
