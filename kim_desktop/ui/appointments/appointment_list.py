"""A day or week of appointments (mine or the whole office's), with navigation.

Enter or a double click opens the appointment; the context menu and the Delete key offer
held, missed, cancel and delete. A deleted appointment can be restored from the bar that
appears ("Rückgängig") or later from the client file's Papierkorb. Loads in the background
and reloads when appointments change.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import AppointmentStatus
from kim_desktop.services.appointments import AppointmentRow, AppointmentService, week_start
from kim_desktop.services.trash import DeletedKind
from kim_desktop.ui.appointments import actions
from kim_desktop.ui.appointments.appointment_dialog import open_appointment_dialog
from kim_desktop.ui.appointments.appointment_model import appointment_model
from kim_desktop.ui.appointments.formatting import format_date
from kim_desktop.ui.deletion import RecordDeleter
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.undo_bar import UndoBar
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import ErrorLabel

DAY = "day"
WEEK = "week"


class AppointmentListWidget(QWidget):
    loaded = Signal()

    def __init__(
        self, context: ViewContext, period: str = DAY, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"appointments_{period}")
        self._context = context
        self._service = AppointmentService(context.office)
        self._period = period
        self._day = date.today()
        self._generation = 0
        self.loading = False

        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.clicked.connect(lambda: self._move(-1))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(lambda: self._move(1))
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        self.today_button = QPushButton()
        self.today_button.clicked.connect(self.go_today)
        self.mine_check = QCheckBox()
        self.mine_check.setObjectName("mineOnly")
        self.mine_check.setChecked(True)
        self.mine_check.toggled.connect(lambda _on: self.reload())
        self.new_button = QPushButton()
        self.new_button.setObjectName("newAppointment")
        self.new_button.clicked.connect(lambda: open_appointment_dialog(self._context))
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.previous_button)
        controls.addWidget(self.period_label)
        controls.addWidget(self.next_button)
        controls.addWidget(self.today_button)
        controls.addSpacing(12)
        controls.addWidget(self.mine_check)
        controls.addStretch(1)
        controls.addWidget(self.new_button)

        self.model = appointment_model(with_day=period == WEEK, with_manager=False)
        self.table = QTableView()
        self.table.setObjectName("appointmentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            self.model.columnCount() - 2, QHeaderView.ResizeMode.Stretch
        )  # the purpose
        self.table.activated.connect(self._activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setVisible(False)
        self.error_label = ErrorLabel()

        self.undo_bar = UndoBar()
        self.deleter = RecordDeleter(context, self, self.error_label.show_message, self.undo_bar)

        self._open_action = QAction(self)
        self._open_action.triggered.connect(self.open_current)
        self._held_action = QAction(self)
        self._held_action.triggered.connect(self.held_current)
        self._missed_action = QAction(self)
        self._missed_action.triggered.connect(self.missed_current)
        self._cancel_action = QAction(self)
        self._cancel_action.triggered.connect(self.cancel_current)
        self._delete_action = QAction(self)
        self._delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self._delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._delete_action.triggered.connect(self.delete_current)
        self.table.addAction(self._delete_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.undo_bar)
        context.changes.changed.connect(self._changed)
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.previous_button.setToolTip(
            self.tr("Vorheriger Tag") if self._period == DAY else self.tr("Vorherige Woche")
        )
        self.next_button.setToolTip(
            self.tr("Nächster Tag") if self._period == DAY else self.tr("Nächste Woche")
        )
        self.today_button.setText(
            self.tr("Heute") if self._period == DAY else self.tr("Diese Woche")
        )
        self.mine_check.setText(self.tr("Nur meine Termine"))
        self.new_button.setText(self.tr("Neuer &Termin …"))
        self._open_action.setText(self.tr("Öffnen"))
        self._held_action.setText(self.tr("Stattgefunden – Beratung erfassen …"))
        self._missed_action.setText(self.tr("Nicht erschienen …"))
        self._cancel_action.setText(self.tr("Absagen …"))
        self._delete_action.setText(self.tr("Löschen …"))
        self._update_period_label()
        self._update_empty()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_period_label(self) -> None:
        if self._period == DAY:
            self.period_label.setText(format_date(self._day))
        else:
            first = week_start(self._day)
            self.period_label.setText(
                self.tr("KW {week}: {first} – {last}").format(
                    week=first.isocalendar().week,
                    first=format_date(first),
                    last=format_date(first + timedelta(days=6)),
                )
            )

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0 and not self.loading
        if self._period == DAY:
            text = (
                self.tr("Heute keine Termine.")
                if self._day == date.today()
                else self.tr("An diesem Tag keine Termine.")
            )
        else:
            text = self.tr("In dieser Woche keine Termine.")
        self.empty_label.setText(text)
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)

    # -- loading -------------------------------------------------------------------------
    def day(self) -> date:
        return self._day

    def set_day(self, day: date) -> None:
        self._day = day
        self._update_period_label()
        self.reload()

    def go_today(self) -> None:
        self.set_day(date.today())

    def _move(self, steps: int) -> None:
        self.set_day(self._day + timedelta(days=steps * (1 if self._period == DAY else 7)))

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        day, mine = self._day, self.mine_check.isChecked()
        fetch = self._service.list_day if self._period == DAY else self._service.list_week
        self.loading = True
        self._context.runner.run(
            lambda: fetch(day, mine=mine),
            on_success=lambda rows: self._loaded(generation, rows),
            on_failure=lambda exc: self._load_failed(generation, exc),
        )

    def _loaded(self, generation: int, rows: list[AppointmentRow]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.error_label.clear_message()
        self.model.set_rows(rows)
        self._update_empty()
        self.loaded.emit()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.error_label.show_message(error_text(exc))

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & {"appointments", "clients", "consultations"}:
            self.reload()

    # -- actions -------------------------------------------------------------------------
    def current_row(self) -> AppointmentRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_current()

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            open_appointment_dialog(self._context, appointment_id=row.id)

    def held_current(self) -> None:
        row = self.current_row()
        if row is not None:
            actions.record_held(self._context, row, self.error_label.show_message)

    def missed_current(self) -> None:
        row = self.current_row()
        if row is not None:
            actions.ask_missed(self._context, self, row, self.error_label.show_message)

    def cancel_current(self) -> None:
        row = self.current_row()
        if row is not None:
            actions.ask_cancel(self._context, self, row, self.error_label.show_message)

    def delete_current(self) -> None:
        """Asks (naming client and time); afterwards Rückgängig below the list."""
        row = self.current_row()
        if row is None:
            return
        name = self.tr("von {name} am {date}").format(
            name=row.client_name, date=row.starts_at.strftime("%d.%m.%Y %H:%M")
        )
        self.deleter.delete(DeletedKind.APPOINTMENT, row.id, name)

    def _context_menu(self, position: QPoint) -> None:
        row = self.current_row()
        if row is None:
            return
        planned = row.status is AppointmentStatus.PLANNED
        for action in (self._held_action, self._missed_action, self._cancel_action):
            action.setEnabled(planned)
        menu = QMenu(self)
        menu.addAction(self._open_action)
        menu.addSeparator()
        menu.addActions([self._held_action, self._missed_action, self._cancel_action])
        menu.addSeparator()
        menu.addAction(self._delete_action)
        menu.popup(self.table.viewport().mapToGlobal(position))
