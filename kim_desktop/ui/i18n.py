"""Run-time UI language: KIM's own translations, Qt's ``qtbase_<lang>.qm``, layout direction.

German is the source language, so it has no ``kim_de.qm`` — but Qt's own German catalogue is
still loaded so that standard buttons read "Abbrechen". Any language code works: missing
catalogues are skipped, and right-to-left languages mirror the layout.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from kim_desktop.domain.languages import ui_language

SOURCE_LANGUAGE = "de"


def translations_dir() -> Path:
    """The folder with ``kim_<lang>.qm``: ``translations/`` of the repository or the bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "translations"
    return Path(__file__).resolve().parents[2] / "translations"


def is_right_to_left(code: str) -> bool:
    language = ui_language(code)
    if language.rtl:
        return True
    return QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft


class TranslatorManager:
    """Installs the translators of one language at a time on the application."""

    def __init__(self, app: QApplication, directory: Path | None = None) -> None:
        self._app = app
        self._dir = directory if directory is not None else translations_dir()
        self._installed: list[QTranslator] = []
        self.language: str | None = None

    @property
    def directory(self) -> Path:
        return self._dir

    def apply(self, code: str) -> None:
        """Switch the UI to ``code``; every widget gets a ``LanguageChange`` event."""
        self.clear()
        translators: list[QTranslator] = []
        if code != SOURCE_LANGUAGE:
            own = QTranslator(self._app)
            if own.load(str(self._dir / f"kim_{code}.qm")):
                translators.append(own)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self._app)
        if qtbase.load(f"qtbase_{code}", qt_dir):
            translators.append(qtbase)
        for translator in translators:
            self._app.installTranslator(translator)
        self._installed = translators
        QLocale.setDefault(QLocale(code))
        direction = (
            Qt.LayoutDirection.RightToLeft
            if is_right_to_left(code)
            else Qt.LayoutDirection.LeftToRight
        )
        self._app.setLayoutDirection(direction)
        self.language = code

    def clear(self) -> None:
        """Remove the installed translators (back to the German source texts)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []

    def installed_files(self) -> list[str]:
        return [t.filePath() for t in self._installed]
