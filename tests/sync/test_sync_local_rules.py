"""Local rules of applying pulled data: login collisions, derived search keys, links."""

from __future__ import annotations

import pytest
from sync_helpers import PASSWORD, DeviceFactory

from kim_desktop.domain.enums import Role
from kim_desktop.domain.search_key import name_search_key
from kim_desktop.services.client_search import ClientQuery, ClientSearchService
from kim_desktop.services.users import NewUserRequest, UserService
from kim_desktop.sync.records import client_search_key


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("Jürgen", "Müller-Lüdenscheidt"),
        ("Дмитро", "Коваленко"),
        ("Ana María", "de la Cruz"),
        ("", "Nachname"),
        ("Ömer Ali", "Şahin"),
        ("Mohammed", "Al-Hassan"),
    ],
)
def test_the_cached_search_key_equals_the_client_service_key(first: str, last: str) -> None:
    assert client_search_key(first, last) == name_search_key(first, last)


def test_a_pulled_user_whose_login_is_taken_here_is_kept_renamed_and_inactive(
    sqlite_devices: DeviceFactory,
) -> None:
    anna, ben = sqlite_devices.create("anna"), sqlite_devices.create("ben")
    UserService(ben.office).add_user(  # ben's office has its own, different "anna"
        NewUserRequest("Anna Andere", "anna", PASSWORD, PASSWORD, Role.CASE_MANAGER, ["troisdorf"])
    )
    anna.sync.sync_now()
    ben.sync.sync_now()

    logins = dict(
        (row[0], row[1])
        for row in _rows(ben, "select login, active from users where login like 'anna%'")
    )
    anna_id = anna.office.actor.user_id
    assert logins["anna"] == 1  # ben's own colleague keeps her login
    assert logins[f"anna~{anna_id[-8:]}"] == 0


def test_pulled_clients_are_found_by_the_search_with_their_languages(
    sqlite_devices: DeviceFactory,
) -> None:
    anna, ben = sqlite_devices.create("anna"), sqlite_devices.create("ben")
    client_id = anna.add_client("Olena", "Kowalenko", language_codes=["uk", "ru"])
    anna.sync.sync_now()
    ben.sync.sync_now()

    found = ClientSearchService(ben.office).search(ClientQuery(text="kovalenko")).rows
    assert [row.display_name for row in found] == ["Kowalenko, Olena"]  # w = v, as typed
    languages = sorted(
        row[0]
        for row in _rows(
            ben, f"select language_code from client_languages where client_id = '{client_id}'"
        )
    )
    assert languages == ["ru", "uk"]


def _rows(device, sql: str) -> list:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with device.office.database.engine.connect() as conn:
        return list(conn.execute(text(sql)))
