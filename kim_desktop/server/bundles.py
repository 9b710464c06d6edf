"""Sync bundle files for offices without any connection (docs/SYNC_PROTOCOL.md, "Bundles").

Layout: ``KIMB1\\n`` + one header line of JSON ``{device_id, kind, created_at, nonce}`` + ``\\n``
+ AES-256-GCM ciphertext (with its 16-byte tag) of the UTF-8 JSON payload, under the device's
bundle key, with the header line (without its ``\\n``) as associated data: changing the header
or a byte of the payload makes the file unreadable. ``nonce`` is 12 random bytes, base64.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kim_desktop.sync.protocol import BUNDLE_MAGIC

KINDS = ("push", "reply")


class BundleError(Exception):
    """The file is not a readable bundle (German message)."""


@dataclass(frozen=True)
class BundleHeader:
    device_id: str
    kind: str
    created_at: str
    nonce: bytes
    line: bytes


def read_header(data: bytes) -> tuple[BundleHeader, bytes]:
    """The header and the ciphertext of a bundle file's bytes."""
    if not data.startswith(BUNDLE_MAGIC):
        raise BundleError("Die Datei ist kein KIM-Sync-Paket (Kennung KIMB1 fehlt).")
    rest = data[len(BUNDLE_MAGIC) :]
    line, newline, ciphertext = rest.partition(b"\n")
    if not newline:
        raise BundleError("Das Sync-Paket ist unvollständig (Kopfzeile fehlt).")
    try:
        header = json.loads(line.decode("utf-8"))
        nonce = base64.b64decode(header["nonce"], validate=True)
        parsed = BundleHeader(
            device_id=str(header["device_id"]),
            kind=str(header["kind"]),
            created_at=str(header.get("created_at", "")),
            nonce=nonce,
            line=line,
        )
    except (ValueError, KeyError, TypeError) as error:
        raise BundleError("Die Kopfzeile des Sync-Pakets ist beschädigt.") from error
    if parsed.kind not in KINDS or len(nonce) != 12:
        raise BundleError("Die Kopfzeile des Sync-Pakets ist beschädigt.")
    return parsed, ciphertext


def open_payload(header: BundleHeader, ciphertext: bytes, key: bytes) -> Any:
    try:
        plain = AESGCM(key).decrypt(header.nonce, ciphertext, header.line)
    except InvalidTag as error:
        raise BundleError(
            "Das Sync-Paket lässt sich nicht öffnen: falsches Gerät oder beschädigte Datei."
        ) from error
    try:
        return json.loads(plain.decode("utf-8"))
    except ValueError as error:
        raise BundleError("Der Inhalt des Sync-Pakets ist kein gültiges JSON.") from error


def seal(device_id: str, kind: str, payload: Any, key: bytes) -> bytes:
    """The bytes of a bundle file holding ``payload``."""
    nonce = secrets.token_bytes(12)
    header = {
        "device_id": device_id,
        "kind": kind,
        "created_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
    }
    line = json.dumps(header, separators=(",", ":")).encode("utf-8")
    plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return BUNDLE_MAGIC + line + b"\n" + AESGCM(key).encrypt(nonce, plain, line)


def write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    temporary.replace(path)
