"""Shared fixtures: a real office (SQLCipher database + key file) in a temporary directory."""

from __future__ import annotations

import os

# Before anything imports Qt or derives keys: no display, cheap key derivation for tests
# (the parameters are stored per key slot, so production offices are unaffected).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KIM_INSECURE_FAST_KDF"] = "1"

from collections.abc import Iterator
from pathlib import Path

import pytest

from kim_desktop.domain.enums import Role
from kim_desktop.paths import DataPaths
from kim_desktop.services.auth import AuthService
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.office_setup import OfficeSetupRequest, OfficeSetupService

OFFICE_LOGIN = "admin.test"
OFFICE_PASSWORD = "Passwort-2024"


def make_setup_request(**overrides: object) -> OfficeSetupRequest:
    values: dict[str, object] = {
        "office_name": "KIM Case Management Troisdorf",
        "street": "Kölner Straße 176",
        "postal_code": "53840",
        "city": "Troisdorf",
        "phone": "02241 900-0",
        "email": "kim@troisdorf.example",
        "municipality_codes": ["troisdorf"],
        "display_name": "Anna Admin",
        "login": OFFICE_LOGIN,
        "password": OFFICE_PASSWORD,
        "password_repeat": OFFICE_PASSWORD,
        "role": Role.ADMINISTRATOR,
    }
    values.update(overrides)
    return OfficeSetupRequest(**values)  # type: ignore[arg-type]


@pytest.fixture
def office_login() -> str:
    return OFFICE_LOGIN


@pytest.fixture
def office_password() -> str:
    return OFFICE_PASSWORD


@pytest.fixture
def office_paths(tmp_path: Path) -> DataPaths:
    """A data directory with a freshly created office (closed again)."""
    paths = DataPaths(tmp_path / "office")
    OfficeSetupService(paths).create_office(make_setup_request()).close()
    return paths


@pytest.fixture
def office_session(office_paths: DataPaths) -> Iterator[OfficeSession]:
    office = AuthService(office_paths).login(OFFICE_LOGIN, OFFICE_PASSWORD)
    yield office
    office.close()
