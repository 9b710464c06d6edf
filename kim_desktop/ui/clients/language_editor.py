"""Languages a client speaks, the preferred one, and whether an interpreter is needed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.services.catalogues import Choice


class LanguageEditor(QWidget):
    changed = Signal()

    def __init__(self, languages: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("languageFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.language_list = QListWidget()
        self.language_list.setObjectName("languages")
        self.language_list.setMinimumHeight(110)
        for choice in languages:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.language_list.addItem(item)
        self.language_list.itemChanged.connect(lambda _item: self.changed.emit())
        self.preferred_combo = QComboBox()
        self.preferred_combo.setObjectName("preferred_language_code")
        self.preferred_combo.addItem("", None)
        for choice in languages:
            self.preferred_combo.addItem(choice.label, choice.code)
        self.interpreter_check = QCheckBox()
        self.interpreter_check.setObjectName("interpreter_needed")
        self._preferred_label = QLabel()
        self._preferred_label.setBuddy(self.preferred_combo)
        self._spoken_label = QLabel()
        self._spoken_label.setBuddy(self.filter_edit)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._preferred_label, self.preferred_combo)
        form.addRow("", self.interpreter_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._spoken_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.language_list, 1)
        layout.addLayout(form)
        self.retranslate()

    def retranslate(self) -> None:
        self._spoken_label.setText(self.tr("Gesprochene &Sprachen:"))
        self.filter_edit.setPlaceholderText(self.tr("Sprache suchen …"))
        self._preferred_label.setText(self.tr("&Bevorzugte Sprache:"))
        self.preferred_combo.setItemText(0, self.tr("– keine Angabe –"))
        self.interpreter_check.setText(self.tr("&Dolmetscher:in / Sprachmittlung nötig"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.language_list.count()):
            item = self.language_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def codes(self) -> list[str]:
        return [
            self.language_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.language_list.count())
            if self.language_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: list[str]) -> None:
        for row in range(self.language_list.count()):
            item = self.language_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def preferred(self) -> str | None:
        return self.preferred_combo.currentData()

    def set_preferred(self, code: str | None) -> None:
        self.preferred_combo.setCurrentIndex(max(0, self.preferred_combo.findData(code)))
