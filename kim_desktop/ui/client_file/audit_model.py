"""Table model over a client file's audit trail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kim_desktop.domain.enums import AuditAction
from kim_desktop.services.client_file import AuditRow
from kim_desktop.ui.batched_table_model import BatchedTableModel
from kim_desktop.ui.client_file.formatting import show_datetime

Index = QModelIndex | QPersistentModelIndex


def action_text(action: AuditAction) -> str:
    texts = {
        AuditAction.CREATE: QCoreApplication.translate("AuditModel", "angelegt"),
        AuditAction.UPDATE: QCoreApplication.translate("AuditModel", "geändert"),
        AuditAction.DELETE: QCoreApplication.translate("AuditModel", "gelöscht"),
        AuditAction.RESTORE: QCoreApplication.translate("AuditModel", "wiederhergestellt"),
        AuditAction.VIEW: QCoreApplication.translate("AuditModel", "angesehen"),
        AuditAction.EXPORT: QCoreApplication.translate("AuditModel", "exportiert"),
    }
    return texts.get(action, str(action))


def table_text(table: str | None) -> str:
    texts = {
        "clients": QCoreApplication.translate("AuditModel", "Stammdaten"),
        "household_members": QCoreApplication.translate("AuditModel", "Haushalt"),
        "cases": QCoreApplication.translate("AuditModel", "Fall"),
        "case_phase_changes": QCoreApplication.translate("AuditModel", "Fallphase"),
        "goals": QCoreApplication.translate("AuditModel", "Ziel"),
        "case_handovers": QCoreApplication.translate("AuditModel", "Fallübergabe"),
        "consultations": QCoreApplication.translate("AuditModel", "Beratung"),
        "referrals": QCoreApplication.translate("AuditModel", "Verweisung"),
        "consents": QCoreApplication.translate("AuditModel", "Einwilligung"),
        "documents": QCoreApplication.translate("AuditModel", "Dokument"),
    }
    return texts.get(table or "", table or "")


class AuditModel(BatchedTableModel[AuditRow]):
    COLUMNS = 5
    BATCH = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)

    def set_rows(self, rows: list[AuditRow]) -> None:
        self._replace_rows(rows)

    def row(self, index: int) -> AuditRow:
        return self._rows[index]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return show_datetime(row.at)
        if column == 1:
            return row.user_name or QCoreApplication.translate("AuditModel", "System")
        if column == 2:
            return action_text(row.action)
        if column == 3:
            return table_text(row.table_name)
        return ", ".join(row.field_names)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("AuditModel", "Zeitpunkt"),
            QCoreApplication.translate("AuditModel", "Person"),
            QCoreApplication.translate("AuditModel", "Aktion"),
            QCoreApplication.translate("AuditModel", "Bereich"),
            QCoreApplication.translate("AuditModel", "Felder"),
        )[section]
