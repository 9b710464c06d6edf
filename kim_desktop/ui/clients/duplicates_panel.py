"""Possible duplicates shown before a new client is saved: open the existing one, or go on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.services.duplicates import DuplicateCandidate


class DuplicatesPanel(QWidget):
    openExisting = Signal(str)  # noqa: N815 - client id
    createAnyway = Signal()  # noqa: N815
    back = Signal()

    def __init__(self, municipality_label: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._municipality_label = municipality_label
        self._candidates: list[DuplicateCandidate] = []
        self._heading = QLabel()
        font = self._heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self._heading.setFont(font)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.candidate_list = QListWidget()
        self.candidate_list.setObjectName("duplicateList")
        self.candidate_list.itemActivated.connect(lambda _item: self._open())
        self.open_button = QPushButton()
        self.open_button.setObjectName("openExisting")
        self.open_button.clicked.connect(self._open)
        self.create_button = QPushButton()
        self.create_button.setObjectName("createAnyway")
        self.create_button.clicked.connect(self.createAnyway)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToForm")
        self.back_button.clicked.connect(self.back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addWidget(self.candidate_list, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self._heading.setText(self.tr("Mögliche Doppelerfassung"))
        self._intro.setText(
            self.tr(
                "Diese Klient:innen sind bereits erfasst und könnten dieselbe Person sein "
                "(ähnlicher Name und gleiches Geburtsdatum, oder gleiche Telefonnummer). "
                "Bitte prüfen Sie, ob Sie die vorhandene Akte öffnen möchten."
            )
        )
        self.open_button.setText(self.tr("Vorhandene:n Klient:in &öffnen"))
        self.create_button.setText(self.tr("&Trotzdem neu anlegen"))
        self.back_button.setText(self.tr("&Zurück zur Eingabe"))
        self.set_candidates(self._candidates)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_candidates(self, candidates: list[DuplicateCandidate]) -> None:
        self._candidates = list(candidates)
        self.candidate_list.clear()
        for candidate in candidates:
            reasons = []
            if candidate.same_name_and_birth_date:
                reasons.append(self.tr("ähnlicher Name, gleiches Geburtsdatum"))
            if candidate.same_phone:
                reasons.append(self.tr("gleiche Telefonnummer"))
            birth = candidate.birth_date.strftime("%d.%m.%Y") if candidate.birth_date else "–"
            text = self.tr("{name}, geb. {birth} · {municipality} · {file_number} ({reasons})")
            item = QListWidgetItem(
                text.format(
                    name=candidate.display_name,
                    birth=birth,
                    municipality=self._municipality_label(candidate.municipality_code),
                    file_number=candidate.file_number,
                    reasons="; ".join(reasons),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, candidate.id)
            self.candidate_list.addItem(item)
        if candidates:
            self.candidate_list.setCurrentRow(0)

    def _open(self) -> None:
        item = self.candidate_list.currentItem()
        if item is not None:
            self.openExisting.emit(item.data(Qt.ItemDataRole.UserRole))
