"""What the status bar says about synchronisation (the sync itself comes later)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from kim_desktop.db.models import OutboxEntry
from kim_desktop.services.office_session import OfficeSession

SYNC_SERVER_KEY = "sync_server_url"
LAST_SYNC_KEY = "last_successful_sync"


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
