"""Columns of the group offer list, the session list and the monthly MuKi-S table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kim_desktop.services.group_offers import GroupOfferRow, MukisMonthlyCounts
from kim_desktop.ui.appointments.formatting import format_date, label
from kim_desktop.ui.table_model import Column, TableModel

MONTHS = (
    QT_TRANSLATE_NOOP("GroupModels", "Jan"),
    QT_TRANSLATE_NOOP("GroupModels", "Feb"),
    QT_TRANSLATE_NOOP("GroupModels", "Mär"),
    QT_TRANSLATE_NOOP("GroupModels", "Apr"),
    QT_TRANSLATE_NOOP("GroupModels", "Mai"),
    QT_TRANSLATE_NOOP("GroupModels", "Jun"),
    QT_TRANSLATE_NOOP("GroupModels", "Jul"),
    QT_TRANSLATE_NOOP("GroupModels", "Aug"),
    QT_TRANSLATE_NOOP("GroupModels", "Sep"),
    QT_TRANSLATE_NOOP("GroupModels", "Okt"),
    QT_TRANSLATE_NOOP("GroupModels", "Nov"),
    QT_TRANSLATE_NOOP("GroupModels", "Dez"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GroupModels", text)


def offer_model(municipality: Callable[[str], str]) -> TableModel:
    def sessions(row: GroupOfferRow) -> str:
        return f"{row.sessions_held} / {row.planned_sessions}"

    return TableModel(
        [
            Column(
                lambda: QCoreApplication.translate("GroupModels", "Beginn"),
                lambda r: format_date(r.starts_on),
            ),
            Column(lambda: QCoreApplication.translate("GroupModels", "Titel"), lambda r: r.title),
            Column(
                lambda: QCoreApplication.translate("GroupModels", "Kommune"),
                lambda r: municipality(r.municipality_code),
            ),
            Column(
                lambda: QCoreApplication.translate("GroupModels", "Art"), lambda r: label(r.kind)
            ),
            Column(
                lambda: QCoreApplication.translate("GroupModels", "Termine"),
                sessions,
                align_right=True,
            ),
            Column(
                lambda: QCoreApplication.translate("GroupModels", "Leitung"),
                lambda r: r.leader_name,
            ),
        ],
        tooltips=True,
    )


def session_model() -> TableModel:
    return TableModel(
        [
            Column(
                lambda: QCoreApplication.translate("GroupModels", "Datum"),
                lambda r: format_date(r.held_on),
            ),
            Column(
                lambda: QCoreApplication.translate("GroupModels", "Dauer"),
                lambda r: QCoreApplication.translate("GroupModels", "{minutes} Min.").format(
                    minutes=r.duration_minutes
                ),
                align_right=True,
            ),
            Column(
                lambda: QCoreApplication.translate("GroupModels", "Teilnehmende"),
                lambda r: str(r.participants),
                align_right=True,
            ),
            Column(lambda: QCoreApplication.translate("GroupModels", "Notiz"), lambda r: r.note),
        ],
        tooltips=True,
    )


@dataclass(frozen=True)
class CountLine:
    municipality: str
    kind: str  # "individual" | "group"
    months: list[int]

    @property
    def total(self) -> int:
        return sum(self.months)


def count_lines(counts: MukisMonthlyCounts) -> list[CountLine]:
    lines: list[CountLine] = []
    for row in counts.rows:
        lines.append(CountLine(row.municipality_code, "individual", row.individual))
        lines.append(CountLine(row.municipality_code, "group", row.group_sessions))
    return lines


def count_model(municipality: Callable[[str], str]) -> TableModel:
    def kind(line: CountLine) -> str:
        return (
            QCoreApplication.translate("GroupModels", "Einzelberatung")
            if line.kind == "individual"
            else QCoreApplication.translate("GroupModels", "Gruppentermine")
        )

    def month_column(index: int) -> Column:
        return Column(
            lambda: _tr(MONTHS[index]),
            lambda line: str(line.months[index]) if line.months[index] else "",
            align_right=True,
        )

    return TableModel(
        [
            Column(
                lambda: QCoreApplication.translate("GroupModels", "Kommune"),
                lambda line: municipality(line.municipality),
            ),
            Column(lambda: QCoreApplication.translate("GroupModels", "Beratung"), kind),
            *[month_column(i) for i in range(12)],
            Column(
                lambda: QCoreApplication.translate("GroupModels", "Summe"),
                lambda line: str(line.total),
                align_right=True,
            ),
        ],
        tooltips=True,
    )
