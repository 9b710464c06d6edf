"""The key file: one random database key, wrapped once per user with their password.

The file (``kim.keys``) is JSON and holds no personal data: logins are stored only as
keyed hashes. Each slot wraps the 32-byte database key with AES-256-GCM under a key derived
from the user's password with argon2id. Changing a password re-wraps one slot; the database
itself is never re-encrypted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_VERSION = 1
KEY_BYTES = 32
FAST_KDF_ENV = "KIM_INSECURE_FAST_KDF"  # tests only: cheap derivation, stored per slot


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2

    @classmethod
    def default(cls) -> KdfParams:
        if os.environ.get(FAST_KDF_ENV) == "1":
            return cls(time_cost=1, memory_kib=8 * 1024, parallelism=1)
        return cls()


class WrongPassword(Exception):
    """The password does not unwrap this login's slot (or there is no such slot)."""


class KeyFileMissing(Exception):
    pass


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


class KeyStore:
    """Reads and writes the key file of one data directory."""

    def __init__(self, path: Path) -> None:
        self._path = path

    @property
    def path(self) -> Path:
        return self._path

    def exists(self) -> bool:
        return self._path.exists()

    # -- creating -----------------------------------------------------------------

    def create(self, login: str, password: str) -> bytes:
        """Start a new key file with a fresh random database key; returns that key."""
        if self._path.exists():
            raise FileExistsError(self._path)
        db_key = secrets.token_bytes(KEY_BYTES)
        data = {
            "format": FORMAT_VERSION,
            "database_id": secrets.token_hex(16),
            "login_salt": _b64(secrets.token_bytes(16)),
            "slots": [],
        }
        data["slots"].append(self._make_slot(data, login, password, db_key))
        self._write(data)
        return db_key

    def add_user(self, login: str, password: str, db_key: bytes) -> None:
        data = self._read()
        digest = self._login_digest(data, login)
        if any(slot["login"] == digest for slot in data["slots"]):
            raise FileExistsError(f"a key slot for this login exists already: {login}")
        data["slots"].append(self._make_slot(data, login, password, db_key))
        self._write(data)

    def set_password(self, login: str, new_password: str, db_key: bytes) -> None:
        """Re-wrap ``login``'s slot under a new password (admin reset or own change)."""
        data = self._read()
        digest = self._login_digest(data, login)
        slots = [s for s in data["slots"] if s["login"] != digest]
        if len(slots) == len(data["slots"]):
            raise KeyError(login)
        slots.append(self._make_slot(data, login, new_password, db_key))
        data["slots"] = slots
        self._write(data)

    def remove_user(self, login: str) -> None:
        data = self._read()
        digest = self._login_digest(data, login)
        data["slots"] = [s for s in data["slots"] if s["login"] != digest]
        self._write(data)

    # -- unlocking ----------------------------------------------------------------

    def has_login(self, login: str) -> bool:
        data = self._read()
        digest = self._login_digest(data, login)
        return any(slot["login"] == digest for slot in data["slots"])

    def logins_with_slot(self, logins: Iterable[str]) -> set[str]:
        """Those of ``logins`` that may unlock this database (one read of the key file)."""
        data = self._read()
        digests = {slot["login"] for slot in data["slots"]}
        return {login for login in logins if self._login_digest(data, login) in digests}

    def unwrap(self, login: str, password: str) -> bytes:
        """The database key, if ``password`` is ``login``'s; else :class:`WrongPassword`."""
        data = self._read()
        digest = self._login_digest(data, login)
        slot = next((s for s in data["slots"] if s["login"] == digest), None)
        if slot is None:
            # Spend the same effort as a real attempt so timing does not reveal logins.
            _derive(password, secrets.token_bytes(16), KdfParams.default())
            raise WrongPassword()
        params = KdfParams(**slot["kdf"])
        kek = _derive(password, _unb64(slot["salt"]), params)
        try:
            return AESGCM(kek).decrypt(
                _unb64(slot["nonce"]), _unb64(slot["wrapped_key"]), self._aad(data, digest)
            )
        except InvalidTag as exc:
            raise WrongPassword() from exc

    def login_digest(self, login: str) -> str:
        """The keyed hash that stands for ``login`` in non-secret files."""
        return self._login_digest(self._read(), login)

    # -- internals ----------------------------------------------------------------

    def _make_slot(
        self, data: dict[str, Any], login: str, password: str, key: bytes
    ) -> dict[str, Any]:
        params = KdfParams.default()
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        digest = self._login_digest(data, login)
        kek = _derive(password, salt, params)
        wrapped = AESGCM(kek).encrypt(nonce, key, self._aad(data, digest))
        return {
            "login": digest,
            "kdf": asdict(params),
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped_key": _b64(wrapped),
        }

    @staticmethod
    def _login_digest(data: dict[str, Any], login: str) -> str:
        key = _unb64(data["login_salt"])
        return hmac.new(key, login.strip().lower().encode("utf-8"), hashlib.sha256).hexdigest()

    @staticmethod
    def _aad(data: dict[str, Any], digest: str) -> bytes:
        return f"kim-desktop/{data['database_id']}/{digest}".encode("ascii")

    def _read(self) -> dict[str, Any]:
        try:
            data: dict[str, Any] = json.loads(self._path.read_text("utf-8"))
        except FileNotFoundError as exc:
            raise KeyFileMissing(self._path) from exc
        if data.get("format") != FORMAT_VERSION:
            raise ValueError(f"unsupported key file format: {data.get('format')}")
        return data

    def _write(self, data: dict[str, Any]) -> None:
        write_atomically(self._path, json.dumps(data, indent=2).encode("utf-8"))


def write_atomically(path: Path, content: bytes) -> None:
    """Replace ``path`` with ``content`` so a crash leaves either the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    if os.name == "posix":
        tmp.chmod(0o600)
    os.replace(tmp, path)
