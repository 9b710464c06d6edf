"""Topics as a fast multi-select: type to filter, Enter or Space toggles, digits 1–9 too.

The chosen topics show as chips above the list (a click on a chip removes it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.search_key import transliterate
from kim_desktop.services.catalogues import Choice

CHIP_STYLE = (
    "QToolButton { background: #dbe8f6; border: 1px solid #9bb8d9; border-radius: 10px;"
    " padding: 2px 8px; }"
)
VISIBLE_ROWS = 7
CODE_ROLE = Qt.ItemDataRole.UserRole


class TopicPicker(QWidget):
    changed = Signal()

    def __init__(self, choices: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._chosen: list[str] = []
        self._chip_buttons: list[QToolButton] = []
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("topicFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.filter_edit.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName("topicList")
        self.list.installEventFilter(self)
        for choice in choices:
            item = QListWidgetItem(choice.label)
            item.setData(CODE_ROLE, choice.code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(self._item_changed)
        rows = min(VISIBLE_ROWS, max(1, len(choices)))
        self.list.setFixedHeight(
            rows * self.list.sizeHintForRow(0) + 2 * self.list.frameWidth() + 4
        )
        self.chips_box = QWidget()
        self._chips = QHBoxLayout(self.chips_box)
        self._chips.setContentsMargins(0, 0, 0, 0)
        self._chips.setSpacing(6)
        self._none = QLabel()
        self._none.setObjectName("noTopics")
        self._chips.addWidget(self._none)
        self._chips.addStretch(1)
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chips_box)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list)
        layout.addWidget(self._hint)
        self.setFocusProxy(self.filter_edit)
        self._apply_filter("")
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Thema suchen …"))
        self._none.setText(self.tr("Noch kein Thema gewählt."))
        self._hint.setText(
            self.tr("Tippen filtert · Eingabe oder Leertaste wählt · Ziffern 1–9 wählen direkt")
        )
        for chip in self._chip_buttons:
            chip.setToolTip(self.tr("Thema entfernen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ---------------------------------------------------------------------------
    def chosen_codes(self) -> list[str]:
        return list(self._chosen)

    def set_chosen(self, codes: list[str]) -> None:
        for item in self._items():
            state = (
                Qt.CheckState.Checked if item.data(CODE_ROLE) in codes else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)

    def chip_texts(self) -> list[str]:
        return [chip.text().removesuffix(" ✕") for chip in self._chip_buttons]

    def toggle(self, code: str) -> None:
        for item in self._items():
            if item.data(CODE_ROLE) == code:
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def _visible(self) -> list[QListWidgetItem]:
        return [item for item in self._items() if not item.isHidden()]

    def _item_changed(self, item: QListWidgetItem) -> None:
        code = item.data(CODE_ROLE)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and code not in self._chosen:
            self._chosen.append(code)
        elif not checked and code in self._chosen:
            self._chosen.remove(code)
        else:
            return
        self._rebuild_chips()
        self.changed.emit()

    def _rebuild_chips(self) -> None:
        for chip in self._chip_buttons:
            self._chips.removeWidget(chip)
            chip.deleteLater()
        self._chip_buttons = []
        labels = {c.code: c.label for c in self._choices}
        for index, code in enumerate(self._chosen):
            chip = QToolButton()
            chip.setText(f"{labels.get(code, code)} ✕")
            chip.setStyleSheet(CHIP_STYLE)
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.setToolTip(self.tr("Thema entfernen"))
            chip.clicked.connect(lambda _checked=False, c=code: self.toggle(c))
            self._chips.insertWidget(index, chip)
            self._chip_buttons.append(chip)
        self._none.setVisible(not self._chosen)

    # -- filtering and keys --------------------------------------------------------------
    def _apply_filter(self, text: str) -> None:
        needle = transliterate(text)
        number = 0
        for item, choice in zip(self._items(), self._choices, strict=True):
            hidden = bool(needle) and needle not in transliterate(choice.label)
            item.setHidden(hidden)
            if not hidden:
                number += 1
                prefix = f"{number}  " if number <= 9 else "    "
                item.setText(prefix + choice.label)
        visible = self._visible()
        self.list.setCurrentItem(visible[0] if visible else None)

    def _toggle_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            self.toggle(item.data(CODE_ROLE))
        if self.filter_edit.text():
            self.filter_edit.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in (self.filter_edit, self.list):
            assert isinstance(event, QKeyEvent)
            if self._key(event, in_filter=watched is self.filter_edit):
                return True
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent, *, in_filter: bool) -> bool:
        key = event.key()
        plain = not (event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and plain:
            visible = self._visible()
            index = key - Qt.Key.Key_1
            if index < len(visible):
                self.toggle(visible[index].data(CODE_ROLE))
                self.filter_edit.clear()
            return True
        if not in_filter:
            if key == Qt.Key.Key_Space or (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain):
                self._toggle_current()
                return True
            return False
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            visible = self._visible()
            if visible:
                current = self.list.currentItem()
                position = visible.index(current) if current in visible else -1
                step = 1 if key == Qt.Key.Key_Down else -1
                self.list.setCurrentItem(visible[max(0, min(len(visible) - 1, position + step))])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self._toggle_current()
            return True
        if key == Qt.Key.Key_Space and not self.filter_edit.text():
            self._toggle_current()
            return True
        return False
