"""Non-secret settings of one data directory: no personal data here.

``settings.json`` holds the app settings (language, auto-lock, demo credentials);
``preferences.json`` holds what each user set in their views, keyed by user id (an opaque
UUID), e.g. after how many weeks a case counts as "ohne Kontakt" on Heute.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from kim_desktop.db.keystore import write_atomically
from kim_desktop.domain.languages import DEFAULT_UI_LANGUAGE
from kim_desktop.paths import DataPaths

MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 120
DEFAULT_QUIET_WEEKS = 6
MIN_QUIET_WEEKS = 1
MAX_QUIET_WEEKS = 52


@dataclass
class AppSettings:
    language: str = DEFAULT_UI_LANGUAGE
    auto_lock_minutes: int = 10
    # Set only in a demo office full of synthetic data; the login dialog shows them.
    demo_login: str | None = None
    demo_password: str | None = None

    @classmethod
    def load(cls, paths: DataPaths) -> AppSettings:
        try:
            raw: dict[str, Any] = json.loads(paths.settings_file.read_text("utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return cls()
        known = {f.name for f in fields(cls)}
        settings = cls(**{k: v for k, v in raw.items() if k in known})
        settings.auto_lock_minutes = clamp_auto_lock(settings.auto_lock_minutes)
        return settings

    def save(self, paths: DataPaths) -> None:
        paths.ensure_root()
        self.auto_lock_minutes = clamp_auto_lock(self.auto_lock_minutes)
        write_atomically(paths.settings_file, json.dumps(asdict(self), indent=2).encode("utf-8"))


def clamp_auto_lock(minutes: Any) -> int:
    try:
        value = int(minutes)
    except (TypeError, ValueError):
        return 10
    return max(MIN_AUTO_LOCK_MINUTES, min(MAX_AUTO_LOCK_MINUTES, value))


@dataclass
class UserPreferences:
    """One user's view preferences; each user's entry is read and written on its own, so two
    users of one device (or an app settings save) never overwrite each other."""

    quiet_weeks: int = DEFAULT_QUIET_WEEKS

    @classmethod
    def load(cls, paths: DataPaths, user_id: str) -> UserPreferences:
        raw = _read_preferences(paths).get(user_id)
        if not isinstance(raw, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        preferences = cls(**{k: v for k, v in raw.items() if k in known})
        preferences.quiet_weeks = clamp_quiet_weeks(preferences.quiet_weeks)
        return preferences

    def save(self, paths: DataPaths, user_id: str) -> None:
        self.quiet_weeks = clamp_quiet_weeks(self.quiet_weeks)
        everyone = _read_preferences(paths)
        everyone[user_id] = asdict(self)
        paths.ensure_root()
        write_atomically(
            paths.preferences_file, json.dumps(everyone, indent=2, sort_keys=True).encode("utf-8")
        )


def _read_preferences(paths: DataPaths) -> dict[str, Any]:
    try:
        raw = json.loads(paths.preferences_file.read_text("utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
    return raw if isinstance(raw, dict) else {}


def clamp_quiet_weeks(weeks: Any) -> int:
    try:
        value = int(weeks)
    except (TypeError, ValueError):
        return DEFAULT_QUIET_WEEKS
    return max(MIN_QUIET_WEEKS, min(MAX_QUIET_WEEKS, value))
