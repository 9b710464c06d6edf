"""What KIM Desktop ships: third-party libraries and fonts with their versions and licences.

Plain Python (no Qt): the About dialog shows these lists, and a test checks them against
``pyproject.toml``. Versions come from the installed package metadata; a missing package is
shown as "nicht installiert" rather than failing.
"""

from __future__ import annotations

import re
import struct
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Literal

NOT_INSTALLED = "nicht installiert"
OFL = "SIL Open Font License 1.1"
FONT_DIR_NAME = "fonts"
OFL_FILE_NAME = "OFL.txt"


@dataclass(frozen=True)
class Component:
    """One shipped third-party component."""

    name: str
    version: str
    licence: str
    url: str
    kind: Literal["library", "font"]


@dataclass(frozen=True)
class _Library:
    name: str  # as in pyproject.toml, where it is a dependency there
    licence: str
    url: str
    distributions: tuple[str, ...] = ()  # where version and licence file are, if not ``name``


# Compiled into sqlcipher3: its version is asked from the library, its licence is not in the
# package metadata (the About dialog links to the project instead).
_SQLCIPHER = "SQLCipher"

_LIBRARIES: tuple[_Library, ...] = (
    _Library(
        "PySide6",
        "LGPL-3.0-only",
        "https://www.qt.io/qt-for-python",
        ("PySide6", "PySide6-Essentials"),
    ),
    _Library("Qt", "LGPL-3.0-only", "https://www.qt.io", ("PySide6-Essentials", "PySide6")),
    _Library("SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    _Library("Alembic", "MIT", "https://alembic.sqlalchemy.org"),
    _Library("sqlcipher3", "zlib", "https://github.com/coleifer/sqlcipher3"),
    _Library(_SQLCIPHER, "BSD-3-Clause", "https://www.zetetic.net/sqlcipher/"),
    _Library("cryptography", "Apache-2.0 OR BSD-3-Clause", "https://cryptography.io"),
    _Library("argon2-cffi", "MIT", "https://argon2-cffi.readthedocs.io"),
    _Library("platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    _Library("Babel", "BSD-3-Clause", "https://babel.pocoo.org"),
    _Library("reportlab", "BSD-3-Clause", "https://www.reportlab.com/opensource/"),
    _Library("arabic-reshaper", "MIT", "https://github.com/mpcabd/python-arabic-reshaper"),
    _Library("python-bidi", "LGPL-3.0-only", "https://github.com/MeirKriheli/python-bidi"),
    _Library("httpx", "BSD-3-Clause", "https://www.python-httpx.org"),
    _Library("openpyxl", "MIT", "https://foss.heptapod.net/openpyxl/openpyxl"),
)

_FONT_URLS = {
    "Noto Sans": "https://github.com/notofonts/latin-greek-cyrillic",
    "Noto Naskh Arabic": "https://github.com/notofonts/arabic",
}
_NOTO_URL = "https://notofonts.github.io/"


def resource_dir() -> Path:
    """The ``resources/`` folder: next to the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def shipped_components() -> list[Component]:
    """The runtime libraries, then the font families in ``resources/fonts``."""
    libraries = [
        Component(
            library.name,
            _sqlcipher_version() if library.name == _SQLCIPHER else _version(library),
            library.licence,
            library.url,
            "library",
        )
        for library in _LIBRARIES
    ]
    return libraries + _fonts()


def licence_text(component: Component) -> str | None:
    """The licence text to show for ``component``, or None if none is shipped with it.

    Fonts: the SIL Open Font License in ``resources/fonts/OFL.txt``. Libraries: the licence
    file of the installed package, where its metadata is available (not in every frozen build).
    """
    if component.kind == "font":
        try:
            return (resource_dir() / FONT_DIR_NAME / OFL_FILE_NAME).read_text(encoding="utf-8")
        except OSError:
            return None
    if component.licence.startswith("LGPL-3.0"):
        # Shipped with the application: the wheels of Qt/PySide6 carry no licence file.
        try:
            return (resource_dir() / "licenses" / "LGPL-3.0.txt").read_text(encoding="utf-8")
        except OSError:
            return None
    for library in _LIBRARIES:
        if library.name == component.name and library.name != _SQLCIPHER:
            for distribution in library.distributions or (library.name,):
                text = _distribution_licence(distribution)
                if text:
                    return text
    return None


# --- libraries ---------------------------------------------------------------------------------


def _version(library: _Library) -> str:
    for name in library.distributions or (library.name,):
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return NOT_INSTALLED


def _sqlcipher_version() -> str:
    """The SQLCipher version compiled into sqlcipher3 (an in-memory database, no data)."""
    try:
        import sqlcipher3

        connection = sqlcipher3.connect(":memory:")
        try:
            row = connection.execute("PRAGMA cipher_version").fetchone()
        finally:
            connection.close()
    except Exception:
        return NOT_INSTALLED
    return str(row[0]) if row and row[0] else NOT_INSTALLED


def _distribution_licence(name: str) -> str | None:
    """The licence files an installed package carries in its metadata (joined), if any."""
    try:
        files = metadata.distribution(name).files or []
    except metadata.PackageNotFoundError:
        return None
    texts = []
    for file in sorted(files, key=str):
        in_metadata = bool(file.parts) and file.parts[0].endswith(".dist-info")
        if in_metadata and re.match(r"(LICEN[CS]E|COPYING)", file.name, re.IGNORECASE):
            try:
                texts.append(file.read_text(encoding="utf-8").strip())
            except (OSError, UnicodeDecodeError):
                continue
    return "\n\n".join(texts) or None


# --- fonts -------------------------------------------------------------------------------------


def _fonts() -> list[Component]:
    """One component per font family found in ``resources/fonts`` (family from the file name)."""
    families: dict[str, list[Path]] = {}
    for path in sorted((resource_dir() / FONT_DIR_NAME).glob("*.[ot]tf")):
        families.setdefault(_family(path), []).append(path)
    return [
        Component(
            family,
            _font_version(paths) or NOT_INSTALLED,
            OFL,
            _FONT_URLS.get(family, _NOTO_URL),
            "font",
        )
        for family, paths in families.items()
    ]


def _family(path: Path) -> str:
    """``NotoNaskhArabic-Bold.ttf`` -> ``Noto Naskh Arabic``."""
    stem = path.stem.split("-", 1)[0]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", stem)


def _font_version(paths: list[Path]) -> str | None:
    """The version of the family's regular style (else its first file), e.g. ``2.004``."""
    regular = [path for path in paths if path.stem.endswith("-Regular")]
    for path in regular + paths:
        version = _font_name_record(path, name_id=5)
        if version:
            match = re.search(r"\d+(\.\d+)+", version)
            return match.group(0) if match else version
    return None


def _font_name_record(path: Path, name_id: int) -> str | None:
    """Read one entry of a TrueType/OpenType ``name`` table (5 is the version string)."""
    try:
        data = path.read_bytes()
        (num_tables,) = struct.unpack_from(">H", data, 4)
        for index in range(num_tables):
            tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
            if tag != b"name":
                continue
            _format, count, strings = struct.unpack_from(">HHH", data, offset)
            for record in range(count):
                platform, _enc, _lang, nid, length, start = struct.unpack_from(
                    ">HHHHHH", data, offset + 6 + 12 * record
                )
                if nid != name_id or platform not in (1, 3):
                    continue
                raw = data[offset + strings + start : offset + strings + start + length]
                return raw.decode("utf-16-be" if platform == 3 else "latin-1").strip()
    except (OSError, struct.error, UnicodeDecodeError):
        return None
    return None
