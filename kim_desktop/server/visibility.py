"""What an account may see (docs/SYNC_PROTOCOL.md, "Pull")."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select

from kim_desktop.server import errors
from kim_desktop.server.accounts import Account
from kim_desktop.server.schema import records
from kim_desktop.server.tables import CASE_TABLE, USERS_TABLE

COORDINATOR = "coordinator"


def managed_clients(login: str) -> Any:
    """Ids of clients with a case whose case manager is a ``users`` record with ``login``."""
    cases = records.alias("managed_cases")
    users = records.alias("managed_users")
    return (
        select(cases.c.client_id)
        .join(
            users,
            and_(users.c.table_name == USERS_TABLE, users.c.record_id == cases.c.ref_user_id),
        )
        .where(
            cases.c.table_name == CASE_TABLE,
            cases.c.deleted.is_(False),
            users.c.user_login == login,
        )
    )


def visible_to(account: Account, table: Any = records) -> ColumnElement[bool]:
    """Records without a client, and those of the account's municipalities or clients."""
    municipalities = list(account.municipalities)
    return or_(
        table.c.scoped.is_(False),
        table.c.municipality_code.in_(municipalities) if municipalities else false(),
        table.c.client_id.in_(managed_clients(account.login)),
    )


def require_case_worker(account: Account) -> None:
    if account.role == COORDINATOR:
        raise errors.forbidden(
            "Die Koordination erhält keine Falldaten; sie nutzt den pseudonymisierten "
            "Auswertungs-Abruf (/v1/coordinator/feed)."
        )
