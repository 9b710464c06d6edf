"""DESIGN rule: nothing below the UI imports Qt widgets (only ``ui/`` and ``app.py`` may)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
PACKAGE = REPO_ROOT / "kim_desktop"

# Qt modules that need a GUI application; QtCore (signals, translation markers) is allowed.
GUI_MODULES = frozenset(
    {
        "QtWidgets",
        "QtGui",
        "QtCharts",
        "QtPrintSupport",
        "QtPdfWidgets",
        "QtSvgWidgets",
        "QtOpenGLWidgets",
        "QtQuickWidgets",
        "QtWebEngineWidgets",
    }
)
# Every package of kim_desktop except the UI: new layers (printing, server …) are covered
# as soon as they exist.
CORE_PACKAGES = tuple(
    sorted(
        init.parent.name
        for init in (REPO_ROOT / "kim_desktop").glob("*/__init__.py")
        if init.parent.name != "ui"
    )
)
CORE_MODULES = ("kim_desktop.cli", "kim_desktop.about", "kim_desktop.paths")
# Alembic runs env.py itself; importing it outside a migration run is meaningless.
NOT_IMPORTABLE = ("kim_desktop.db.migrations.env",)


def _is_ui(path: Path) -> bool:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] == "ui" or relative == Path("app.py")


def _gui_imports(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] in ("PySide6", "PyQt6") and len(parts) > 1 and parts[1] in GUI_MODULES:
                found.append((node.lineno, name))
                break
    return found


def test_no_gui_imports_below_the_ui_in_the_source() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if _is_ui(path):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, name in _gui_imports(tree):
            offenders.append(f"{path.relative_to(REPO_ROOT)}:{line}: imports {name}")
    assert not offenders, "Qt GUI imports below the UI layer:\n" + "\n".join(offenders)


_IMPORT_ALL = f"""
import importlib, pkgutil, sys
failed = []
def onerror(name):
    failed.append(name)
for sub in {CORE_PACKAGES!r}:
    package = importlib.import_module("kim_desktop." + sub)
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".", onerror):
        if info.name not in {NOT_IMPORTABLE!r}:
            importlib.import_module(info.name)
for name in {CORE_MODULES!r}:
    importlib.import_module(name)
if failed:
    raise SystemExit("could not import: " + ", ".join(failed))
gui = sorted(m for m in sys.modules if m.split(".")[0] == "PySide6"
             and len(m.split(".")) > 1 and m.split(".")[1] in {sorted(GUI_MODULES)!r})
print("\\n".join(gui))
"""


def test_core_modules_import_without_loading_qt_widgets() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, f"importing the core failed:\n{result.stderr}"
    assert "PySide6.QtWidgets" not in result.stdout.split()
    assert result.stdout.strip() == "", f"Qt GUI modules loaded by the core:\n{result.stdout}"


def test_the_core_packages_are_found() -> None:
    assert {"db", "domain", "services", "sync"} <= set(CORE_PACKAGES)
