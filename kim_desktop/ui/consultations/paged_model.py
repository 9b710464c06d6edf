"""A read-only table model over pages of service rows, loaded off the UI thread on demand."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from kim_desktop.ui.operations import OperationRunner

R = TypeVar("R")
PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    header: Callable[[], str]
    text: Callable[[R], str]


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """``reload()`` fetches the first page; scrolling to the end fetches the next."""

    loaded = Signal()

    def __init__(
        self,
        columns: Sequence[Column[R]],
        fetch: Callable[[int, int], list[R]],
        runner: OperationRunner,
    ) -> None:
        super().__init__()
        self._columns = list(columns)
        self._fetch = fetch
        self._runner = runner
        self.rows: list[R] = []
        self._more = False
        self._loading = False
        self._generation = 0

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True
        self._runner.run(
            lambda: self._fetch(0, PAGE_SIZE),
            on_success=lambda rows: self._replace(generation, rows),
        )

    def _replace(self, generation: int, rows: list[R]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.rows = list(rows)
        self._more = len(rows) == PAGE_SIZE
        self._loading = False
        self.endResetModel()
        self.loaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, offset = self._generation, len(self.rows)
        self._runner.run(
            lambda: self._fetch(offset, PAGE_SIZE),
            on_success=lambda rows: self._append(generation, rows),
        )

    def _append(self, generation: int, rows: list[R]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = len(rows) == PAGE_SIZE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self._columns) - 1)
            )

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._columns[index.column()].text(self.rows[index.row()])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        return None
