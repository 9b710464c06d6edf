"""Devices remember their last observed clock skew (X-KIM-Device-Time against the server).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 16:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("clock_skew_seconds", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_column("clock_skew_seconds")
