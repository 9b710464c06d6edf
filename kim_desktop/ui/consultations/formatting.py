"""Small display helpers of the consultations area (German dates, enum labels)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate

from kim_desktop.domain.labels import ALL_ENUM_LABELS
from kim_desktop.services.client_lookup import ClientHit


def german_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


def label(value: StrEnum) -> str:
    """The translated label of an enum value."""
    return QCoreApplication.translate("Labels", ALL_ENUM_LABELS[type(value)][value])


def client_text(hit: ClientHit) -> str:
    """``Olena Kovalenko · 12.04.1988 · TRO-24-0001-ab12``."""
    parts = [hit.full_name]
    if hit.birth_date is not None:
        parts.append(german_date(hit.birth_date))
    parts.append(hit.file_number)
    return " · ".join(parts)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
