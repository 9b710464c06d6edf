"""The ``kim`` command as an administrator uses it: real processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kim_desktop.db.migrate import HEAD_REVISION


def kim(
    data_dir: Path, *args: str, password: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "KIM_DATA_DIR": str(data_dir), **env}
    environment.pop("KIM_PASSWORD", None)
    if password is not None:
        environment["KIM_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "kim_desktop", *args],
        env=environment,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.fixture
def initialised(tmp_path: Path) -> Path:
    data = tmp_path / "buero"
    result = kim(
        data,
        "init",
        "--office-name",
        "KIM Hennef",
        "--municipality",
        "hennef",
        "--municipality",
        "lohmar",
        "--name",
        "Hans Admin",
        "--user",
        "hans.admin",
        "--email",
        "kim@hennef.example",
        password="Geheim-2024x",
    )
    assert result.returncode == 0, result.stderr
    assert "eingerichtet" in result.stdout
    return data


def test_init_user_add_list_passwd_check(initialised: Path) -> None:
    added = kim(
        initialised,
        "user",
        "add",
        "--login",
        "hans.admin",
        "--name",
        "Olga Petrenko",
        "--user",
        "olga.petrenko",
        "--role",
        "case_manager",
        "--municipality",
        "hennef",
        password="Geheim-2024x",
        KIM_NEW_PASSWORD="Olga-Start-2024",
    )
    assert added.returncode == 0, added.stderr

    listed = kim(
        initialised, "user", "list", "--login", "olga.petrenko", password="Olga-Start-2024"
    )
    assert listed.returncode == 0, listed.stderr
    assert "olga.petrenko" in listed.stdout and "Case Management" in listed.stdout
    assert "hans.admin" in listed.stdout and "Administration" in listed.stdout

    changed = kim(
        initialised,
        "user",
        "passwd",
        "olga.petrenko",
        "--login",
        "hans.admin",
        password="Geheim-2024x",
        KIM_NEW_PASSWORD="Olga-Neu-2025!",
    )
    assert changed.returncode == 0, changed.stderr
    old = kim(initialised, "check", "--login", "olga.petrenko", password="Olga-Start-2024")
    assert old.returncode == 1 and "falsch" in old.stdout
    new = kim(initialised, "check", "--login", "olga.petrenko", password="Olga-Neu-2025!")
    assert new.returncode == 0, new.stdout + new.stderr
    assert new.stdout.startswith("OK:") and f"Schema {HEAD_REVISION} aktuell" in new.stdout
    assert len(new.stdout.strip().splitlines()) == 1


def test_only_admins_add_users(initialised: Path) -> None:
    kim(
        initialised,
        "user",
        "add",
        "--login",
        "hans.admin",
        "--name",
        "Olga",
        "--user",
        "olga.cm",
        "--role",
        "case_manager",
        password="Geheim-2024x",
        KIM_NEW_PASSWORD="Olga-Start-2024",
    )
    refused = kim(
        initialised,
        "user",
        "add",
        "--login",
        "olga.cm",
        "--name",
        "Eve",
        "--user",
        "eve.x",
        "--role",
        "administrator",
        password="Olga-Start-2024",
        KIM_NEW_PASSWORD="Eve-Start-2024",
    )
    assert refused.returncode == 1
    assert "Berechtigung" in refused.stderr


def test_invalid_init_says_what_to_fix_and_creates_nothing(tmp_path: Path) -> None:
    data = tmp_path / "leer"
    result = kim(
        data,
        "init",
        "--office-name",
        "X",
        "--municipality",
        "atlantis",
        "--name",
        "A",
        "--user",
        "A B",
        password="kurz",
    )
    assert result.returncode == 1
    assert "Unbekannte Kommune: atlantis" in result.stderr
    assert "--user" in result.stderr and "mindestens 10 Zeichen" in result.stderr
    assert not (data / "kim.db").exists() and not (data / "kim.keys").exists()


def test_check_detects_damage(initialised: Path) -> None:
    with open(initialised / "kim.db", "r+b") as handle:
        handle.seek(5000)
        handle.write(b"\xff" * 64)  # corrupt a page inside the encrypted file
    result = kim(initialised, "check", "--login", "hans.admin", password="Geheim-2024x")
    assert result.returncode == 1
    assert result.stdout.startswith("FEHLER")


def test_missing_password_without_terminal_fails_cleanly(initialised: Path) -> None:
    result = kim(initialised, "check", "--login", "hans.admin")
    assert result.returncode == 1
    assert "Passwort fehlt" in result.stderr


def test_check_without_office(tmp_path: Path) -> None:
    result = kim(tmp_path / "nix", "check", "--login", "a", password="b")
    assert result.returncode == 1 and "kein Büro" in result.stdout


def test_help_lists_the_commands(tmp_path: Path) -> None:
    result = kim(tmp_path, "--help")
    for command in ("init", "user", "demo-data", "check"):
        assert command in result.stdout


def test_demo_data_with_more_consultations(tmp_path: Path) -> None:
    help_text = kim(tmp_path, "demo-data", "--help").stdout
    assert "--consultations" in help_text and "Anzahl Beratungen" in help_text
    refused = kim(tmp_path / "zu-wenig", "demo-data", "--clients", "60", "--consultations", "10")
    assert refused.returncode == 1
    assert "--consultations: für 60 Klient:innen zwischen" in refused.stderr
    assert not (tmp_path / "zu-wenig" / "kim.db").exists()
    made = kim(tmp_path / "demo", "demo-data", "--clients", "60", "--consultations", "600")
    assert made.returncode == 0, made.stderr
    assert "60 Klient:innen und 600 Beratungen" in made.stdout
    checked = kim(tmp_path / "demo", "check", "--login", "demo", password="kim-demo-2024")
    assert checked.returncode == 0, checked.stdout + checked.stderr
