"""The client list as a lazy table model: pages are fetched off the UI thread while scrolling.

``set_query`` starts a new search; results of an older search that arrive late are dropped
(each search has a generation number). ``fetchMore`` asks for the next page by its cursor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from kim_desktop.services.client_search import (
    ClientPage,
    ClientQuery,
    ClientRow,
    ClientSearchService,
    SortKey,
)
from kim_desktop.ui.operations import OperationRunner

# Column order of the list, and the sort key of each column (None: not sortable).
COLUMNS: list[tuple[str, SortKey | None]] = [
    ("file_number", SortKey.FILE_NUMBER),
    ("name", SortKey.NAME),
    ("birth_date", SortKey.BIRTH_DATE),
    ("municipality", SortKey.MUNICIPALITY),
    ("phone", None),
    ("open_cases", None),
    ("last_contact", SortKey.LAST_CONTACT),
]
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def german_date(value: Any) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


class ClientTableModel(QAbstractTableModel):
    loading = Signal(bool)  # a search or page is running
    searched = Signal()  # the first page of a new search arrived
    failed = Signal(object)  # the exception of a failed search

    def __init__(
        self,
        service: ClientSearchService,
        runner: OperationRunner,
        municipality_label: Any,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._municipality_label = municipality_label
        self._rows: list[ClientRow] = []
        self._cursor: tuple[Any, ...] | None = None
        self._query = ClientQuery()
        self._generation = 0
        self._fetching = False

    # -- searching -----------------------------------------------------------------------
    @property
    def query(self) -> ClientQuery:
        return self._query

    def set_query(self, query: ClientQuery) -> None:
        self._query = query
        self._generation += 1
        generation = self._generation
        self._fetching = True
        self.loading.emit(True)
        self._runner.run(
            lambda: self._service.search(query),
            on_success=lambda page: self._first_page(generation, page),
            on_failure=lambda exc: self._failed(generation, exc),
        )

    def reload(self) -> None:
        self.set_query(self._query)

    def _first_page(self, generation: int, page: ClientPage) -> None:
        if generation != self._generation:
            return  # a newer search was started meanwhile
        self.beginResetModel()
        self._rows = list(page.rows)
        self._cursor = page.cursor
        self.endResetModel()
        self._fetching = False
        self.loading.emit(False)
        self.searched.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._fetching = False
            self.loading.emit(False)
            self.failed.emit(exc)

    def has_more(self) -> bool:
        return self._cursor is not None

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._cursor is not None and not self._fetching

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        generation, query, cursor = self._generation, self._query, self._cursor
        self._fetching = True
        self.loading.emit(True)
        self._runner.run(
            lambda: self._service.search(query, after=cursor),
            on_success=lambda page: self._next_page(generation, page),
            on_failure=lambda exc: self._failed(generation, exc),
        )

    def _next_page(self, generation: int, page: ClientPage) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.loading.emit(False)
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._cursor = page.cursor
            self.endInsertRows()
        else:
            self._cursor = None

    # -- sorting (a new query in the service's order) ------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending and self._rows:
            return
        self.set_query(
            ClientQuery(**{**self._query.__dict__, "sort": key, "descending": descending})
        )

    # -- table ----------------------------------------------------------------------------
    def row_at(self, row: int) -> ClientRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == CLIENT_ID_ROLE:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        name = COLUMNS[index.column()][0]
        if name == "file_number":
            return row.file_number
        if name == "name":
            return row.display_name
        if name == "birth_date":
            return german_date(row.birth_date)
        if name == "municipality":
            return self._municipality_label(row.municipality_code)
        if name == "phone":
            return row.phone
        if name == "open_cases":
            return str(row.open_cases) if row.open_cases else ""
        return german_date(row.last_contact)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return _header(COLUMNS[section][0]) if 0 <= section < len(COLUMNS) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)


def _header(name: str) -> str:
    headers = {
        "file_number": QCoreApplication.translate("ClientTableModel", "Aktenzeichen"),
        "name": QCoreApplication.translate("ClientTableModel", "Name"),
        "birth_date": QCoreApplication.translate("ClientTableModel", "Geburtsdatum"),
        "municipality": QCoreApplication.translate("ClientTableModel", "Kommune"),
        "phone": QCoreApplication.translate("ClientTableModel", "Telefon"),
        "open_cases": QCoreApplication.translate("ClientTableModel", "Offene Fälle"),
        "last_contact": QCoreApplication.translate("ClientTableModel", "Letzter Kontakt"),
    }
    return headers[name]
