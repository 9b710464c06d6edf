"""Who may erase a client's personal data (DSGVO Art. 17), as docs/SYNC_PROTOCOL.md says:
administrators, coordinators, and the case manager of one of the client's open cases.

The server checks the same rule again when the erase operation arrives; this answer decides
whether the client file offers the action at all.
"""

from __future__ import annotations

from sqlalchemy import func, select

from kim_desktop.db.models import Case
from kim_desktop.domain.enums import Role
from kim_desktop.services.office_session import OfficeSession

ERASING_ROLES = frozenset({Role.ADMINISTRATOR, Role.COORDINATOR})


def may_erase_client(office: OfficeSession, client_id: str) -> bool:
    actor = office.actor
    if actor.role in ERASING_ROLES:
        return True
    with office.database.reading() as session:
        open_cases = session.scalar(
            select(func.count())
            .select_from(Case)
            .where(
                Case.client_id == client_id,
                Case.case_manager_id == actor.user_id,
                Case.closed_on.is_(None),
                Case.deleted_at.is_(None),
            )
        )
    return bool(open_cases)
