"""A growing delay after failed logins, remembered across restarts.

The state file holds keyed hashes of logins (never the logins themselves), the number of
consecutive failures and the time of the last one.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kim_desktop.db.keystore import write_atomically

FREE_ATTEMPTS = 2  # mistyping once or twice costs nothing
MAX_DELAY_SECONDS = 300


def delay_after(failures: int) -> int:
    """Seconds to wait after ``failures`` consecutive failures: 0, 0, 5, 10, 20, 40 … 300."""
    if failures <= FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_SECONDS, 5 * 2 ** (failures - FREE_ATTEMPTS - 1)))


class LoginThrottle:
    def __init__(self, state_file: Path, clock: Callable[[], float] = time.time) -> None:
        self._file = state_file
        self._clock = clock

    def retry_after(self, login: str) -> int:
        entry = self._load().get(self._key(login))
        if not entry:
            return 0
        wait = delay_after(entry["failures"]) - (self._clock() - entry["last"])
        return max(0, int(wait + 0.999))

    def failures(self, login: str) -> int:
        entry = self._load().get(self._key(login))
        return int(entry["failures"]) if entry else 0

    def record_failure(self, login: str) -> int:
        """Count a failure; returns the seconds until the next attempt is allowed."""
        state = self._load()
        key = self._key(login)
        entry = state.get(key, {"failures": 0, "last": 0.0})
        entry = {"failures": entry["failures"] + 1, "last": self._clock()}
        state[key] = entry
        self._save(state)
        return delay_after(entry["failures"])

    def record_success(self, login: str) -> None:
        state = self._load()
        if state.pop(self._key(login), None) is not None:
            self._save(state)

    @staticmethod
    def _key(login: str) -> str:
        return hashlib.sha256(f"kim-login/{login.strip().lower()}".encode()).hexdigest()

    def _load(self) -> dict[str, Any]:
        try:
            data: dict[str, Any] = json.loads(self._file.read_text("utf-8"))
            return data
        except (FileNotFoundError, json.JSONDecodeError):
            return {}

    def _save(self, state: dict[str, Any]) -> None:
        write_atomically(self._file, json.dumps(state).encode("utf-8"))
