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


def test_a_table_that_differs_from_the_server_is_pulled_again(
    sqlite_devices: DeviceFactory,
) -> None:
    anna, ben = sqlite_devices.create("anna"), sqlite_devices.create("ben")
    ids = [anna.add_client("Person", f"Nummer {n}") for n in range(3)]
    anna.sync.sync_now()
    ben.sync.sync_now()
    with ben.office.database.engine.begin() as conn:  # a row lost on Ben's laptop
        from sqlalchemy import text

        conn.execute(text("delete from clients where id = :i"), {"i": ids[1]})
        conn.execute(text("delete from sync_record_state where record_id = :i"), {"i": ids[1]})

    report = ben.sync.sync_now()

    assert report.repaired_tables == ["clients"]
    assert ben.client(ids[1]) is not None
    assert ben.sync.sync_now().repaired_tables == []  # equal again


def test_a_sync_in_another_process_holds_the_office_lock(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    from kim_desktop.sync.errors import SyncAlreadyRunning
    from kim_desktop.sync.lock import sync_lock

    lock_file = tmp_path / "sync.lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path\n"
            "from kim_desktop.sync.lock import sync_lock\n"
            "with sync_lock(Path(sys.argv[1])):\n"
            "    print('locked', flush=True); time.sleep(30)\n",
            str(lock_file),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(SyncAlreadyRunning), sync_lock(lock_file, wait_s=0.3):
            pass
    finally:
        holder.kill()
        holder.wait(10)
    with sync_lock(lock_file):  # released when its holder died
        pass
