"""Showing dates and enum values to the user (German date style, translated labels)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from kim_desktop.domain.labels import ALL_ENUM_LABELS, LABELS_CONTEXT

DATE_FORMAT = "%d.%m.%Y"


def show_date(value: date | None) -> str:
    return "" if value is None else value.strftime(DATE_FORMAT)


def show_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone().strftime("%d.%m.%Y %H:%M")


def label(value: StrEnum | None) -> str:
    """The translated label of an enum value ("" for None)."""
    if value is None:
        return ""
    source = ALL_ENUM_LABELS.get(type(value), {}).get(value)
    if source is None:
        return str(value)
    return QCoreApplication.translate(LABELS_CONTEXT, source)


def parse_date(text: str) -> date | None:
    """``TT.MM.JJJJ`` (also ``T.M.JJJJ`` and ``JJJJ-MM-TT``); raises ValueError if malformed."""
    text = text.strip()
    if not text:
        return None
    if "-" in text:
        return date.fromisoformat(text)
    parts = text.split(".")
    if len(parts) != 3 or len(parts[2]) != 4:
        raise ValueError(text)
    day, month, year = (int(p) for p in parts)
    return date(year, month, day)
