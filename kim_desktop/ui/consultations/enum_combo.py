"""A combo box over the values of an enum, showing their translated labels."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

from kim_desktop.ui.consultations.formatting import label

E = TypeVar("E", bound=StrEnum)


class EnumCombo(QComboBox, Generic[E]):
    def __init__(self, values: Sequence[E], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values = list(values)
        for value in self._values:
            self.addItem(label(value), value.value)

    def value(self) -> E:
        return self._values[max(0, self.currentIndex())]

    def set_value(self, value: E) -> None:
        if value in self._values:
            self.setCurrentIndex(self._values.index(value))

    def retranslate(self) -> None:
        for index, value in enumerate(self._values):
            self.setItemText(index, label(value))
