"""A client with a referral consent in the empty Troisdorf office."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from kim_desktop.db.models import Consent, Institution
from kim_desktop.domain.enums import ConsentPurpose
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.office_session import OfficeSession


@dataclass(frozen=True)
class ConsultationWorld:
    office: OfficeSession
    client_id: str
    file_number: str
    institution_id: str  # a Jobcenter institution
    other_institution_id: str  # a second Jobcenter institution, not in the consent


def client_id_of(office: OfficeSession, number: str) -> str:
    return ClientService(office).get_client(number).id


def make_world(office: OfficeSession) -> ConsultationWorld:
    number = ClientService(office).create_client(
        ClientInput(
            first_name="Olena",
            last_name="Kovalenko",
            municipality_code="troisdorf",
            birth_date=date(1988, 4, 12),
            interpreter_needed=True,
            preferred_language_code="uk",
        )
    )
    client_id = client_id_of(office, number)
    with office.database.transaction(office.actor.user_id) as session:
        jobcenter = Institution(name="Jobcenter Rhein-Sieg, Troisdorf", target_code="jobcenter-afa")
        other = Institution(name="Agentur für Arbeit Bonn", target_code="jobcenter-afa")
        session.add_all([jobcenter, other])
        session.flush()
        session.add(
            Consent(
                client_id=client_id,
                purpose=ConsentPurpose.REFERRAL,
                recipients=[
                    {
                        "target_code": "sprach-integrationskurse",
                        "institution_id": None,
                        "name": "Sprachkursträger",
                    },
                    {
                        "target_code": "jobcenter-afa",
                        "institution_id": jobcenter.id,
                        "name": jobcenter.name,
                    },
                ],
                given_on=date.today() - timedelta(days=30),
            )
        )
        ids = (jobcenter.id, other.id)
    return ConsultationWorld(office, client_id, number, *ids)


@pytest.fixture
def world(office_session: OfficeSession) -> ConsultationWorld:
    return make_world(office_session)
