"""Client search keys computed anew: w and v are one letter in the name skeleton.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21

German spellings of Slavic names write w where the transliteration has v (Kowalenko /
Kovalenko / Коваленко); the duplicate check and the search now treat them alike, so the
stored keys of existing clients are recomputed here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kim_desktop.domain.search_key import name_search_key

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    connection = op.get_bind()
    clients = sa.table(
        "clients",
        sa.column("id", sa.String),
        sa.column("first_name", sa.String),
        sa.column("last_name", sa.String),
        sa.column("search_key", sa.String),
    )
    rows = connection.execute(
        sa.select(clients.c.id, clients.c.first_name, clients.c.last_name)
    ).all()
    statement = (
        clients.update()
        .where(clients.c.id == sa.bindparam("row_id"))
        .values(search_key=sa.bindparam("key"))
    )
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        connection.execute(
            statement,
            [{"row_id": r.id, "key": name_search_key(r.first_name, r.last_name)} for r in batch],
        )


def downgrade() -> None:
    """Nothing to undo: the older keys only differed in w/v, and both find the client."""
