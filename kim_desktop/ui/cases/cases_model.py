"""Columns of the case list of the "Fälle" area (rows handed to the view in batches)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kim_desktop.services.case_queries import CaseSummary
from kim_desktop.services.catalogues import CatalogueService
from kim_desktop.ui.client_file.formatting import label, show_date
from kim_desktop.ui.table_model import Column, TableModel

BATCH = 200


def cases_model(
    catalogues: CatalogueService, language: str, parent: Any = None
) -> TableModel[CaseSummary]:
    def municipality(case: CaseSummary) -> str:
        return catalogues.label("municipalities", case.municipality_code, language)

    columns: list[Column[CaseSummary]] = [
        Column(
            lambda: QCoreApplication.translate("CasesModel", "Aktenzeichen"),
            lambda c: c.file_number,
        ),
        Column(
            lambda: QCoreApplication.translate("CasesModel", "Klient:in"), lambda c: c.client_name
        ),
        Column(
            lambda: QCoreApplication.translate("CasesModel", "Fallart"),
            lambda c: label(c.case_type),
        ),
        Column(lambda: QCoreApplication.translate("CasesModel", "Phase"), lambda c: label(c.phase)),
        Column(lambda: QCoreApplication.translate("CasesModel", "Kommune"), municipality),
        Column(
            lambda: QCoreApplication.translate("CasesModel", "Case Manager:in"),
            lambda c: c.case_manager_name,
        ),
        Column(
            lambda: QCoreApplication.translate("CasesModel", "Beginn"),
            lambda c: show_date(c.opened_on),
        ),
        Column(
            lambda: QCoreApplication.translate("CasesModel", "Abschluss"),
            lambda c: show_date(c.closed_on),
        ),
    ]
    return TableModel(columns, parent, batch=BATCH)
