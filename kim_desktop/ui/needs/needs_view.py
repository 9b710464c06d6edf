"""Strukturelle Bedarfe: the list with filters, and the Meldebogen of the selected need."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import NeedStatus
from kim_desktop.domain.errors import ValidationFailed
from kim_desktop.services.structural_needs import NeedFilter, NeedRow, StructuralNeedService
from kim_desktop.ui.appointments.formatting import label
from kim_desktop.ui.confirm import ask_to_delete
from kim_desktop.ui.messages import error_text, message
from kim_desktop.ui.needs.need_form import NeedForm
from kim_desktop.ui.needs.need_model import need_model
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import ErrorLabel

log = logging.getLogger(__name__)
CHANGED = frozenset({"structural_needs"})


class NeedsView(QWidget):
    loaded = Signal()
    saved = Signal(str)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("area_needs")
        self._context = context
        self._service = StructuralNeedService(context.office)
        self._generation = 0
        self._select_after_load: str | None = None
        self._deleted_id: str | None = None
        self._busy = False
        catalogues, language = context.catalogues, context.language
        municipalities = catalogues.choices("municipalities", language)
        topics = catalogues.choices("consultation_topics", language)

        self._title = QLabel()
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._title.setFont(font)

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem("", None)
        for status in NeedStatus:
            self.status_filter.addItem("", status.value)
        self.municipality_filter = QComboBox()
        self.municipality_filter.setObjectName("municipalityFilter")
        self.municipality_filter.addItem("", None)
        for choice in municipalities:
            self.municipality_filter.addItem(choice.label, choice.code)
        self.topic_filter = QComboBox()
        self.topic_filter.setObjectName("topicFilter")
        self.topic_filter.addItem("", None)
        for choice in topics:
            self.topic_filter.addItem(choice.label, choice.code)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("needSearch")
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.status_filter, self.municipality_filter, self.topic_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        filters = QVBoxLayout()
        filters.addWidget(self.search_edit)
        combos = QHBoxLayout()
        combos.addWidget(self.status_filter, 1)
        combos.addWidget(self.municipality_filter, 1)
        combos.addWidget(self.topic_filter, 1)
        filters.addLayout(combos)

        municipality_labels = {c.code: c.label for c in municipalities}
        topic_labels = {c.code: c.label for c in topics}
        self.model = need_model(
            lambda code: municipality_labels.get(code, code) if code else self.tr("kreisweit"),
            lambda code: topic_labels.get(code, code or ""),
        )
        self.table = QTableView()
        self.table.setObjectName("needTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("needCount")

        self.form = NeedForm(municipalities, topics, self._service.owner_choices())
        self.form.edited.connect(lambda: self._set_dirty(True))
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("needError")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newNeed")
        self.new_button.clicked.connect(self.new_need)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveNeed")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteNeed")
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("restoreNeed")
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self._restore)
        for button in (self.new_button, self.save_button, self.delete_button, self.undo_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, activated=self.save)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addLayout(filters)
        left_box.addWidget(self.table, 1)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label)
        count_row.addStretch(1)
        count_row.addWidget(self.new_button)
        left_box.addLayout(count_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(scroll, 1)
        right_box.addWidget(self.error_label)
        right_box.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([1100, 900])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self._title)
        layout.addWidget(splitter, 1)
        context.changes.changed.connect(self._changed)
        self._dirty = False
        self.retranslate()
        self.new_need()
        self.reload()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._title.setText(self.tr("Strukturelle Bedarfe"))
        self.search_edit.setPlaceholderText(self.tr("Suchen in Herausforderung und Lösung …"))
        self.status_filter.setItemText(0, self.tr("Alle Status"))
        for index in range(1, self.status_filter.count()):
            self.status_filter.setItemText(
                index, label(NeedStatus(self.status_filter.itemData(index)))
            )
        self.municipality_filter.setItemText(0, self.tr("Alle Kommunen"))
        self.topic_filter.setItemText(0, self.tr("Alle Themen"))
        self.new_button.setText(self.tr("&Neuer Bedarf"))
        self.save_button.setText(self.tr("&Speichern"))
        self.save_button.setToolTip(self.tr("Speichern (Strg+Eingabe)"))
        self.delete_button.setText(self.tr("&Löschen …"))
        self.undo_button.setText(self.tr("Gelöschten Bedarf wiederherstellen"))
        self._update_count()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{count} Bedarfe").format(count=self.model.rowCount()))

    # -- loading -------------------------------------------------------------------------
    def current_filter(self) -> NeedFilter:
        status = self.status_filter.currentData()
        return NeedFilter(
            status=NeedStatus(status) if status else None,
            municipality_code=self.municipality_filter.currentData(),
            topic_code=self.topic_filter.currentData(),
            text=self.search_edit.text(),
        )

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        needs_filter = self.current_filter()
        self._context.runner.run(
            lambda: self._service.list_needs(needs_filter),
            on_success=lambda rows: self._loaded(generation, rows),
            on_failure=lambda exc: self.error_label.show_message(error_text(exc)),
        )

    def _loaded(self, generation: int, rows: list[NeedRow]) -> None:
        if generation != self._generation:
            return
        current = self._select_after_load or (self.form.row.id if self.form.row else None)
        self._select_after_load = None
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(5, min(self.table.columnWidth(5), 360))
        for row_number, row in enumerate(rows):
            if row.id == current:
                self.table.selectRow(row_number)
                if not self._dirty:
                    self._show(row)
                break
        self._update_count()
        self.loaded.emit()

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & CHANGED:
            self.reload()

    # -- selection -----------------------------------------------------------------------
    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._show(self.model.row_at(indexes[0].row()))

    def select_need(self, need_id: str) -> None:
        for row_number, row in enumerate(self.model.rows()):
            if row.id == need_id:
                self.table.selectRow(row_number)
                return

    def _show(self, row: NeedRow | None) -> None:
        can_edit = row is None or self._service.can_edit(row)
        self.form.load(row, can_edit=can_edit, can_decide=self._service.can_decide())
        self.delete_button.setEnabled(row is not None and can_edit)
        self.save_button.setEnabled(can_edit or self._service.can_decide())
        self.error_label.clear_message()
        self._set_dirty(False)

    def new_need(self) -> None:
        self.table.clearSelection()
        self._show(None)
        self.form.challenge_edit.setFocus()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty

    # -- saving --------------------------------------------------------------------------
    def save(self) -> None:
        if self._busy or not self.save_button.isEnabled():
            return
        row = self.form.row
        report = self.form.report()
        decision = self.form.decision()
        errors = self._service.validate_report(report)
        deciding = row is not None and self._service.can_decide()
        if deciding:
            errors += self._service.validate_decision(decision)
        if errors:
            self._show_errors(errors)
            return
        service = self._service
        editing = row is not None and service.can_edit(row)

        def work() -> str:
            if row is None:
                return service.report(report)
            if editing:
                service.update_report(row.id, report)
            if deciding:
                service.decide(row.id, decision)
            return row.id

        self._busy = True
        self.save_button.setEnabled(False)
        self._context.runner.run(
            work, on_success=self._saved, on_failure=self._save_failed, writes=True
        )

    def _saved(self, need_id: str) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        self._set_dirty(False)
        self._select_after_load = need_id
        self._context.changes.announce(CHANGED)
        self.saved.emit(need_id)

    def _save_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self._show_errors(list(exc.errors))
            return
        if getattr(exc, "code", None) is None:
            log.error("saving the structural need failed", exc_info=exc)
        self.error_label.show_message(error_text(exc))

    def _show_errors(self, errors: list) -> None:
        rest = self.form.show_errors(errors)
        self.error_label.show_message("\n".join(message(e.code, e.params) for e in rest))

    # -- deleting ------------------------------------------------------------------------
    def delete_current(self) -> None:
        row = self.form.row
        if row is None:
            return
        ask_to_delete(
            self,
            self.tr("Bedarf löschen?"),
            self.tr("Diesen strukturellen Bedarf löschen? Sie können ihn danach wiederherstellen."),
            self.tr("Löschen"),
            lambda: self._write(lambda: self._service.delete(row.id), row.id, deleted=True),
        )

    def _restore(self) -> None:
        if self._deleted_id is not None:
            need_id, self._deleted_id = self._deleted_id, None
            self._write(lambda: self._service.restore(need_id), need_id, deleted=False)

    def _write(self, change: object, need_id: str, *, deleted: bool) -> None:
        def done(_result: object) -> None:
            self._deleted_id = need_id if deleted else None
            self.undo_button.setVisible(deleted)
            if deleted:
                self.new_need()
            else:
                self._select_after_load = need_id
            self._context.changes.announce(CHANGED)

        self._context.runner.run(
            change,  # type: ignore[arg-type]
            on_success=done,
            on_failure=lambda exc: self.error_label.show_message(error_text(exc)),
            writes=True,
        )


def create_view(context: ViewContext) -> QWidget:
    return NeedsView(context)
