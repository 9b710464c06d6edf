"""Erasure (DSGVO Art. 17): no personal data of the client left in any server table."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from sync_server_helpers import Device, client_fields, new_id

from kim_desktop.server.embedded import ServerThread
from kim_desktop.server.schema import metadata

PERSONAL = (
    "Mariam",
    "Haddad",
    "1987-04-12",
    "0176 5550123",
    "5550123",
    "mariam.haddad@example.org",
    "Kölner Straße 12",
    "Sucht einen Sprachkurs",
    "Yusuf",
    "2019-08-30",
    "Angst vor dem Termin",
    "B1-Kurs bei der VHS",
    "Konfliktwert Annas",
    "Konfliktwert Bens",
)


def _every_text_value(server: ServerThread) -> str:
    """All values of all columns of all server tables, as one text."""
    parts = []
    with server.store.read() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(select(table)):
                for value in row:
                    parts.append(
                        value
                        if isinstance(value, str)
                        else json.dumps(value, default=str, ensure_ascii=False)
                    )
    return "\n".join(parts)


def _sqlite_bytes(store_url: str) -> bytes:
    database = Path(store_url.removeprefix("sqlite:///"))
    return b"".join(path.read_bytes() for path in database.parent.glob(database.name + "*"))


def _user(device: Device, user_id: str) -> None:
    device.push_one(
        "insert",
        "users",
        user_id,
        {
            "login": device.login,
            "display_name": device.login,
            "role": "case_manager",
            "email": "",
            "phone": "",
            "active": True,
            "municipalities": ["troisdorf"],
        },
    )


def _client_with_history(anna: Device, ben: Device) -> dict[str, str]:
    ids = {
        name: new_id() for name in ("user", "client", "household", "case", "goal", "consultation")
    }
    _user(anna, ids["user"])
    anna.push_one("insert", "clients", ids["client"], client_fields())
    anna.push_one(
        "insert",
        "household_members",
        ids["household"],
        {
            "client_id": ids["client"],
            "first_name": "Yusuf",
            "last_name": "Haddad",
            "birth_date": "2019-08-30",
            "relation": "child",
        },
    )
    anna.push_one(
        "insert",
        "cases",
        ids["case"],
        {
            "client_id": ids["client"],
            "case_type": "case_management",
            "case_manager_id": ids["user"],
            "municipality_code": "troisdorf",
            "phase": "intake",
            "opened_on": "2025-01-10",
        },
    )
    anna.push_one(
        "insert", "goals", ids["goal"], {"case_id": ids["case"], "text": "B1-Kurs bei der VHS"}
    )
    anna.push_one(
        "insert",
        "consultations",
        ids["consultation"],
        {
            "client_id": ids["client"],
            "case_id": ids["case"],
            "case_manager_id": ids["user"],
            "municipality_code": "troisdorf",
            "held_on": "2025-01-15",
            "consultation_type": "case_management",
            "notes": "Angst vor dem Termin",
        },
    )
    # A conflict on the client: both values are kept in the conflicts table.
    ben.pulled_state()
    anna.versions[ids["client"]] = 1
    anna.push_one("update", "clients", ids["client"], {"notes": "Konfliktwert Annas"})
    assert ben.push_one("update", "clients", ids["client"], {"notes": "Konfliktwert Bens"})[
        "conflicts"
    ]
    return ids


def test_erasure_leaves_no_personal_data_in_any_table(
    server: ServerThread, devices: dict, store_url: str
) -> None:
    anna, ben = devices["anna"], devices["ben"]
    ids = _client_with_history(anna, ben)
    before = _every_text_value(server)
    assert all(text in before for text in PERSONAL)  # the scan does see them
    if store_url.startswith("sqlite:///"):
        assert b"Mariam" in _sqlite_bytes(store_url) and b"Angst vor dem" in _sqlite_bytes(
            store_url
        )
    _, ben_cursor = ben.pull_all()

    result = anna.push_one("erase", "clients", ids["client"])
    assert result["status"] == "applied"

    after = _every_text_value(server)
    left = [text for text in PERSONAL if text in after]
    assert left == [], f"personal data left on the server: {left}"
    if store_url.startswith("sqlite:///"):
        # The database file and its WAL, byte by byte (secure_delete, checkpoint).
        assert [t for t in PERSONAL if t.encode("utf-8") in _sqlite_bytes(store_url)] == []

    # Tombstones stay and reach the other device as erasures.
    changes, _ = ben.pull_all(after=ben_cursor)
    erased = {c["record_id"]: c for c in changes if c["erased"]}
    client_records = {ids[k] for k in ("client", "household", "case", "goal", "consultation")}
    assert client_records <= set(erased)
    assert all(c["op"] == "erase" and c["fields"] == {} for c in erased.values())
    assert ids["user"] not in erased
    # Checksums count no erased record.
    tables = ben.http.get("/v1/checksums").json()["tables"]
    assert "clients" not in tables and "goals" not in tables


def test_later_changes_of_an_erased_client_are_rejected(
    server: ServerThread, devices: dict
) -> None:
    anna, ben = devices["anna"], devices["ben"]
    ids = _client_with_history(anna, ben)
    admin = devices["admin"]
    assert admin.push_one("erase", "clients", ids["client"])["status"] == "applied"
    late = ben.push(
        [
            ben.op("update", "clients", ids["client"], {"phone": "0176 5550123"}),
            ben.op("update", "goals", ids["goal"], {"text": "B1-Kurs bei der VHS"}),
            ben.op(
                "insert",
                "consultations",
                new_id(),
                {"client_id": ids["client"], "notes": "Angst vor dem Termin"},
            ),
        ]
    )
    assert [r["status"] for r in late["results"]] == ["rejected"] * 3
    assert all("Art. 17" in r["reason"] for r in late["results"])
    assert not [t for t in PERSONAL if t in _every_text_value(server)]


def test_only_authorised_accounts_may_erase(server: ServerThread, devices: dict) -> None:
    anna, ben = devices["anna"], devices["ben"]
    ids = _client_with_history(anna, ben)
    refused = ben.push_one("erase", "clients", ids["client"])  # same municipality, not her case
    assert refused["status"] == "rejected" and "Art. 17" in refused["reason"]
    assert devices["carla"].push_one("erase", "clients", ids["client"])["status"] == "rejected"
    assert anna.push_one("erase", "goals", ids["goal"])["status"] == "rejected"
    assert "Mariam" in _every_text_value(server)
    # The coordinator may erase (the district's data protection duty).
    assert devices["kora"].push_one("erase", "clients", ids["client"])["status"] == "applied"
    assert "Mariam" not in _every_text_value(server)


def test_erasure_inside_one_batch_with_the_data(server: ServerThread, devices: dict) -> None:
    admin = devices["admin"]
    client = new_id()
    answer = admin.push(
        [
            admin.op("insert", "clients", client, client_fields()),
            admin.op("erase", "clients", client),
            admin.op("update", "clients", client, {"notes": "Sucht einen Sprachkurs"}),
        ]
    )
    assert [r["status"] for r in answer["results"]] == ["applied", "applied", "rejected"]
    assert not [t for t in PERSONAL if t in _every_text_value(server)]


def test_erasure_reaches_a_device_that_no_longer_sees_the_client(
    server: ServerThread, devices: dict
) -> None:
    """Carla (Siegburg) received the client while it was a Siegburg client; it moved to
    Troisdorf, out of her sight. Its erasure still reaches her device, without personal data."""
    anna, carla = devices["anna"], devices["carla"]
    client = new_id()
    anna.push_one("insert", "clients", client, client_fields(municipality_code="siegburg"))
    changes, carla_cursor = carla.pull_all()
    assert client in {c["record_id"] for c in changes}
    anna.push_one("update", "clients", client, {"municipality_code": "troisdorf"})
    changes, carla_cursor = carla.pull_all(after=carla_cursor)
    assert client not in {c["record_id"] for c in changes}

    assert devices["admin"].push_one("erase", "clients", client)["status"] == "applied"

    changes, _ = carla.pull_all(after=carla_cursor)
    erased = [c for c in changes if c["record_id"] == client]
    assert len(erased) == 1
    assert erased[0]["erased"] and erased[0]["op"] == "erase" and erased[0]["fields"] == {}
