"""The server's database: engines, transactions and the district-wide write serialisation.

Writers that allocate sequence numbers go through :meth:`Store.sequenced`. Readers must never
skip a change that commits later with a lower ``seq`` (docs/SYNC_PROTOCOL.md, "Sequence
numbers"); this holds when seqs are allocated and committed by one writer at a time, so that
commit order equals seq order:

* SQLite has a single writer: write transactions start with ``BEGIN IMMEDIATE`` (the write
  lock is taken before the counter is read), and an in-process lock keeps this server's own
  threads from spinning on SQLite's busy handler.
* PostgreSQL: the transaction first takes ``pg_advisory_xact_lock(SEQ_LOCK_KEY)``. The lock is
  held from before the counter is read until the transaction ends; PostgreSQL releases
  transaction locks only after the commit has become visible to other sessions, so the next
  writer allocates higher seqs and commits after it. A reader therefore only ever sees a
  prefix of the seq sequence. The same lock serialises the read-merge-write of records, so two
  devices pushing the same record cannot lose each other's change under READ COMMITTED.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, event, select, text
from sqlalchemy.engine import make_url

from kim_desktop.server.clock import utcnow_naive
from kim_desktop.server.schema import meta, seq_counter

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SEQ_LOCK_KEY = 0x4B494D53594E43  # "KIMSYNC"
SQLITE_BUSY_TIMEOUT_S = 30


class Store:
    """Engine and transaction helpers for one server database URL."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self._write_lock = threading.RLock()
        if self.is_sqlite:
            database = self.url.database
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            self.engine = create_engine(
                self.url,
                connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_S},
                pool_size=8,
                max_overflow=16,
            )
            event.listen(self.engine, "connect", _sqlite_on_connect)
            event.listen(self.engine, "begin", _sqlite_on_begin)
        else:
            # No server-side prepared statements: psycopg would prepare a statement after five
            # runs, and PostgreSQL may then keep a generic plan made while the tables were
            # small (sequential scans) on the pooled connection long after they have grown.
            # Planning each statement with its real parameters costs far less.
            self.engine = create_engine(
                self.url,
                pool_size=10,
                max_overflow=30,
                pool_pre_ping=True,
                connect_args={"prepare_threshold": None},
            )

    def dispose(self) -> None:
        self.engine.dispose()

    # -- transactions ---------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only transaction with one consistent snapshot (SQLite: deferred BEGIN)."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction that allocates no sequence numbers."""
        if self.is_sqlite:
            with self._write_lock, self._immediate() as conn:
                yield conn
        else:
            with self.engine.begin() as conn:
                yield conn

    @contextmanager
    def sequenced(self) -> Iterator[Connection]:
        """A write transaction that may allocate seqs: serialised district-wide until commit."""
        if self.is_sqlite:
            with self._write_lock, self._immediate() as conn:
                yield conn
        else:
            with self.engine.begin() as conn:
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SEQ_LOCK_KEY})
                yield conn

    @contextmanager
    def _immediate(self) -> Iterator[Connection]:
        with (
            self.engine.connect().execution_options(kim_immediate=True) as conn,
            conn.begin(),
        ):
            yield conn

    # -- schema ---------------------------------------------------------------------

    def migrate(self) -> None:
        """Bring the schema to the newest revision and create the first-start rows."""
        from alembic import command
        from alembic.config import Config

        with self.write() as conn:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        with self.write() as conn:
            if conn.execute(select(seq_counter.c.id)).first() is None:
                conn.execute(seq_counter.insert().values(id=1, last_seq=0))
            if get_meta(conn, "server_id") is None:
                set_meta(conn, "server_id", secrets.token_hex(16))
                set_meta(conn, "created_at", utcnow_naive().isoformat())

    def scrub(self) -> None:
        """After an erasure: SQLite folds the WAL (old page images) into the zeroed file.

        PostgreSQL keeps dead row versions in its files until the space is reused; the
        operations note (docs/SYNC_SERVER.md) covers VACUUM for that.
        """
        if self.is_sqlite:
            with self._write_lock:
                raw = self.engine.raw_connection()
                try:
                    raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
                finally:
                    raw.close()

    def server_id(self) -> str:
        with self.read() as conn:
            return get_meta(conn, "server_id") or ""


def get_meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()


def set_meta(conn: Connection, key: str, value: str) -> None:
    if get_meta(conn, key) is None:
        conn.execute(meta.insert().values(key=key, value=value))
    else:
        conn.execute(meta.update().where(meta.c.key == key).values(value=value))


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling is switched off; _sqlite_on_begin emits BEGIN.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
    # Erased personal data must not linger in free pages of the file.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _sqlite_on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("kim_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def sqlite_url_for(path: Path) -> str:
    return f"sqlite:///{path}"
