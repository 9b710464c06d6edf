"""The main window: navigation areas, status bar, menus, auto-lock."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.ui.about_dialog import AboutDialog
from kim_desktop.ui.areas.registry import area_view_factories
from kim_desktop.ui.areas.settings_view import SettingsView
from kim_desktop.ui.areas.unavailable import UnavailableAreaPage
from kim_desktop.ui.i18n import TranslatorManager
from kim_desktop.ui.idle_watcher import IdleWatcher
from kim_desktop.ui.lock_screen import LockScreen
from kim_desktop.ui.navigation import AREAS, Area, NavigationList
from kim_desktop.ui.operations import OperationRunner
from kim_desktop.ui.status_bar import StatusBar
from kim_desktop.ui.sync.controller import sync_controller
from kim_desktop.ui.sync.texts import phase_label
from kim_desktop.ui.undo_bar import UndoBar
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.work_actions import WorkActions

log = logging.getLogger(__name__)

ViewFactory = Callable[[], QWidget]
SYNC_STATUS_REFRESH_MS = 60_000
_RESTORABLE = (Qt.WindowType.Window, Qt.WindowType.Dialog)


class MainWindow(QMainWindow):
    """Holds the logged-in office's session; locks itself after the idle time."""

    logoutRequested = Signal()  # noqa: N815
    closed = Signal()

    def __init__(
        self,
        session: Any,
        *,
        settings: Any,
        translator: TranslatorManager,
        auth: Any,
        runner: OperationRunner,
        idle_timeout_ms: int | None = None,
        views: Mapping[str, ViewFactory] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self._settings = settings
        self._translator = translator
        self._auth = auth
        self._runner = runner
        self._locked = False
        self._hidden_windows: list[QWidget] = []
        self._about: AboutDialog | None = None

        timeout = (
            idle_timeout_ms
            if idle_timeout_ms is not None
            else (int(settings.auto_lock_minutes) * 60_000)
        )
        self.idle_watcher = IdleWatcher(timeout, self)
        self.idle_watcher.idle.connect(self.lock)

        self._factories: dict[str, ViewFactory] = {
            "settings": lambda: SettingsView(
                settings, session.paths, translator, self.idle_watcher
            ),
        }
        self.context = ViewContext(session, runner, self, language=settings.language)
        self._factories.update(area_view_factories(self.context))
        self._factories.update(views or {})
        self._pages: dict[str, QWidget] = {}

        self.navigation = NavigationList(AREAS)
        self.area_stack = QStackedWidget()
        self.area_stack.setObjectName("areaStack")
        content = QWidget()
        content.setObjectName("content")
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        # Undo offers of deletions made in windows that closed with them (a client's file).
        self.undo_bar = UndoBar()
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.area_stack, 1)
        column.addWidget(self.undo_bar)
        row.addLayout(column, 1)
        self.content = content
        self.context.undo_offers.offered.connect(self.undo_bar.offer)

        self.lock_screen = LockScreen(auth, runner, session)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.logoutRequested.connect(self.logoutRequested)

        self.central = QStackedWidget()
        self.central.addWidget(content)
        self.central.addWidget(self.lock_screen)
        self.setCentralWidget(self.central)

        self._office_name = self._load_office_name()
        self.status = StatusBar(session.actor, self._office_name)
        self.status.lockRequested.connect(self.lock)
        self.setStatusBar(self.status)
        self.context.undo_offers.failed.connect(lambda text: self.status.showMessage(text, 15_000))
        self.sync = sync_controller(self.context)
        self.sync.progressed.connect(self._sync_progressed)
        self.sync.stateChanged.connect(self._sync_state_changed)
        self.sync.syncSucceeded.connect(self._sync_succeeded)
        self.sync.syncFailed.connect(self.status.set_sync_problem)
        self.sync.overviewLoaded.connect(lambda _overview: self.refresh_sync_status())

        self._build_actions()
        self.navigation.areaSelected.connect(self.show_area)
        self.navigation.select(AREAS[0].id)

        self._sync_timer = QTimer(self)
        self._sync_timer.setInterval(SYNC_STATUS_REFRESH_MS)
        self._sync_timer.timeout.connect(self.refresh_sync_status)
        self.resize(1100, 720)
        self.retranslate()

    # -- structure -----------------------------------------------------------------------
    def _build_actions(self) -> None:
        bar = self.menuBar()
        self._file_menu = bar.addMenu("")
        self._areas_menu = bar.addMenu("")
        self.work_actions = WorkActions(self.context, self)
        bar.addMenu(self.work_actions.menu)
        self.addToolBar(self.work_actions.toolbar)
        self._help_menu = bar.addMenu("")
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.logout_action = QAction(self)
        self.logout_action.triggered.connect(self.logoutRequested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self._file_menu.addAction(self.lock_action)
        self._file_menu.addAction(self.logout_action)
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.quit_action)
        self.area_actions: dict[str, QAction] = {}
        for index, area in enumerate(AREAS):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, a=area.id: self.navigation.select(a))
            self._areas_menu.addAction(action)
            self.area_actions[area.id] = action
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self._help_menu.addAction(self.about_action)
        self._unlocked_only = [
            self.logout_action,
            *self.area_actions.values(),
            self.about_action,
        ]

    def retranslate(self) -> None:
        self._update_title()
        self._file_menu.setTitle(self.tr("&Datei"))
        self._areas_menu.setTitle(self.tr("&Bereiche"))
        self._help_menu.setTitle(self.tr("&Hilfe"))
        self.lock_action.setText(self.tr("&Sperren"))
        self.logout_action.setText(self.tr("&Abmelden"))
        self.quit_action.setText(self.tr("&Beenden"))
        self.about_action.setText(self.tr("Ü&ber KIM Desktop"))
        for area in AREAS:
            self.area_actions[area.id].setText(area.translated_title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        if self._locked or not self._office_name:
            self.setWindowTitle(self.tr("KIM Desktop"))
        else:
            self.setWindowTitle(self.tr("KIM Desktop – {office}").format(office=self._office_name))

    def _load_office_name(self) -> str:
        try:
            return self.session.office_info().name
        except Exception:
            log.exception("office_info failed")
            return ""

    # -- areas ---------------------------------------------------------------------------
    def show_area(self, area_id: str) -> None:
        """Show an area, building its page on first use (nothing is loaded at start)."""
        page = self._pages.get(area_id)
        if page is None:
            page = self._build_page(area_id)
            self._pages[area_id] = page
            self.area_stack.addWidget(page)
        self.area_stack.setCurrentWidget(page)
        if self.navigation.current_area() != area_id:
            self.navigation.select(area_id)

    def _build_page(self, area_id: str) -> QWidget:
        factory = self._factories.get(area_id)
        if factory is not None:
            return factory()
        area: Area = next(a for a in AREAS if a.id == area_id)
        return UnavailableAreaPage(area)

    def current_page(self) -> QWidget:
        return self.area_stack.currentWidget()

    def page(self, area_id: str) -> QWidget | None:
        return self._pages.get(area_id)

    # -- status --------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._locked and not self.idle_watcher.is_running():
            self.idle_watcher.start()
        if not self._sync_timer.isActive():
            self._sync_timer.start()
            QTimer.singleShot(0, self.refresh_sync_status)
            self.sync.start()

    def refresh_sync_status(self) -> None:
        from kim_desktop.services.sync_status import sync_status

        self._runner.run(
            lambda: sync_status(self.session),
            on_success=self.status.set_sync_status,
            on_failure=lambda exc: log.error("sync status failed", exc_info=exc),
        )

    def _sync_progressed(self, phase: str, done: int, total: int) -> None:
        if self.sync.syncing:
            self.status.set_sync_activity((phase_label(phase) if phase else "", done, total))

    def _sync_state_changed(self) -> None:
        if not self.sync.syncing:
            self.status.set_sync_activity(None)

    def _sync_succeeded(self, _report: Any) -> None:
        self.status.set_sync_problem("")

    def show_about(self) -> None:
        if self._about is None:
            self._about = AboutDialog(self)
        self._about.show()
        self._about.raise_()

    # -- lock ----------------------------------------------------------------------------
    def is_locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        """Hide the contents (they stay alive, with their unsaved input) behind the lock page."""
        if self._locked:
            return
        self._locked = True
        self.idle_watcher.stop()
        self._hidden_windows = []
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            if widget.windowType() in _RESTORABLE:
                self._hidden_windows.append(widget)
            widget.hide()
        self.central.setCurrentWidget(self.lock_screen)
        self.status.set_locked(True)
        for action in self._unlocked_only:
            action.setEnabled(False)
        self.work_actions.set_unlocked(False)
        self._update_title()
        self.lock_screen.activate()

    def unlock(self) -> None:
        if not self._locked:
            return
        self._locked = False
        self.central.setCurrentWidget(self.content)
        self.status.set_locked(False)
        for action in self._unlocked_only:
            action.setEnabled(True)
        self.work_actions.set_unlocked(True)
        self._update_title()
        for widget in self._hidden_windows:
            widget.show()
        self._hidden_windows = []
        self.idle_watcher.start()
        self.refresh_sync_status()

    # -- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle_watcher.stop()
        self._sync_timer.stop()
        self.sync.stop()
        for widget in self._hidden_windows:
            widget.close()
        if self._about is not None:
            self._about.close()
        super().closeEvent(event)
        self.closed.emit()
