"""Server settings: database URL, data directory, body limit, district secret."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from kim_desktop.sync.protocol import DEFAULT_MAX_BODY_BYTES

DATA_DIR_ENV = "KIM_SERVER_DATA_DIR"
DB_ENV = "KIM_SERVER_DB"
DB_FILE = "kim-sync.db"
SECRET_FILE = "district-secret"


def default_data_dir() -> Path:
    given = os.environ.get(DATA_DIR_ENV)
    if given:
        return Path(given)
    return Path(platformdirs.user_data_dir("kim-sync-server", appauthor=False))


def default_db_url(data_dir: Path) -> str:
    return os.environ.get(DB_ENV) or f"sqlite:///{data_dir / DB_FILE}"


def load_district_secret(path: Path) -> bytes:
    """The district's pseudonym key; created (random, 32 bytes, hex, mode 0600) if absent."""
    if path.exists():
        text = path.read_text(encoding="ascii").strip()
        if len(text) < 32:
            raise ValueError(f"{path}: der Bezirksschlüssel ist zu kurz (mindestens 32 Zeichen).")
        return text.encode("ascii")
    path.parent.mkdir(parents=True, exist_ok=True)
    text = secrets.token_hex(32)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(text + "\n")
    return text.encode("ascii")


@dataclass(frozen=True)
class ServerSettings:
    db_url: str
    district_secret: bytes
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
