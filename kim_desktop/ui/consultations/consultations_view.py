"""The "Beratungen" area: recent consultations and the referrals to follow up."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kim_desktop.ui.consultations.consultation_list import ConsultationListPage
from kim_desktop.ui.consultations.referral_list import ReferralListPage
from kim_desktop.ui.view_context import ViewContext


def create_view(context: ViewContext) -> QWidget:
    return ConsultationsView(context)


class ConsultationsView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("area_consultations")
        self._title = QLabel()
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._title.setFont(font)
        self.consultations = ConsultationListPage(context)
        self.referrals = ReferralListPage(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.consultations, "")
        self.tabs.addTab(self.referrals, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self._title)
        layout.addWidget(self.tabs, 1)
        context.changes.changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Beratungen"))
        self.tabs.setTabText(0, self.tr("Beratungen"))
        self.tabs.setTabText(1, self.tr("Verweisberatungen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & {"consultations", "clients"}:
            self.consultations.reload()
        if tables & {"referrals", "clients"}:
            self.referrals.reload()
