"""When the desktop synchronises in the background (a pure policy: no Qt, no I/O, no clock).

The caller passes the current monotonic time to every method and asks ``next_step(now)`` what
to do and when: synchronise, probe the server's health (cheap, only while it was unreachable),
or wait. The policy keeps the rules in one place:

- every ``interval_s`` while enrolled and reachable;
- after a failure, retry with back-off (30 s → 1 → 2 → 5 → 10 min, then every 10 min) without
  needing a new local change;
- while the server is unreachable, probe its health every ``probe_interval_s`` and synchronise
  right after it answers again (reconnection);
- a revoked device or an outdated protocol blocks background attempts until the user acts
  (enrols again or starts a sync by hand);
- never two at once: ``try_begin`` refuses while a sync runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FailureKind(StrEnum):
    UNREACHABLE = "unreachable"  # no connection, timeout: back-off and probe for reconnection
    ERROR = "error"  # the server or the device failed otherwise: back-off
    BLOCKED = "blocked"  # revoked device, outdated protocol: wait for the user


class StepKind(StrEnum):
    SYNC = "sync"
    PROBE = "probe"
    WAIT = "wait"  # nothing due now; ask again after ``delay_s``
    IDLE = "idle"  # nothing will be due until something changes (not enrolled, blocked, busy)


@dataclass(frozen=True)
class Step:
    kind: StepKind
    delay_s: float | None = None  # for WAIT: seconds until the next step is due


@dataclass(frozen=True)
class SchedulePolicy:
    interval_s: float = 5 * 60
    backoff_s: tuple[float, ...] = (30, 60, 120, 300, 600)
    probe_interval_s: float = 20
    first_delay_s: float = 10  # after the window opened or the device was enrolled

    def retry_delay(self, failures: int) -> float:
        """Seconds to wait after the ``failures``-th failure in a row (1-based)."""
        if failures <= 0:
            return self.interval_s
        return self.backoff_s[min(failures, len(self.backoff_s)) - 1]


class SyncSchedule:
    """The state of background synchronisation of one device."""

    def __init__(
        self, policy: SchedulePolicy | None = None, *, enrolled: bool = False, now: float = 0.0
    ) -> None:
        self.policy = policy or SchedulePolicy()
        self._enrolled = enrolled
        self._running = False
        self._probing = False
        self._blocked = False
        self._failures = 0
        self._unreachable = False
        self._next_sync_at = now + self.policy.first_delay_s
        self._next_probe_at = now + self.policy.probe_interval_s

    # -- state -----------------------------------------------------------------------------
    @property
    def enrolled(self) -> bool:
        return self._enrolled

    @property
    def running(self) -> bool:
        return self._running

    @property
    def blocked(self) -> bool:
        return self._blocked

    @property
    def unreachable(self) -> bool:
        return self._unreachable

    @property
    def failures(self) -> int:
        """Failed attempts in a row since the last success."""
        return self._failures

    def next_sync_in(self, now: float) -> float | None:
        """Seconds until the next background attempt (None: none planned)."""
        if not self._enrolled or self._blocked or self._running:
            return None
        return max(0.0, self._next_sync_at - now)

    # -- events ----------------------------------------------------------------------------
    def set_enrolled(self, enrolled: bool, now: float) -> None:
        """What the device's state says (read at start and after every sync). Learning it
        changes no timing and lifts no block: the first sync still waits ``first_delay_s``."""
        self._enrolled = enrolled

    def enrolled_anew(self, now: float) -> None:
        """The user just enrolled the device: forget failures and blocks, sync right away."""
        self._enrolled = True
        self._blocked = False
        self._failures = 0
        self._unreachable = False
        self._next_sync_at = now

    def try_begin(self, now: float, *, manual: bool = False) -> bool:
        """Start a sync if none runs. A manual start also lifts a block (the user acts)."""
        if self._running or not self._enrolled:
            return False
        if self._blocked and not manual:
            return False
        self._running = True
        self._blocked = False
        return True

    def succeeded(self, now: float) -> None:
        self._running = False
        self._failures = 0
        self._unreachable = False
        self._next_sync_at = now + self.policy.interval_s

    def failed(self, now: float, kind: FailureKind) -> None:
        self._running = False
        if kind is FailureKind.BLOCKED:
            self._blocked = True
            self._unreachable = False
            return
        self._failures += 1
        self._next_sync_at = now + self.policy.retry_delay(self._failures)
        self._unreachable = kind is FailureKind.UNREACHABLE
        if self._unreachable:
            self._next_probe_at = now + self.policy.probe_interval_s

    def cancelled(self, now: float) -> None:
        """The user stopped the sync: try again after the usual interval."""
        self._running = False
        self._next_sync_at = now + self.policy.interval_s

    def begin_probe(self) -> None:
        self._probing = True

    def probe_finished(self, now: float, reachable: bool) -> None:
        """The health probe's answer; a reachable server means: synchronise right away."""
        self._probing = False
        if not self._unreachable:
            return
        if reachable:
            self._unreachable = False
            self._next_sync_at = now
        else:
            self._next_probe_at = now + self.policy.probe_interval_s

    def reconnected(self, now: float) -> None:
        """The network came back (reported by the platform): synchronise right away."""
        if self._enrolled and not self._blocked and self._failures:
            self._unreachable = False
            self._next_sync_at = now

    # -- decision --------------------------------------------------------------------------
    def next_step(self, now: float) -> Step:
        if not self._enrolled or self._blocked or self._running:
            return Step(StepKind.IDLE)
        if now >= self._next_sync_at:
            return Step(StepKind.SYNC)
        due = self._next_sync_at
        if self._unreachable and not self._probing:
            if now >= self._next_probe_at:
                return Step(StepKind.PROBE)
            due = min(due, self._next_probe_at)
        return Step(StepKind.WAIT, due - now)


# Error codes (``KimError.code`` of the sync engine, or the server's ``error`` field) that no
# retry can fix: the user must act (enrol again, update KIM Desktop).
BLOCKING_CODES = frozenset(
    {
        "sync_revoked",
        "sync_unauthorised",
        "sync_outdated",
        "sync_not_enrolled",
        # the server's own ``error`` field, for errors the engine does not name
        "revoked",
        "unauthorised",
        "protocol_outdated",
    }
)
UNREACHABLE_CODES = frozenset({"sync_unreachable"})
_TRANSPORT_ERRORS = ("TransportError", "TimeoutException", "NetworkError")


def classify_failure(error: BaseException) -> FailureKind:
    """Which kind of failure a sync error is (decides back-off, probing or blocking)."""
    for code in (getattr(error, "code", None), getattr(error, "error", None)):
        if code in BLOCKING_CODES:
            return FailureKind.BLOCKED
        if code in UNREACHABLE_CODES:
            return FailureKind.UNREACHABLE
    if isinstance(error, OSError):  # ConnectionError, socket timeouts
        return FailureKind.UNREACHABLE
    names = {cls.__name__ for cls in type(error).__mro__}
    if names.intersection(_TRANSPORT_ERRORS):
        return FailureKind.UNREACHABLE
    cause = error.__cause__
    if cause is not None and cause is not error:
        return classify_failure(cause)
    return FailureKind.ERROR
