"""Pull visibility per account, hand-over, moves, pages and checksums."""

from __future__ import annotations

import hashlib

from sync_server_helpers import Device, case_fields, client_fields, new_id, user_fields

from kim_desktop.server.embedded import ServerThread


def _user(device: Device, user_id: str, login: str, municipality: str) -> None:
    device.push_one("insert", "users", user_id, user_fields(login, municipality))


def test_a_case_manager_of_another_municipality_does_not_receive_a_client(
    server: ServerThread, devices: dict
) -> None:
    anna, ben, carla = devices["anna"], devices["ben"], devices["carla"]
    client, consultation = new_id(), new_id()
    anna.push_one("insert", "clients", client, client_fields())
    anna.push_one(
        "insert",
        "consultations",
        consultation,
        {
            "client_id": client,
            "case_manager_id": "u",
            "municipality_code": "troisdorf",
            "held_on": "2025-02-03",
            "consultation_type": "one_time",
            "notes": "Beratung",
            "topics": ["language"],
        },
    )
    topic = new_id()
    anna.push_one(
        "insert", "consultation_topics", topic, {"code": "language", "labels": {"de": "Sprache"}}
    )
    assert set(ben.pulled_state()) == {client, consultation, topic}
    assert set(carla.pulled_state()) == {topic}  # catalogues: everybody; the client: not Carla
    ids = {c["record_id"] for c in carla.pull_all(table="clients")[0]}
    assert ids == set()


def test_a_hand_over_makes_the_client_visible_to_the_new_case_manager(
    server: ServerThread, devices: dict
) -> None:
    anna, carla = devices["anna"], devices["carla"]
    anna_user, carla_user = new_id(), new_id()
    _user(anna, anna_user, "anna", "troisdorf")
    _user(carla, carla_user, "carla", "siegburg")
    client, case, goal = new_id(), new_id(), new_id()
    anna.push_one("insert", "clients", client, client_fields())
    anna.push_one("insert", "cases", case, case_fields(client, anna_user))
    anna.push_one(
        "insert", "goals", goal, {"case_id": case, "text": "B1-Kurs beginnen", "status": "open"}
    )
    _, carla_cursor = carla.pull_all()
    assert client not in carla.pulled_state()

    result = anna.push_one("update", "cases", case, {"case_manager_id": carla_user}, base_version=1)
    assert result["status"] == "applied"
    changes, _ = carla.pull_all(after=carla_cursor)
    received = {c["record_id"]: c for c in changes}
    assert {client, case, goal} <= set(received)
    assert received[client]["fields"]["first_name"] == "Mariam"
    assert received[client]["version"] == 1  # re-emitted: new seq, same version
    assert received[case]["fields"]["case_manager_id"] == carla_user
    # Anna keeps seeing the client of her municipality.
    assert client in anna.pulled_state()


def test_a_client_moving_away_follows_into_the_new_municipality(
    server: ServerThread, devices: dict
) -> None:
    anna, carla = devices["anna"], devices["carla"]
    client, household = new_id(), new_id()
    anna.push_one("insert", "clients", client, client_fields())
    anna.push_one(
        "insert",
        "household_members",
        household,
        {
            "client_id": client,
            "first_name": "Yusuf",
            "relation": "child",
            "birth_date": "2020-05-01",
        },
    )
    _, cursor = carla.pull_all()
    anna.push_one("update", "clients", client, {"municipality_code": "siegburg"}, base_version=1)
    received = {c["record_id"] for c in carla.pull_all(after=cursor)[0]}
    assert received == {client, household}


def test_pages_hold_each_record_once_with_its_current_state(
    server: ServerThread, devices: dict
) -> None:
    anna, ben = devices["anna"], devices["ben"]
    ids = [new_id() for _ in range(25)]
    anna.push(
        [
            anna.op("insert", "clients", rid, client_fields(file_number=str(i)))
            for i, rid in enumerate(ids)
        ]
    )
    anna.push(
        [anna.op("update", "clients", rid, {"phone": "0999"}, base_version=1) for rid in ids[:5]]
    )
    seen = []
    after = 0
    while True:
        page = ben.http.get("/v1/pull", params={"after": after, "limit": 7}).json()
        assert len(page["changes"]) <= 7
        seen += page["changes"]
        after = page["cursor"]
        if not page["more"]:
            break
    assert sorted(c["record_id"] for c in seen) == sorted(ids)
    assert [c["seq"] for c in seen] == sorted(c["seq"] for c in seen)
    updated = {c["record_id"]: c for c in seen if c["record_id"] in ids[:5]}
    assert all(c["version"] == 2 and c["fields"]["phone"] == "0999" for c in updated.values())
    assert all(c["fields"]["first_name"] == "Mariam" for c in updated.values())  # full state
    # Nothing new: the cursor stays and no page is empty-but-more.
    page = ben.http.get("/v1/pull", params={"after": after}).json()
    assert page == {"changes": [], "cursor": after, "more": False}


def test_checksums_cover_what_the_account_sees(server: ServerThread, devices: dict) -> None:
    anna, carla = devices["anna"], devices["carla"]
    ids = [new_id() for _ in range(4)]
    anna.push(
        [
            anna.op("insert", "clients", rid, client_fields(file_number=str(i)))
            for i, rid in enumerate(ids)
        ]
    )
    anna.push_one("update", "clients", ids[0], {"phone": "1"}, base_version=1)
    sums = anna.http.get("/v1/checksums").json()
    expected_lines = sorted(f"{rid}:{2 if rid == ids[0] else 1}\n" for rid in ids)
    assert sums["tables"]["clients"] == {
        "count": 4,
        "checksum": hashlib.sha256("".join(expected_lines).encode()).hexdigest(),
    }
    assert sums["cursor"] == 5
    assert carla.http.get("/v1/checksums").json()["tables"] == {}


def test_an_unknown_table_filter_is_refused(server: ServerThread, devices: dict) -> None:
    answer = devices["anna"].http.get("/v1/pull", params={"table": "outbox"})
    assert answer.status_code == 422 and answer.json()["error"] == "invalid"
    too_many = devices["anna"].http.get("/v1/pull", params={"limit": 100_000})
    assert too_many.status_code == 422
