"""One read-only table model for every list screen.

A list is described by its columns (``Column``: a header and the cell text of a row). The
model keeps the rows a service returned and, beside each row, the tuple of its cell texts,
made the first time the row is painted. ``data`` is then a list lookup: painting a screenful
of rows formats and translates nothing, so scrolling stays within a frame even when the view
asks for each of its ~150 visible cells seven roles per paint.

How rows arrive is chosen per list: ``TableModel.set_rows`` takes them all at once, showing
them ``batch`` at a time as the view scrolls if a batch is given; ``PagedTableModel``
(``ui.paged_table_model``) fetches pages off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

# Roles as plain ints: ``data`` compares them for every cell of every paint.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole.value)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole.value)
ROW_ROLE = int(Qt.ItemDataRole.UserRole.value)  # the row object itself
RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


@dataclass(frozen=True)
class Column(Generic[R]):
    """``title`` returns the (translated) header; ``text`` the cell text of a row."""

    title: Callable[[], str]
    text: Callable[[R], str]
    align_right: bool = False


class TableModel(QAbstractTableModel, Generic[R]):
    """Rows described by columns; ``ROW_ROLE`` (``Qt.UserRole``) gives the row object.

    ``batch``: show the rows that many at a time, more as the view scrolls to the end (for
    lists whose rows all arrive at once but may be long). ``tooltips``: the tooltip of a cell
    is its text (for columns that may be cut off).
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: Any = None,
        *,
        batch: int | None = None,
        tooltips: bool = False,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._batch = batch
        self._tooltips = tooltips
        self._rows: list[R] = []
        self._texts: list[tuple[str, ...] | None] = []  # per row; None: not made yet
        self._shown = 0
        self._titles: tuple[str, ...] | None = None
        self._right = tuple(column.align_right for column in self._columns)

    # -- rows ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace all rows (the view is reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)
        self._shown = len(self._rows) if self._batch is None else min(self._batch, len(rows))
        self.endResetModel()

    def _append_rows(self, rows: Sequence[R]) -> None:
        """Add rows at the end, all shown (one insert for the whole page)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._texts.extend([None] * len(rows))
        self._shown = len(self._rows)
        self.endInsertRows()

    def rows(self) -> list[R]:
        """Every row the model holds (also those a batch does not show yet)."""
        return list(self._rows)

    def total(self) -> int:
        """How many rows the model holds (a batch may show fewer so far)."""
        return len(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < self._shown else None

    def texts_at(self, row: int) -> tuple[str, ...]:
        """The cell texts of a shown row, made once (on the UI thread: texts are translated)."""
        texts = self._texts[row]
        if texts is None:
            item = self._rows[row]
            texts = self._texts[row] = tuple(column.text(item) for column in self._columns)
        return texts

    def retranslate(self) -> None:
        """Headers and cell texts change with the language: make them again when shown."""
        self._titles = None
        self._texts = [None] * len(self._rows)
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
            if self._shown:
                last = self.index(self._shown - 1, len(self._columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)

    # -- batches -------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = min(self._batch or len(self._rows), len(self._rows) - self._shown)
        if parent.isValid() or more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        # The display role first and without any formatting: this runs for every cell and
        # role of every paint.
        if role == DISPLAY_ROLE or (role == TOOLTIP_ROLE and self._tooltips):
            if not index.isValid():
                return None
            row = index.row()
            texts = self._texts[row]
            if texts is None:
                texts = self.texts_at(row)
            return texts[index.column()]
        if role == ROW_ROLE and index.isValid():
            return self._rows[index.row()]
        if role == ALIGNMENT_ROLE and index.isValid() and self._right[index.column()]:
            return RIGHT_ALIGNED
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        if role != DISPLAY_ROLE or orientation != Qt.Orientation.Horizontal:
            return None
        if self._titles is None:
            self._titles = tuple(column.title() for column in self._columns)
        return self._titles[section] if 0 <= section < len(self._titles) else None
