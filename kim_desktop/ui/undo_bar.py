"""The inline "… gelöscht. [Rückgängig]" offer shown right after a deletion.

It stays until the next offer replaces it, the user closes it, or ``TIMEOUT_MS`` passes;
afterwards the record is still in the Papierkorb (until the deletion is synchronised).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

TIMEOUT_MS = 60_000
STYLE = "QFrame#undoBar { background: #fff4d6; border: 1px solid #e0c070; border-radius: 4px; }"


class UndoBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setStyleSheet(STYLE)
        self._undo: Callable[[], None] | None = None
        self.text_label = QLabel()
        self.text_label.setObjectName("undoText")
        self.text_label.setWordWrap(True)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo)
        self.close_button = QToolButton()
        self.close_button.setObjectName("undoClose")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.text_label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TIMEOUT_MS)
        self._timer.timeout.connect(self.dismiss)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("&Rückgängig"))
        self.undo_button.setToolTip(self.tr("Den gelöschten Eintrag wiederherstellen"))
        self.close_button.setToolTip(self.tr("Hinweis schließen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        """Show ``text`` with a Rückgängig button that calls ``undo`` once."""
        self._undo = undo
        self.text_label.setText(text)
        self.setVisible(True)
        self._timer.start()

    def undo(self) -> None:
        undo, self._undo = self._undo, None
        self.dismiss()
        if undo is not None:
            undo()

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo = None
        self.setVisible(False)
