"""Sync bundle files for offices without a connection (SYNC_PROTOCOL "Bundles").

Layout: ``KIMB1\\n`` + one JSON header line ``{device_id, kind, created_at, nonce}`` + ``\\n``
+ AES-256-GCM ciphertext (with its 16-byte tag) of the JSON payload, under the device's
bundle key, with the header line (without its newline) as associated data. Altering any
byte of header or payload makes :func:`read_bundle` refuse the file.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kim_desktop.sync.errors import BundleError
from kim_desktop.sync.protocol import BUNDLE_MAGIC

BundleKind = Literal["push", "reply"]
NONCE_BYTES = 12
KEY_BYTES = 32


@dataclass(frozen=True)
class Bundle:
    device_id: str
    kind: BundleKind
    created_at: str
    payload: Any


def decode_key(bundle_key_b64: str) -> bytes:
    key = base64.b64decode(bundle_key_b64)
    if len(key) != KEY_BYTES:
        raise ValueError("a bundle key is 32 bytes")
    return key


def encode_bundle(key: bytes, device_id: str, kind: BundleKind, payload: Any) -> bytes:
    """The bytes of a bundle file carrying ``payload`` (any JSON value)."""
    nonce = os.urandom(NONCE_BYTES)
    header = {
        "device_id": device_id,
        "kind": kind,
        "created_at": datetime.now(UTC).isoformat(),
        "nonce": base64.b64encode(nonce).decode("ascii"),
    }
    header_line = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    plaintext = json.dumps(payload, separators=(",", ":")).encode("utf-8")
    ciphertext = AESGCM(key).encrypt(nonce, plaintext, header_line)
    return BUNDLE_MAGIC + header_line + b"\n" + ciphertext


def decode_bundle(key: bytes, data: bytes, *, path: str = "") -> Bundle:
    """The bundle in ``data``; :class:`BundleError` if it is not one or was altered."""
    if not data.startswith(BUNDLE_MAGIC):
        raise BundleError("sync_bundle_unreadable", path=path)
    rest = data[len(BUNDLE_MAGIC) :]
    header_line, newline, ciphertext = rest.partition(b"\n")
    if not newline:
        raise BundleError("sync_bundle_unreadable", path=path)
    try:
        header = json.loads(header_line)
        nonce = base64.b64decode(header["nonce"])
        kind = header["kind"]
        device_id = str(header["device_id"])
        created_at = str(header.get("created_at", ""))
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleError("sync_bundle_tampered") from exc
    if kind not in ("push", "reply"):
        raise BundleError("sync_bundle_tampered")
    try:
        plaintext = AESGCM(key).decrypt(nonce, ciphertext, header_line)
    except (InvalidTag, ValueError) as exc:
        raise BundleError("sync_bundle_tampered") from exc
    try:
        payload = json.loads(plaintext)
    except ValueError as exc:
        raise BundleError("sync_bundle_tampered") from exc
    return Bundle(device_id=device_id, kind=kind, created_at=created_at, payload=payload)


def write_bundle(path: Path, key: bytes, device_id: str, kind: BundleKind, payload: Any) -> None:
    """Write the bundle next to ``path`` first, then move it into place (no half files)."""
    data = encode_bundle(key, device_id, kind, payload)
    temporary = path.with_name(path.name + ".part")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def read_bundle(path: Path, key: bytes) -> Bundle:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError("sync_bundle_unreadable", path=str(path)) from exc
    return decode_bundle(key, data, path=str(path))
