"""Saving clients with their household; validation; possible duplicates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from kim_desktop.db.models import Client, HouseholdMember, OutboxEntry
from kim_desktop.domain.enums import HouseholdRelation
from kim_desktop.domain.errors import ValidationFailed
from kim_desktop.services.clients import ClientInput, ClientService, HouseholdMemberInput
from kim_desktop.services.duplicates import DuplicateService
from kim_desktop.services.office_session import OfficeSession


def _input(**values: object) -> ClientInput:
    data = ClientInput(first_name="Olena", last_name="Kovalenko", municipality_code="troisdorf")
    for name, value in values.items():
        setattr(data, name, value)
    return data


def _count(office: OfficeSession, model: type) -> int:
    with office.database.reading() as session:
        return len(session.scalars(select(model)).all())


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"first_name": " "}, "first_name", "required"),
        ({"last_name": ""}, "last_name", "required"),
        ({"municipality_code": ""}, "municipality_code", "required"),
        ({"birth_date": date.today() + timedelta(days=1)}, "birth_date", "date_in_future"),
        ({"arrival_date": date.today() + timedelta(days=3)}, "arrival_date", "date_in_future"),
        ({"phone": "abc-123"}, "phone", "phone_format"),
        ({"email": "olena@"}, "email", "email_format"),
        ({"postal_code": "5384"}, "postal_code", "postal_code_format"),
        (
            {"household": [HouseholdMemberInput(first_name="")]},
            "household",
            "household_name_required",
        ),
    ],
)
def test_invalid_input_writes_nothing(
    office_session: OfficeSession, values: dict[str, object], field: str, code: str
) -> None:
    outbox_before = _count(office_session, OutboxEntry)
    with pytest.raises(ValidationFailed) as failure:
        ClientService(office_session).save_client(_input(**values))
    assert (field, code) in [(e.field, e.code) for e in failure.value.errors]
    assert _count(office_session, Client) == 0
    assert _count(office_session, HouseholdMember) == 0
    assert _count(office_session, OutboxEntry) == outbox_before


def test_household_is_saved_with_the_client_in_one_transaction(
    office_session: OfficeSession,
) -> None:
    child = HouseholdMemberInput(
        first_name="Sofiia",
        birth_date=date(2020, 5, 1),
        relation=HouseholdRelation.CHILD,
        attends_kita=True,
        speech_support_needed=True,
    )
    saved = ClientService(office_session).save_client(
        _input(household=[child], language_codes=["uk"], preferred_language_code="ru")
    )
    with office_session.database.reading() as session:
        [member] = session.scalars(select(HouseholdMember)).all()
        client = session.get(Client, saved.id)
        assert client is not None
        assert sorted(lang.code for lang in client.languages) == ["ru", "uk"]
        outbox = session.scalars(select(OutboxEntry)).all()
    assert member.client_id == saved.id and member.attends_kita and member.speech_support_needed
    tables = sorted(e.table_name for e in outbox)
    assert "clients" in tables and "household_members" in tables


def test_editing_the_household_updates_and_tombstones(office_session: OfficeSession) -> None:
    service = ClientService(office_session)
    saved = service.save_client(
        _input(household=[HouseholdMemberInput("Sofiia"), HouseholdMemberInput("Taras")])
    )
    number, data = service.client_input(saved.id)
    assert number == saved.file_number
    assert data.household is not None and len(data.household) == 2
    data.household = [m for m in data.household if m.first_name == "Sofiia"]
    data.household[0].attends_kita = True
    data.phone = "0176 555"
    service.save_client(data, saved.id)
    with office_session.database.reading() as session:
        rows = {m.first_name: m for m in session.scalars(select(HouseholdMember))}
        client = session.get(Client, saved.id)
    assert rows["Sofiia"].attends_kita and rows["Sofiia"].deleted_at is None
    assert rows["Taras"].deleted_at is not None
    assert client is not None and client.phone == "0176 555"


def test_duplicates_by_similar_name_and_birth_date_or_phone(
    office_session: OfficeSession,
) -> None:
    service = ClientService(office_session)
    service.save_client(
        _input(first_name="Mohammed", last_name="Haddad", birth_date=date(1980, 2, 3))
    )
    service.save_client(_input(first_name="Anna", last_name="Müller", phone="0176-1234567"))
    duplicates = DuplicateService(office_session)
    [same] = duplicates.find("Muhammad", "Hadad", date(1980, 2, 3))
    assert same.last_name == "Haddad" and same.same_name_and_birth_date
    assert duplicates.find("Muhammad", "Hadad", date(1980, 2, 4)) == []
    assert duplicates.find("Peter", "Haddad", date(1980, 2, 3)) == []
    [by_phone] = duplicates.find("Someone", "Else", None, "0176 123 4567")
    assert by_phone.last_name == "Müller" and by_phone.same_phone


def test_german_spelling_of_a_slavic_name_is_a_duplicate(office_session: OfficeSession) -> None:
    ClientService(office_session).save_client(
        _input(first_name="Olena", last_name="Kovalenko", birth_date=date(1988, 4, 12))
    )
    duplicates = DuplicateService(office_session)
    [same] = duplicates.find("Olena", "Kowalenko", date(1988, 4, 12))
    assert same.last_name == "Kovalenko" and same.same_name_and_birth_date
    [cyrillic] = duplicates.find("Олена", "Коваленко", date(1988, 4, 12))
    assert cyrillic.last_name == "Kovalenko"
