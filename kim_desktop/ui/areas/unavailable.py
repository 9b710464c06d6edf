"""The page of an area whose view is not built yet: it says so plainly."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kim_desktop.ui.navigation import Area


class UnavailableAreaPage(QWidget):
    """Title, one sentence on what the area will hold, and that it is not available yet."""

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.setObjectName(f"area_{area.id}")
        self._title = QLabel()
        self._title.setObjectName("areaTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._title.setFont(font)
        self._description = QLabel()
        self._description.setWordWrap(True)
        self._status = QLabel()
        self._status.setObjectName("unavailableNote")
        self._status.setWordWrap(True)
        note_font = self._status.font()
        note_font.setItalic(True)
        self._status.setFont(note_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self._description)
        layout.addWidget(self._status)
        layout.addStretch(1)
        for label in (self._title, self._description, self._status):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.area.translated_title())
        self._description.setText(self.area.translated_description())
        self._status.setText(self.tr("Dieser Bereich ist noch nicht verfügbar."))

    def text(self) -> str:
        return "\n".join(w.text() for w in (self._title, self._description, self._status))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
