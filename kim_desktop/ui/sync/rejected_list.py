"""Changes the server rejected, each with the server's reason; a client's record opens its file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.ui.sync.rows import RejectedRow
from kim_desktop.ui.sync.texts import record_text, show_when
from kim_desktop.ui.table_model import Column, TableModel
from kim_desktop.ui.widgets import row_table

CONTEXT = "RejectedList"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def rejected_model() -> TableModel[Any]:
    return TableModel(
        [
            Column(
                lambda: _tr("Datensatz"),
                lambda r: record_text(r.table, r.ref.client_name, r.ref.file_number),
            ),
            Column(lambda: _tr("Grund"), lambda r: r.reason),
            Column(lambda: _tr("Wann"), lambda r: show_when(r.when)),
        ],
        tooltips=True,
    )


class RejectedList(QWidget):
    openClient = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectedList")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = rejected_model()
        self.table = row_table(self.model, "rejectedTable")
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self.open_button = QPushButton()
        self.open_button.setObjectName("openRejectedRecord")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_button()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Diese Änderungen hat der Server nicht übernommen. Der Grund steht dabei; "
                "öffnen Sie die Akte, um die Angabe zu korrigieren. Andere Änderungen werden "
                "davon nicht aufgehalten."
            )
        )
        self.open_button.setText(self.tr("Akte ö&ffnen"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_rows(self, rows: list[RejectedRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 520))
        if rows:
            self.table.selectRow(0)
        self._update_button()

    def selected(self) -> RejectedRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def _update_button(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None and row.client_id is not None)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None and row.client_id:
            self.openClient.emit(row.client_id)
