"""When the next background sync is due: every few minutes, sooner after reconnecting, and
with a growing back-off after failures (no new local change needed to retry).

Plain Python so the UI's timer (and tests) can use it: ``delay_s()`` says how long to wait,
``succeeded()``/``failed()``/``reconnected()`` feed it what happened.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_INTERVAL_S = 300.0
BACKOFF_S = (15.0, 30.0, 60.0, 120.0, 300.0, 600.0)
SOON_S = 5.0


@dataclass
class SyncSchedule:
    interval_s: float = DEFAULT_INTERVAL_S
    backoff_s: tuple[float, ...] = BACKOFF_S
    failures: int = 0
    _soon: bool = field(default=False, repr=False)

    def delay_s(self) -> float:
        """Seconds until the next sync attempt."""
        if self._soon:
            return SOON_S
        if self.failures:
            return self.backoff_s[min(self.failures, len(self.backoff_s)) - 1]
        return self.interval_s

    def succeeded(self) -> None:
        self.failures = 0
        self._soon = False

    def failed(self) -> None:
        """A sync failed (server unreachable, refused …): wait longer each time."""
        self.failures += 1
        self._soon = False

    def reconnected(self) -> None:
        """The network came back: try right away, whatever the back-off."""
        self._soon = True
