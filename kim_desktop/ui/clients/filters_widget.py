"""The filters above the client list: municipality, target group, my cases, open/closed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from kim_desktop.services.catalogues import Choice
from kim_desktop.services.client_search import CaseState


class ClientFilters(QWidget):
    changed = Signal()

    def __init__(
        self,
        municipalities: list[Choice],
        target_groups: list[Choice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.municipality_combo = QComboBox()
        self.municipality_combo.setObjectName("municipalityFilter")
        self.municipality_combo.addItem("", None)
        for choice in municipalities:
            self.municipality_combo.addItem(choice.label, choice.code)
        self.target_group_combo = QComboBox()
        self.target_group_combo.setObjectName("targetGroupFilter")
        self.target_group_combo.addItem("", None)
        for choice in target_groups:
            self.target_group_combo.addItem(choice.label, choice.code)
        self.target_group_combo.setMaximumWidth(320)
        self.mine_check = QCheckBox()
        self.mine_check.setObjectName("mineFilter")
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("caseStateFilter")
        for state in CaseState:
            self.state_combo.addItem("", state.value)
        self._municipality_label = QLabel()
        self._municipality_label.setBuddy(self.municipality_combo)
        self._target_group_label = QLabel()
        self._target_group_label.setBuddy(self.target_group_combo)
        self._state_label = QLabel()
        self._state_label.setBuddy(self.state_combo)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, widget in (
            (self._municipality_label, self.municipality_combo),
            (self._target_group_label, self.target_group_combo),
            (self._state_label, self.state_combo),
        ):
            layout.addWidget(label)
            layout.addWidget(widget)
            layout.addSpacing(8)
        layout.addWidget(self.mine_check)
        layout.addStretch(1)
        for combo in (self.municipality_combo, self.target_group_combo, self.state_combo):
            combo.currentIndexChanged.connect(self.changed)
        self.mine_check.toggled.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self._municipality_label.setText(self.tr("&Kommune:"))
        self._target_group_label.setText(self.tr("&Zielgruppe:"))
        self._state_label.setText(self.tr("&Fälle:"))
        self.municipality_combo.setItemText(0, self.tr("Alle Kommunen"))
        self.target_group_combo.setItemText(0, self.tr("Alle Zielgruppen"))
        self.state_combo.setItemText(0, self.tr("Alle"))
        self.state_combo.setItemText(1, self.tr("Mit offenem Fall"))
        self.state_combo.setItemText(2, self.tr("Ohne offenen Fall"))
        self.mine_check.setText(self.tr("Nur &meine Fälle"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def municipality_code(self) -> str | None:
        return self.municipality_combo.currentData()

    def target_group_code(self) -> str | None:
        return self.target_group_combo.currentData()

    def mine(self) -> bool:
        return self.mine_check.isChecked()

    def case_state(self) -> CaseState:
        return CaseState(self.state_combo.currentData())
