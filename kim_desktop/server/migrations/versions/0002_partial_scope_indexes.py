"""Partial indexes on the scope columns of records (only rows where they are set).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 16:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SCOPE_COLUMNS = ("client_id", "case_id", "ref_user_id", "user_login")


def upgrade() -> None:
    with op.batch_alter_table("records", schema=None) as batch_op:
        for column in SCOPE_COLUMNS:
            batch_op.drop_index(f"ix_records_{column}")
    for column in SCOPE_COLUMNS:
        where = sa.text(f"{column} IS NOT NULL")
        op.create_index(
            f"ix_records_{column}",
            "records",
            [column],
            unique=False,
            postgresql_where=where,
            sqlite_where=where,
        )


def downgrade() -> None:
    for column in SCOPE_COLUMNS:
        op.drop_index(f"ix_records_{column}", table_name="records")
    with op.batch_alter_table("records", schema=None) as batch_op:
        for column in SCOPE_COLUMNS:
            batch_op.create_index(f"ix_records_{column}", [column], unique=False)
