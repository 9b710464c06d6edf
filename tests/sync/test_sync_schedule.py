"""The background sync timing: regular interval, back-off after failures, soon after reconnect."""

from __future__ import annotations

from kim_desktop.services.sync_schedule import SOON_S, SyncSchedule


def test_failures_back_off_and_a_success_returns_to_the_interval() -> None:
    schedule = SyncSchedule(interval_s=300, backoff_s=(15, 30, 60))
    assert schedule.delay_s() == 300
    delays = []
    for _ in range(5):
        schedule.failed()
        delays.append(schedule.delay_s())
    assert delays == [15, 30, 60, 60, 60]
    schedule.succeeded()
    assert schedule.delay_s() == 300


def test_reconnecting_tries_at_once_even_while_backing_off() -> None:
    schedule = SyncSchedule(backoff_s=(15, 600))
    schedule.failed()
    schedule.failed()
    assert schedule.delay_s() == 600
    schedule.reconnected()
    assert schedule.delay_s() == SOON_S
    schedule.failed()
    assert schedule.delay_s() == 600
