"""Client list: indexes for searching as you type over 100,000 clients.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21

Covering indexes for the name search in name order (also within a municipality), the birth
date, and the digits of the phone number (an expression index: typed "0176 123" finds
"0176-1234567"); and consultations by client and date, for a client's last contact.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Same text as kim_desktop.db.models.clients.PHONE_DIGITS_SQL at the time of this revision.
PHONE_DIGITS_SQL = (
    "replace(replace(replace(replace(replace(replace(replace("
    "phone, ' ', ''), '-', ''), '/', ''), '(', ''), ')', ''), '+', ''), '.', '')"
)


def upgrade() -> None:
    op.create_index(
        "ix_clients_list_name",
        "clients",
        ["last_name", "first_name", "search_key", "deleted_at"],
    )
    op.create_index(
        "ix_clients_list_municipality",
        "clients",
        ["municipality_code", "last_name", "first_name", "search_key", "deleted_at"],
    )
    op.create_index("ix_clients_list_birth_date", "clients", ["birth_date", "deleted_at"])
    op.create_index(
        "ix_clients_phone_digits",
        "clients",
        [sa.text(PHONE_DIGITS_SQL), "deleted_at", "last_name", "first_name"],
    )
    op.create_index("ix_consultations_client_held_on", "consultations", ["client_id", "held_on"])


def downgrade() -> None:
    op.drop_index("ix_consultations_client_held_on", table_name="consultations")
    for name in (
        "ix_clients_phone_digits",
        "ix_clients_list_birth_date",
        "ix_clients_list_municipality",
        "ix_clients_list_name",
    ):
        op.drop_index(name, table_name="clients")
