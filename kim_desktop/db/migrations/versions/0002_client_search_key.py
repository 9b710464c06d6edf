"""Forgiving client search: a normalised name key (umlauts, transliteration, skeleton).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21

Existing clients get their key computed from their names in this migration.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kim_desktop.domain.search_key import name_search_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("search_key", sa.String(length=250), nullable=False, server_default="")
        )
        batch_op.create_index(batch_op.f("ix_clients_search_key"), ["search_key"], unique=False)

    connection = op.get_bind()
    clients = sa.table(
        "clients",
        sa.column("id", sa.String),
        sa.column("first_name", sa.String),
        sa.column("last_name", sa.String),
        sa.column("search_key", sa.String),
    )
    rows = connection.execute(sa.select(clients.c.id, clients.c.first_name, clients.c.last_name))
    updates = [
        {"row_id": row.id, "key": name_search_key(row.first_name, row.last_name)} for row in rows
    ]
    if updates:
        connection.execute(
            clients.update()
            .where(clients.c.id == sa.bindparam("row_id"))
            .values(search_key=sa.bindparam("key")),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clients_search_key"))
        batch_op.drop_column("search_key")
