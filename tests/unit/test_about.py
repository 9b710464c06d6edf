"""The About dialog's data: shipped libraries and fonts, their versions and licences."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

from kim_desktop import about

REPO_ROOT = Path(__file__).resolve().parents[2]


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_dependencies() -> list[str]:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = []
    for requirement in project["project"]["dependencies"]:
        match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
        assert match, requirement
        names.append(match.group(0))
    return names


def test_every_runtime_dependency_is_listed_with_its_installed_version() -> None:
    libraries = {_normalise(c.name): c for c in about.shipped_components() if c.kind == "library"}
    dependencies = _runtime_dependencies()
    assert dependencies, "pyproject.toml lists no dependencies"
    for name in dependencies:
        component = libraries.get(_normalise(name))
        assert component is not None, f"{name} (pyproject.toml) is missing from the About list"
        assert component.version, name
        assert component.version != about.NOT_INSTALLED, name
        assert component.licence, name
        assert component.url.startswith("https://"), name


def test_qt_and_sqlcipher_are_listed_besides_their_bindings() -> None:
    by_name = {c.name: c for c in about.shipped_components()}
    assert by_name["Qt"].licence.startswith("LGPL-3.0")
    assert by_name["Qt"].version == by_name["PySide6"].version
    assert re.match(r"\d+\.\d+", by_name["SQLCipher"].version), by_name["SQLCipher"]
    assert by_name["SQLCipher"].licence == "BSD-3-Clause"


def test_both_font_families_are_shipped_under_the_ofl() -> None:
    fonts = {c.name: c for c in about.shipped_components() if c.kind == "font"}
    assert set(fonts) >= {"Noto Sans", "Noto Naskh Arabic"}
    for font in fonts.values():
        assert font.licence == "SIL Open Font License 1.1"
        assert re.fullmatch(r"\d+\.\d+", font.version), font


def test_font_files_exist_in_the_resource_dir() -> None:
    font_dir = about.resource_dir() / "fonts"
    for name in (
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "NotoNaskhArabic-Regular.ttf",
        "NotoNaskhArabic-Bold.ttf",
    ):
        assert (font_dir / name).stat().st_size > 50_000, name


def test_ofl_text_is_readable_for_fonts() -> None:
    font = next(c for c in about.shipped_components() if c.kind == "font")
    text = about.licence_text(font)
    assert text is not None
    assert "SIL OPEN FONT LICENSE Version 1.1" in text
    assert "Copyright" in text
    assert "PERMISSION & CONDITIONS" in text


def test_library_licence_text_comes_from_the_package_metadata() -> None:
    by_name = {c.name: c for c in about.shipped_components()}
    text = about.licence_text(by_name["SQLAlchemy"])
    assert text is not None and "Permission is hereby granted" in text


def test_a_missing_package_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    missing = about._Library("kim-no-such-package", "MIT", "https://example.invalid")
    monkeypatch.setattr(about, "_LIBRARIES", (*about._LIBRARIES, missing))
    component = next(c for c in about.shipped_components() if c.name == missing.name)
    assert component.version == about.NOT_INSTALLED
    assert about.licence_text(component) is None


def test_resource_dir_inside_a_pyinstaller_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert about.resource_dir() == REPO_ROOT / "resources"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert about.resource_dir() == tmp_path / "resources"


def test_lgpl_components_show_the_shipped_lgpl_text() -> None:
    from kim_desktop.about import licence_text, shipped_components

    qt = next(c for c in shipped_components() if c.name in ("PySide6", "Qt"))
    text = licence_text(qt)
    assert text is not None and "GNU LESSER GENERAL PUBLIC LICENSE" in text
