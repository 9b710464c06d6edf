"""Referrals made in a consultation: one row each (category, institution, reason, status,
follow-up date), added with Alt+V, each with its own error line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import ReferralStatus
from kim_desktop.services.catalogues import Choice
from kim_desktop.services.consultations import default_follow_up
from kim_desktop.services.referrals import InstitutionChoice, ReferralInput
from kim_desktop.ui.consultations.enum_combo import EnumCombo
from kim_desktop.ui.consultations.formatting import from_qdate, to_qdate
from kim_desktop.ui.widgets import ErrorLabel

InstitutionsFn = Callable[[str], list[InstitutionChoice]]
ROW_STATUSES = (ReferralStatus.SUGGESTED, ReferralStatus.ARRANGED)


class ReferralRow(QWidget):
    removeRequested = Signal(object)  # noqa: N815

    def __init__(
        self,
        targets: list[Choice],
        institutions: InstitutionsFn,
        referred_on: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._institutions = institutions
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("referralTarget")
        self.target_combo.addItem("", None)
        for choice in targets:
            self.target_combo.addItem(choice.label, choice.code)
        self.target_combo.setMinimumContentsLength(22)
        self.target_combo.currentIndexChanged.connect(self._target_changed)
        self.institution_combo = QComboBox()
        self.institution_combo.setObjectName("referralInstitution")
        self.institution_combo.setMinimumContentsLength(18)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("referralReason")
        self.status_combo = EnumCombo(ROW_STATUSES)
        self.status_combo.setObjectName("referralStatus")
        self.follow_up_edit = QDateEdit(to_qdate(default_follow_up(referred_on)))
        self.follow_up_edit.setObjectName("referralFollowUp")
        self.follow_up_edit.setDisplayFormat("dd.MM.yyyy")
        self.follow_up_edit.setCalendarPopup(True)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self))
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("referralError")
        self._captions = [QLabel() for _ in range(5)]
        for caption in self._captions:
            caption.setStyleSheet("color: palette(dark);")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        fields = (
            self.target_combo,
            self.institution_combo,
            self.reason_edit,
            self.status_combo,
            self.follow_up_edit,
        )
        for column, (caption, widget) in enumerate(zip(self._captions, fields, strict=True)):
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.remove_button, 1, len(fields))
        grid.addWidget(self.error_label, 2, 0, 1, len(fields) + 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 4)
        self.setFocusProxy(self.target_combo)
        self._target_changed()
        self.retranslate()

    def tab_chain(self) -> list[QWidget]:
        """The row's fields in the order Tab visits them."""
        return [
            self.target_combo,
            self.institution_combo,
            self.reason_edit,
            self.status_combo,
            self.follow_up_edit,
            self.remove_button,
        ]

    def retranslate(self) -> None:
        self.target_combo.setItemText(0, self.tr("– Stelle wählen –"))
        if self.institution_combo.count():
            self.institution_combo.setItemText(0, self.tr("– keine bestimmte –"))
        texts = (
            self.tr("Stelle (Kategorie)"),
            self.tr("Einrichtung"),
            self.tr("Anlass/Grund"),
            self.tr("Status"),
            self.tr("Wiedervorlage"),
        )
        for caption, text in zip(self._captions, texts, strict=True):
            caption.setText(text)
        self.status_combo.retranslate()
        self.remove_button.setToolTip(self.tr("Verweis entfernen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _target_changed(self, _index: int = 0) -> None:
        self.institution_combo.clear()
        self.institution_combo.addItem(self.tr("– keine bestimmte –"), None)
        code = self.target_combo.currentData()
        if code:
            for institution in self._institutions(code):
                self.institution_combo.addItem(institution.name, institution.id)
        self.institution_combo.setEnabled(self.institution_combo.count() > 1)
        self.error_label.clear_message()

    def value(self) -> ReferralInput:
        return ReferralInput(
            target_code=self.target_combo.currentData(),
            institution_id=self.institution_combo.currentData(),
            reason=self.reason_edit.text(),
            status=self.status_combo.value(),
            follow_up_on=from_qdate(self.follow_up_edit.date()),
        )

    def move_follow_up(self, old_referred_on: date, new_referred_on: date) -> None:
        """Keep the default follow-up in step with the consultation date."""
        if from_qdate(self.follow_up_edit.date()) == default_follow_up(old_referred_on):
            self.follow_up_edit.setDate(to_qdate(default_follow_up(new_referred_on)))


class ReferralRows(QWidget):
    changed = Signal()

    def __init__(
        self,
        targets: list[Choice],
        institutions: InstitutionsFn,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._targets = targets
        self._institutions = institutions
        self._referred_on = date.today()
        self.rows: list[ReferralRow] = []
        self.add_button = QPushButton()
        self.add_button.setObjectName("addReferral")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        self._empty = QLabel()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._empty)
        self._layout.addWidget(self.add_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Verweis hinzufügen"))
        self._empty.setText(self.tr("In dieser Beratung wurde an keine Stelle verwiesen."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_row(self) -> ReferralRow:
        row = ReferralRow(self._targets, self._institutions, self._referred_on)
        row.removeRequested.connect(self.remove_row)
        self._layout.insertWidget(self._layout.count() - 1, row)
        self.rows.append(row)
        self._empty.setVisible(False)
        previous = self.rows[-2].remove_button if len(self.rows) > 1 else None
        if previous is not None:
            QWidget.setTabOrder(previous, row.target_combo)
        # Qt shows a widget added to a visible layout only by a queued call; until then Tab
        # skips its fields. Show it now, and fix its place in the focus chain explicitly.
        row.show()
        chain = row.tab_chain()
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        row.target_combo.setFocus()
        self.changed.emit()
        return row

    def remove_row(self, row: ReferralRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self._layout.removeWidget(row)
            row.deleteLater()
            self._empty.setVisible(not self.rows)
            self.add_button.setFocus()
            self.changed.emit()

    def set_referred_on(self, referred_on: date) -> None:
        for row in self.rows:
            row.move_follow_up(self._referred_on, referred_on)
        self._referred_on = referred_on

    def values(self) -> list[ReferralInput]:
        return [row.value() for row in self.rows]

    def show_errors(self, messages: dict[int, str]) -> None:
        for index, row in enumerate(self.rows):
            row.error_label.show_message(messages.get(index, ""))
