"""Deterministic ids and sync metadata of demo records (UUIDv7, timestamps, HLC values).

Every value comes from the generator's one ``random.Random``, so the same seed gives the same
ids. The records count as already synchronised: version 1, origin device ``demo``.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from typing import Any

from kim_desktop.sync.clock import HlcTimestamp

DEMO_DEVICE = "demo"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def hlc_at(when: datetime) -> str:
    """The encoded hybrid-logical-clock value of a demo record changed at ``when``."""
    return HlcTimestamp(int((when - EPOCH).total_seconds() * 1000), 0, DEMO_DEVICE).encode()


class Stamps:
    """Deterministic ids and sync metadata for records that are already synchronised."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def at(self, day: date) -> datetime:
        """``day`` at a plausible office time (07:00–14:59 UTC)."""
        minutes = 420 + self._rng.randrange(480)
        return datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=UTC)

    def new_id(self, when: datetime) -> str:
        """A UUIDv7 with the millisecond timestamp of ``when`` and 74 bits of the generator."""
        ms = int((when - EPOCH).total_seconds() * 1000)
        bits = self._rng.getrandbits(74)
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= (bits >> 62) << 64
        value |= 0b10 << 62
        value |= bits & ((1 << 62) - 1)
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def meta(self, when: datetime) -> dict[str, Any]:
        """Id and sync metadata of a record created (and last changed) at ``when``."""
        ms = int((when - EPOCH).total_seconds() * 1000)
        return {
            "id": self.new_id(when),
            "created_at": when,
            "updated_at": when,
            "hlc": HlcTimestamp(ms, 0, DEMO_DEVICE).encode(),
            "origin_device": DEMO_DEVICE,
            "version": 1,
            "deleted_at": None,
        }

    def meta_on(self, day: date) -> dict[str, Any]:
        """Id and sync metadata of a record created on ``day`` at an office time."""
        return self.meta(self.at(day))
