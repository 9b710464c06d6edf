"""Fixtures of the casework service tests: a client and a second case manager."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select

from kim_desktop.db.models import Client, User
from kim_desktop.domain.enums import Role
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.users import NewUserRequest, UserService


@dataclass(frozen=True)
class Casework:
    office: OfficeSession
    client_id: str
    colleague_id: str  # an active case manager
    coordinator_id: str  # active, but no case-management role


@pytest.fixture
def casework(office_session: OfficeSession) -> Casework:
    number = ClientService(office_session).create_client(
        ClientInput(first_name="Olena", last_name="Koval", municipality_code="troisdorf")
    )
    users = UserService(office_session)
    for login, name, role in (
        ("cm.berg", "Birte Berg", Role.CASE_MANAGER),
        ("ko.lenz", "Karl Lenz", Role.COORDINATOR),
    ):
        users.add_user(
            NewUserRequest(
                display_name=name,
                login=login,
                password="Passwort-2024",
                password_repeat="Passwort-2024",
                role=role,
                municipality_codes=["troisdorf"],
            )
        )
    with office_session.database.reading() as session:
        client_id = session.scalars(select(Client.id).where(Client.file_number == number)).one()
        ids = dict(session.execute(select(User.login, User.id)).tuples().all())
    return Casework(office_session, client_id, ids["cm.berg"], ids["ko.lenz"])
