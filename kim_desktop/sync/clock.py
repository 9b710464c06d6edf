"""Hybrid logical clock (Kulkarni et al.): orders edits across devices for display and merge.

A value is encoded as a fixed-width string ``<wall ms:013d>-<counter:05d>-<device>`` so that
string order is clock order. Device wall clocks never decide what is new for sync (the
server's cursor does); the clock only orders concurrent edits of the same field.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_COUNTER = 99_999


@dataclass(frozen=True, order=True)
class HlcTimestamp:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:05d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> HlcTimestamp:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)


class HybridLogicalClock:
    """Thread-safe HLC for one device."""

    def __init__(self, device: str, wall_clock_ms: Callable[[], int] | None = None) -> None:
        if "-" in device:
            raise ValueError("device id of a clock must not contain '-'")
        self._device = device
        self._wall = wall_clock_ms or (lambda: time.time_ns() // 1_000_000)
        self._last = HlcTimestamp(0, 0, device)
        self._lock = threading.Lock()

    @property
    def device(self) -> str:
        return self._device

    def now(self) -> HlcTimestamp:
        """A timestamp for a local event, later than every timestamp seen so far."""
        with self._lock:
            wall = self._wall()
            if wall > self._last.wall_ms:
                self._last = HlcTimestamp(wall, 0, self._device)
            else:
                self._bump(self._last.wall_ms, self._last.counter + 1)
            return self._last

    def observe(self, remote: HlcTimestamp | str) -> HlcTimestamp:
        """Merge a timestamp received from another device; returns the new local time."""
        if isinstance(remote, str):
            remote = HlcTimestamp.decode(remote)
        with self._lock:
            wall = self._wall()
            top = max(wall, self._last.wall_ms, remote.wall_ms)
            if top == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter) + 1
            elif top == self._last.wall_ms:
                counter = self._last.counter + 1
            elif top == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._bump(top, counter)
            return self._last

    def _bump(self, wall: int, counter: int) -> None:
        if counter > MAX_COUNTER:
            wall, counter = wall + 1, 0
        self._last = HlcTimestamp(wall, counter, self._device)
