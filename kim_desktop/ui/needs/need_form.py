"""The Meldebogen of one structural need: the report, and Module 1's decision."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import NeedStatus
from kim_desktop.domain.errors import FieldError
from kim_desktop.services.catalogues import Choice
from kim_desktop.services.structural_needs import NeedDecision, NeedReport, NeedRow
from kim_desktop.ui.appointments.formatting import format_date, label
from kim_desktop.ui.messages import message
from kim_desktop.ui.widgets import ErrorLabel, add_field_row

HINT_STYLE = "background: #fff4ce; border: 1px solid #e0c36b; border-radius: 4px; padding: 4px;"


def _text_box(name: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    box.setMaximumHeight(height + 30)
    return box


class NeedForm(QWidget):
    """Report fields (the reporter and Module 1 may edit) and decision fields (Module 1)."""

    edited = Signal()

    def __init__(
        self,
        municipalities: list[Choice],
        topics: list[Choice],
        owners: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.row: NeedRow | None = None
        self._field_errors: list[FieldError] = []
        self.errors: dict[str, ErrorLabel] = {}
        self._labels: dict[str, QLabel] = {}

        self.reported_label = QLabel()
        self.reported_label.setObjectName("reportedLabel")
        self.challenge_edit = _text_box("challenge", 70)
        self.municipality_combo = QComboBox()
        self.municipality_combo.setObjectName("municipality_code")
        self.municipality_combo.addItem("", None)
        for choice in municipalities:
            self.municipality_combo.addItem(choice.label, choice.code)
        self.topic_combo = QComboBox()
        self.topic_combo.setObjectName("topic_code")
        self.topic_combo.addItem("", None)
        for choice in topics:
            self.topic_combo.addItem(choice.label, choice.code)
        self.group_edit = QLineEdit()
        self.group_edit.setObjectName("affected_group")
        self.cases_spin = QSpinBox()
        self.cases_spin.setObjectName("cases_seen")
        self.cases_spin.setRange(0, 9999)
        self.cases_spin.setMaximumWidth(120)
        self.example_edit = _text_box("example", 50)
        self.hint = QLabel()
        self.hint.setObjectName("privacyHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)

        self._report_group = QGroupBox()
        report = QFormLayout(self._report_group)
        report.addRow(self.reported_label)
        self._add_row(report, "challenge", self.challenge_edit)
        self._add_row(report, "municipality_code", self.municipality_combo)
        self._add_row(report, "topic_code", self.topic_combo)
        self._add_row(report, "affected_group", self.group_edit)
        self._add_row(report, "cases_seen", self.cases_spin)
        self._add_row(report, "example", self.example_edit)
        report.addRow(self.hint)

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status")
        for status in NeedStatus:
            self.status_combo.addItem("", status.value)
        self.solution_edit = _text_box("solution", 50)
        self.working_group_edit = QLineEdit()
        self.working_group_edit.setObjectName("working_group")
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("owner_id")
        self.owner_combo.addItem("", None)
        for user_id, name in owners:
            self.owner_combo.addItem(name, user_id)
        self.decision_note = QLabel()
        self.decision_note.setObjectName("decisionNote")
        self.decision_note.setWordWrap(True)
        self._decision_group = QGroupBox()
        decision = QFormLayout(self._decision_group)
        self._add_row(decision, "status", self.status_combo)
        self._add_row(decision, "solution", self.solution_edit)
        self._add_row(decision, "working_group", self.working_group_edit)
        self._add_row(decision, "owner_id", self.owner_combo)
        decision.addRow(self.decision_note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._report_group)
        layout.addWidget(self._decision_group)
        layout.addStretch(1)
        for edit in (self.challenge_edit, self.example_edit, self.solution_edit):
            edit.textChanged.connect(self.edited)
        for line in (self.group_edit, self.working_group_edit):
            line.textEdited.connect(lambda _t: self.edited.emit())
        for combo in (
            self.municipality_combo,
            self.topic_combo,
            self.status_combo,
            self.owner_combo,
        ):
            combo.activated.connect(lambda _i: self.edited.emit())
        self.cases_spin.valueChanged.connect(lambda _v: self.edited.emit())
        self.retranslate()

    def _add_row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        label_widget, error = add_field_row(form, name, widget)
        self.errors[name] = error
        self._labels[name] = label_widget

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._report_group.setTitle(self.tr("Meldung: Herausforderung"))
        self._decision_group.setTitle(self.tr("Bearbeitung durch die KIM-Koordination: Lösung"))
        labels = {
            "challenge": self.tr("&Herausforderung:"),
            "municipality_code": self.tr("&Kommune:"),
            "topic_code": self.tr("&Thema:"),
            "affected_group": self.tr("&Betroffene Gruppe:"),
            "cases_seen": self.tr("&Anzahl Fälle:"),
            "example": self.tr("&Beispiel:"),
            "status": self.tr("&Status:"),
            "solution": self.tr("&Lösung:"),
            "working_group": self.tr("Arbeits&gruppe:"),
            "owner_id": self.tr("&Zuständig:"),
        }
        for name, text in labels.items():
            self._labels[name].setText(text)
        self.hint.setText(
            self.tr(
                "Bitte keine Namen oder identifizierenden Angaben – beschreiben Sie das "
                "Beispiel so, dass niemand erkannt werden kann."
            )
        )
        self.challenge_edit.setPlaceholderText(
            self.tr("z. B. Fehlende Sprachförderung für Kinder vor der Einschulung")
        )
        self.group_edit.setPlaceholderText(self.tr("z. B. Familien mit Kindern von 4–6 Jahren"))
        self.working_group_edit.setPlaceholderText(self.tr("z. B. Projektarbeitsgruppe DELFIN 4"))
        for index in range(self.status_combo.count()):
            self.status_combo.setItemText(
                index, label(NeedStatus(self.status_combo.itemData(index)))
            )
        self.municipality_combo.setItemText(0, self.tr("(kreisweit / keine Angabe)"))
        self.topic_combo.setItemText(0, self.tr("(kein Thema)"))
        self.owner_combo.setItemText(0, self.tr("(noch niemand)"))
        self._show_reported()
        self.show_errors(self._field_errors)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_reported(self) -> None:
        row = self.row
        if row is None:
            self.reported_label.setText(self.tr("Neue Meldung"))
            return
        text = self.tr("Gemeldet am {date} von {name}").format(
            date=format_date(row.reported_on), name=row.reported_by_name
        )
        if row.status_changed_on:
            text += self.tr(" · Status geändert am {date}").format(
                date=format_date(row.status_changed_on)
            )
        self.reported_label.setText(text)

    # -- values --------------------------------------------------------------------------
    def load(self, row: NeedRow | None, *, can_edit: bool, can_decide: bool) -> None:
        self.blockSignals(True)
        self.row = row
        self.challenge_edit.setPlainText(row.challenge if row else "")
        _select(self.municipality_combo, row.municipality_code if row else None)
        _select(self.topic_combo, row.topic_code if row else None)
        self.group_edit.setText(row.affected_group if row else "")
        self.cases_spin.setValue(row.cases_seen if row else 0)
        self.example_edit.setPlainText(row.example if row else "")
        _select(self.status_combo, (row.status if row else NeedStatus.NEW).value)
        self.solution_edit.setPlainText(row.solution if row else "")
        self.working_group_edit.setText(row.working_group if row else "")
        _select(self.owner_combo, row.owner_id if row else None)
        self.blockSignals(False)
        _editable(
            can_edit,
            self.challenge_edit,
            self.municipality_combo,
            self.topic_combo,
            self.group_edit,
            self.cases_spin,
            self.example_edit,
        )
        decide = can_decide and row is not None
        _editable(
            decide,
            self.status_combo,
            self.solution_edit,
            self.working_group_edit,
            self.owner_combo,
        )
        if not can_decide:
            self.decision_note.setText(
                self.tr("Status, Lösung und Arbeitsgruppe trägt die KIM-Koordination ein.")
            )
        elif row is None:
            self.decision_note.setText(self.tr("Nach dem Speichern der Meldung möglich."))
        self.decision_note.setVisible(not decide)
        self.show_errors([])
        self._show_reported()

    def report(self) -> NeedReport:
        return NeedReport(
            challenge=self.challenge_edit.toPlainText(),
            municipality_code=self.municipality_combo.currentData(),
            topic_code=self.topic_combo.currentData(),
            affected_group=self.group_edit.text(),
            cases_seen=self.cases_spin.value(),
            example=self.example_edit.toPlainText(),
        )

    def decision(self) -> NeedDecision:
        return NeedDecision(
            status=NeedStatus(self.status_combo.currentData()),
            solution=self.solution_edit.toPlainText(),
            working_group=self.working_group_edit.text(),
            owner_id=self.owner_combo.currentData(),
        )

    def set_status(self, status: NeedStatus) -> None:
        _select(self.status_combo, status.value)

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Shows each error under its field; returns those without a field here."""
        self._field_errors = list(errors)
        by_field: dict[str, list[str]] = {}
        for error in errors:
            by_field.setdefault(error.field, []).append(message(error.code, error.params))
        for name, error_label in self.errors.items():
            error_label.show_message("\n".join(by_field.get(name, [])))
        return [e for e in errors if e.field not in self.errors]

    def field_error(self, name: str) -> str:
        error_label = self.errors[name]
        return error_label.text() if error_label.isVisibleTo(self) else ""


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(0 if value is None else max(0, combo.findData(value)))


def _editable(editable: bool, *widgets: QWidget) -> None:
    """Text stays readable (read-only) where it cannot be changed; choices are disabled."""
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setReadOnly(not editable)
        else:
            widget.setEnabled(editable)
