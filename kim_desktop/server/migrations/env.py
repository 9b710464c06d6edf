"""Alembic environment of the sync server: runs on a connection from ``server.store``."""

from __future__ import annotations

from alembic import context

from kim_desktop.server.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run server migrations through kim_desktop.server.store")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
