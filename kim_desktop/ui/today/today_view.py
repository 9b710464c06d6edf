"""Heute: the logged-in user's appointments, due follow-ups, quiet cases and sync state."""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.services.settings import MAX_QUIET_WEEKS, MIN_QUIET_WEEKS, UserPreferences
from kim_desktop.services.sync_status import SyncStatus
from kim_desktop.services.today import TodayOverview, today_overview
from kim_desktop.ui.appointments.appointment_list import DAY, WEEK, AppointmentListWidget
from kim_desktop.ui.appointments.formatting import format_date, weekday_name
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.table_model import TableModel
from kim_desktop.ui.today.today_models import follow_up_model, quiet_case_model
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import ErrorLabel, row_table

log = logging.getLogger(__name__)
RELOAD_ON = frozenset(
    {"appointments", "referrals", "goals", "consents", "cases", "consultations", "clients"}
)


class TodayView(QWidget):
    loaded = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("area_today")
        self._context = context
        self._generation = 0
        self.overview: TodayOverview | None = None

        self._title = QLabel()
        self._title.setObjectName("todayTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._title.setFont(font)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncState")
        self.notice = ErrorLabel()
        self.notice.setObjectName("todayNotice")

        self.today_list = AppointmentListWidget(context, DAY)
        self.week_list = AppointmentListWidget(context, WEEK)
        self._today_box = QGroupBox()
        QVBoxLayout(self._today_box).addWidget(self.today_list)
        self._week_box = QGroupBox()
        QVBoxLayout(self._week_box).addWidget(self.week_list)

        self.follow_ups = follow_up_model()
        self.follow_up_table = row_table(self.follow_ups, "followUps", fit_to_contents=True)
        self.follow_up_table.activated.connect(
            lambda index: self._open_client(self.follow_ups, index)
        )
        self.follow_up_empty = QLabel()
        self.follow_up_empty.setObjectName("followUpsEmpty")
        self.follow_up_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.follow_up_empty.setVisible(False)
        self._follow_up_box = QGroupBox()
        box = QVBoxLayout(self._follow_up_box)
        box.addWidget(self.follow_up_table, 1)
        box.addWidget(self.follow_up_empty, 1)

        self.weeks_spin = QSpinBox()
        self.weeks_spin.setObjectName("quietWeeks")
        self.weeks_spin.setRange(MIN_QUIET_WEEKS, MAX_QUIET_WEEKS)
        self.weeks_spin.setValue(self._preferences().quiet_weeks)
        self.weeks_spin.valueChanged.connect(self._weeks_changed)
        self._weeks_label = QLabel()
        self._weeks_label.setBuddy(self.weeks_spin)
        self.quiet = quiet_case_model()
        self.quiet_table = row_table(self.quiet, "quietCases", fit_to_contents=True)
        self.quiet_table.activated.connect(lambda index: self._open_client(self.quiet, index))
        self.quiet_empty = QLabel()
        self.quiet_empty.setObjectName("quietEmpty")
        self.quiet_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.quiet_empty.setVisible(False)
        self._quiet_box = QGroupBox()
        weeks_row = QHBoxLayout()
        weeks_row.addWidget(self._weeks_label)
        weeks_row.addWidget(self.weeks_spin)
        weeks_row.addStretch(1)
        box = QVBoxLayout(self._quiet_box)
        box.addLayout(weeks_row)
        box.addWidget(self.quiet_table, 1)
        box.addWidget(self.quiet_empty, 1)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self._today_box)
        left.addWidget(self._week_box)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._follow_up_box)
        right.addWidget(self._quiet_box)
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(left)
        columns.addWidget(right)
        columns.setStretchFactor(0, 1)
        columns.setStretchFactor(1, 1)
        columns.setChildrenCollapsible(False)
        columns.setSizes([1000, 1000])

        heading = QHBoxLayout()
        heading.addWidget(self._title)
        heading.addStretch(1)
        heading.addWidget(self.sync_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(heading)
        layout.addWidget(self.notice)
        layout.addWidget(columns, 1)

        context.changes.changed.connect(self._changed)
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        today = date.today()
        self._title.setText(
            self.tr("Heute, {weekday} {date}").format(
                weekday=weekday_name(today), date=format_date(today)
            )
        )
        self._today_box.setTitle(self.tr("Termine des Tages"))
        self._week_box.setTitle(self.tr("Termine der Woche"))
        self._follow_up_box.setTitle(self.tr("Fällige Wiedervorlagen"))
        self._quiet_box.setTitle(self.tr("Fälle ohne Kontakt"))
        self._weeks_label.setText(self.tr("Ohne Beratung seit &mehr als"))
        self.weeks_spin.setSuffix(self.tr(" Wochen"))
        self.follow_up_empty.setText(self.tr("Keine Wiedervorlagen fällig."))
        self.quiet_empty.setText(self.tr("Alle offenen Fälle hatten zuletzt Kontakt."))
        self.follow_ups.retranslate()
        self.quiet.retranslate()
        self._show_sync(self.overview.sync if self.overview else None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_all()

    def refresh_all(self) -> None:
        self.today_list.reload()
        self.week_list.reload()
        self.refresh()

    def _preferences(self) -> UserPreferences:
        office = self._context.office
        return UserPreferences.load(office.paths, office.actor.user_id)

    def _weeks_changed(self, weeks: int) -> None:
        """Remembered for this user (preferences.json), then the list follows."""
        office = self._context.office
        preferences = self._preferences()
        preferences.quiet_weeks = weeks
        try:
            preferences.save(office.paths, office.actor.user_id)
        except OSError as exc:
            log.warning("could not remember the quiet weeks: %s", exc)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        weeks = self.weeks_spin.value()
        office, language = self._context.office, self._context.language
        self._context.runner.run(
            lambda: today_overview(
                office, quiet_weeks=weeks, language=language, with_appointments=False
            ),
            on_success=lambda overview: self._loaded(generation, overview),
            on_failure=lambda exc: self._failed(generation, exc),
        )

    def _loaded(self, generation: int, overview: TodayOverview) -> None:
        if generation != self._generation:
            return
        self.overview = overview
        self.follow_ups.set_rows(overview.follow_ups)
        self.quiet.set_rows(overview.quiet_cases)
        for table, label, rows in (
            (self.follow_up_table, self.follow_up_empty, overview.follow_ups),
            (self.quiet_table, self.quiet_empty, overview.quiet_cases),
        ):
            table.setVisible(bool(rows))
            label.setVisible(not rows)
        self._show_sync(overview.sync)
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.notice.show_message(error_text(exc))

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & RELOAD_ON and self.isVisible():
            self.refresh()

    def _show_sync(self, sync: SyncStatus | None) -> None:
        if sync is None:
            self.sync_label.setText("")
            return
        state = (
            self.tr("Synchronisation eingerichtet")
            if sync.configured
            else self.tr("Synchronisation nicht eingerichtet")
        )
        pending = self.tr("{count} Änderungen ausstehend").format(count=sync.pending_changes)
        last = (
            self.tr("zuletzt {when}").format(when=_when(sync.last_success))
            if sync.last_success
            else self.tr("noch nie abgeglichen")
        )
        self.sync_label.setText(f"{state} · {pending} · {last}")

    # -- opening -------------------------------------------------------------------------
    def _open_client(self, model: TableModel, index: QModelIndex) -> None:
        if not index.isValid():
            return
        client_id = model.row_at(index.row()).client_id
        try:
            self._context.open_client(client_id)
        except ImportError:
            self.notice.show_message(self.tr("Die Klientenakte ist noch nicht verfügbar."))


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{format_date(local.date())} {local.strftime('%H:%M')}"


def create_view(context: ViewContext) -> QWidget:
    return TodayView(context)
