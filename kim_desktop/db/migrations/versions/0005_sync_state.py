"""Desktop sync bookkeeping: server versions, conflict inbox, sync log, coordinator feed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

Device-local tables of the sync client (issue 5); nothing here is replicated.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_record_state",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_sync_record_state")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("conflict_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("base_value", sa.JSON(), nullable=True),
        sa.Column("server_value", sa.JSON(), nullable=True),
        sa.Column("device_value", sa.JSON(), nullable=True),
        sa.Column("server_hlc", sa.String(length=64), nullable=False),
        sa.Column("device_hlc", sa.String(length=64), nullable=False),
        sa.Column("server_login", sa.String(length=64), nullable=True),
        sa.Column("device_login", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("resolved_at", sa.String(length=40), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("resolution_pending", sa.Boolean(), nullable=False),
        sa.Column("resolution_value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("conflict_id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index(
        op.f("ix_sync_conflicts_record_id"), "sync_conflicts", ["record_id"], unique=False
    )
    op.create_index(
        op.f("ix_sync_conflicts_resolved_at"), "sync_conflicts", ["resolved_at"], unique=False
    )
    op.create_table(
        "sync_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("pushed", sa.Integer(), nullable=False),
        sa.Column("pulled", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_log")),
    )
    op.create_table(
        "coordinator_feed",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("pseudonym", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "pseudonym", name=op.f("pk_coordinator_feed")),
    )


def downgrade() -> None:
    op.drop_table("coordinator_feed")
    op.drop_table("sync_log")
    op.drop_index(op.f("ix_sync_conflicts_resolved_at"), table_name="sync_conflicts")
    op.drop_index(op.f("ix_sync_conflicts_record_id"), table_name="sync_conflicts")
    op.drop_table("sync_conflicts")
    op.drop_table("sync_record_state")
