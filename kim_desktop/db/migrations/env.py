"""Alembic environment: always runs on a connection handed over by ``kim_desktop.db.migrate``."""

from __future__ import annotations

from alembic import context

import kim_desktop.db.models  # noqa: F401 - registers the tables
from kim_desktop.db.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through kim_desktop.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
