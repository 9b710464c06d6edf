"""The fields of one group offer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import GroupOfferKind
from kim_desktop.domain.errors import FieldError
from kim_desktop.services.catalogues import Choice
from kim_desktop.services.group_offers import (
    MAX_SESSION_MINUTES,
    GroupOfferInput,
    GroupOfferRow,
)
from kim_desktop.ui.appointments.formatting import label
from kim_desktop.ui.messages import message
from kim_desktop.ui.widgets import ErrorLabel, add_field_row

NO_DATE = QDate(2000, 1, 1)  # shown as "—": no date


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    return edit


def _date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def _set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(0 if value is None else max(0, combo.findData(value)))


class OfferForm(QWidget):
    def __init__(
        self,
        municipalities: list[Choice],
        target_groups: list[Choice],
        leaders: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.row: GroupOfferRow | None = None
        self._field_errors: list[FieldError] = []
        self.errors: dict[str, ErrorLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self.title_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in GroupOfferKind:
            self.kind_combo.addItem("", kind.value)
        self.municipality_combo = QComboBox()
        for choice in municipalities:
            self.municipality_combo.addItem(choice.label, choice.code)
        self.target_combo = QComboBox()
        self.target_combo.addItem("", None)
        for choice in target_groups:
            self.target_combo.addItem(choice.label, choice.code)
        self.sessions_spin = QSpinBox()
        self.sessions_spin.setRange(0, 99)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, MAX_SESSION_MINUTES)
        self.minutes_spin.setSingleStep(15)
        plan = QHBoxLayout()
        plan.setContentsMargins(0, 0, 0, 0)
        plan.addWidget(self.sessions_spin)
        self._times_label = QLabel()
        plan.addWidget(self._times_label)
        plan.addWidget(self.minutes_spin)
        plan.addStretch(1)
        plan_cell = QWidget()
        plan_cell.setLayout(plan)
        self.starts_edit = _date_edit("starts_on")
        self.ends_edit = _date_edit("ends_on")
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.starts_edit)
        self._until_label = QLabel()
        dates.addWidget(self._until_label)
        dates.addWidget(self.ends_edit)
        dates.addStretch(1)
        dates_cell = QWidget()
        dates_cell.setLayout(dates)
        self.leader_combo = QComboBox()
        self.leader_combo.addItem("", None)
        for user_id, name in leaders:
            self.leader_combo.addItem(name, user_id)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(70)
        names = {
            "title": self.title_edit,
            "kind": self.kind_combo,
            "municipality_code": self.municipality_combo,
            "target_group_code": self.target_combo,
            "planned_sessions": self.sessions_spin,
            "session_minutes": self.minutes_spin,
            "leader_id": self.leader_combo,
            "description": self.description_edit,
        }
        for name, widget in names.items():
            widget.setObjectName(name)
        form = QFormLayout()
        self._add_row(form, "title", self.title_edit)
        self._add_row(form, "kind", self.kind_combo)
        self._add_row(form, "municipality_code", self.municipality_combo)
        self._add_row(form, "target_group_code", self.target_combo)
        self._add_row(form, "planned_sessions", plan_cell, self.sessions_spin)
        self._add_row(form, "starts_on", dates_cell, self.starts_edit)
        self._add_row(form, "leader_id", self.leader_combo)
        self._add_row(form, "description", self.description_edit)
        self.errors["session_minutes"] = self.errors["planned_sessions"]
        self.errors["ends_on"] = self.errors["starts_on"]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.retranslate()

    def _add_row(
        self, form: QFormLayout, name: str, widget: QWidget, buddy: QWidget | None = None
    ) -> None:
        text_label, error = add_field_row(form, name, widget, buddy)
        self.errors[name] = error
        self._labels[name] = text_label

    def retranslate(self) -> None:
        texts = {
            "title": self.tr("&Titel:"),
            "kind": self.tr("&Art:"),
            "municipality_code": self.tr("&Kommune:"),
            "target_group_code": self.tr("&Zielgruppe:"),
            "planned_sessions": self.tr("&Geplante Termine:"),
            "starts_on": self.tr("&Zeitraum:"),
            "leader_id": self.tr("&Leitung:"),
            "description": self.tr("&Beschreibung:"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(
                index, label(GroupOfferKind(self.kind_combo.itemData(index)))
            )
        self.target_combo.setItemText(0, self.tr("(keine Angabe)"))
        self.leader_combo.setItemText(0, self.tr("(noch offen)"))
        self._times_label.setText(self.tr("Termine zu je"))
        self._until_label.setText(self.tr("bis"))
        self.minutes_spin.setSuffix(self.tr(" Minuten"))
        self.title_edit.setPlaceholderText(self.tr("z. B. Heidelberger Elterntraining Troisdorf"))
        self.show_errors(self._field_errors)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, row: GroupOfferRow | None, default_municipality: str | None = None) -> None:
        self.row = row
        self.title_edit.setText(row.title if row else "")
        _select(self.kind_combo, (row.kind if row else GroupOfferKind.PARENTS_TRAINING).value)
        _select(self.municipality_combo, row.municipality_code if row else default_municipality)
        _select(self.target_combo, row.target_group_code if row else None)
        self.sessions_spin.setValue(row.planned_sessions if row else 5)
        self.minutes_spin.setValue(row.session_minutes if row else 120)
        _set_date(self.starts_edit, row.starts_on if row else None)
        _set_date(self.ends_edit, row.ends_on if row else None)
        _select(self.leader_combo, row.leader_id if row else None)
        self.description_edit.setPlainText(row.description if row else "")
        self.show_errors([])

    def offer_input(self) -> GroupOfferInput:
        return GroupOfferInput(
            title=self.title_edit.text(),
            kind=GroupOfferKind(self.kind_combo.currentData()),
            municipality_code=self.municipality_combo.currentData() or "",
            target_group_code=self.target_combo.currentData(),
            description=self.description_edit.toPlainText(),
            planned_sessions=self.sessions_spin.value(),
            session_minutes=self.minutes_spin.value(),
            starts_on=_date(self.starts_edit),
            ends_on=_date(self.ends_edit),
            leader_id=self.leader_combo.currentData(),
        )

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        self._field_errors = list(errors)
        by_label: dict[int, list[str]] = {}
        for error in errors:
            target = self.errors.get(error.field)
            if target is not None:
                by_label.setdefault(id(target), []).append(message(error.code, error.params))
        for error_label in set(self.errors.values()):
            error_label.show_message("\n".join(by_label.get(id(error_label), [])))
        return [e for e in errors if e.field not in self.errors]
