"""Columns of a client file's audit trail (rows handed to the view in batches)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kim_desktop.domain.enums import AuditAction
from kim_desktop.services.client_file import AuditRow
from kim_desktop.ui.client_file.formatting import show_datetime
from kim_desktop.ui.table_model import Column, TableModel


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


BATCH = 200


def audit_model(parent: Any = None) -> TableModel[AuditRow]:
    columns: list[Column[AuditRow]] = [
        Column(
            lambda: QCoreApplication.translate("AuditModel", "Zeitpunkt"),
            lambda r: show_datetime(r.at),
        ),
        Column(
            lambda: QCoreApplication.translate("AuditModel", "Person"),
            lambda r: r.user_name or QCoreApplication.translate("AuditModel", "System"),
        ),
        Column(
            lambda: QCoreApplication.translate("AuditModel", "Aktion"),
            lambda r: action_text(r.action),
        ),
        Column(
            lambda: QCoreApplication.translate("AuditModel", "Bereich"),
            lambda r: table_text(r.table_name),
        ),
        Column(
            lambda: QCoreApplication.translate("AuditModel", "Felder"),
            lambda r: ", ".join(r.field_names),
        ),
    ]
    return TableModel(columns, parent, batch=BATCH)
