"""Push: exactly once, gaps held, rejections that do not block, per-field merge, conflicts."""

from __future__ import annotations

from sqlalchemy import func, select
from sync_server_helpers import Device, client_fields, new_id

from kim_desktop.server.embedded import ServerThread
from kim_desktop.server.schema import change_log, conflicts, records
from kim_desktop.sync.protocol import DELETED_FIELD


def _count(server: ServerThread, table: object) -> int:
    with server.store.read() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()  # type: ignore[arg-type]


def _record(server: ServerThread, record_id: str) -> dict:
    with server.store.read() as conn:
        row = conn.execute(select(records).where(records.c.record_id == record_id)).one()
    return dict(row._mapping)


def test_a_resent_batch_is_applied_exactly_once(server: ServerThread, devices: dict) -> None:
    anna: Device = devices["anna"]
    ids = [new_id() for _ in range(3)]
    ops = [
        anna.op("insert", "clients", rid, client_fields(file_number=f"F{i}"))
        for i, rid in enumerate(ids)
    ]
    first = anna.push(ops)
    assert [r["status"] for r in first["results"]] == ["applied"] * 3
    assert first["last_applied_seq"] == 3
    changes_before = _count(server, change_log)

    again = anna.push(ops)  # e.g. the answer was lost after the server committed
    assert [r["status"] for r in again["results"]] == ["duplicate"] * 3
    assert [r["version"] for r in again["results"]] == [1, 1, 1]
    assert again["last_applied_seq"] == 3
    assert _count(server, change_log) == changes_before
    assert _count(server, records) == 3

    # Partly known, partly new: the known part is answered, the new one applied.
    more = [anna.op("update", "clients", ids[0], {"phone": "0228 1234"}, base_version=1)]
    mixed = anna.push(ops[1:] + more)
    assert [r["status"] for r in mixed["results"]] == ["duplicate", "duplicate", "applied"]
    assert _record(server, ids[0])["version"] == 2


def test_a_gap_holds_later_ops_until_the_missing_one_arrives(
    server: ServerThread, devices: dict
) -> None:
    anna: Device = devices["anna"]
    first, second, third = new_id(), new_id(), new_id()
    op1 = anna.op("insert", "clients", first, client_fields(file_number="A"))
    op2 = anna.op("insert", "clients", second, client_fields(file_number="B"))
    op3 = anna.op("insert", "clients", third, client_fields(file_number="C"))
    answer = anna.push([op1, op3])
    assert [(r["seq"], r["status"]) for r in answer["results"]] == [(1, "applied"), (3, "held")]
    assert answer["last_applied_seq"] == 1
    assert _count(server, records) == 1

    answer = anna.push([op2, op3])
    assert [(r["seq"], r["status"]) for r in answer["results"]] == [(2, "applied"), (3, "applied")]
    assert answer["last_applied_seq"] == 3
    assert _count(server, records) == 3


def test_a_rejected_op_consumes_its_seq_and_does_not_block(
    server: ServerThread, devices: dict
) -> None:
    anna: Device = devices["anna"]
    good = new_id()
    ops = [
        anna.op("insert", "secret_table", new_id(), {"x": 1}),
        anna.op("insert", "clients", new_id(), {"shoe_size": 42}),
        anna.op("insert", "clients", new_id(), {"birth_date": "12.04.1987"}),
        anna.op("frobnicate", "clients", new_id(), {}),
        anna.op("insert", "clients", good, client_fields()),
    ]
    answer = anna.push(ops)
    statuses = [r["status"] for r in answer["results"]]
    assert statuses == ["rejected"] * 4 + ["applied"]
    reasons = [r["reason"] for r in answer["results"][:4]]
    assert "wird nicht synchronisiert" in reasons[0]
    assert "'shoe_size' gibt es" in reasons[1]
    assert "Datum" in reasons[2]
    assert "Unbekannte Art" in reasons[3]
    assert answer["last_applied_seq"] == 5
    assert _count(server, records) == 1
    # Resent, a rejected op is answered from the stored result again, reason included.
    again = anna.push(ops[:1])["results"][0]
    assert again["status"] == "duplicate" and again["original_status"] == "rejected"
    assert again["reason"] == reasons[0]


def test_coordinators_may_not_push_case_data(server: ServerThread, devices: dict) -> None:
    kora: Device = devices["kora"]
    need = new_id()
    answer = kora.push(
        [
            kora.op("insert", "clients", new_id(), client_fields()),
            kora.op(
                "insert",
                "structural_needs",
                need,
                {
                    "challenge": "Zu wenige Kita-Plätze mit Sprachförderung",
                    "reported_on": "2025-02-01",
                },
            ),
        ]
    )
    assert answer["results"][0]["status"] == "rejected"
    assert "Koordination" in answer["results"][0]["reason"]
    assert answer["results"][1]["status"] == "applied"


def test_different_fields_changed_on_two_devices_are_merged(
    server: ServerThread, devices: dict
) -> None:
    anna, ben = devices["anna"], devices["ben"]
    client = new_id()
    anna.push_one("insert", "clients", client, client_fields())
    ben.pulled_state()
    anna.versions[client] = 1
    assert anna.push_one("update", "clients", client, {"phone": "0170 111"})["status"] == "applied"
    result = ben.push_one("update", "clients", client, {"city": "Troisdorf-Sieglar"})
    assert result == {**result, "status": "applied", "version": 3}
    assert "conflicts" not in result
    fields = _record(server, client)["fields"]
    assert fields["phone"] == "0170 111" and fields["city"] == "Troisdorf-Sieglar"
    assert _count(server, conflicts) == 0
    # A device's own later change is not a conflict with itself (base still 1).
    assert "conflicts" not in anna.push_one("update", "clients", client, {"phone": "0170 222"})
    assert _record(server, client)["fields"]["phone"] == "0170 222"


def test_the_same_field_changed_twice_keeps_both_values(
    server: ServerThread, devices: dict
) -> None:
    anna, ben = devices["anna"], devices["ben"]
    client = new_id()
    anna.push_one("insert", "clients", client, client_fields(notes="Erstgespräch"))
    ben.pulled_state()
    anna.versions[client] = 1
    anna.push_one("update", "clients", client, {"notes": "Annas Fassung"})
    result = ben.push_one("update", "clients", client, {"notes": "Bens Fassung"})
    assert result["status"] == "applied" and len(result["conflicts"]) == 1
    # Ben's clock is later: his value wins for now, Anna's is kept in the conflict.
    assert _record(server, client)["fields"]["notes"] == "Bens Fassung"
    for device in (anna, ben):
        listed = device.http.get("/v1/conflicts").json()["conflicts"]
        assert len(listed) == 1
        conflict = listed[0]
        assert conflict["field"] == "notes"
        assert conflict["base_value"] == "Erstgespräch"
        assert conflict["server_value"] == "Annas Fassung"
        assert conflict["device_value"] == "Bens Fassung"
        assert (conflict["server_login"], conflict["device_login"]) == ("anna", "ben")
        assert conflict["resolved_at"] is None
    # Carla (another municipality) does not see the record, nor its conflict.
    assert devices["carla"].http.get("/v1/conflicts").json()["conflicts"] == []

    resolved = anna.http.post(
        f"/v1/conflicts/{result['conflicts'][0]}/resolve",
        json={"value": "Beide Fassungen", "note": "zusammengeführt"},
    )
    assert resolved.status_code == 200
    assert resolved.json()["resolved_by"] == "anna" and resolved.json()["resolved_at"]
    assert ben.http.get("/v1/conflicts").json()["conflicts"] == []
    done = ben.http.get("/v1/conflicts", params={"status": "resolved"}).json()["conflicts"]
    assert [c["resolution"] for c in done] == ["Beide Fassungen"]
    twice = ben.http.post(f"/v1/conflicts/{result['conflicts'][0]}/resolve", json={"value": "x"})
    assert twice.status_code == 409 and twice.json()["error"] == "conflict_state"
    assert anna.http.post("/v1/conflicts/nope/resolve", json={}).status_code == 404


def test_an_earlier_clock_loses_but_is_kept(server: ServerThread, devices: dict) -> None:
    anna, ben = devices["anna"], devices["ben"]
    client = new_id()
    anna.push_one("insert", "clients", client, client_fields())
    ben.pulled_state()
    anna.versions[client] = 1
    early = ben.op("update", "clients", client, {"phone": "0111"})  # Ben edits first ...
    anna.push_one("update", "clients", client, {"phone": "0222"})  # ... Anna later, syncs first
    result = ben.push([early])["results"][0]
    assert len(result["conflicts"]) == 1
    assert _record(server, client)["fields"]["phone"] == "0222"
    conflict = ben.http.get("/v1/conflicts").json()["conflicts"][0]
    assert (conflict["server_value"], conflict["device_value"]) == ("0222", "0111")


def test_edit_against_delete_is_kept_as_a_conflict(server: ServerThread, devices: dict) -> None:
    anna, ben = devices["anna"], devices["ben"]
    client = new_id()
    anna.push_one("insert", "clients", client, client_fields())
    ben.pulled_state()
    anna.versions[client] = 1
    anna.push_one("delete", "clients", client, {"deleted_at": "2025-03-01T10:00:00+00:00"})
    assert _record(server, client)["deleted"] is True
    result = ben.push_one("update", "clients", client, {"phone": "0176 999"})
    assert result["status"] == "applied" and len(result["conflicts"]) == 1
    record = _record(server, client)
    assert record["deleted"] is False  # the later operation (the edit) decides
    assert record["fields"]["phone"] == "0176 999"
    conflict = anna.http.get("/v1/conflicts").json()["conflicts"][0]
    assert conflict["field"] == DELETED_FIELD
    assert conflict["server_value"] is True
    assert conflict["device_value"] == {"phone": "0176 999"}


def test_delete_against_an_earlier_edit_keeps_the_edit(server: ServerThread, devices: dict) -> None:
    anna, ben = devices["anna"], devices["ben"]
    client = new_id()
    anna.push_one("insert", "clients", client, client_fields())
    ben.pulled_state()
    anna.versions[client] = 1
    anna.push_one("update", "clients", client, {"notes": "Wichtiger Hinweis"})
    result = ben.push_one("delete", "clients", client, {"deleted_at": "2025-03-02T10:00:00+00:00"})
    assert len(result["conflicts"]) == 1
    assert _record(server, client)["deleted"] is True
    conflict = ben.http.get("/v1/conflicts").json()["conflicts"][0]
    assert conflict["field"] == DELETED_FIELD
    assert conflict["server_value"] == {"notes": "Wichtiger Hinweis"}
    assert conflict["device_value"] is True


def test_an_insert_of_a_known_id_is_an_update(server: ServerThread, devices: dict) -> None:
    anna, ben = devices["anna"], devices["ben"]
    shared = "5d0d7e56-0000-5000-8000-000000000001"  # e.g. a seeded catalogue entry
    labels = {"de": "Troisdorf"}
    fields = {"code": "troisdorf", "labels": labels, "sort_order": 1, "active": True}
    assert anna.push_one("insert", "municipalities", shared, fields)["version"] == 1
    second = ben.push_one("insert", "municipalities", shared, fields)
    assert second["status"] == "applied" and second["version"] == 2
    assert "conflicts" not in second  # the same values: nothing to decide
    assert _count(server, records) == 1


def test_restore_brings_a_record_back(server: ServerThread, devices: dict) -> None:
    anna = devices["anna"]
    client = new_id()
    anna.push_one("insert", "clients", client, client_fields())
    anna.push_one("delete", "clients", client, {"deleted_at": "2025-03-01T10:00:00+00:00"})
    anna.push_one("restore", "clients", client, {"deleted_at": None})
    record = _record(server, client)
    assert record["deleted"] is False and record["version"] == 3
    pulled = anna.pulled_state()[client]
    assert pulled["op"] == "restore" and pulled["deleted"] is False
