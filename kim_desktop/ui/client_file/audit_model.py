"""Table model over a client file's audit trail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kim_desktop.domain.enums import AuditAction
from kim_desktop.services.client_file import AuditRow
from kim_desktop.ui.client_file.formatting import show_datetime

BATCH = 200
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


class AuditModel(QAbstractTableModel):
    COLUMNS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._shown = 0

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._shown = min(BATCH, len(rows))
        self.endResetModel()

    def row(self, index: int) -> AuditRow:
        return self._rows[index]

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

    def retranslate(self) -> None:
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, self.COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
