"""Byte scans of an office's database files, decrypted page by page (SQLCipher 4 defaults).

A raw scan of an encrypted file would find nothing whatever it holds, so the scan decrypts
every page of ``kim.db`` and every frame of ``kim.db-wal`` with the database key (AES-256-CBC,
IV in the page's reserved tail) — live rows, free pages and stale WAL frames alike — and also
looks at the raw bytes of all three files (``-shm`` is never encrypted).
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80  # 16 bytes IV + 64 bytes HMAC-SHA512
SALT = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    body = page[start : PAGE_SIZE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(database: Path, key: bytes) -> list[bytes]:
    """Plain text of every page of the database file and of every frame in its WAL."""
    pages: list[bytes] = []
    data = database.read_bytes() if database.exists() else b""
    for number, offset in enumerate(range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE)):
        pages.append(_decrypt_page(key, data[offset : offset + PAGE_SIZE], number == 0))
    wal = database.with_name(database.name + "-wal")
    wal_data = wal.read_bytes() if wal.exists() else b""
    frame = WAL_FRAME_HEADER + PAGE_SIZE
    for offset in range(WAL_HEADER, len(wal_data) - frame + 1, frame):
        page_number = int.from_bytes(wal_data[offset : offset + 4], "big")
        page = wal_data[offset + WAL_FRAME_HEADER : offset + frame]
        pages.append(_decrypt_page(key, page, page_number == 1))
    return pages


def files_of(database: Path) -> list[Path]:
    return [
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
    ]


def find_in_office(database: Path, key: bytes, needles: list[str]) -> set[str]:
    """Which of ``needles`` (case-insensitive, UTF-8) occur anywhere in the files."""
    haystacks = [page.lower() for page in decrypted_pages(database, key)]
    haystacks += [path.read_bytes().lower() for path in files_of(database) if path.exists()]
    found = set()
    for needle in needles:
        encoded = needle.lower().encode("utf-8")
        if any(encoded in haystack for haystack in haystacks):
            found.add(needle)
    return found
