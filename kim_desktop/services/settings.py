"""Non-secret settings of one data directory (``settings.json``): no personal data here."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from kim_desktop.db.keystore import write_atomically
from kim_desktop.domain.languages import DEFAULT_UI_LANGUAGE
from kim_desktop.paths import DataPaths

MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 120


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
