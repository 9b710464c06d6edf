"""Records that become visible reach the account's devices: new municipalities of an account,
a users record's (new) login, a restored case. Re-emitted: new seq, same version."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_server_helpers import Device, case_fields, client_fields, new_id, user_fields

from kim_desktop.server.accounts import AdminError
from kim_desktop.server.cli import main
from kim_desktop.server.embedded import ServerThread
from kim_desktop.server.schema import change_log, records, seq_counter


def _client_with_case(device: Device, manager_id: str) -> tuple[str, str, str]:
    """A Troisdorf client with a case of ``manager_id`` and a goal of that case."""
    client, case, goal = new_id(), new_id(), new_id()
    device.push_one("insert", "clients", client, client_fields())
    device.push_one("insert", "cases", case, case_fields(client, manager_id))
    device.push_one(
        "insert", "goals", goal, {"case_id": case, "text": "B1-Kurs beginnen", "status": "open"}
    )
    return client, case, goal


def _caught_up(writer: Device, reader: Device) -> int:
    """``reader``'s cursor after everything so far: ``writer`` adds a catalogue entry (visible
    to all) and ``reader`` pulls up to it, so the cursor passes every record it cannot see."""
    writer.push_one("insert", "consultation_topics", new_id(), {"code": "x", "labels": {"de": "X"}})
    _, cursor = reader.pull_all()
    with reader.server.store.read() as conn:
        assert cursor == conn.execute(select(seq_counter.c.last_seq)).scalar_one()
    return cursor


def _assert_seqs_consistent(server: ServerThread) -> None:
    """The counter is the highest seq; every record's seq is in the change log."""
    with server.store.read() as conn:
        counter = conn.execute(select(seq_counter.c.last_seq)).scalar_one()
        assert counter == conn.execute(select(func.max(change_log.c.seq))).scalar_one()
        assert counter == conn.execute(select(func.max(records.c.last_seq))).scalar_one()
        logged = set(conn.execute(select(change_log.c.seq)).scalars())
        assert set(conn.execute(select(records.c.last_seq)).scalars()) <= logged


def test_a_new_municipality_delivers_its_records_to_the_account(
    server: ServerThread, devices: dict
) -> None:
    anna, carla = devices["anna"], devices["carla"]
    client, household, topic = new_id(), new_id(), new_id()
    anna.push_one("insert", "clients", client, client_fields())
    anna.push_one(
        "insert",
        "household_members",
        household,
        {"client_id": client, "first_name": "Yusuf", "relation": "child"},
    )
    anna.push_one(
        "insert", "consultation_topics", topic, {"code": "work", "labels": {"de": "Arbeit"}}
    )
    cursor = _caught_up(anna, carla)
    assert topic in carla.pulled_state() and client not in carla.pulled_state()

    change = server.admin.set_municipalities("carla", ["troisdorf", "siegburg"])
    assert change.account.municipalities == ("siegburg", "troisdorf")
    assert change.before == ("siegburg",)
    assert change.reemitted == 2  # the client and its household member; not the catalogue

    received, after = carla.pull_all(after=cursor)
    by_id = {c["record_id"]: c for c in received}
    assert set(by_id) == {client, household}
    assert by_id[client]["version"] == 1 and by_id[client]["fields"]["first_name"] == "Mariam"
    assert by_id[household]["fields"]["first_name"] == "Yusuf"
    assert all(c["seq"] > cursor for c in received)
    _assert_seqs_consistent(server)

    # Losing the municipality again re-emits nothing; later changes no longer reach Carla.
    assert server.admin.set_municipalities("carla", ["siegburg"]).reemitted == 0
    anna.push_one("update", "clients", client, {"phone": "0228 1"}, base_version=1)
    assert carla.pull_all(after=after)[0] == []


def test_setting_municipalities_of_an_unknown_account_is_refused(server: ServerThread) -> None:
    with pytest.raises(AdminError, match="gibt es nicht"):
        server.admin.set_municipalities("niemand", ["troisdorf"])


def test_set_municipalities_from_the_command_line(
    store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    common = ("--db", store_url, "--data-dir", str(tmp_path))
    with ServerThread(store_url) as server:
        server.admin.create_account("anna", "Anna", "case_manager", ["troisdorf"])
        server.admin.create_account("dora", "Dora Demir", "case_manager", ["siegburg"])
        anna = Device(server, "anna")
        anna.push_one("insert", "clients", new_id(), client_fields())
        anna.close()
    code = main(["account", "set-municipalities", "dora", "troisdorf", "lohmar", *common])
    out = capsys.readouterr().out
    assert code == 0
    assert "Kommunen von dora: lohmar, troisdorf (vorher: siegburg)." in out
    assert "1 Datensätze der neuen Kommunen werden den Geräten von dora" in out
    assert "Hinweis: Datensätze aus siegburg bleiben auf den Geräten von dora" in out
    assert main(["account", "list", *common]) == 0
    assert "dora\tDora Demir\tCase Management\tlohmar, troisdorf" in capsys.readouterr().out


def test_a_users_record_getting_the_accounts_login_delivers_its_clients(
    server: ServerThread, devices: dict
) -> None:
    anna, carla = devices["anna"], devices["carla"]
    user = new_id()
    anna.push_one("insert", "users", user, user_fields("c.yilmaz"))  # a login typo
    client, case, goal = _client_with_case(anna, user)
    cursor = _caught_up(anna, carla)
    assert client not in carla.pulled_state()

    result = anna.push_one("update", "users", user, {"login": "carla"}, base_version=1)
    assert result["status"] == "applied"
    received = {c["record_id"]: c for c in carla.pull_all(after=cursor)[0]}
    assert {client, case, goal, user} <= set(received)
    assert received[client]["version"] == 1  # re-emitted, not changed
    assert received[goal]["fields"]["text"] == "B1-Kurs beginnen"
    _assert_seqs_consistent(server)


def test_a_users_record_arriving_after_its_cases_delivers_their_clients(
    server: ServerThread, devices: dict
) -> None:
    anna, carla = devices["anna"], devices["carla"]
    user = new_id()
    client, case, goal = _client_with_case(anna, user)  # the users record is not known yet
    cursor = _caught_up(anna, carla)

    anna.push_one("insert", "users", user, user_fields("carla"))
    received = {c["record_id"] for c in carla.pull_all(after=cursor)[0]}
    assert {client, case, goal, user} <= received


def test_a_restored_case_delivers_its_client_again(server: ServerThread, devices: dict) -> None:
    anna, carla = devices["anna"], devices["carla"]
    user = new_id()
    anna.push_one("insert", "users", user, user_fields("carla"))
    client, case, _goal = _client_with_case(anna, user)
    anna.push_one("delete", "cases", case, base_version=1)
    cursor = _caught_up(anna, carla)

    anna.push_one("restore", "cases", case, base_version=2)
    received = {c["record_id"]: c for c in carla.pull_all(after=cursor)[0]}
    assert client in received and received[client]["version"] == 1
    assert received[case]["deleted"] is False
