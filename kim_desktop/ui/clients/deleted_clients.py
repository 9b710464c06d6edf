"""Klient:innen → "Gelöschte anzeigen": deleted clients, restorable until synchronised."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kim_desktop.services.trash import DeletedClient, DeletedKind, TrashService
from kim_desktop.ui.client_file.formatting import show_date, show_datetime
from kim_desktop.ui.deletion import RecordDeleter
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.simple_table import fill_table, make_table, selected_id
from kim_desktop.ui.view_context import ViewContext

log = logging.getLogger(__name__)


class DeletedClientsPanel(QWidget):
    loaded = Signal()

    def __init__(
        self, context: ViewContext, deleter: RecordDeleter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deletedClients")
        self._context = context
        self._deleter = deleter
        self._generation = 0
        self._text = ""
        self.clients: list[DeletedClient] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = make_table(6)
        self.table.setObjectName("deletedClientTable")
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty_label = QLabel()
        self.empty_label.setObjectName("deletedClientsEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreClientButton")
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._show([])

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Gelöschte Klient:innen. Eine Akte lässt sich wiederherstellen, bis ihre "
                "Löschung mit dem Kreis-Server synchronisiert ist."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Aktenzeichen"),
                self.tr("Name"),
                self.tr("Geburtsdatum"),
                self.tr("Kommune"),
                self.tr("Gelöscht am"),
                self.tr("Wiederherstellen"),
            ]
        )
        self.empty_label.setText(self.tr("Keine gelöschten Klient:innen gefunden."))
        self.restore_button.setText(self.tr("Akte &wiederherstellen"))
        self._show(self.clients)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------
    def search(self, text: str) -> None:
        self._text = text
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        service, text = TrashService(self._context.office), self._text
        self._context.runner.run(
            lambda: service.deleted_clients(text),
            on_success=lambda clients: self._loaded(generation, clients),
            on_failure=lambda exc: self._failed(generation, exc),
        )

    def _loaded(self, generation: int, clients: list[DeletedClient]) -> None:
        if generation == self._generation:
            self._show(clients)
            self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            log.error("listing deleted clients failed", exc_info=exc)
            self.empty_label.setText(error_text(exc))

    def _show(self, clients: list[DeletedClient]) -> None:
        self.clients = clients
        catalogues, language = self._context.catalogues, self._context.language
        rows = [
            [
                c.file_number,
                c.full_name,
                show_date(c.birth_date),
                catalogues.label("municipalities", c.municipality_code, language),
                show_datetime(c.deleted_at),
                self.tr("möglich") if c.restorable else self.tr("nicht mehr (synchronisiert)"),
            ]
            for c in clients
        ]
        fill_table(self.table, rows, [c.id for c in clients])
        self.table.setVisible(bool(clients))
        self.empty_label.setVisible(not clients)
        if clients:
            self.table.selectRow(0)
        self._update_button()

    # -- restoring -----------------------------------------------------------------------
    def selected_client(self) -> DeletedClient | None:
        client_id = selected_id(self.table)
        return next((c for c in self.clients if c.id == client_id), None)

    def _update_button(self) -> None:
        client = self.selected_client()
        self.restore_button.setEnabled(client is not None and client.restorable)

    def restore_selected(self) -> None:
        client = self.selected_client()
        if client is not None:
            self._deleter.restore(DeletedKind.CLIENT, client.id)
