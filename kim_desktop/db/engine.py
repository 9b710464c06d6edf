"""The SQLCipher engine: every connection is keyed, in WAL mode, with foreign keys on.

The raw 32-byte database key is passed as a hex blob (``x'…'``), so SQLCipher uses it
directly without its own passphrase derivation; the per-user password derivation happens
in :mod:`kim_desktop.db.keystore`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from kim_desktop.domain.errors import KimError

KEY_BYTES = 32


class DatabaseLocked(KimError):
    """The file could not be opened with the given key (wrong key, or not our database)."""

    def __init__(self) -> None:
        super().__init__("database_damaged")


def _keyed_connection(path: Path, key: bytes) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), check_same_thread=False, timeout=10)
    try:
        # SQLCipher would log a failed key check to stderr; the caller reports it instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # Reading the schema fails with "file is not a database" if the key is wrong.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise DatabaseLocked() from exc
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 10000")
    # 32 MiB page cache per connection: the client-list indexes of 100,000 clients stay in
    # memory (pages are allocated only as they are read).
    conn.execute("PRAGMA cache_size = -32000")
    return conn


def open_engine(path: Path, key: bytes, *, create: bool = False) -> Engine:
    """An SQLAlchemy engine over the encrypted database at ``path``.

    Raises :class:`DatabaseLocked` when the key does not open the file, and
    ``FileNotFoundError`` when the file is missing and ``create`` is false.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    if not create and not path.exists():
        raise FileNotFoundError(path)
    # Try the key once eagerly so a wrong key fails here, not on first use.
    _keyed_connection(path, key).close()

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=lambda: _keyed_connection(path, key),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "connect")
    def _no_pysqlite_transactions(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (pysqlite's implicit transactions are unreliable).
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the main file and truncate it (before backups and after erasure)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
