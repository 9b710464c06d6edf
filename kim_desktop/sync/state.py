"""The device's sync facts in ``local_meta`` and ``sync_record_state`` (Core, no write path).

The device token and bundle key live here too: inside the SQLCipher database, hence
encrypted at rest (SYNC_PROTOCOL "Accounts, devices, enrolment").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, delete, select
from sqlalchemy.dialects.sqlite import insert

from kim_desktop.db.models.local import LocalMeta
from kim_desktop.db.models.sync_local import SyncRecordState

SERVER_URL_KEY = "sync_server_url"
LAST_SYNC_KEY = "last_successful_sync"
TOKEN_KEY = "sync_device_token"
BUNDLE_KEY_KEY = "sync_bundle_key"
CA_BUNDLE_KEY = "sync_ca_bundle"
SERVER_ID_KEY = "sync_server_id"
ACCOUNT_LOGIN_KEY = "sync_account_login"
ACCOUNT_ROLE_KEY = "sync_account_role"
ACCOUNT_NAME_KEY = "sync_account_name"
CURSOR_KEY = "sync_cursor"
FEED_CURSOR_KEY = "sync_feed_cursor"
CLOCK_SKEW_KEY = "sync_clock_skew_seconds"
LAST_ERROR_KEY = "sync_last_error"

_meta = LocalMeta.__table__
_state = SyncRecordState.__table__

T = TypeVar("T")
# Bound parameters per IN (…) list: well below SQLite's limit.
CHUNK = 900


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def get_meta(conn: Connection, key: str) -> str | None:
    return conn.scalar(select(_meta.c.value).where(_meta.c.key == key))


def set_meta(conn: Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute(delete(_meta).where(_meta.c.key == key))
        return
    statement = insert(_meta).values(key=key, value=value)
    conn.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def get_cursor(conn: Connection, key: str = CURSOR_KEY) -> int:
    value = get_meta(conn, key)
    return int(value) if value else 0


def server_versions(conn: Connection, table: str, record_ids: Iterable[str]) -> dict[str, int]:
    """The integrated server version of each of ``record_ids`` that has one."""
    ids = list(dict.fromkeys(record_ids))
    found: dict[str, int] = {}
    for part in chunks(ids):
        rows = conn.execute(
            select(_state.c.record_id, _state.c.server_version).where(
                _state.c.table_name == table, _state.c.record_id.in_(part)
            )
        )
        found.update({row.record_id: row.server_version for row in rows})
    return found


def raise_server_versions(conn: Connection, table: str, versions: dict[str, int]) -> None:
    """Record integrated versions; a version never goes down (an old answer changes nothing)."""
    if not versions:
        return
    statement = insert(_state)
    statement = statement.on_conflict_do_update(
        index_elements=["table_name", "record_id"],
        set_={"server_version": statement.excluded.server_version},
        where=_state.c.server_version <= statement.excluded.server_version,
    )
    conn.execute(
        statement,
        [
            {"table_name": table, "record_id": rid, "server_version": version}
            for rid, version in versions.items()
        ],
    )


def forget_records(conn: Connection, table: str, record_ids: Sequence[str]) -> None:
    for part in chunks(record_ids):
        conn.execute(
            delete(_state).where(_state.c.table_name == table, _state.c.record_id.in_(part))
        )


@contextmanager
def apply_transaction(engine: Engine) -> Iterator[Connection]:
    """One local transaction for applying server data, outside the write path.

    Foreign keys are not enforced inside (a page may carry a consultation before the client
    it refers to arrives in a later page); :func:`foreign_key_problems` checks afterwards.
    The first statement takes the write lock, so a concurrent local edit makes it wait
    (busy timeout) instead of failing on a stale snapshot.
    """
    with engine.connect() as conn:
        raw: Any = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                conn.execute(
                    _meta.update().where(_meta.c.key == "device_id").values(value=_meta.c.value)
                )
                yield conn
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def foreign_key_problems(engine: Engine, tables: Iterable[str]) -> list[tuple[str, str]]:
    """(table, parent table) of rows of ``tables`` whose reference points nowhere."""
    problems: list[tuple[str, str]] = []
    with engine.connect() as conn:
        raw: Any = conn.connection.dbapi_connection
        for table in sorted(tables):
            if not table.replace("_", "").isalnum():
                continue
            rows = raw.execute(f"PRAGMA foreign_key_check({table})").fetchall()
            problems += [(row[0], row[2]) for row in rows]
    return problems
