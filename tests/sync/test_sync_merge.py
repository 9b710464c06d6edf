"""Concurrent edits: merged per field or kept as conflicts; nothing is dropped (issue 5, 4–5)."""

from __future__ import annotations

from sync_helpers import DeviceFactory

from kim_desktop.db.base import utcnow
from kim_desktop.sync.protocol import DELETED_FIELD


def _shared_client(devices: DeviceFactory) -> tuple:
    anna, ben = devices.create("anna"), devices.create("ben")
    client_id = anna.add_client("Amina", "Yilmaz", phone="0176 111")
    anna.sync.sync_now()
    ben.sync.sync_now()
    assert ben.client(client_id) is not None
    return anna, ben, client_id


def test_edits_of_different_fields_are_merged(devices: DeviceFactory) -> None:
    anna, ben, client_id = _shared_client(devices)
    anna.edit_client(client_id, phone="0176 222")
    ben.edit_client(client_id, city="Siegburg")

    anna.sync.sync_now()
    report = ben.sync.sync_now()
    anna.sync.sync_now()

    for device in (anna, ben):
        client = device.client(client_id)
        assert (client.phone, client.city) == ("0176 222", "Siegburg")
    assert report.conflicts == 0
    assert anna.rows("clients")[client_id] == ben.rows("clients")[client_id]


def test_same_field_on_both_sides_is_a_conflict_with_both_values(devices: DeviceFactory) -> None:
    anna, ben, client_id = _shared_client(devices)
    anna.edit_client(client_id, phone="0176 222")
    ben.edit_client(client_id, phone="0176 333")  # later clock: wins for now

    anna.sync.sync_now()
    ben.sync.sync_now()
    anna.sync.sync_now()

    assert anna.client(client_id).phone == ben.client(client_id).phone == "0176 333"
    for device in (anna, ben):
        (conflict,) = device.sync.conflicts()
        assert conflict.field == "phone"
        assert {conflict.server_value, conflict.device_value} == {"0176 222", "0176 333"}
        assert conflict.base_value == "0176 111"
        assert {conflict.server_login, conflict.device_login} == {"anna", "ben"}
    assert anna.sync.overview().open_conflicts == 1


def test_a_resolved_conflict_is_a_new_change_and_closes_everywhere(devices: DeviceFactory) -> None:
    anna, ben, client_id = _shared_client(devices)
    anna.edit_client(client_id, phone="0176 222")
    ben.edit_client(client_id, phone="0176 333")
    anna.sync.sync_now()
    ben.sync.sync_now()
    anna.sync.sync_now()
    (conflict,) = anna.sync.conflicts()

    anna.sync.resolve_conflict(conflict.conflict_id, "0176 222")
    ben.sync.sync_now()

    assert anna.client(client_id).phone == ben.client(client_id).phone == "0176 222"
    assert anna.sync.conflicts() == [] and ben.sync.conflicts() == []
    (closed,) = ben.sync.conflicts(include_resolved=True)
    assert closed.resolved_at is not None
    assert anna.pending() == 0


def test_edit_versus_delete_keeps_the_edit_as_a_conflict(devices: DeviceFactory) -> None:
    anna, ben, client_id = _shared_client(devices)
    with anna.office.database.transaction(anna.office.actor.user_id) as session:
        from kim_desktop.db.models import Client

        session.get(Client, client_id).deleted_at = utcnow()
    ben.edit_client(client_id, notes="Termin beim Jobcenter vereinbart")

    anna.sync.sync_now()
    ben.sync.sync_now()
    anna.sync.sync_now()

    kinds = [c.field for c in ben.sync.conflicts()]
    assert kinds == [DELETED_FIELD]
    assert anna.rows("clients")[client_id] == ben.rows("clients")[client_id]
    # The edit is not lost: either the record stays with it, or the conflict keeps it.
    (conflict,) = anna.sync.conflicts()
    kept = ben.client(client_id).notes == "Termin beim Jobcenter vereinbart" or (
        "Termin beim Jobcenter vereinbart"
        in str(conflict.device_value) + str(conflict.server_value)
    )
    assert kept


def test_pulling_never_overwrites_a_record_with_pending_local_changes(
    devices: DeviceFactory,
) -> None:
    anna, ben, client_id = _shared_client(devices)
    anna.edit_client(client_id, city="Siegburg")
    anna.sync.sync_now()
    ben.edit_client(client_id, phone="0176 999")  # pending on ben

    from kim_desktop.sync.engine import SyncEngine

    with ben.sync._connected() as transport:
        SyncEngine(ben.office.database.engine, ben.office.database.device_id, transport).pull()

    assert ben.client(client_id).phone == "0176 999"  # untouched
    assert ben.client(client_id).city == ""  # not yet: the record was left alone
    ben.sync.sync_now()  # push merges on the server, the merged record comes back
    client = ben.client(client_id)
    assert (client.phone, client.city) == ("0176 999", "Siegburg")


def test_an_edit_made_while_the_upload_is_in_flight_is_sent_next_time(
    devices: DeviceFactory,
) -> None:
    anna, ben, client_id = _shared_client(devices)
    anna.edit_client(client_id, phone="0176 222")
    transport_push = None

    from kim_desktop.sync import transport as transport_module

    original = transport_module.SyncTransport.push

    def push_and_type(self, device_id, ops):  # type: ignore[no-untyped-def]
        nonlocal transport_push
        answer = original(self, device_id, ops)
        if transport_push is None:  # the user types while the answer is on its way
            transport_push = answer
            anna.edit_client(client_id, city="Hennef")
        return answer

    transport_module.SyncTransport.push = push_and_type  # type: ignore[method-assign]
    try:
        anna.sync.sync_now()
    finally:
        transport_module.SyncTransport.push = original  # type: ignore[method-assign]
    # The answer in flight acknowledged only what it carried; the new edit went in the
    # next batch of the same sync.
    assert anna.pending() == 0
    assert anna.client(client_id).city == "Hennef"
    ben.sync.sync_now()
    client = ben.client(client_id)
    assert (client.phone, client.city) == ("0176 222", "Hennef")
    assert anna.rows("clients")[client_id] == ben.rows("clients")[client_id]
