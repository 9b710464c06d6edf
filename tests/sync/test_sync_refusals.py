"""What the desktop explains plainly: old protocol, revoked device, clock skew (issue 5)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from sync_helpers import DeviceFactory

from kim_desktop.cli import main
from kim_desktop.sync.clock import HybridLogicalClock
from kim_desktop.sync.errors import ClientOutdated, DeviceRevoked
from kim_desktop.sync.protocol import PROTOCOL_VERSION


def test_an_old_protocol_is_refused_cleanly_and_changes_nothing(devices: DeviceFactory) -> None:
    anna = devices.create("anna")
    anna.add_client("Amina", "Yilmaz")
    pending = anna.pending()
    old = anna.office
    from kim_desktop.services.sync_service import SyncService

    with pytest.raises(ClientOutdated) as refused:
        SyncService(old, protocol_version=PROTOCOL_VERSION - 2).sync_now()
    assert str(refused.value).startswith("Bitte aktualisieren Sie KIM Desktop")
    assert anna.pending() == pending
    assert devices.server_count("select count(*) from change_log") == 0
    assert anna.sync.overview().last_error == str(refused.value)
    # The previous protocol version is still accepted.
    SyncService(old, protocol_version=PROTOCOL_VERSION - 1).sync_now()
    assert anna.pending() == 0


def test_a_revoked_device_is_told_so_plainly(
    devices: DeviceFactory, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    anna = devices.create("anna")
    anna.sync.sync_now()
    devices.server.admin.revoke_device(anna.office.database.device_id)
    anna.add_client("Amina", "Yilmaz")

    with pytest.raises(DeviceRevoked) as refused:
        anna.sync.sync_now()
    assert str(refused.value).startswith("Dieses Gerät wurde am Server gesperrt")
    assert anna.pending() > 0

    anna.close()
    monkeypatch.setenv("KIM_PASSWORD", "Passwort-2024")
    code = main(["sync", "now", "--data-dir", str(anna.paths.root), "--login", "anna"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0
    assert err[-1].startswith("Fehler: Dieses Gerät wurde am Server gesperrt")
    anna.reopen()


def test_a_device_clock_an_hour_ahead_is_reported_and_data_stays_right(
    devices: DeviceFactory,
) -> None:
    def an_hour_ahead() -> datetime:
        return datetime.now(UTC) + timedelta(hours=1)

    anna = devices.create("anna", device_clock=an_hour_ahead)
    anna.office.database._clock = HybridLogicalClock(  # the laptop's wrong clock
        anna.office.database.device_id, lambda: time.time_ns() // 1_000_000 + 3_600_000
    )
    ben = devices.create("ben")
    client_id = anna.add_client("Amina", "Yilmaz", phone="0176 111")
    anna.sync.sync_now()
    ben.sync.sync_now()
    anna.edit_client(client_id, phone="0176 222", city="Siegburg")
    ben.edit_client(client_id, phone="0176 333")  # later in real time

    report = anna.sync.sync_now()
    ben.sync.sync_now()
    anna.sync.sync_now()

    assert report.skew_seconds is not None and 3590 < report.skew_seconds < 3610
    assert "weicht um etwa 60 Minuten" in report.message
    overview = anna.sync.overview()
    assert overview.clock_skew_reportable
    assert not ben.sync.overview().clock_skew_reportable
    # Nothing lost: both devices agree, and the value that lost is kept in the conflict.
    assert anna.rows("clients") == ben.rows("clients")
    assert ben.client(client_id).city == "Siegburg"
    (conflict,) = ben.sync.conflicts()
    assert {conflict.server_value, conflict.device_value} == {"0176 222", "0176 333"}
