"""The background sync policy: interval, back-off, reconnection, no overlap, blocking."""

from __future__ import annotations

import pytest

from kim_desktop.services.sync_schedule import (
    FailureKind,
    SchedulePolicy,
    Step,
    StepKind,
    SyncSchedule,
)

POLICY = SchedulePolicy(interval_s=300, probe_interval_s=20, first_delay_s=10)


def run_until_sync(schedule: SyncSchedule, now: float) -> float:
    """Follow WAIT steps (as the timer would) until a SYNC is due; returns that time."""
    for _ in range(100):
        step = schedule.next_step(now)
        if step.kind is StepKind.SYNC:
            return now
        assert step.kind is StepKind.WAIT, step
        now += step.delay_s or 0.0
    raise AssertionError("no sync became due")


def test_not_enrolled_does_nothing() -> None:
    schedule = SyncSchedule(POLICY, enrolled=False)
    assert schedule.next_step(10_000) == Step(StepKind.IDLE)
    assert not schedule.try_begin(10_000, manual=True)


def test_first_sync_soon_after_start_then_every_interval() -> None:
    schedule = SyncSchedule(POLICY, enrolled=True, now=0)
    assert schedule.next_step(0) == Step(StepKind.WAIT, 10)
    assert run_until_sync(schedule, 0) == 10
    assert schedule.try_begin(10)
    schedule.succeeded(12)
    assert schedule.next_step(12) == Step(StepKind.WAIT, 300)
    assert run_until_sync(schedule, 12) == 312


def test_backoff_sequence_after_failures_caps_at_ten_minutes() -> None:
    schedule = SyncSchedule(POLICY, enrolled=True, now=0)
    now = 0.0
    delays = []
    for _ in range(7):
        now = run_until_sync(schedule, now)
        assert schedule.try_begin(now)
        schedule.failed(now, FailureKind.ERROR)
        delays.append(schedule.next_sync_in(now))
    assert delays == [30, 60, 120, 300, 600, 600, 600]
    # a success resets the sequence
    now = run_until_sync(schedule, now)
    assert schedule.try_begin(now)
    schedule.succeeded(now)
    assert schedule.failures == 0
    assert schedule.next_sync_in(now) == 300
    assert schedule.try_begin(now + 300)
    schedule.failed(now + 300, FailureKind.ERROR)
    assert schedule.next_sync_in(now + 300) == 30


def test_never_two_at_once() -> None:
    schedule = SyncSchedule(POLICY, enrolled=True, now=0)
    assert schedule.try_begin(10)
    assert not schedule.try_begin(11)
    assert not schedule.try_begin(11, manual=True)
    assert schedule.next_step(1_000) == Step(StepKind.IDLE)  # the timer waits for the end
    schedule.succeeded(20)
    assert schedule.try_begin(21, manual=True)


def test_unreachable_server_is_probed_and_synced_right_after_reconnection() -> None:
    schedule = SyncSchedule(POLICY, enrolled=True, now=0)
    assert schedule.try_begin(10)
    schedule.failed(10, FailureKind.UNREACHABLE)
    assert schedule.unreachable
    # the probe (every 20 s) comes before the back-off retry (30 s)
    assert schedule.next_step(10) == Step(StepKind.WAIT, 20)
    assert schedule.next_step(30).kind is StepKind.PROBE
    schedule.begin_probe()
    assert schedule.next_step(31) == Step(StepKind.WAIT, 9)  # no second probe meanwhile
    schedule.probe_finished(31, reachable=False)
    assert schedule.next_step(31) == Step(StepKind.WAIT, 9)  # back-off retry at 40
    assert schedule.try_begin(40)
    schedule.failed(40, FailureKind.UNREACHABLE)  # second failure: retry after 60 s
    assert schedule.next_sync_in(40) == 60
    assert schedule.next_step(60).kind is StepKind.PROBE
    schedule.begin_probe()
    schedule.probe_finished(61, reachable=True)
    assert schedule.next_step(61) == Step(StepKind.SYNC)  # not at 100: right away
    assert not schedule.unreachable


def test_platform_reconnection_syncs_right_away_only_after_a_failure() -> None:
    schedule = SyncSchedule(POLICY, enrolled=True, now=0)
    assert schedule.try_begin(10)
    schedule.succeeded(10)
    schedule.reconnected(20)
    assert schedule.next_step(20) == Step(StepKind.WAIT, 290)
    assert schedule.try_begin(310)
    schedule.failed(310, FailureKind.UNREACHABLE)
    schedule.reconnected(315)
    assert schedule.next_step(315) == Step(StepKind.SYNC)


def test_probe_is_not_used_when_the_server_answered_with_an_error() -> None:
    schedule = SyncSchedule(POLICY, enrolled=True, now=0)
    assert schedule.try_begin(10)
    schedule.failed(10, FailureKind.ERROR)
    assert schedule.next_step(29) == Step(StepKind.WAIT, 11)
    assert schedule.next_step(40) == Step(StepKind.SYNC)


@pytest.mark.parametrize("manual_retry", [True, False])
def test_revoked_or_outdated_blocks_background_until_the_user_acts(manual_retry: bool) -> None:
    schedule = SyncSchedule(POLICY, enrolled=True, now=0)
    assert schedule.try_begin(10)
    schedule.failed(10, FailureKind.BLOCKED)
    assert schedule.blocked
    assert schedule.next_step(100_000) == Step(StepKind.IDLE)
    assert not schedule.try_begin(100_000)  # background start refused
    if manual_retry:
        assert schedule.try_begin(100_001, manual=True)
        assert not schedule.blocked
    else:
        schedule.set_enrolled(True, 100_000)  # re-reading the device's state lifts nothing
        assert schedule.blocked
        assert schedule.next_step(100_000) == Step(StepKind.IDLE)
        schedule.enrolled_anew(100_001)  # enrolled again with a new code
        assert schedule.next_step(100_001) == Step(StepKind.SYNC)


def test_enrolling_syncs_right_away_but_an_enrolled_start_waits_a_little() -> None:
    schedule = SyncSchedule(POLICY, enrolled=False, now=0)
    schedule.set_enrolled(True, 1)  # the app started on an enrolled device
    assert schedule.next_step(1) == Step(StepKind.WAIT, 9)
    schedule.enrolled_anew(500)
    assert schedule.next_step(500) == Step(StepKind.SYNC)
    schedule.set_enrolled(False, 501)
    assert schedule.next_step(501) == Step(StepKind.IDLE)


def test_failures_are_classified_by_what_fixes_them() -> None:
    from kim_desktop.domain.errors import KimError
    from kim_desktop.services.sync_schedule import classify_failure

    assert classify_failure(KimError("sync_revoked")) is FailureKind.BLOCKED
    assert classify_failure(KimError("sync_outdated")) is FailureKind.BLOCKED
    assert classify_failure(KimError("sync_unauthorised")) is FailureKind.BLOCKED
    assert classify_failure(KimError("sync_unreachable", reason="x")) is FailureKind.UNREACHABLE
    assert classify_failure(ConnectionRefusedError()) is FailureKind.UNREACHABLE
    assert classify_failure(KimError("sync_server_broken", status=500)) is FailureKind.ERROR
    assert classify_failure(ValueError("bug")) is FailureKind.ERROR
    wrapped = RuntimeError("wrapped")
    wrapped.__cause__ = TimeoutError()
    assert classify_failure(wrapped) is FailureKind.UNREACHABLE


def test_cancelled_sync_waits_the_usual_interval() -> None:
    schedule = SyncSchedule(POLICY, enrolled=True, now=0)
    assert schedule.try_begin(10, manual=True)
    schedule.cancelled(12)
    assert not schedule.running
    assert schedule.next_step(12) == Step(StepKind.WAIT, 300)
