"""German-style dates and times for the daywork screens, and enum labels."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from kim_desktop.domain.labels import ALL_ENUM_LABELS, LABELS_CONTEXT


def format_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


def format_time(value: datetime) -> str:
    return value.strftime("%H:%M")


def weekday_name(value: date) -> str:
    names = (
        QCoreApplication.translate("Daywork", "Mo"),
        QCoreApplication.translate("Daywork", "Di"),
        QCoreApplication.translate("Daywork", "Mi"),
        QCoreApplication.translate("Daywork", "Do"),
        QCoreApplication.translate("Daywork", "Fr"),
        QCoreApplication.translate("Daywork", "Sa"),
        QCoreApplication.translate("Daywork", "So"),
    )
    return names[value.weekday()]


def label(value: StrEnum) -> str:
    """The translated label of an enum value."""
    return QCoreApplication.translate(LABELS_CONTEXT, ALL_ENUM_LABELS[type(value)][value])
