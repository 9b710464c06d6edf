"""Structural needs: case managers report, only Module 1 decides."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kim_desktop.db.models import StructuralNeed
from kim_desktop.domain.enums import NeedStatus, Role
from kim_desktop.domain.errors import PermissionDenied, ValidationFailed
from kim_desktop.services.office_session import Actor, OfficeSession
from kim_desktop.services.structural_needs import (
    NeedDecision,
    NeedFilter,
    NeedReport,
    StructuralNeedService,
)
from kim_desktop.services.users import NewUserRequest, UserService

DELFIN = "Fehlende Sprachförderung für Vorschulkinder vor der Einschulung"


def as_role(office: OfficeSession, role: Role, login: str) -> OfficeSession:
    UserService(office).add_user(
        NewUserRequest(login.title(), login, "Passwort-2024", "Passwort-2024", role, ["troisdorf"])
    )
    user_id = next(u for u in _users(office) if u[0] == login)[1]
    other = OfficeSession(office.paths, office.database, Actor(user_id, login, login, role), b"")
    return other


def _users(office: OfficeSession) -> list[tuple[str, str]]:
    from kim_desktop.db.models import User

    with office.database.reading() as session:
        return [(u.login, u.id) for u in session.scalars(select(User))]


def test_case_manager_reports_and_cannot_set_status(office_session: OfficeSession) -> None:
    manager = as_role(office_session, Role.CASE_MANAGER, "cm.test")
    service = StructuralNeedService(manager)
    need_id = service.report(
        NeedReport(DELFIN, "troisdorf", None, "Kinder 4–6 Jahre", 12, "Kind spricht kaum Deutsch")
    )

    row = service.get(need_id)
    assert row.status is NeedStatus.NEW
    assert row.reported_by_name == "Cm.Test"
    assert not service.can_decide()
    with pytest.raises(PermissionDenied) as denied:
        service.decide(need_id, NeedDecision(NeedStatus.SOLVED, "DELFIN 4"))
    assert denied.value.code == "need_status_coordination_only"
    assert service.get(need_id).status is NeedStatus.NEW


def test_coordinator_solves_with_solution(office_session: OfficeSession) -> None:
    manager = StructuralNeedService(as_role(office_session, Role.CASE_MANAGER, "cm.test"))
    coordinator_office = as_role(office_session, Role.COORDINATOR, "koordination")
    coordinator = StructuralNeedService(coordinator_office)
    need_id = manager.report(NeedReport(DELFIN, "troisdorf", cases_seen=8))

    with pytest.raises(ValidationFailed) as failure:
        coordinator.decide(need_id, NeedDecision(NeedStatus.SOLVED))
    assert failure.value.errors[0].code == "need_solution_required"

    coordinator.decide(
        need_id,
        NeedDecision(
            NeedStatus.SOLVED,
            "Sprachstandsfeststellung und Förderung",
            "Projektarbeitsgruppe DELFIN 4",
            coordinator_office.actor.user_id,
        ),
    )
    with office_session.database.reading() as session:
        need = session.scalars(select(StructuralNeed)).one()
    assert need.status is NeedStatus.SOLVED
    assert need.working_group == "Projektarbeitsgruppe DELFIN 4"
    assert need.status_changed_on is not None
    assert need.owner_id == coordinator_office.actor.user_id


def test_filters_and_validation(office_session: OfficeSession) -> None:
    service = StructuralNeedService(office_session)
    first = service.report(NeedReport(DELFIN, "troisdorf", cases_seen=3))
    service.report(NeedReport("Keine Termine bei der Ausländerbehörde", None, cases_seen=20))
    service.decide(first, NeedDecision(NeedStatus.IN_WORK))

    assert [n.id for n in service.list_needs(NeedFilter(status=NeedStatus.IN_WORK))] == [first]
    assert [n.id for n in service.list_needs(NeedFilter(municipality_code="troisdorf"))] == [first]
    assert len(service.list_needs(NeedFilter(text="ausländerbehörde"))) == 1
    assert len(service.list_needs()) == 2
    with pytest.raises(ValidationFailed) as failure:
        service.report(NeedReport("  ", cases_seen=-1))
    assert {(e.field, e.code) for e in failure.value.errors} == {
        ("challenge", "required"),
        ("cases_seen", "daywork_number_not_negative"),
    }
    service.delete(first)
    assert len(service.list_needs()) == 1
    service.restore(first)
    assert len(service.list_needs()) == 2
