"""The conflict inbox on the server: list what an account may see, mark resolved."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, select, update

from kim_desktop.server import errors
from kim_desktop.server.accounts import Account
from kim_desktop.server.clock import iso_utc, utcnow_naive
from kim_desktop.server.schema import conflicts, records
from kim_desktop.server.store import Store
from kim_desktop.server.visibility import visible_to

STATUSES = ("open", "resolved", "all")


def _visible_conflicts(account: Account) -> Any:
    return (
        select(conflicts)
        .join(
            records,
            and_(
                records.c.record_id == conflicts.c.record_id,
                records.c.table_name == conflicts.c.table_name,
            ),
        )
        .where(visible_to(account))
    )


def list_conflicts(store: Store, account: Account, status: str = "open") -> list[dict[str, Any]]:
    query = _visible_conflicts(account).order_by(conflicts.c.created_at, conflicts.c.conflict_id)
    if status == "open":
        query = query.where(conflicts.c.resolved_at.is_(None))
    elif status == "resolved":
        query = query.where(conflicts.c.resolved_at.is_not(None))
    with store.read() as conn:
        return [conflict_json(row) for row in conn.execute(query)]


def resolve(
    store: Store, account: Account, conflict_id: str, value: Any, note: str | None
) -> dict[str, Any]:
    with store.write() as conn:
        row = conn.execute(
            _visible_conflicts(account).where(conflicts.c.conflict_id == conflict_id)
        ).first()
        if row is None:
            raise errors.not_found("Diesen Konflikt gibt es nicht (oder er ist nicht sichtbar).")
        if row.resolved_at is not None:
            if row.resolved_by == account.login:
                return conflict_json(row)  # a repeated request: already done
            raise errors.conflict_state(
                f"Dieser Konflikt wurde schon von {row.resolved_by} gelöst."
            )
        conn.execute(
            update(conflicts)
            .where(conflicts.c.conflict_id == conflict_id)
            .values(
                resolved_at=utcnow_naive(),
                resolved_by=account.login,
                resolution=value,
                note=note,
            )
        )
        row = conn.execute(select(conflicts).where(conflicts.c.conflict_id == conflict_id)).one()
    return conflict_json(row)


def conflict_json(row: Any) -> dict[str, Any]:
    return {
        "conflict_id": row.conflict_id,
        "table": row.table_name,
        "record_id": row.record_id,
        "field": row.field,
        "base_value": row.base_value,
        "server_value": row.server_value,
        "device_value": row.device_value,
        "server_hlc": row.server_hlc,
        "device_hlc": row.device_hlc,
        "server_login": row.server_login,
        "device_login": row.device_login,
        "created_at": iso_utc(row.created_at),
        "resolved_at": iso_utc(row.resolved_at),
        "resolved_by": row.resolved_by,
        "resolution": row.resolution,
        "note": row.note,
    }
