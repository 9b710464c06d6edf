"""Where an office keeps its files: one data directory per office.

The data directory holds the encrypted database, the key file (wrapped database keys, no
personal data), the non-secret app settings and database backups made before migrations.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "KIM_DATA_DIR"
PASSWORD_ENV = "KIM_PASSWORD"


@dataclass(frozen=True)
class DataPaths:
    """The files of one office's data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "kim.db"

    @property
    def key_file(self) -> Path:
        return self.root / "kim.keys"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def preferences_file(self) -> Path:
        """Per-user view preferences, keyed by user id (no personal data)."""
        return self.root / "preferences.json"

    @property
    def login_state_file(self) -> Path:
        return self.root / "login-state.json"

    @property
    def backup_dir(self) -> Path:
        return self.root / "backups"

    def is_initialised(self) -> bool:
        return self.database.exists() and self.key_file.exists()

    def ensure_root(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            self.root.chmod(0o700)


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("KIM Desktop", "Rhein-Sieg-Kreis"))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    """``--data-dir`` wins, then ``KIM_DATA_DIR``, then the platform's user data directory."""
    if explicit:
        return DataPaths(Path(explicit).expanduser().resolve())
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return DataPaths(Path(env).expanduser().resolve())
    return DataPaths(default_data_dir())
