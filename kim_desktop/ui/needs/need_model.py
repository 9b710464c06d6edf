"""Columns of the list of structural needs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kim_desktop.services.structural_needs import NeedRow
from kim_desktop.ui.appointments.formatting import format_date, label
from kim_desktop.ui.table_model import Column, TableModel


def _first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def need_model(
    municipality: Callable[[str | None], str], topic: Callable[[str | None], str]
) -> TableModel:
    def challenge(row: NeedRow) -> str:
        return _first_line(row.challenge)

    return TableModel(
        [
            Column(
                lambda: QCoreApplication.translate("NeedModel", "Gemeldet"),
                lambda r: format_date(r.reported_on),
            ),
            Column(
                lambda: QCoreApplication.translate("NeedModel", "Status"), lambda r: label(r.status)
            ),
            Column(
                lambda: QCoreApplication.translate("NeedModel", "Kommune"),
                lambda r: municipality(r.municipality_code),
            ),
            Column(
                lambda: QCoreApplication.translate("NeedModel", "Thema"),
                lambda r: topic(r.topic_code),
            ),
            Column(
                lambda: QCoreApplication.translate("NeedModel", "Fälle"),
                lambda r: str(r.cases_seen),
                align_right=True,
            ),
            Column(lambda: QCoreApplication.translate("NeedModel", "Herausforderung"), challenge),
            Column(
                lambda: QCoreApplication.translate("NeedModel", "Arbeitsgruppe"),
                lambda r: r.working_group,
            ),
        ],
        tooltips=True,
    )
