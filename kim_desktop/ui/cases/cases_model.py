"""Table model over case summaries for the "Fälle" area (rows handed to the view in batches)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kim_desktop.services.case_queries import CaseSummary
from kim_desktop.services.catalogues import CatalogueService
from kim_desktop.ui.batched_table_model import BatchedTableModel
from kim_desktop.ui.client_file.formatting import label, show_date

Index = QModelIndex | QPersistentModelIndex


class CasesModel(BatchedTableModel[CaseSummary]):
    COLUMNS = 8
    BATCH = 200

    def __init__(self, catalogues: CatalogueService, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._catalogues = catalogues
        self._language = language

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self._replace_rows(rows)

    def total(self) -> int:
        return len(self._rows)

    def case(self, row: int) -> CaseSummary:
        return self._rows[row]

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
