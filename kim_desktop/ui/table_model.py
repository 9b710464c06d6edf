"""One read-only table model for every list screen.

A list is described by its columns (``Column``: a header and the cell text of a row). The
model keeps the rows a service returned (``row_at``, ``rows``) and hands their cell texts to
Qt's own item storage (``QStandardItemModel``) when the rows are shown. Painting then runs
entirely in C++: the view reads texts, alignment and flags without calling into Python, so a
paint needs no Python lock and is not held up by a worker thread fetching the next page (on a
model whose ``data`` is Python, every visible cell and role of every paint waits for it).

How rows arrive is chosen per list: ``TableModel.set_rows`` takes them all at once, showing
them ``batch`` at a time as the view scrolls if a batch is given; ``PagedTableModel``
(``ui.paged_table_model``) fetches pages off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole
ALIGNMENT_ROLE = Qt.ItemDataRole.TextAlignmentRole
RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


@dataclass(frozen=True)
class Column(Generic[R]):
    """``title`` returns the (translated) header; ``text`` the cell text of a row."""

    title: Callable[[], str]
    text: Callable[[R], str]
    align_right: bool = False


class TableModel(QStandardItemModel, Generic[R]):
    """Rows described by columns; ``row_at(row)`` gives the row object behind a table row.

    ``batch``: show the rows that many at a time, more as the view scrolls to the end (for
    lists whose rows all arrive at once but may be long). ``tooltips``: the tooltip of a cell
    is its text (for columns that may be cut off). Cells are read-only.
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: Any = None,
        *,
        batch: int | None = None,
        tooltips: bool = False,
    ) -> None:
        super().__init__(0, len(columns), parent)
        self._columns = tuple(columns)
        self._batch = batch
        self._tooltips = tooltips
        self._rows: list[R] = []
        self._right = tuple(number for number, c in enumerate(self._columns) if c.align_right)
        prototype = QStandardItem()
        prototype.setFlags(READ_ONLY)
        self.setItemPrototype(prototype)  # cells made by ``setData`` are read-only
        self._set_titles()

    # -- rows ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace all rows (the view scrolls back to the top, the selection is cleared)."""
        self.removeRows(0, self.rowCount())
        self._rows = list(rows)
        shown = len(self._rows) if self._batch is None else min(self._batch, len(self._rows))
        self._show(shown)

    def _append_rows(self, rows: Sequence[R]) -> None:
        """Add rows at the end, all shown (one insert for the whole page)."""
        self._rows.extend(rows)
        self._show(len(self._rows) - self.rowCount())

    def _show(self, count: int) -> None:
        """Show the next ``count`` rows: one insert, their texts set, one change signal."""
        first = self.rowCount()
        if count <= 0:
            return
        self.insertRows(first, count)
        self._fill(first, first + count)

    def _fill(self, first: int, end: int) -> None:
        """Set the cell texts of rows ``first`` … ``end - 1`` (signals once for all of them)."""
        texts = [column.text for column in self._columns]
        index, set_data = self.index, self.setData
        tooltips, right = self._tooltips, self._right
        blocked = self.blockSignals(True)
        try:
            for number in range(first, end):
                item = self._rows[number]
                for column, text in enumerate(texts):
                    cell = index(number, column)
                    value = text(item)
                    set_data(cell, value)
                    if tooltips:
                        set_data(cell, value, TOOLTIP_ROLE)
                for column in right:
                    set_data(index(number, column), RIGHT_ALIGNED, ALIGNMENT_ROLE)
        finally:
            self.blockSignals(blocked)
        if end > first and self._columns:
            self.dataChanged.emit(index(first, 0), index(end - 1, len(self._columns) - 1))

    def rows(self) -> list[R]:
        """Every row the model holds (also those a batch does not show yet)."""
        return list(self._rows)

    def total(self) -> int:
        """How many rows the model holds (a batch may show fewer so far)."""
        return len(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < self.rowCount() else None

    def retranslate(self) -> None:
        """Headers and cell texts change with the language: make them again."""
        self._set_titles()
        self._fill(0, self.rowCount())

    def _set_titles(self) -> None:
        for number, column in enumerate(self._columns):
            self.setHeaderData(number, Qt.Orientation.Horizontal, column.title())

    # -- batches -------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.rowCount() < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        waiting = len(self._rows) - self.rowCount()
        self._show(min(self._batch or waiting, waiting))

    # -- order ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows keep the order the service gave them (a sorted list asks its service again)."""
