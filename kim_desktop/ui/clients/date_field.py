"""A line edit for a date typed German style (12.03.1985, 12.3.85) or ISO (1985-03-12)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from kim_desktop.services.client_search_terms import parse_date


class DateField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("TT.MM.JJJJ")
        self.setMaximumWidth(140)
        self.editingFinished.connect(self._normalise)

    def value(self) -> date | None:
        """The date typed; None if empty or unreadable (see ``is_valid``)."""
        return parse_date(self.text()) if self.text().strip() else None

    def is_valid(self) -> bool:
        return not self.text().strip() or self.value() is not None

    def set_value(self, value: date | None) -> None:
        self.setText(value.strftime("%d.%m.%Y") if value else "")

    def _normalise(self) -> None:
        value = self.value()
        if value is not None:
            self.set_value(value)
