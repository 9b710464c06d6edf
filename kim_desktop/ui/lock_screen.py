"""The page shown instead of the window's contents while KIM Desktop is locked."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.ui.messages import error_text, message
from kim_desktop.ui.operations import OperationRunner
from kim_desktop.ui.retry_countdown import RetryCountdown, wait_after_failure
from kim_desktop.ui.widgets import BusyBar, ErrorLabel

log = logging.getLogger(__name__)


class LockScreen(QWidget):
    """Asks the logged-in user's password again; the office stays open meanwhile."""

    unlocked = Signal()
    logoutRequested = Signal()  # noqa: N815

    def __init__(
        self, auth: Any, runner: OperationRunner, office: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._auth = auth
        self._runner = runner
        self._office = office
        self._busy = False
        self._last_error: BaseException | None = None

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._heading = QLabel()
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._heading.setFont(font)
        self._heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("unlockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self.submit)
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("unlockError")
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("countdown")
        self.countdown_label.setVisible(False)
        self._busy_bar = BusyBar()
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self.submit)
        self.logout_button = QPushButton()
        self.logout_button.setObjectName("logoutButton")
        self.logout_button.clicked.connect(self.logoutRequested)
        for button in (self.unlock_button, self.logout_button):
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        panel = QFrame()
        panel.setObjectName("lockPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(460)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.setSpacing(10)
        inner.addWidget(icon)
        inner.addWidget(self._heading)
        inner.addWidget(self._text)
        inner.addWidget(self.password_edit)
        inner.addWidget(self.error_label)
        inner.addWidget(self.countdown_label)
        inner.addWidget(self._busy_bar)
        inner.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self._countdown = RetryCountdown(self)
        self._countdown.tick.connect(self._show_countdown)
        self._countdown.over.connect(self._countdown_over)
        self.retranslate()

    def retranslate(self) -> None:
        self._heading.setText(self.tr("KIM Desktop ist gesperrt"))
        self._text.setText(
            self.tr(
                "Angemeldet ist {name}. Bitte geben Sie Ihr Passwort ein, um weiterzuarbeiten. "
                "Nicht gespeicherte Eingaben bleiben erhalten."
            ).format(name=self._office.actor.display_name)
        )
        self.password_edit.setPlaceholderText(self.tr("Passwort"))
        self.unlock_button.setText(self.tr("Entsperren"))
        self.logout_button.setText(self.tr("Abmelden"))
        if self._last_error is not None:
            self.error_label.show_message(error_text(self._last_error))
        if self._countdown.is_running():
            self._show_countdown(self._countdown.remaining())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def activate(self) -> None:
        """Called when the window locks: start with an empty password field."""
        self.password_edit.clear()
        self._last_error = None
        self.error_label.clear_message()
        self.password_edit.setFocus()
        self._countdown.start(self._auth.retry_after(self._office.actor.login))

    def submit(self) -> None:
        if self._busy or self._countdown.is_running():
            return
        password = self.password_edit.text()
        if not password:
            self._last_error = None
            self.error_label.show_message(message("required"))
            return
        self._set_busy(True)
        self._runner.run(
            lambda: self._auth.verify_unlock(self._office, password),
            on_success=self._verified,
            on_failure=self._failed,
            writes=True,  # audits the unlock
        )

    def _verified(self, _result: object) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self._last_error = None
        self.error_label.clear_message()
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.password_edit.setFocus()
        if getattr(exc, "code", None) is None:
            log.error("unlock failed unexpectedly", exc_info=exc)
        self._last_error = exc
        self.error_label.show_message(error_text(exc))
        wait = wait_after_failure(exc, lambda: self._auth.retry_after(self._office.actor.login))
        self._countdown.start(wait)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._busy_bar.setVisible(busy)
        self.password_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and not self._countdown.is_running())

    def _show_countdown(self, seconds: int) -> None:
        self.unlock_button.setEnabled(False)
        self.countdown_label.setText(
            self.tr("Nächster Versuch in {seconds} Sekunden möglich.").format(seconds=seconds)
        )
        self.countdown_label.setVisible(True)

    def _countdown_over(self) -> None:
        self.countdown_label.setVisible(False)
        self.unlock_button.setEnabled(not self._busy)
