"""The database file opens only with its key and holds no personal data in plain bytes."""

from __future__ import annotations

import pytest
import sqlcipher3
from sqlalchemy import text

from kim_desktop.db.engine import open_engine
from kim_desktop.db.keystore import KeyStore, WrongPassword
from kim_desktop.paths import DataPaths
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.office_session import OfficeSession


def test_wrong_key_does_not_open(office_paths: DataPaths) -> None:
    with pytest.raises(Exception) as info:
        open_engine(office_paths.database, b"\x00" * 32)
    assert type(info.value).__name__ == "DatabaseLocked"


def test_plain_sqlite_cannot_read_the_file(office_paths: DataPaths) -> None:
    conn = sqlcipher3.connect(str(office_paths.database))  # no key given
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_wrong_password_does_not_unwrap(office_paths: DataPaths, office_login: str) -> None:
    with pytest.raises(WrongPassword):
        KeyStore(office_paths.key_file).unwrap(office_login, "Falsches-Passwort-1")
    with pytest.raises(WrongPassword):
        KeyStore(office_paths.key_file).unwrap("niemand", "Passwort-2024")


def test_connection_settings(office_session: OfficeSession) -> None:
    with office_session.database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1


def test_raw_file_and_wal_hold_no_personal_data(office_session: OfficeSession) -> None:
    service = ClientService(office_session)
    service.create_client(
        ClientInput(
            first_name="Olena",
            last_name="Kowalenkowa-Testfall",
            municipality_code="troisdorf",
            phone="0176 5550123",
            notes="Aufenthaltstitel läuft ab",
        )
    )
    paths = office_session.paths
    wal = paths.database.with_name(paths.database.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the change should still sit in the WAL"
    for path in (paths.database, wal, paths.key_file, paths.settings_file):
        if not path.exists():
            continue
        raw = path.read_bytes()
        for secret in ("Kowalenkowa", "Olena", "0176 5550123", "Aufenthaltstitel"):
            assert secret.encode("utf-8") not in raw, f"{secret!r} readable in {path.name}"
            assert secret.encode("utf-16-le") not in raw
    # ... while the same data is readable through the key.
    assert (
        service.get_client(
            service.create_client(
                ClientInput(first_name="Amina", last_name="Haddad", municipality_code="troisdorf")
            )
        ).last_name
        == "Haddad"
    )


def test_key_file_holds_no_login_in_plain_text(office_paths: DataPaths, office_login: str) -> None:
    assert office_login.encode() not in office_paths.key_file.read_bytes()
