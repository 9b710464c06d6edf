"""Test helpers: a fresh PostgreSQL database per test (dropped afterwards).

PostgreSQL must be running (CI starts it): when it is not, these helpers fail loudly
instead of skipping, so a green run always means both stores were tested.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

POSTGRES_ADMIN_URL_ENV = "KIM_TEST_POSTGRES_URL"
DEFAULT_POSTGRES_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


class PostgresUnavailable(RuntimeError):
    pass


def postgres_admin_url() -> str:
    return os.environ.get(POSTGRES_ADMIN_URL_ENV, DEFAULT_POSTGRES_ADMIN_URL)


@contextmanager
def fresh_postgres_url(prefix: str = "kim_sync_test") -> Iterator[str]:
    """A URL of a new, empty database; the database is dropped when the block ends."""
    admin_url = make_url(postgres_admin_url())
    name = f"{prefix}_{secrets.token_hex(6)}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:
        engine.dispose()
        raise PostgresUnavailable(
            f"PostgreSQL at {admin_url.render_as_string(hide_password=True)} is not usable "
            f"({error.__class__.__name__}: {error}). Start it (CI does) or set "
            f"{POSTGRES_ADMIN_URL_ENV}."
        ) from error
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()
