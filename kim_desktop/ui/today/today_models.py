"""Columns of the start page's lists: due follow-ups and cases without contact."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kim_desktop.domain.enums import ConsentPurpose
from kim_desktop.services.today import FollowUp, FollowUpKind, QuietCase
from kim_desktop.ui.appointments.formatting import format_date, label
from kim_desktop.ui.table_model import Column, TableModel


def follow_up_kind(kind: FollowUpKind) -> str:
    if kind is FollowUpKind.REFERRAL:
        return QCoreApplication.translate("TodayModels", "Verweisberatung nachfassen")
    if kind is FollowUpKind.GOAL:
        return QCoreApplication.translate("TodayModels", "Ziel überprüfen")
    return QCoreApplication.translate("TodayModels", "Einwilligung läuft ab")


def _detail(row: FollowUp) -> str:
    if row.kind is FollowUpKind.CONSENT:
        return label(ConsentPurpose(row.detail))
    return row.detail


def follow_up_model() -> TableModel:
    return TableModel(
        [
            Column(
                lambda: QCoreApplication.translate("TodayModels", "Fällig"),
                lambda r: format_date(r.due_on),
            ),
            Column(
                lambda: QCoreApplication.translate("TodayModels", "Wiedervorlage"),
                lambda r: follow_up_kind(r.kind),
            ),
            Column(
                lambda: QCoreApplication.translate("TodayModels", "Klient:in"),
                lambda r: r.client_name,
            ),
            Column(lambda: QCoreApplication.translate("TodayModels", "Betreff"), _detail),
        ],
        tooltips=True,
    )


def _last_contact(row: QuietCase) -> str:
    if row.last_contact is None:
        return QCoreApplication.translate("TodayModels", "noch keiner (Fall seit {date})").format(
            date=format_date(row.opened_on)
        )
    return format_date(row.last_contact)


def quiet_case_model() -> TableModel:
    return TableModel(
        [
            Column(
                lambda: QCoreApplication.translate("TodayModels", "Letzter Kontakt"), _last_contact
            ),
            Column(
                lambda: QCoreApplication.translate("TodayModels", "Klient:in"),
                lambda r: r.client_name,
            ),
            Column(
                lambda: QCoreApplication.translate("TodayModels", "Fallart"),
                lambda r: label(r.case_type),
            ),
        ],
        tooltips=True,
    )
