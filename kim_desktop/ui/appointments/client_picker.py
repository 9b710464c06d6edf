"""Picking a client by typing a name or file number (search runs off the UI thread)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kim_desktop.services.appointments import AppointmentService, ClientChoice
from kim_desktop.ui.appointments.formatting import format_date
from kim_desktop.ui.view_context import ViewContext

SEARCH_DELAY_MS = 200


class ClientPicker(QWidget):
    """A search field with a short result list; Down moves into the list, Enter picks."""

    picked = Signal(object)  # ClientChoice | None

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._service = AppointmentService(context.office)
        self._choice: ClientChoice | None = None
        self._generation = 0
        self.search = QLineEdit()
        self.search.setObjectName("clientSearch")
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("clientResults")
        self.results.setMaximumHeight(110)
        self.results.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.setFocusProxy(self.search)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._start_search)
        self.search.textEdited.connect(self._typed)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Name oder Aktenzeichen eingeben …"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choice(self) -> ClientChoice | None:
        return self._choice

    def set_choice(self, choice: ClientChoice | None) -> None:
        self._choice = choice
        self.search.setText(_describe(choice) if choice else "")
        self.results.setVisible(False)
        self.picked.emit(choice)

    def search_now(self) -> None:
        self._timer.stop()
        self._start_search()

    def _typed(self, _text: str) -> None:
        if self._choice is not None:
            self._choice = None
            self.picked.emit(None)
        self._timer.start()

    def _start_search(self) -> None:
        self._generation += 1
        generation = self._generation
        text = self.search.text()
        self._context.runner.run(
            lambda: self._service.find_clients(text),
            on_success=lambda found: self._show(generation, found),
        )

    def _show(self, generation: int, found: list[ClientChoice]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for choice in found:
            item = QListWidgetItem(_describe(choice))
            item.setData(Qt.ItemDataRole.UserRole, choice)
            self.results.addItem(item)
        self.results.setVisible(bool(found))
        if found:
            self.results.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        self.set_choice(item.data(Qt.ItemDataRole.UserRole))
        self.focusNextChild()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent):
            key = event.key() if event.type() == QEvent.Type.KeyPress else None
            if key == Qt.Key.Key_Down and self.results.isVisible():
                self.results.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.results.isVisible():
                item = self.results.currentItem()
                if item is not None:
                    self._activated(item)
                    return True
        return super().eventFilter(watched, event)


def _describe(choice: ClientChoice) -> str:
    born = format_date(choice.birth_date)
    suffix = f", {born}" if born else ""
    return f"{choice.name} ({choice.file_number}{suffix})"
