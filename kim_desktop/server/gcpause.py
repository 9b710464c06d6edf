"""Pausing Python's cyclic garbage collector while a request builds thousands of objects.

A push of 1,000 ops allocates tens of thousands of dicts and lists that reference counting
frees on its own; left running, the cyclic collector would walk the young objects hundreds of
times per push (a fifth of the push's CPU). It is paused while any such request runs and
resumes when the last one ends; cycles made meanwhile are collected then. If overlapping
requests keep it paused for long, a young-generation pass still runs now and then.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Net growth of tracked objects after which a pass runs even while other requests are busy.
MAX_UNCOLLECTED = 500_000

_lock = threading.Lock()
_active = 0
_resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _active, _resume
    with _lock:
        if _active == 0:
            _resume = gc.isenabled()
            gc.disable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                if _resume:
                    gc.enable()
            elif gc.get_count()[0] > MAX_UNCOLLECTED:
                gc.collect(1)
