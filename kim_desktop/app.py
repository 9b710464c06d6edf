"""Composition root of the desktop application: settings, translators, services, windows.

Nothing here is global: ``main`` builds every object and passes it to the ones that need it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

STARTUP_PROBE_ENV = "KIM_STARTUP_PROBE"
LOGIN_ENV = "KIM_LOGIN"
PASSWORD_ENV = "KIM_PASSWORD"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kim-desktop", description="KIM Desktop")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data directory of the office (default: KIM_DATA_DIR "
        "or the platform's user data directory)",
    )
    parser.add_argument("--language", metavar="CODE", help="UI language for this run, e.g. de, en")
    # Qt's own options (-platform, -style …) pass through to QApplication.
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from kim_desktop import __version__
    from kim_desktop.paths import resolve_data_dir
    from kim_desktop.services.settings import AppSettings
    from kim_desktop.ui.qt_environment import prepare_qt_environment

    paths = resolve_data_dir(args.data_dir)
    prepare_qt_environment()
    app = QApplication([sys.argv[0], *argv])
    app.setOrganizationName("Rhein-Sieg-Kreis")
    app.setApplicationName("KIM Desktop")
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    _load_fonts(app)

    from kim_desktop.services.auth import AuthService
    from kim_desktop.services.office_setup import OfficeSetupService
    from kim_desktop.ui.i18n import TranslatorManager
    from kim_desktop.ui.operations import OperationRunner
    from kim_desktop.ui.shell import Shell

    settings = AppSettings.load(paths)
    translator = TranslatorManager(app)
    translator.apply(args.language or settings.language)
    runner = OperationRunner(app)
    shell = Shell(
        paths=paths,
        settings=settings,
        translator=translator,
        auth=AuthService(paths),
        setup_service=OfficeSetupService(paths),
        runner=runner,
        quit=app.quit,
        save_language=args.language is None,
    )
    app.aboutToQuit.connect(shell.shutdown)
    probe = os.environ.get(STARTUP_PROBE_ENV)
    if probe:
        _install_startup_probe(shell, Path(probe), app)
    shell.start()
    status = app.exec()
    runner.wait_for_done(10_000)
    return status


def _load_fonts(app: object) -> None:
    """Use the shipped Noto Sans (all Latin and Cyrillic languages) when it is there."""
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from kim_desktop.about import resource_dir

    regular = resource_dir() / "fonts" / "NotoSans-Regular.ttf"
    if not regular.exists():
        return
    font_id = QFontDatabase.addApplicationFont(str(regular))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(families[0], QApplication.font().pointSize())
        QApplication.setFont(font)


def _install_startup_probe(shell: object, target: Path, app: object) -> None:
    """Benchmark hook: log in through the real dialog, note when the main window has painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    def fill_login(dialog: object) -> None:
        dialog.login_edit.setText(os.environ.get(LOGIN_ENV, ""))
        dialog.password_edit.setText(os.environ.get(PASSWORD_ENV, ""))
        QTimer.singleShot(0, dialog.submit)
        dialog.rejected.connect(lambda: app.exit(2))
        dialog.loginFailed.connect(lambda _error: app.exit(3))

    class PaintProbe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, write_and_quit)
            return False

    painted = PaintProbe(app)

    def main_shown(window: object) -> None:
        window.installEventFilter(painted)
        window.update()

    def write_and_quit() -> None:
        record = {"shown_monotonic_ns": time.monotonic_ns(), "maxrss_kb": _maxrss_kb()}
        target.write_text(json.dumps(record), encoding="utf-8")
        app.quit()

    shell.loginShown.connect(fill_login)
    shell.mainWindowShown.connect(main_shown)


def _maxrss_kb() -> int | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(rss // 1024) if sys.platform == "darwin" else int(rss)


if __name__ == "__main__":
    raise SystemExit(main())
