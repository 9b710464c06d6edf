"""Counts down the seconds until the next password attempt is allowed."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal


class RetryCountdown(QObject):
    """``tick(seconds_left)`` every second while waiting, ``over`` when the wait is over."""

    tick = Signal(int)
    over = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deadline = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._update)

    def start(self, seconds: int) -> None:
        if seconds <= 0:
            self.stop()
            return
        self._deadline = time.monotonic() + seconds
        self._timer.start()
        self.tick.emit(seconds)

    def stop(self) -> None:
        was_running = self._timer.isActive()
        self._timer.stop()
        self._deadline = 0.0
        if was_running:
            self.over.emit()

    def remaining(self) -> int:
        if not self._timer.isActive():
            return 0
        return max(0, math.ceil(self._deadline - time.monotonic()))

    def is_running(self) -> bool:
        return self._timer.isActive()

    def _update(self) -> None:
        left = self.remaining()
        if left <= 0:
            self.stop()
        else:
            self.tick.emit(left)


def wait_after_failure(exc: BaseException, current_wait: Callable[[], int]) -> int:
    """Seconds until the next password attempt: as the error says, else as the throttle says."""
    return int(getattr(exc, "retry_after", 0) or 0) or current_wait()
