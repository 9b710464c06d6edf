"""Client search: forgiving names, birth dates, phone digits, file numbers, filters, paging."""

from __future__ import annotations

from datetime import date

import pytest

from kim_desktop.services.client_search import (
    CaseState,
    ClientQuery,
    ClientSearchService,
    SortKey,
)
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.office_session import OfficeSession


def _add(office: OfficeSession, first: str, last: str, **values: object) -> str:
    data = ClientInput(first_name=first, last_name=last, municipality_code="troisdorf")
    for name, value in values.items():
        setattr(data, name, value)
    return ClientService(office).save_client(data).id


def _names(office: OfficeSession, text: str, **query: object) -> list[str]:
    page = ClientSearchService(office).search(ClientQuery(text=text, **query))  # type: ignore[arg-type]
    return [row.display_name for row in page.rows]


@pytest.fixture
def people(office_session: OfficeSession) -> OfficeSession:
    _add(office_session, "Anna", "Müller", birth_date=date(1985, 3, 12), phone="0176-1234567")
    _add(office_session, "Olena", "Kovalenko", birth_date=date(1990, 7, 1))
    _add(office_session, "Mohammed", "Haddad", phone="+49 2241 55 66")
    _add(office_session, "Ivan", "Petrenko")
    return office_session


@pytest.mark.parametrize("typed", ["Müller", "Mueller", "Muller", "mül", "MUEL", "anna mü"])
def test_umlauts_and_spellings_find_mueller(people: OfficeSession, typed: str) -> None:
    assert _names(people, typed) == ["Müller, Anna"]


@pytest.mark.parametrize("typed", ["Olena", "Олена", "Оле", "kov", "olena kovalenko"])
def test_cyrillic_and_prefixes_find_olena(people: OfficeSession, typed: str) -> None:
    assert _names(people, typed) == ["Kovalenko, Olena"]


@pytest.mark.parametrize("typed", ["Mohammed", "Muhammad", "Mohamad", "muh"])
def test_transliterations_of_mohammed(people: OfficeSession, typed: str) -> None:
    assert _names(people, typed) == ["Haddad, Mohammed"]


def test_words_are_prefixes_not_infixes(people: OfficeSession) -> None:
    assert _names(people, "ller") == []
    assert _names(people, "xyz") == []


@pytest.mark.parametrize("typed", ["12.03.1985", "12.3.85", "1985-03-12", "12.03."])
def test_birth_date_forms(people: OfficeSession, typed: str) -> None:
    assert _names(people, typed) == ["Müller, Anna"]


def test_impossible_date_finds_nothing(people: OfficeSession) -> None:
    assert _names(people, "31.02.1990") == []


@pytest.mark.parametrize("typed", ["0176 123", "0176-1234567", "01761234567", "0176/12"])
def test_phone_digits(people: OfficeSession, typed: str) -> None:
    assert _names(people, typed) == ["Müller, Anna"]


def test_phone_with_country_code(people: OfficeSession) -> None:
    assert _names(people, "49 2241") == ["Haddad, Mohammed"]


def test_file_number_prefix(people: OfficeSession) -> None:
    rows = ClientSearchService(people).search(ClientQuery()).rows
    number = next(r.file_number for r in rows if r.last_name == "Petrenko")
    assert _names(people, number) == ["Petrenko, Ivan"]
    assert len(_names(people, "TRO-")) == 4
    assert _names(people, number.lower()) == ["Petrenko, Ivan"]


def test_deleted_clients_are_not_listed(people: OfficeSession) -> None:
    rows = ClientSearchService(people).search(ClientQuery(text="Petrenko")).rows
    ClientService(people).delete_client(rows[0].file_number)
    assert _names(people, "Petrenko") == []


def test_filters_municipality_and_target_group(people: OfficeSession) -> None:
    _add(people, "Jan", "Sieg", municipality_code="siegburg", target_group_code=None)
    assert _names(people, "", municipality_code="siegburg") == ["Sieg, Jan"]
    assert _names(people, "", target_group_code="does-not-exist") == []


def test_open_and_my_cases_filters(people: OfficeSession) -> None:
    from kim_desktop.db.models import Case, Client
    from kim_desktop.domain.enums import CaseType

    with people.database.transaction(people.actor.user_id) as session:
        client = session.query(Client).filter_by(last_name="Haddad").one()
        session.add(
            Case(
                client_id=client.id,
                case_type=CaseType.CASE_MANAGEMENT,
                case_manager_id=people.actor.user_id,
                municipality_code="troisdorf",
                opened_on=date(2024, 1, 5),
            )
        )
    assert _names(people, "", mine=True) == ["Haddad, Mohammed"]
    assert _names(people, "", case_state=CaseState.OPEN) == ["Haddad, Mohammed"]
    assert "Haddad, Mohammed" not in _names(people, "", case_state=CaseState.CLOSED)
    assert len(_names(people, "", case_state=CaseState.CLOSED)) == 3
    [row] = ClientSearchService(people).search(ClientQuery(text="Haddad")).rows
    assert row.open_cases == 1


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_paging_returns_every_client_once_in_order(
    office_session: OfficeSession, sort: SortKey, descending: bool
) -> None:
    for i in range(23):
        birth = None if i % 5 == 0 else date(1980 + i % 7, 1 + i % 12, 1 + i)
        _add(office_session, f"Vor{i % 4}", f"Nach{i % 6}", birth_date=birth)
    service = ClientSearchService(office_session)
    query = ClientQuery(sort=sort, descending=descending)
    seen, cursor = [], None
    while True:
        page = service.search(query, after=cursor, page_size=5)
        seen += page.rows
        cursor = page.cursor
        if cursor is None:
            break
    assert len(seen) == 23
    assert len({row.id for row in seen}) == 23
    whole = service.search(query, page_size=100).rows
    assert [r.id for r in seen] == [r.id for r in whole]
    if sort is SortKey.NAME:
        keys = [(r.last_name, r.first_name) for r in seen]
        assert keys == sorted(keys, reverse=descending)
