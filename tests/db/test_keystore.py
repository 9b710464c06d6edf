"""Key wrapping: one database key, one slot per user; a password change re-wraps only."""

from __future__ import annotations

from pathlib import Path

import pytest

from kim_desktop.db.keystore import KeyStore, WrongPassword


def test_slots_share_one_key_and_rewrap(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "kim.keys")
    key = store.create("anna", "erstes-Passwort-1")
    store.add_user("ben", "zweites-Passwort-2", key)
    assert store.unwrap("Anna", "erstes-Passwort-1") == key  # logins are case-insensitive
    assert store.unwrap("ben", "zweites-Passwort-2") == key

    store.set_password("ben", "neues-Passwort-3", key)
    assert store.unwrap("ben", "neues-Passwort-3") == key
    with pytest.raises(WrongPassword):
        store.unwrap("ben", "zweites-Passwort-2")
    assert store.unwrap("anna", "erstes-Passwort-1") == key


def test_a_slot_cannot_be_moved_to_another_login(tmp_path: Path) -> None:
    import json

    store = KeyStore(tmp_path / "kim.keys")
    key = store.create("anna", "gleiches-Passwort-1")
    store.add_user("ben", "gleiches-Passwort-1", key)
    data = json.loads(store.path.read_text())
    # Swap the wrapped keys: the login is bound into the encryption, so unwrapping fails.
    data["slots"][0]["wrapped_key"], data["slots"][1]["wrapped_key"] = (
        data["slots"][1]["wrapped_key"],
        data["slots"][0]["wrapped_key"],
    )
    data["slots"][0]["nonce"], data["slots"][1]["nonce"] = (
        data["slots"][1]["nonce"],
        data["slots"][0]["nonce"],
    )
    store.path.write_text(json.dumps(data))
    with pytest.raises(WrongPassword):
        store.unwrap("anna", "gleiches-Passwort-1")


def test_duplicate_login_refused(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "kim.keys")
    key = store.create("anna", "erstes-Passwort-1")
    with pytest.raises(FileExistsError):
        store.add_user("ANNA", "anderes-Passwort-2", key)


def test_production_kdf_is_argon2id_with_real_cost(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import json

    monkeypatch.delenv("KIM_INSECURE_FAST_KDF", raising=False)
    store = KeyStore(tmp_path / "kim.keys")
    store.create("anna", "erstes-Passwort-1")
    slot = json.loads(store.path.read_text())["slots"][0]
    assert slot["kdf"]["memory_kib"] >= 64 * 1024
    assert slot["kdf"]["time_cost"] >= 3
