"""Which ``offices`` row is this database's own office.

After a sync the table also holds the offices of other devices, so "the first office" is
not an answer: office setup stores the id of the office it created in local meta.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.db.models import LocalMeta, Office

OFFICE_ID_KEY = "office_id"


def own_office_id(session: Session) -> str | None:
    return session.scalar(select(LocalMeta.value).where(LocalMeta.key == OFFICE_ID_KEY))


def own_office(session: Session) -> Office | None:
    """This device's office (None when it was deleted or the database has none yet)."""
    office_id = own_office_id(session)
    office = session.get(Office, office_id) if office_id else None
    if office is None or office.deleted_at is not None:
        return None
    return office
