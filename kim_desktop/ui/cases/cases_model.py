"""Table model over case summaries for the "Fälle" area (rows handed to the view in batches)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kim_desktop.services.case_queries import CaseSummary
from kim_desktop.services.catalogues import CatalogueService
from kim_desktop.ui.client_file.formatting import label, show_date

BATCH = 200
Index = QModelIndex | QPersistentModelIndex


class CasesModel(QAbstractTableModel):
    COLUMNS = 8

    def __init__(self, catalogues: CatalogueService, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._catalogues = catalogues
        self._language = language
        self._rows: list[CaseSummary] = []
        self._shown = 0

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._shown = min(BATCH, len(rows))
        self.endResetModel()

    def total(self) -> int:
        return len(self._rows)

    def case(self, row: int) -> CaseSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = min(BATCH, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        case = self._rows[index.row()]
        values = (
            case.file_number,
            case.client_name,
            label(case.case_type),
            label(case.phase),
            self._catalogues.label("municipalities", case.municipality_code, self._language),
            case.case_manager_name,
            show_date(case.opened_on),
            show_date(case.closed_on),
        )
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("CasesModel", "Aktenzeichen"),
            QCoreApplication.translate("CasesModel", "Klient:in"),
            QCoreApplication.translate("CasesModel", "Fallart"),
            QCoreApplication.translate("CasesModel", "Phase"),
            QCoreApplication.translate("CasesModel", "Kommune"),
            QCoreApplication.translate("CasesModel", "Case Manager:in"),
            QCoreApplication.translate("CasesModel", "Beginn"),
            QCoreApplication.translate("CasesModel", "Abschluss"),
        )[section]

    def retranslate(self) -> None:
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, self.COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
