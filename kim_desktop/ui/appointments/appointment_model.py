"""Columns of the appointment lists (a ``TableModel`` over ``AppointmentRow``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kim_desktop.services.appointments import AppointmentRow
from kim_desktop.ui.appointments.formatting import format_time, label, weekday_name
from kim_desktop.ui.table_model import Column, TableModel


def _day(row: AppointmentRow) -> str:
    day = row.starts_at.date()
    return f"{weekday_name(day)} {day.strftime('%d.%m.')}"


def _time(row: AppointmentRow) -> str:
    return f"{format_time(row.starts_at)}–{format_time(row.ends_at)}"


def appointment_model(*, with_day: bool, with_manager: bool = False) -> TableModel:
    columns = []
    if with_day:
        columns.append(Column(lambda: QCoreApplication.translate("AppointmentModel", "Tag"), _day))
    columns += [
        Column(lambda: QCoreApplication.translate("AppointmentModel", "Uhrzeit"), _time),
        Column(
            lambda: QCoreApplication.translate("AppointmentModel", "Klient:in"),
            lambda r: r.client_name,
        ),
        Column(
            lambda: QCoreApplication.translate("AppointmentModel", "Anlass"), lambda r: r.purpose
        ),
        Column(
            lambda: QCoreApplication.translate("AppointmentModel", "Status"),
            lambda r: label(r.status),
        ),
    ]
    if with_manager:
        columns.append(
            Column(
                lambda: QCoreApplication.translate("AppointmentModel", "Case Management"),
                lambda r: r.case_manager_name,
            )
        )
    return TableModel(columns, tooltips=True)
