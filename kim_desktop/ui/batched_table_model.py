"""A read-only table model over rows loaded at once, handed to the view a batch at a time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class BatchedTableModel(QAbstractTableModel, Generic[T]):
    """Subclasses set ``COLUMNS`` and ``BATCH`` and implement ``data`` and ``headerData``.

    All rows come from one service call; the view asks for ``BATCH`` more as it scrolls, so
    a long list never builds all its items at once.
    """

    COLUMNS = 0
    BATCH = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[T] = []
        self._shown = 0

    def _replace_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._shown = min(self.BATCH, len(rows))
        self._rows_replaced()
        self.endResetModel()

    def _rows_replaced(self) -> None:
        """Hook: drop what a subclass derived from the old rows."""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = min(self.BATCH, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def retranslate(self) -> None:
        """Texts of cells and headers change with the language."""
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, self.COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
