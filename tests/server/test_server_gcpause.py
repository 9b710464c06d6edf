"""The cyclic collector is paused while push work runs and resumes after the last one."""

from __future__ import annotations

import gc
import threading

from kim_desktop.server import gcpause
from kim_desktop.server.gcpause import collector_paused


def test_collector_paused_inside_and_resumed_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_requests_resume_only_after_the_last() -> None:
    first_inside = threading.Event()
    release_first = threading.Event()

    def first() -> None:
        with collector_paused():
            first_inside.set()
            release_first.wait(10)

    worker = threading.Thread(target=first)
    worker.start()
    assert first_inside.wait(10)
    with collector_paused():
        pass
    assert not gc.isenabled()  # the first request still runs
    release_first.set()
    worker.join(10)
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_long_overlap_still_collects_young_objects(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(gcpause, "MAX_UNCOLLECTED", 10)
    outer = collector_paused()
    outer.__enter__()
    try:
        with collector_paused():
            garbage = [[] for _ in range(100)]
        del garbage
        assert gc.get_count()[0] < 100  # a pass ran although the outer request is busy
    finally:
        outer.__exit__(None, None, None)
    assert gc.isenabled()
