"""Pick a client by typing: name, birth date or file number; arrow keys and Enter choose."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kim_desktop.services.client_lookup import ClientHit, ClientLookup
from kim_desktop.ui.consultations.formatting import client_text
from kim_desktop.ui.operations import OperationRunner

SEARCH_DELAY_MS = 120
VISIBLE_ROWS = 8


class ClientPicker(QWidget):
    """A line edit with a hit list floating below it; ``client`` is the chosen one (or None)."""

    clientChosen = Signal(object)  # noqa: N815 - ClientHit, or None when cleared

    def __init__(
        self, lookup: ClientLookup, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._runner = runner
        self.client: ClientHit | None = None
        self._shown_text = ""
        self._asked = ""
        self.edit = QLineEdit()
        self.edit.setObjectName("clientSearch")
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.edit.textEdited.connect(self._text_edited)
        self.hits = QListWidget()
        self.hits.setObjectName("clientHits")
        self.hits.setFrameShape(QFrame.Shape.Box)
        self.hits.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hits.itemClicked.connect(self._choose_item)
        self.hits.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Name, Geburtsdatum oder Aktenzeichen eingeben …"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choosing ------------------------------------------------------------------------
    def set_client(self, hit: ClientHit | None) -> None:
        self.client = hit
        self._shown_text = client_text(hit) if hit is not None else ""
        self.edit.setText(self._shown_text)
        self._hide_hits()
        self.clientChosen.emit(hit)

    def has_input(self) -> bool:
        return bool(self.edit.text().strip())

    def _text_edited(self, _text: str) -> None:
        if self.client is not None:
            self.client = None
            self.clientChosen.emit(None)
        self._timer.start()

    def _search(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self._hide_hits()
            return
        self._asked = text
        self._runner.run(
            lambda: self._lookup.search(text),
            on_success=lambda hits: self._show_hits(text, hits),
        )

    def _show_hits(self, text: str, hits: list[ClientHit]) -> None:
        if text != self.edit.text().strip() or self.client is not None:
            return  # typed on meanwhile; a newer search follows
        self.hits.clear()
        for hit in hits:
            item = QListWidgetItem(client_text(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.hits.addItem(item)
        if not hits:
            item = QListWidgetItem(self.tr("Keine Klient:in gefunden."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.hits.addItem(item)
        else:
            self.hits.setCurrentRow(0)
        self._place_hits()

    def _place_hits(self) -> None:
        window = self.window()
        if self.hits.parent() is not window:
            self.hits.setParent(window)
        rows = min(VISIBLE_ROWS, max(1, self.hits.count()))
        height = rows * self.hits.sizeHintForRow(0) + 2 * self.hits.frameWidth() + 2
        self.hits.setGeometry(
            self.edit.mapTo(window, QPoint(0, self.edit.height())).x(),
            self.edit.mapTo(window, QPoint(0, self.edit.height())).y(),
            self.edit.width(),
            height,
        )
        self.hits.show()
        self.hits.raise_()

    def _hide_hits(self) -> None:
        self.hits.hide()

    def hits_visible(self) -> bool:
        return self.hits.isVisible() and self.hits.count() > 0

    def _choose_item(self, item: QListWidgetItem) -> None:
        hit = item.data(Qt.ItemDataRole.UserRole)
        if hit is not None:
            self.set_client(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._key(event):
                return True
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self._hide_unless_focused)
        return super().eventFilter(watched, event)

    def _hide_unless_focused(self) -> None:
        if not self.edit.hasFocus():
            self._hide_hits()

    def _key(self, event: QKeyEvent) -> bool:
        if not self.hits.isVisible():
            return False
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(self.hits.count() - 1, self.hits.currentRow() + step))
            self.hits.setCurrentRow(row)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            item = self.hits.currentItem()
            if item is not None:
                self._choose_item(item)
            return True
        if key == Qt.Key.Key_Escape:
            self._hide_hits()
            return True
        return False
