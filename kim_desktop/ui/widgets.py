"""Small widgets shared by several dialogs."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b3261e;"


class ErrorLabel(QLabel):
    """A red message under a field or form; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


class BusyBar(QProgressBar):
    """An indeterminate progress bar shown while an operation runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(6)
        self.setVisible(False)


def add_field_row(
    form: QFormLayout, name: str, widget: QWidget, buddy: QWidget | None = None
) -> tuple[QLabel, ErrorLabel]:
    """A form row: a label for ``buddy`` (default: the field), the field and, underneath it,
    its error message (object name ``error_<name>``). Returns the label and the error."""
    label = QLabel()
    label.setBuddy(buddy or widget)
    error = ErrorLabel()
    error.setObjectName(f"error_{name}")
    cell = QWidget()
    box = QVBoxLayout(cell)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(error)
    form.addRow(label, cell)
    return label, error


def row_table(
    model: QAbstractItemModel, object_name: str, *, fit_to_contents: bool = False
) -> QTableView:
    """A read-only list of service rows: one whole row selected at a time, no cell editing,
    alternating colours, no row numbers, the last column stretched; the other columns are
    sized by the user, or to their contents with ``fit_to_contents`` (short lists)."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(
        QHeaderView.ResizeMode.ResizeToContents
        if fit_to_contents
        else QHeaderView.ResizeMode.Interactive
    )
    header.setStretchLastSection(True)
    return table
