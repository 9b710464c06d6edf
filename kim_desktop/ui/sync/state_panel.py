"""Where synchronisation stands: last success, pending changes, open conflicts, clock skew,
the last error, and the "Jetzt synchronisieren" button with its progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.sync.protocol import MAX_CLOCK_SKEW_SECONDS
from kim_desktop.ui.sync.texts import phase_label, show_when
from kim_desktop.ui.widgets import ErrorLabel

WARNING_STYLE = "color: #8a5300;"


class StatePanel(QGroupBox):
    syncRequested = Signal()  # noqa: N815
    cancelRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statePanel")
        self._overview: Any = None
        self._running = False
        self._blocked = False
        self._progress: tuple[str, int, int] | None = None
        self.last_sync_value = QLabel()
        self.last_sync_value.setObjectName("lastSyncValue")
        self.pending_value = QLabel()
        self.pending_value.setObjectName("pendingValue")
        self.conflicts_value = QLabel()
        self.conflicts_value.setObjectName("conflictsValue")
        self.rejected_value = QLabel()
        self.rejected_value.setObjectName("rejectedValue")
        self.skew_label = QLabel()
        self.skew_label.setObjectName("clockSkewWarning")
        self.skew_label.setWordWrap(True)
        self.skew_label.setStyleSheet(WARNING_STYLE)
        self.skew_label.setVisible(False)
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("syncError")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label = QLabel()
        self.result_label.setObjectName("syncResult")
        self.result_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("syncProgress")
        self.progress_bar.setVisible(False)
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.setAutoDefault(False)
        self.sync_button.clicked.connect(self.syncRequested)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelSyncButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancelRequested)

        form = QFormLayout()
        self._last_caption = QLabel()
        self._pending_caption = QLabel()
        self._conflicts_caption = QLabel()
        self._rejected_caption = QLabel()
        form.addRow(self._last_caption, self.last_sync_value)
        form.addRow(self._pending_caption, self.pending_value)
        form.addRow(self._conflicts_caption, self.conflicts_value)
        form.addRow(self._rejected_caption, self.rejected_value)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.skew_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Stand"))
        self._last_caption.setText(self.tr("Letzte erfolgreiche Synchronisation:"))
        self._pending_caption.setText(self.tr("Ausstehende Änderungen:"))
        self._conflicts_caption.setText(self.tr("Offene Konflikte:"))
        self._rejected_caption.setText(self.tr("Abgelehnte Änderungen:"))
        self.sync_button.setText(self.tr("&Jetzt synchronisieren"))
        self.sync_button.setToolTip(self.tr("Jetzt mit dem Server abgleichen (F5)"))
        self.cancel_button.setText(self.tr("Synchronisation abbre&chen"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state -----------------------------------------------------------------------------
    def set_overview(self, overview: Any) -> None:
        self._overview = overview
        self._show()

    def set_running(self, running: bool, syncing: bool) -> None:
        self._running = running
        if not syncing:
            self._progress = None
        self.progress_bar.setVisible(syncing)
        self.cancel_button.setVisible(syncing)
        self._update_button()

    def set_progress(self, phase: str, done: int, total: int) -> None:
        self._progress = (phase, done, total)
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
            self.progress_bar.setFormat(
                self.tr("{phase} %v/%m").format(phase=phase_label(phase)) if phase else "%v/%m"
            )
            self.progress_bar.setTextVisible(True)
        else:
            self.progress_bar.setRange(0, 0)
            self.progress_bar.setTextVisible(False)

    def show_result(self, text: str) -> None:
        self.result_label.setText(text)

    def show_error(self, text: str) -> None:
        self.error_label.show_message(text)
        if text:
            self.result_label.clear()

    def _update_button(self) -> None:
        enrolled = bool(self._overview is not None and self._overview.enrolled)
        self.sync_button.setEnabled(enrolled and not self._running)

    def _show(self) -> None:
        overview = self._overview
        self._update_button()
        if overview is None:
            for value in (
                self.last_sync_value,
                self.pending_value,
                self.conflicts_value,
                self.rejected_value,
            ):
                value.setText(self.tr("wird ermittelt …"))
            return
        last = getattr(overview, "last_success", None)
        self.last_sync_value.setText(show_when(last) if last else self.tr("noch nie"))
        locale = QLocale()
        self.pending_value.setText(locale.toString(int(overview.pending_changes or 0)))
        self.conflicts_value.setText(locale.toString(int(overview.open_conflicts or 0)))
        self.rejected_value.setText(locale.toString(len(overview.rejected or [])))
        skew = getattr(overview, "clock_skew_seconds", None)
        if skew is not None and abs(skew) > MAX_CLOCK_SKEW_SECONDS:
            minutes = max(1, round(abs(skew) / 60))
            direction = self.tr("vor") if skew > 0 else self.tr("nach")  # device − server
            self.skew_label.setText(
                self.tr(
                    "Die Uhr dieses Geräts geht etwa {minutes} Minuten {direction}. Bitte "
                    "stellen Sie Datum und Uhrzeit richtig ein; die Synchronisation läuft "
                    "trotzdem weiter."
                ).format(minutes=locale.toString(minutes), direction=direction)
            )
            self.skew_label.setVisible(True)
        else:
            self.skew_label.setVisible(False)
        last_error = getattr(overview, "last_error", None)
        if last_error and not self.error_label.text():
            self.error_label.show_message(str(last_error))
