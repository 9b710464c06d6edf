"""Bundle files for offices without a connection (issue 5): exported, imported twice, tampered."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import DeviceFactory

from kim_desktop.server.bundle_import import import_bundle
from kim_desktop.sync.errors import BundleError


def _server_import(devices: DeviceFactory, source: Path, reply: Path) -> None:
    import_bundle(devices.server.store, devices.server.settings.district_secret, source, reply)


def test_a_bundle_round_trip_delivers_both_ways_and_twice_changes_nothing(
    devices: DeviceFactory, tmp_path: Path
) -> None:
    anna, ben = devices.create("anna"), devices.create("ben")
    from_ben = ben.add_client("Berat", "Kaya")
    ben.sync.sync_now()
    client_id = anna.add_client("Amina", "Yilmaz")  # anna's office has no connection
    push, reply = tmp_path / "anna.kimb", tmp_path / "anna-reply.kimb"

    exported = anna.sync.export_bundle(push)
    assert exported == anna.pending()
    assert b"Yilmaz" not in push.read_bytes()  # encrypted on the USB stick
    _server_import(devices, push, reply)
    _server_import(devices, push, tmp_path / "again.kimb")  # the same stick, read twice
    applied = devices.server_count(
        "select count(*) from change_log where device_id = :d", d=anna.office.database.device_id
    )
    assert applied == exported

    report = anna.sync.import_bundle(reply)
    assert report.pushed == exported and anna.pending() == 0
    assert anna.client(from_ben) is not None
    snapshot = (
        anna.rows("clients"),
        anna.scalar("select value from local_meta where key = 'sync_cursor'"),
    )
    anna.sync.import_bundle(reply)
    assert (
        anna.rows("clients"),
        anna.scalar("select value from local_meta where key = 'sync_cursor'"),
    ) == snapshot
    ben.sync.sync_now()
    assert ben.client(client_id) is not None
    assert ben.rows("clients") == anna.rows("clients")


def test_a_tampered_or_foreign_bundle_is_refused_with_a_german_message(
    devices: DeviceFactory, tmp_path: Path
) -> None:
    anna, ben = devices.create("anna"), devices.create("ben")
    anna.add_client("Amina", "Yilmaz")
    ben.add_client("Berat", "Kaya")
    push, reply = tmp_path / "anna.kimb", tmp_path / "reply.kimb"
    anna.sync.export_bundle(push)
    _server_import(devices, push, reply)

    data = bytearray(reply.read_bytes())
    data[-20] ^= 0x01
    tampered = tmp_path / "tampered.kimb"
    tampered.write_bytes(bytes(data))
    with pytest.raises(BundleError) as refused:
        anna.sync.import_bundle(tampered)
    assert "verändert" in str(refused.value)
    header_changed = tmp_path / "header.kimb"
    header_changed.write_bytes(reply.read_bytes().replace(b'"kind":"reply"', b'"kind":"reply" '))
    with pytest.raises(BundleError):
        anna.sync.import_bundle(header_changed)
    with pytest.raises(BundleError) as wrong:
        ben.sync.import_bundle(reply)  # another device's key cannot open it
    assert "verändert" in str(wrong.value) or "anderes Gerät" in str(wrong.value)
    with pytest.raises(BundleError) as own:
        anna.sync.import_bundle(push)
    assert "Sendedatei" in str(own.value)
    assert anna.pending() > 0  # nothing was taken from a refused file
