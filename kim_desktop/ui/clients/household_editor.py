"""The household of a client: one row per person (children matter for MuKi-S)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import HouseholdRelation
from kim_desktop.domain.labels import HOUSEHOLD_RELATION_LABELS
from kim_desktop.services.clients import HouseholdMemberInput
from kim_desktop.ui.clients.date_field import DateField

FIRST, LAST, BIRTH, RELATION, KITA, SPEECH = range(6)


class HouseholdEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("householdTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FIRST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LAST, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self._ids: list[str | None] = []
        self.add_button = QPushButton()
        self.add_button.setObjectName("addHouseholdMember")
        self.add_button.clicked.connect(lambda: self.add_member())
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeHouseholdMember")
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Vorname"),
                self.tr("Nachname"),
                self.tr("Geburtsdatum"),
                self.tr("Beziehung"),
                self.tr("Kita"),
                self.tr("Sprachförderung"),
            ]
        )
        self.add_button.setText(self.tr("Person &hinzufügen"))
        self.remove_button.setText(self.tr("Person &entfernen"))
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, RELATION)
            if isinstance(combo, QComboBox):
                for i, relation in enumerate(HouseholdRelation):
                    combo.setItemText(i, _relation_label(relation))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_member(self, member: HouseholdMemberInput | None = None) -> int:
        member = member or HouseholdMemberInput(first_name="")
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(member.id)
        first, last, birth = QLineEdit(member.first_name), QLineEdit(member.last_name), DateField()
        birth.set_value(member.birth_date)
        relation = QComboBox()
        for value in HouseholdRelation:
            relation.addItem(_relation_label(value), value.value)
        relation.setCurrentIndex(list(HouseholdRelation).index(member.relation))
        kita, speech = QCheckBox(), QCheckBox()
        kita.setChecked(member.attends_kita)
        speech.setChecked(member.speech_support_needed)
        for column, widget in enumerate((first, last, birth, relation, kita, speech)):
            widget.setObjectName(f"household_{row}_{column}")
            self.table.setCellWidget(row, column, widget)
        for edit in (first, last, birth):
            edit.textChanged.connect(self.changed)
        self.table.resizeRowsToContents()
        if member.id is None:
            first.setFocus()
        self.changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row < 0:
            return
        self.table.removeRow(row)
        del self._ids[row]
        self.changed.emit()

    def widget(self, row: int, column: int) -> QWidget:
        return self.table.cellWidget(row, column)

    def members(self) -> list[HouseholdMemberInput]:
        members = []
        for row in range(self.table.rowCount()):
            first, last, birth, relation, kita, speech = (
                self.table.cellWidget(row, column) for column in range(6)
            )
            members.append(
                HouseholdMemberInput(
                    id=self._ids[row],
                    first_name=first.text(),  # type: ignore[attr-defined]
                    last_name=last.text(),  # type: ignore[attr-defined]
                    birth_date=birth.value(),  # type: ignore[attr-defined]
                    relation=HouseholdRelation(relation.currentData()),  # type: ignore[attr-defined]
                    attends_kita=kita.isChecked(),  # type: ignore[attr-defined]
                    speech_support_needed=speech.isChecked(),  # type: ignore[attr-defined]
                )
            )
        return members

    def invalid_date_rows(self) -> list[int]:
        """Rows (1-based) whose birth date cannot be read."""
        return [
            row + 1
            for row in range(self.table.rowCount())
            if not self.table.cellWidget(row, BIRTH).is_valid()  # type: ignore[attr-defined]
        ]

    def has_input(self) -> bool:
        return self.table.rowCount() > 0


def _relation_label(value: HouseholdRelation) -> str:
    return QCoreApplication.translate("Labels", HOUSEHOLD_RELATION_LABELS[value])
