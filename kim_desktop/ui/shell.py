"""The order of the application's windows: set-up → login → main window → (logout) login."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from kim_desktop.domain.languages import UI_LANGUAGES
from kim_desktop.ui.i18n import TranslatorManager
from kim_desktop.ui.login_dialog import LoginDialog
from kim_desktop.ui.main_window import MainWindow
from kim_desktop.ui.operations import OperationRunner
from kim_desktop.ui.setup_dialog import SetupDialog

log = logging.getLogger(__name__)


class Shell(QObject):
    """Shows one step at a time; all windows are non-blocking (``show``/``open``)."""

    mainWindowShown = Signal(object)  # noqa: N815
    loginShown = Signal(object)  # noqa: N815

    def __init__(
        self,
        *,
        paths: Any,
        settings: Any,
        translator: TranslatorManager,
        auth: Any,
        setup_service: Any,
        runner: OperationRunner,
        quit: Callable[[], None],
        idle_timeout_ms: int | None = None,
        save_language: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self.translator = translator
        self.auth = auth
        self.setup_service = setup_service
        self.runner = runner
        self._quit = quit
        self._idle_timeout_ms = idle_timeout_ms
        self._save_language = save_language
        self.setup_dialog: SetupDialog | None = None
        self.login_dialog: LoginDialog | None = None
        self.main_window: MainWindow | None = None
        self._logging_out = False

    def start(self) -> None:
        if self.paths.is_initialised():
            self.show_login()
        else:
            self.show_setup()

    # -- steps ---------------------------------------------------------------------------
    def show_setup(self) -> None:
        dialog = SetupDialog(self.setup_service, self.runner)
        dialog.accepted.connect(lambda: self._setup_done(dialog))
        dialog.rejected.connect(self._quit)
        self.setup_dialog = dialog
        dialog.show()

    def _setup_done(self, dialog: SetupDialog) -> None:
        self.setup_dialog = None
        dialog.deleteLater()
        self.show_login(dialog.created_login)

    def show_login(self, login: str | None = None) -> None:
        dialog = LoginDialog(
            self.auth,
            self.runner,
            demo_login=self.settings.demo_login,
            demo_password=self.settings.demo_password,
            languages=UI_LANGUAGES,
            language=self.translator.language or self.settings.language,
        )
        if login:
            dialog.set_login(login)
        dialog.loggedIn.connect(self.open_main_window)
        dialog.rejected.connect(self._quit)
        dialog.languageChosen.connect(self.change_language)
        self.login_dialog = dialog
        dialog.show()
        self.loginShown.emit(dialog)

    def open_main_window(self, session: Any) -> None:
        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
            self.login_dialog = None
        window = MainWindow(
            session,
            settings=self.settings,
            translator=self.translator,
            auth=self.auth,
            runner=self.runner,
            idle_timeout_ms=self._idle_timeout_ms,
        )
        window.logoutRequested.connect(self.logout)
        window.closed.connect(self._main_window_closed)
        self.main_window = window
        window.show()
        # Everything built so far (Qt bindings, catalogues, the window) lives as long as the
        # session: keep it out of the cyclic collector, so a full collection never scans it
        # while the user scrolls or types (a full pass over it costs tens of milliseconds).
        gc.collect()
        gc.freeze()
        self.mainWindowShown.emit(window)

    def logout(self) -> None:
        window = self.main_window
        if window is None:
            return
        login = window.session.actor.login
        self._logging_out = True
        try:
            window.close()
        finally:
            self._logging_out = False
        self.show_login(login)

    def _main_window_closed(self) -> None:
        window = self.main_window
        self.main_window = None
        if window is not None:
            window.deleteLater()
            self._close_session(window.session)
            gc.unfreeze()  # the closed session's objects may be collected again
        if not self._logging_out:
            self._quit()

    def _close_session(self, session: Any) -> None:
        self.runner.wait_for_done(10_000)  # no operation may still use the database
        try:
            session.close()
        except Exception:
            log.exception("closing the office failed")

    def change_language(self, code: str) -> None:
        self.translator.apply(code)
        self.settings.language = code
        if self._save_language and self.paths.is_initialised():
            try:
                self.settings.save(self.paths)
            except OSError:
                log.exception("saving the language failed")

    def shutdown(self) -> None:
        """Close the open office (called when the application quits)."""
        if self.main_window is not None:
            window = self.main_window
            self.main_window = None
            window.close()
            self._close_session(window.session)
