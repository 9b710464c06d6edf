"""The main window's status bar: who is logged in, which office, sync state, lock button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QStatusBar, QStyle, QToolButton, QWidget

from kim_desktop.domain.labels import LABELS_CONTEXT, ROLE_LABELS
from kim_desktop.ui.widgets import ERROR_STYLE


def role_label(role: Any) -> str:
    source = ROLE_LABELS.get(role)
    return QCoreApplication.translate(LABELS_CONTEXT, source) if source else str(role)


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class StatusBar(QStatusBar):
    """Shows nothing of the office's data while the window is locked."""

    lockRequested = Signal()  # noqa: N815

    def __init__(self, actor: Any, office_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._actor = actor
        self._office_name = office_name
        self._sync: Any = None
        self._activity: tuple[str, int, int] | None = None  # phase label, done, total
        self._problem = ""
        self._locked = False
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.office_label = QLabel()
        self.office_label.setObjectName("officeLabel")
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncLabel")
        self.locked_label = QLabel()
        self.locked_label.setObjectName("lockedLabel")
        self.lock_button = QToolButton()
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogNoButton))
        self.lock_button.setAutoRaise(True)
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lock_button.clicked.connect(self.lockRequested)
        self._separators = [_separator(), _separator()]
        for label in (self.user_label, self.office_label, self.sync_label, self.locked_label):
            label.setContentsMargins(6, 0, 6, 0)
        self.addWidget(self.user_label)
        self.addWidget(self._separators[0])
        self.addWidget(self.office_label)
        self.addWidget(self._separators[1])
        self.addWidget(self.sync_label, 1)
        self.addWidget(self.locked_label, 1)
        self.addPermanentWidget(self.lock_button)
        self.locked_label.setVisible(False)
        self.retranslate()

    def set_sync_status(self, status: Any) -> None:
        self._sync = status
        self.retranslate()

    def set_sync_activity(self, activity: tuple[str, int, int] | None) -> None:
        """A sync is running (translated phase, done, total) or not (None)."""
        self._activity = activity
        self.retranslate()

    def set_sync_problem(self, text: str) -> None:
        """Why the last sync failed ("" once one succeeded)."""
        self._problem = text
        self.retranslate()

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        shown_when_unlocked = (
            self.user_label,
            self.office_label,
            self.sync_label,
            self.lock_button,
            *self._separators,
        )
        for widget in shown_when_unlocked:
            widget.setVisible(not locked)
        self.locked_label.setVisible(locked)

    def retranslate(self) -> None:
        self.user_label.setText(
            self.tr("{name} ({role})").format(
                name=self._actor.display_name, role=role_label(self._actor.role)
            )
        )
        self.office_label.setText(self._office_name)
        self.sync_label.setText(self._sync_text())
        self.sync_label.setStyleSheet(
            ERROR_STYLE if self._problem and self._activity is None else ""
        )
        self.sync_label.setToolTip(self._problem)
        self.locked_label.setText(self.tr("Gesperrt"))
        self.lock_button.setText(self.tr("Sperren"))
        self.lock_button.setToolTip(self.tr("KIM Desktop sperren (Strg+L)"))

    def _sync_text(self) -> str:
        if self._activity is not None:
            phase, done, total = self._activity
            if total <= 0:
                if phase:
                    return self.tr("Synchronisiere ({phase}) …").format(phase=phase)
                return self.tr("Synchronisiere …")
            locale = QLocale()
            counts = self.tr("{done}/{total}").format(
                done=locale.toString(done), total=locale.toString(total)
            )
            if phase:
                return self.tr("Synchronisiere ({phase}) … {counts}").format(
                    phase=phase, counts=counts
                )
            return self.tr("Synchronisiere … {counts}").format(counts=counts)
        if self._problem:
            return self.tr("Synchronisation: {problem}").format(
                problem=self._problem.splitlines()[0]
            )
        status = self._sync
        if status is None:
            return self.tr("Synchronisation: Status wird ermittelt …")
        pending = QLocale().toString(int(status.pending_changes))
        if not status.configured:
            return self.tr(
                "Synchronisation: nicht eingerichtet · {count} Änderungen ausstehend"
            ).format(count=pending)
        if status.last_success is None:
            return self.tr(
                "Synchronisation: noch nie erfolgreich · {count} Änderungen ausstehend"
            ).format(count=pending)
        when = QLocale().toString(status.last_success, QLocale.FormatType.ShortFormat)
        return self.tr("Synchronisation: zuletzt {time} · {count} Änderungen ausstehend").format(
            time=when, count=pending
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
