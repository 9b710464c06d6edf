"""The conflict inbox: the same field changed here and elsewhere; choose mine, theirs, or a
combined value. The choice becomes a new change (the sync service records and resolves it)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.ui.sync.rows import ConflictRow
from kim_desktop.ui.sync.texts import (
    can_combine,
    combined_value,
    editable_text,
    field_label,
    record_text,
    show_value,
    show_when,
)
from kim_desktop.ui.table_model import Column, TableModel
from kim_desktop.ui.widgets import ErrorLabel, row_table

CONTEXT = "ConflictInbox"
STATUS_COLUMN = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _who_when(login: str, when: str) -> str:
    if login and when:
        return _tr("{login}, {time}").format(login=login, time=show_when(when))
    return login or (show_when(when) if when else "")


def conflict_model() -> TableModel[Any]:
    return TableModel(
        [
            Column(
                lambda: _tr("Datensatz"),
                lambda r: record_text(r.table, r.ref.client_name, r.ref.file_number),
            ),
            Column(lambda: _tr("Feld"), lambda r: field_label(r.field)),
            Column(lambda: _tr("Meins"), lambda r: show_value(r.mine, r.field)),
            Column(lambda: _tr("Deren"), lambda r: show_value(r.theirs, r.field)),
            Column(
                lambda: _tr("Von, wann"),
                lambda r: _who_when(r.theirs_by, r.theirs_when or r.created_at),
            ),
            Column(
                lambda: _tr("Status"),
                lambda r: _tr("erledigt") if r.resolved_at else _tr("offen"),
            ),
        ],
        tooltips=True,
    )


def _beside(value: QLabel, button: QPushButton) -> QWidget:
    """A value that wraps, with its button on the right."""
    cell = QWidget()
    row = QHBoxLayout(cell)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(value, 1)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return cell


class ConflictInbox(QWidget):
    """Emits ``resolveRequested(conflict_id, value)`` and ``openClient(client_id)``."""

    resolveRequested = Signal(str, object)  # noqa: N815
    openClient = Signal(str)  # noqa: N815
    showResolvedChanged = Signal(bool)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictInbox")
        self._row: ConflictRow | None = None
        self._busy = False
        self.model = conflict_model()
        self.table = row_table(self.model, "conflictTable")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self._open_record())
        self.show_resolved = QCheckBox()
        self.show_resolved.setObjectName("showResolvedConflicts")
        self.show_resolved.toggled.connect(self.showResolvedChanged)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("noConflicts")
        self.empty_label.setWordWrap(True)

        self.record_value = QLabel()
        self.record_value.setObjectName("conflictRecord")
        self.record_value.setWordWrap(True)
        self.field_value = QLabel()
        self.field_value.setObjectName("conflictField")
        self.base_value = QLabel()
        self.base_value.setObjectName("conflictBase")
        self.mine_value = QLabel()
        self.mine_value.setObjectName("conflictMine")
        self.theirs_value = QLabel()
        self.theirs_value.setObjectName("conflictTheirs")
        for value in (self.base_value, self.mine_value, self.theirs_value):
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.combined_edit = QPlainTextEdit()
        self.combined_edit.setObjectName("combinedEdit")
        self.combined_edit.setTabChangesFocus(True)
        self.combined_edit.setMaximumHeight(90)
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("conflictError")
        self.mine_button = QPushButton()
        self.mine_button.setObjectName("keepMineButton")
        self.mine_button.clicked.connect(lambda: self._resolve_with("mine"))
        self.theirs_button = QPushButton()
        self.theirs_button.setObjectName("takeTheirsButton")
        self.theirs_button.clicked.connect(lambda: self._resolve_with("theirs"))
        self.combined_button = QPushButton()
        self.combined_button.setObjectName("takeCombinedButton")
        self.combined_button.clicked.connect(lambda: self._resolve_with("combined"))
        self.open_button = QPushButton()
        self.open_button.setObjectName("openConflictRecord")
        self.open_button.clicked.connect(self._open_record)
        for button in (
            self.mine_button,
            self.theirs_button,
            self.combined_button,
            self.open_button,
        ):
            button.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+Return"), self.combined_edit, activated=self._combined_key)

        detail = QWidget()
        detail.setObjectName("conflictDetail")
        detail_box = QVBoxLayout(detail)
        form = QFormLayout()
        detail_box.addLayout(form)
        detail_box.addStretch(1)
        self._record_caption = QLabel()
        self._field_caption = QLabel()
        self._base_caption = QLabel()
        self._mine_caption = QLabel()
        self._theirs_caption = QLabel()
        self._combined_caption = QLabel()
        self._combined_caption.setBuddy(self.combined_edit)
        form.addRow(self._record_caption, _beside(self.record_value, self.open_button))
        form.addRow(self._field_caption, self.field_value)
        form.addRow(self._base_caption, self.base_value)
        form.addRow(self._mine_caption, _beside(self.mine_value, self.mine_button))
        form.addRow(self._theirs_caption, _beside(self.theirs_value, self.theirs_button))
        combined = QWidget()
        combined_box = QVBoxLayout(combined)
        combined_box.setContentsMargins(0, 0, 0, 0)
        combined_box.addWidget(self.combined_edit)
        combined_row = QHBoxLayout()
        combined_row.addStretch(1)
        combined_row.addWidget(self.combined_button)
        combined_box.addLayout(combined_row)
        form.addRow(self._combined_caption, combined)
        form.addRow(self.error_label)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.empty_label)
        left_box.addWidget(self.table, 1)
        left_box.addWidget(self.show_resolved)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslate()
        self._show(None)

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.show_resolved.setText(self.tr("Auch erledigte Konfl&ikte zeigen"))
        self.empty_label.setText(
            self.tr(
                "Keine offenen Konflikte. Wenn dieselbe Angabe hier und auf einem anderen "
                "Gerät geändert wurde, entscheiden Sie hier, welcher Wert gilt."
            )
        )
        self._record_caption.setText(self.tr("Datensatz:"))
        self._field_caption.setText(self.tr("Feld:"))
        self._base_caption.setText(self.tr("Vorher:"))
        self._mine_caption.setText(self.tr("Meins:"))
        self._theirs_caption.setText(self.tr("Deren:"))
        self._combined_caption.setText(self.tr("K&ombiniert:"))
        self.mine_button.setText(self.tr("&Meins übernehmen"))
        self.theirs_button.setText(self.tr("&Deren übernehmen"))
        self.combined_button.setText(self.tr("Kom&biniert übernehmen"))
        self.combined_button.setToolTip(self.tr("Den bearbeiteten Wert übernehmen (Strg+Eingabe)"))
        self.open_button.setText(self.tr("Akte ö&ffnen"))
        self.model.retranslate()
        self._show(self._row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- rows ------------------------------------------------------------------------------
    def set_rows(self, rows: list[ConflictRow]) -> None:
        current = self._row.conflict_id if self._row else None
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        self.table.setColumnHidden(STATUS_COLUMN, not self.show_resolved.isChecked())
        self.table.resizeColumnsToContents()
        for column, widest in ((0, 240), (2, 160), (3, 160), (4, 200)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.empty_label.setVisible(not any(r.resolved_at is None for r in rows))
        selected = next((i for i, r in enumerate(rows) if r.conflict_id == current), None)
        if selected is None:
            selected = next((i for i, r in enumerate(rows) if r.resolved_at is None), None)
        if selected is None:
            self._show(None)
        else:
            self.table.selectRow(selected)
            self._show(rows[selected])

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def show_error(self, text: str) -> None:
        self.error_label.show_message(text)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._show(self.model.row_at(indexes[0].row()))

    def _show(self, row: ConflictRow | None) -> None:
        changed = row is None or self._row is None or row.conflict_id != self._row.conflict_id
        self._row = row
        self.error_label.clear_message()
        if row is None:
            for value in (
                self.record_value,
                self.field_value,
                self.base_value,
                self.mine_value,
                self.theirs_value,
            ):
                value.clear()
            self.combined_edit.clear()
            self._update_buttons()
            return
        self.record_value.setText(record_text(row.table, row.ref.client_name, row.ref.file_number))
        self.field_value.setText(field_label(row.field))
        self.base_value.setText(show_value(row.base, row.field))
        self.mine_value.setText(self._side(row.mine, row.field, row.mine_by, row.mine_when))
        self.theirs_value.setText(self._side(row.theirs, row.field, row.theirs_by, row.theirs_when))
        if changed:
            self.combined_edit.setPlainText(editable_text(row.mine))
        self._update_buttons()

    def _side(self, value: Any, field: str, login: str, when: str) -> str:
        text = show_value(value, field)
        who = _who_when(login, when)
        return self.tr("{value}\n({who})").format(value=text, who=who) if who else text

    def _update_buttons(self) -> None:
        row = self._row
        open_ = row is not None and row.resolved_at is None and not self._busy
        self.mine_button.setEnabled(open_)
        self.theirs_button.setEnabled(open_)
        combinable = row is not None and can_combine(row.field, row.mine, row.theirs)
        self.combined_edit.setEnabled(open_ and combinable)
        self.combined_button.setEnabled(open_ and combinable)
        self.open_button.setEnabled(row is not None and row.client_id is not None)

    # -- actions ---------------------------------------------------------------------------
    def _combined_key(self) -> None:
        if self.combined_button.isEnabled():
            self._resolve_with("combined")

    def _resolve_with(self, choice: str) -> None:
        row = self._row
        if row is None or self._busy:
            return
        if choice == "mine":
            value = row.mine
        elif choice == "theirs":
            value = row.theirs
        else:
            try:
                value = combined_value(self.combined_edit.toPlainText(), row.mine, row.theirs)
            except (ValueError, json.JSONDecodeError):
                self.error_label.show_message(
                    self.tr(
                        "Der kombinierte Wert hat nicht die Form der beiden Werte. Bitte "
                        "prüfen Sie die Eingabe."
                    )
                )
                return
        self.resolveRequested.emit(row.conflict_id, value)

    def _open_record(self) -> None:
        if self._row is not None and self._row.client_id:
            self.openClient.emit(self._row.client_id)

    def selected(self) -> ConflictRow | None:
        return self._row
