"""Two devices exchange their work through the real server (SQLite and PostgreSQL stores)."""

from __future__ import annotations

from sync_helpers import DeviceFactory, born


def test_a_client_created_on_one_device_arrives_on_the_other(devices: DeviceFactory) -> None:
    anna = devices.create("anna")
    ben = devices.create("ben")
    client_id = anna.add_client("Amina", "Yilmaz", birth_date=born(1990), language_codes=["ar"])

    sent = anna.sync.sync_now()
    received = ben.sync.sync_now()

    assert sent.pushed >= 3  # office, user, client
    assert anna.pending() == 0
    assert received.pulled >= sent.pushed
    copy = ben.client(client_id)
    assert copy is not None
    assert (copy.first_name, copy.last_name, copy.birth_date) == ("Amina", "Yilmaz", born(1990))
    assert ben.rows("clients")[client_id] == anna.rows("clients")[client_id]
    assert ben.scalar("select count(*) from outbox where record_id = :r", r=client_id) == 0
