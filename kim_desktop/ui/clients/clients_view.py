"""Klient:innen: search as you type, filters, sortable lazy list; Enter opens the client."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.services.client_search import ClientQuery, ClientSearchService
from kim_desktop.services.trash import DeletedKind
from kim_desktop.ui.clients.client_table_model import ClientTableModel
from kim_desktop.ui.clients.deleted_clients import DeletedClientsPanel
from kim_desktop.ui.clients.filters_widget import ClientFilters
from kim_desktop.ui.deletion import RecordDeleter
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.undo_bar import UndoBar
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import BusyBar, ErrorLabel

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
RELOAD_TABLES = frozenset({"clients", "cases", "consultations", "household_members"})


class ClientsView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("area_clients")
        self._context = context
        catalogues, language = context.catalogues, context.language

        self._title = QLabel()
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._title.setFont(font)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("clientSearch")
        self.search_edit.setClearButtonEnabled(True)
        self._search_label = QLabel()
        self._search_label.setBuddy(self.search_edit)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newClient")
        self.new_button.clicked.connect(self.new_client)

        self.filters = ClientFilters(
            catalogues.choices("municipalities", language),
            catalogues.choices("target_groups", language),
        )
        self.model = ClientTableModel(
            ClientSearchService(context.office),
            context.runner,
            lambda code: catalogues.label("municipalities", code, language),
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("clientTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # One fixed height for every row: the view never measures rows as pages arrive.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 260, 110, 170, 150, 100, 120)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._open_index)

        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.status_label = QLabel()
        self.status_label.setObjectName("clientCount")
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("clientError")
        self._busy = BusyBar()
        self.undo_bar = UndoBar()
        self.deleter = RecordDeleter(context, self, self.error_label.show_message, self.undo_bar)
        self.deleted_check = QCheckBox()
        self.deleted_check.setObjectName("showDeletedClients")
        self.deleted_check.toggled.connect(self._show_deleted)
        self.deleted_panel = DeletedClientsPanel(context, self.deleter)
        self.deleted_panel.setVisible(False)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.table.addAction(self.delete_action)
        self.open_action = QAction(self)
        self.open_action.triggered.connect(lambda: self._open_index(self.table.currentIndex()))
        # Enter opens the selected client. A shortcut of the table rather than an event filter:
        # a filter on the table would run Python for every event, paints included.
        self.open_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.open_action)
        # Keep its place while hidden: the table must not move (and repaint whole) each time a
        # page is fetched.
        policy = self._busy.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._busy.setSizePolicy(policy)

        top = QHBoxLayout()
        top.addWidget(self._search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filters, 1)
        filter_row.addWidget(self.deleted_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self._title)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addWidget(self._busy)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.deleted_panel, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.status_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.search_edit.returnPressed.connect(self._open_from_search)
        self.search_edit.installEventFilter(self)
        self.filters.changed.connect(self.search)
        self.model.loading.connect(self._busy.setVisible)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(self._search_failed)
        context.changes.changed.connect(self._changed)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_client)

        self.retranslate()
        self.search()
        self.search_edit.setFocus()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._title.setText(self.tr("Klient:innen"))
        self._search_label.setText(self.tr("&Suche:"))
        self.search_edit.setPlaceholderText(
            self.tr("Name, Geburtsdatum (12.03.1985), Telefon oder Aktenzeichen")
        )
        self.new_button.setText(self.tr("&Neue:r Klient:in"))
        self.new_button.setToolTip(self.tr("Neue:n Klient:in aufnehmen (Strg+Umschalt+N)"))
        self.deleted_check.setText(self.tr("&Gelöschte anzeigen"))
        self.deleted_check.setToolTip(self.tr("Gelöschte Akten zeigen, um sie wiederherzustellen"))
        self.delete_action.setText(self.tr("Klient:in &löschen …"))
        self.open_action.setText(self.tr("Akte ö&ffnen"))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- searching -----------------------------------------------------------------------
    def current_query(self) -> ClientQuery:
        old = self.model.query
        return ClientQuery(
            text=self.search_edit.text(),
            municipality_code=self.filters.municipality_code(),
            target_group_code=self.filters.target_group_code(),
            mine=self.filters.mine(),
            case_state=self.filters.case_state(),
            sort=old.sort,
            descending=old.descending,
        )

    def search(self) -> None:
        self._debounce.stop()
        self.error_label.clear_message()
        if self.deleted_check.isChecked():
            self.deleted_panel.search(self.search_edit.text())
            return
        self.model.set_query(self.current_query())

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & RELOAD_TABLES:
            self.model.reload()
        if "clients" in tables and self.deleted_check.isChecked():
            self.deleted_panel.reload()

    def _show_deleted(self, on: bool) -> None:
        """Swap the list for the deleted clients (the search text filters both)."""
        self.table.setVisible(not on)
        self.filters.setEnabled(not on)
        self.status_label.setVisible(not on)
        self.deleted_panel.setVisible(on)
        self.search()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if self.model.has_more():
            text = self.tr("{count} Treffer angezeigt, weitere beim Blättern").format(count=count)
        elif count == 0:
            text = self.tr("Keine Klient:innen gefunden.")
        elif count == 1:
            text = self.tr("1 Treffer")
        else:
            text = self.tr("{count} Treffer").format(count=count)
        self.status_label.setText(text)

    def _search_failed(self, exc: object) -> None:
        log.error("client search failed", exc_info=exc if isinstance(exc, BaseException) else None)
        self.error_label.show_message(
            error_text(exc) if isinstance(exc, BaseException) else str(exc)
        )

    # -- opening -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and watched is self.search_edit
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.table.setFocus()
            self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _open_from_search(self) -> None:
        if self._debounce.isActive():
            self.search()
            return
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_client(row.id)

    def open_client(self, client_id: str) -> None:
        try:
            self._context.open_client(client_id)
        except ImportError:
            self.error_label.show_message(
                self.tr("Die Klientenakte ist in dieser Version noch nicht verfügbar.")
            )

    # -- deleting ------------------------------------------------------------------------
    def delete_current(self) -> None:
        """Delete the selected client (asks first, naming them); Rückgängig below the list."""
        index = self.table.currentIndex()
        if not index.isValid() or self.deleted_check.isChecked():
            return
        row = self.model.row_at(index.row())
        if row is not None:
            label = f"{row.display_name} ({row.file_number})"
            self.deleter.delete(DeletedKind.CLIENT, row.id, label)

    def _context_menu(self, position: QPoint) -> None:
        if not self.table.indexAt(position).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def new_client(self) -> None:
        from kim_desktop.ui.clients.intake_dialog import open_intake

        open_intake(self._context)


def create_view(context: ViewContext) -> QWidget:
    return ClientsView(context)
