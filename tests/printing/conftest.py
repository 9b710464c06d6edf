"""Fixtures of the printing tests: a small demo office, PDF text helpers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kim_desktop.paths import DataPaths
from kim_desktop.services.auth import AuthService
from kim_desktop.services.demo.office import create_demo_office
from kim_desktop.services.office_session import OfficeSession


@pytest.fixture(scope="module")
def demo_paths(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    paths = DataPaths(Path(tmp_path_factory.mktemp("printing")) / "demo")
    create_demo_office(paths, clients=200, seed=1)
    return paths


@pytest.fixture
def demo_office(demo_paths: DataPaths) -> Iterator[OfficeSession]:
    office = AuthService(demo_paths).login("demo", "kim-demo-2024")
    yield office
    office.close()
