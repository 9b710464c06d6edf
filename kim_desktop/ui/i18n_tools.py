"""Keep the Qt translation files current.

``python -m kim_desktop.ui.i18n_tools update`` runs ``pyside6-lupdate`` over every module of
``kim_desktop`` into ``translations/kim_<lang>.ts`` (obsolete entries dropped, no source
locations, so moving code does not touch the ``.ts``), then ``pyside6-lrelease`` into the
``.qm`` beside it. ``check`` exits non-zero when a ``.ts`` or ``.qm`` is not current, a
translation is unfinished or a ``{placeholder}`` of a source is missing from its translation.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "kim_desktop"
TRANSLATIONS = REPO / "translations"
SOURCE_LANGUAGE = "de"
DEFAULT_TARGETS = ("en",)
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def tool(name: str) -> str:
    """``lupdate``/``lrelease``: the venv's ``pyside6-*`` script, PySide6's binary or PATH."""
    bindir = Path(sys.executable).parent
    for candidate in (bindir / f"pyside6-{name}", bindir / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    try:
        import PySide6

        pyside = Path(PySide6.__file__).parent
        for candidate in (pyside / name, pyside / f"{name}.exe", pyside / "Qt" / "libexec" / name):
            if candidate.exists():
                return str(candidate)
    except ImportError:  # pragma: no cover
        pass
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (install PySide6 into this environment)")
    return found


def source_files() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in PACKAGE.rglob("*.py"))


def ts_files() -> list[Path]:
    found = sorted(TRANSLATIONS.glob("kim_*.ts"))
    return found or [TRANSLATIONS / f"kim_{lang}.ts" for lang in DEFAULT_TARGETS]


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix("kim_")


def run_lupdate(ts: Path) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language_of(ts),
            *source_files(),
            "-ts",
            str(ts),
        ],
        cwd=REPO,
        check=True,
    )


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
        cwd=REPO,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def update() -> int:
    TRANSLATIONS.mkdir(exist_ok=True)
    for ts in ts_files():
        run_lupdate(ts)
        run_lrelease(ts, ts.with_suffix(".qm"))
        print(f"updated {ts.relative_to(REPO)} and {ts.with_suffix('.qm').name}")
    return 0


def problems() -> list[str]:
    """Everything that keeps the translations from being current and complete."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files():
            if not ts.exists():
                found.append(f"{ts.name}: missing (run python -m kim_desktop.ui.i18n_tools update)")
                continue
            fresh = Path(tmp) / ts.name
            shutil.copyfile(ts, fresh)
            run_lupdate(fresh)
            if fresh.read_bytes() != ts.read_bytes():
                found.append(f"{ts.name}: not current with the sources (run i18n_tools update)")
            found.extend(f"{ts.name}: {p}" for p in translation_problems(ts))
            qm = ts.with_suffix(".qm")
            built = Path(tmp) / qm.name
            run_lrelease(ts, built)
            if not qm.exists() or qm.read_bytes() != built.read_bytes():
                found.append(f"{qm.name}: not compiled from the current {ts.name}")
    return found


def translation_problems(ts: Path) -> list[str]:
    """Unfinished translations and placeholders lost in translation."""
    found: list[str] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            source = msg.findtext("source") or ""
            translation = msg.find("translation")
            text = (translation.text or "") if translation is not None else ""
            unfinished = translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            )
            if unfinished or not text:
                found.append(f"[{name}] unfinished: {source!r}")
                continue
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                found.append(f"[{name}] placeholders differ: {source!r} -> {text!r}")
    return found


def check() -> int:
    found = problems()
    for line in found:
        print(line, file=sys.stderr)
    if not found:
        print("translations are current")
    return 1 if found else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kim_desktop.ui.i18n_tools")
    parser.add_argument("command", choices=["update", "check"])
    args = parser.parse_args(argv)
    return update() if args.command == "update" else check()


if __name__ == "__main__":
    raise SystemExit(main())
