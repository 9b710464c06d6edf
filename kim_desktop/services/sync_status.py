"""What the status bar says about synchronisation (details: ``sync_service.overview``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from kim_desktop.db.models import OutboxEntry
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.sync.state import LAST_SYNC_KEY
from kim_desktop.sync.state import SERVER_URL_KEY as SYNC_SERVER_KEY


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    pending_changes: int
    last_success: datetime | None


def sync_status(office: OfficeSession) -> SyncStatus:
    with office.database.reading() as session:
        pending = session.scalar(
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.acknowledged_at.is_(None))
        )
    last = office.database.meta(LAST_SYNC_KEY)
    return SyncStatus(
        configured=office.database.meta(SYNC_SERVER_KEY) is not None,
        pending_changes=int(pending or 0),
        last_success=datetime.fromisoformat(last) if last else None,
    )
