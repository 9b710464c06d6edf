"""Seeding the default catalogues into a new office database."""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, insert

from kim_desktop.db.base import Base, utcnow
from kim_desktop.db.seed_data import catalogue_rows

SEED_DEVICE = "seed"
SEED_NAMESPACE = uuid.UUID("6f1f5a4e-4b0e-4c53-9a51-6b696d736565")


def seeded_id(table: str, code: str) -> str:
    """The same id for the same catalogue entry on every device and the server."""
    return str(uuid.uuid5(SEED_NAMESPACE, f"{table}/{code}"))


def seed_catalogues(conn: Connection) -> int:
    """Insert the district's default catalogues; returns the number of rows.

    The defaults are shipped with every installation and known to the server, so they are
    written as already synchronised records (version 1, no outbox entry).
    """
    now = utcnow()
    count = 0
    for table_name, rows in catalogue_rows().items():
        table = Base.metadata.tables[table_name]
        stamped = [
            row
            | {
                "id": seeded_id(table_name, row["code"]),
                "created_at": now,
                "updated_at": now,
                "hlc": f"{0:013d}-{0:05d}-{SEED_DEVICE}",
                "origin_device": SEED_DEVICE,
                "version": 1,
                "deleted_at": None,
            }
            for row in rows
        ]
        conn.execute(insert(table), stamped)
        count += len(stamped)
    return count
