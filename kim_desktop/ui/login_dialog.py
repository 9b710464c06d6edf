"""Log in to the office: login name and password, a growing delay after failures."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.ui.messages import error_text, message
from kim_desktop.ui.operations import OperationRunner
from kim_desktop.ui.retry_countdown import RetryCountdown, wait_after_failure
from kim_desktop.ui.widgets import BusyBar, ErrorLabel

log = logging.getLogger(__name__)


class LoginDialog(QDialog):
    """Asks for login and password; on success holds the opened ``OfficeSession``."""

    loggedIn = Signal(object)  # noqa: N815 - the OfficeSession
    languageChosen = Signal(str)  # noqa: N815
    loginFailed = Signal(object)  # noqa: N815 - the exception; the dialog shows its text

    def __init__(
        self,
        auth: Any,
        runner: OperationRunner,
        *,
        demo_login: str | None = None,
        demo_password: str | None = None,
        languages: Sequence[Any] = (),
        language: str = "de",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._auth = auth
        self._runner = runner
        self._demo = (demo_login, demo_password) if demo_login else None
        self.session: Any = None
        self._busy = False

        self._heading = QLabel()
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._heading.setFont(font)
        self._intro = QLabel()
        self._intro.setWordWrap(True)

        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("login")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._login_label = QLabel()
        self._login_label.setBuddy(self.login_edit)
        self._password_label = QLabel()
        self._password_label.setBuddy(self.password_edit)
        form = QFormLayout()
        form.addRow(self._login_label, self.login_edit)
        form.addRow(self._password_label, self.password_edit)

        self.demo_note = QLabel()
        self.demo_note.setObjectName("demoNote")
        self.demo_note.setWordWrap(True)
        self.demo_note.setStyleSheet(
            "background: #fff4ce; border: 1px solid #e0c36b; border-radius: 4px; padding: 6px;"
        )
        self.demo_note.setVisible(self._demo is not None)

        self.error_label = ErrorLabel()
        self.error_label.setObjectName("loginError")
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("countdown")
        self.countdown_label.setVisible(False)
        self._busy_bar = BusyBar()

        self._language_label = QLabel()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        for lang in languages:
            self.language_combo.addItem(lang.native_name, lang.code)
        index = self.language_combo.findData(language)
        self.language_combo.setCurrentIndex(max(0, index))
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self._language_label.setBuddy(self.language_combo)
        self._language_label.setVisible(bool(languages))
        self.language_combo.setVisible(bool(languages))

        self.login_button = QPushButton()
        self.login_button.setObjectName("loginButton")
        self.quit_button = QPushButton()
        for button in (self.login_button, self.quit_button):
            button.setAutoDefault(False)
        self.login_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self._language_label)
        buttons.addWidget(self.language_combo)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.login_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self._busy_bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(440)

        self.login_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self.submit)

        self._countdown = RetryCountdown(self)
        self._countdown.tick.connect(self._show_countdown)
        self._countdown.over.connect(self._countdown_over)
        self._last_error: BaseException | None = None
        self.retranslate()
        if self._demo is not None and not self.login_edit.text():
            self.login_edit.setText(self._demo[0] or "")
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("KIM Desktop – Anmeldung"))
        self._heading.setText(self.tr("Anmelden"))
        self._intro.setText(
            self.tr("Bitte melden Sie sich mit Ihrer Anmeldung und Ihrem Passwort an.")
        )
        self._login_label.setText(self.tr("&Anmeldung:"))
        self._password_label.setText(self.tr("&Passwort:"))
        self._language_label.setText(self.tr("&Sprache:"))
        self.login_button.setText(self.tr("Anmelden"))
        self.quit_button.setText(self.tr("Beenden"))
        if self._demo is not None:
            self.demo_note.setText(
                self.tr("Demo-Büro: Anmeldung „{login}“ / Passwort „{password}“").format(
                    login=self._demo[0], password=self._demo[1] or ""
                )
            )
        if self._last_error is not None:
            self.error_label.show_message(error_text(self._last_error))
        if self._countdown.is_running():
            self._show_countdown(self._countdown.remaining())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions -------------------------------------------------------------------------
    def set_login(self, login: str) -> None:
        self.login_edit.setText(login)
        self.password_edit.setFocus()

    def submit(self) -> None:
        if self._busy or self._countdown.is_running():
            return
        login = self.login_edit.text().strip()
        password = self.password_edit.text()
        if not login:
            self._show_error(message("required"))
            self.login_edit.setFocus()
            return
        if not password:
            self._show_error(message("required"))
            self.password_edit.setFocus()
            return
        wait = self._auth.retry_after(login)
        if wait > 0:
            self._show_error(message("throttled", {"seconds": wait}))
            self._countdown.start(wait)
            return
        self._set_busy(True)
        self._runner.run(
            lambda: self._auth.login(login, password),
            on_success=self._logged_in,
            on_failure=lambda exc: self._failed(login, exc),
            writes=True,  # audits the login, may upgrade the schema
        )

    def _logged_in(self, session: Any) -> None:
        self._set_busy(False)
        if not self.isVisible():  # the dialog was closed meanwhile: open nothing
            session.close()
            return
        self.session = session
        self.password_edit.clear()
        self.loggedIn.emit(session)
        self.accept()

    def _failed(self, login: str, exc: BaseException) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.password_edit.setFocus()
        if getattr(exc, "code", None) is None:
            log.error("login failed unexpectedly", exc_info=exc)
        self._last_error = exc
        self.error_label.show_message(error_text(exc))
        wait = wait_after_failure(exc, lambda: self._auth.retry_after(login))
        self._countdown.start(wait)
        self.loginFailed.emit(exc)

    def _show_error(self, text: str) -> None:
        self._last_error = None
        self.error_label.show_message(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._busy_bar.setVisible(busy)
        for widget in (self.login_edit, self.password_edit, self.login_button):
            widget.setEnabled(not busy)

    def _show_countdown(self, seconds: int) -> None:
        self.login_button.setEnabled(False)
        self.countdown_label.setText(
            self.tr("Nächster Versuch in {seconds} Sekunden möglich.").format(seconds=seconds)
        )
        self.countdown_label.setVisible(True)

    def _countdown_over(self) -> None:
        self.countdown_label.setVisible(False)
        self.login_button.setEnabled(not self._busy)
        self.password_edit.setFocus()

    def _language_changed(self, _index: int) -> None:
        code = self.language_combo.currentData()
        if code:
            self.languageChosen.emit(code)

    def is_waiting(self) -> bool:
        return self._countdown.is_running()
