"""The "Synchronisation" area: enrolment, where sync stands, conflict inbox, rejected changes,
sync files for offices without a connection."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from kim_desktop.ui.confirm import inform
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.sync.bundle_panel import BundlePanel
from kim_desktop.ui.sync.conflict_inbox import ConflictInbox
from kim_desktop.ui.sync.controller import SyncController, sync_controller
from kim_desktop.ui.sync.enrol_panel import EnrolPanel
from kim_desktop.ui.sync.rejected_list import RejectedList
from kim_desktop.ui.sync.rows import ConflictRow, RejectedRow, conflict_rows, rejected_rows
from kim_desktop.ui.sync.state_panel import StatePanel
from kim_desktop.ui.view_context import ViewContext

log = logging.getLogger(__name__)


class SyncView(QWidget):
    inboxLoaded = Signal()  # noqa: N815

    def __init__(
        self,
        context: ViewContext,
        controller: SyncController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("area_sync")
        self._context = context
        self.controller = controller or sync_controller(context)
        self._overview: Any = None
        self._generation = 0
        self.note: Any = None

        self._title = QLabel()
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._title.setFont(font)
        self.enrol_panel = EnrolPanel()
        self.enrol_panel.enrolRequested.connect(self.enrol)
        self.state_panel = StatePanel()
        self.state_panel.syncRequested.connect(self.sync_now)
        self.state_panel.cancelRequested.connect(self.controller.cancel)
        self.bundle_panel = BundlePanel()
        self.bundle_panel.exportRequested.connect(self.export_bundle)
        self.bundle_panel.importRequested.connect(self.import_bundle)
        self.inbox = ConflictInbox()
        self.inbox.resolveRequested.connect(self.resolve)
        self.inbox.openClient.connect(context.open_client)
        self.inbox.showResolvedChanged.connect(lambda _on: self.reload_inbox())
        self.rejected = RejectedList()
        self.rejected.openClient.connect(context.open_client)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        self.tabs.addTab(self.inbox, "")
        self.tabs.addTab(self.rejected, "")

        top = QHBoxLayout()
        top.addWidget(self.enrol_panel, 1)
        top.addWidget(self.state_panel, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self._title)
        layout.addLayout(top)
        layout.addWidget(self.bundle_panel)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("F5"), self, activated=self.sync_now)

        controller = self.controller
        controller.overviewLoaded.connect(self._overview_loaded)
        controller.stateChanged.connect(self._state_changed)
        controller.progressed.connect(self.state_panel.set_progress)
        controller.syncSucceeded.connect(self._sync_succeeded)
        controller.syncFailed.connect(self._sync_failed)
        self.retranslate()
        self._state_changed()
        if controller.overview is not None:
            self._overview_loaded(controller.overview)
        if controller.last_error:
            self._sync_failed(controller.last_error)
        controller.refresh()

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._title.setText(self.tr("Synchronisation"))
        self._update_tab_titles()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_tab_titles(self) -> None:
        locale = QLocale()
        conflicts = sum(1 for r in self.inbox.model.rows() if r.resolved_at is None)
        self.tabs.setTabText(
            0, self.tr("&Konflikte ({count})").format(count=locale.toString(conflicts))
        )
        self.tabs.setTabText(
            1,
            self.tr("Abge&lehnte Änderungen ({count})").format(
                count=locale.toString(self.rejected.model.rowCount())
            ),
        )

    # -- state -----------------------------------------------------------------------------
    def _overview_loaded(self, overview: Any) -> None:
        self._overview = overview
        self.enrol_panel.set_overview(overview)
        self.state_panel.set_overview(overview)
        self._state_changed()
        self.reload_inbox()

    def _state_changed(self) -> None:
        controller = self.controller
        enrolled = bool(self._overview is not None and self._overview.enrolled)
        self.state_panel.set_running(controller.running, controller.syncing)
        self.enrol_panel.set_busy(controller.running)
        self.bundle_panel.set_enabled_for(enrolled, controller.running)
        self.inbox.set_busy(controller.running)

    def reload_inbox(self) -> None:
        """Load open (and, if asked, resolved) conflicts and rejected changes off the UI thread."""
        self._generation += 1
        generation = self._generation
        office = self._context.office
        service = self.controller.service
        include_resolved = self.inbox.show_resolved.isChecked()
        rejected = list(getattr(self._overview, "rejected", None) or [])

        def load() -> tuple[list[ConflictRow], list[RejectedRow]]:
            conflicts = service.conflicts(include_resolved=include_resolved)
            return conflict_rows(office, conflicts), rejected_rows(office, rejected)

        self._context.runner.run(
            load,
            on_success=lambda rows: self._inbox_loaded(generation, rows),
            on_failure=self._inbox_failed,
        )

    def _inbox_loaded(
        self, generation: int, rows: tuple[list[ConflictRow], list[RejectedRow]]
    ) -> None:
        if generation != self._generation:
            return
        conflicts, rejected = rows
        self.inbox.set_rows(conflicts)
        self.rejected.set_rows(rejected)
        self._update_tab_titles()
        self.inboxLoaded.emit()

    def _inbox_failed(self, exc: BaseException) -> None:
        log.error("loading the conflict inbox failed", exc_info=exc)
        self.inbox.show_error(error_text(exc))

    # -- actions ---------------------------------------------------------------------------
    def sync_now(self) -> None:
        if not self.state_panel.sync_button.isEnabled():
            return
        self.state_panel.show_error("")
        self.state_panel.show_result("")
        if not self.controller.sync_now():
            self.state_panel.show_error(
                self.tr("Eine Synchronisation läuft bereits. Bitte warten Sie, bis sie fertig ist.")
            )

    def _sync_succeeded(self, report: Any) -> None:
        self.state_panel.show_error("")
        locale = QLocale()
        self.state_panel.show_result(
            self.tr(
                "Synchronisation abgeschlossen: {pushed} gesendet, {pulled} empfangen, "
                "{conflicts} Konflikte, {rejected} abgelehnt."
            ).format(
                pushed=locale.toString(int(getattr(report, "pushed", 0))),
                pulled=locale.toString(int(getattr(report, "pulled", 0))),
                conflicts=locale.toString(int(getattr(report, "conflicts", 0))),
                rejected=locale.toString(int(getattr(report, "rejected", 0))),
            )
        )

    def _sync_failed(self, text: str) -> None:
        if self.controller.blocked:
            text = self.tr(
                "{reason}\nDie automatische Synchronisation ist angehalten, bis Sie das Gerät "
                "neu anmelden oder selbst „Jetzt synchronisieren“ wählen."
            ).format(reason=text)
        self.state_panel.show_error(text)

    def enrol(self, server_url: str, code: str, ca_bundle: str) -> None:
        service = self.controller.service
        ca = ca_bundle.strip() or None

        def done(_result: object) -> None:
            self.enrol_panel.enrolled_done()
            self.state_panel.show_error("")
            self.state_panel.show_result(self.tr("Das Gerät ist angemeldet."))

        started = self.controller.run_job(
            lambda: service.enrol(server_url, code, ca_bundle=ca),
            on_success=done,
            on_failure=lambda exc: self.enrol_panel.show_error(self._enrol_error(exc)),
            changes=frozenset(),
            enrols=True,
        )
        if not started:
            self.enrol_panel.show_error(self._busy_text())

    def _enrol_error(self, exc: BaseException) -> str:
        # The service reports a refused code as an unknown device (401); while enrolling,
        # the code is what the user can fix.
        if getattr(exc, "code", None) == "sync_unauthorised":
            return self.tr(
                "Der Anmeldecode ist unbekannt, abgelaufen oder wurde schon verwendet. Bitte "
                "lassen Sie sich von der Administration einen neuen Code geben."
            )
        return error_text(exc)

    def resolve(self, conflict_id: str, value: object) -> None:
        service = self.controller.service

        def done(_result: object) -> None:
            self.state_panel.show_result(
                self.tr(
                    "Der Konflikt ist gelöst; der gewählte Wert wird beim nächsten Mal übertragen."
                )
            )

        started = self.controller.run_job(
            lambda: service.resolve_conflict(conflict_id, value),
            on_success=done,
            on_failure=lambda exc: self.inbox.show_error(error_text(exc)),
        )
        if not started:
            self.inbox.show_error(self._busy_text())

    def export_bundle(self, path: str) -> None:
        service = self.controller.service

        def done(_result: object) -> None:
            self.note = inform(
                self,
                self.tr("Änderungen exportiert"),
                self.tr(
                    "Die ausstehenden Änderungen stehen verschlüsselt in\n{path}\n\nBringen Sie "
                    "die Datei zur Kreisverwaltung und lesen Sie danach deren Antwortdatei ein."
                ).format(path=path),
            )

        self._run_file_job(lambda: service.export_bundle(path), done, frozenset())

    def import_bundle(self, path: str) -> None:
        service = self.controller.service

        def done(_result: object) -> None:
            self.note = inform(
                self,
                self.tr("Antwortdatei eingelesen"),
                self.tr("Die Antwortdatei\n{path}\nwurde eingelesen.").format(path=path),
            )

        self._run_file_job(lambda: service.import_bundle(path), done, None)

    def _run_file_job(self, job: Any, done: Any, changes: frozenset[str] | None) -> None:
        def failed(exc: BaseException) -> None:
            if getattr(exc, "code", None) is None:
                log.error("sync file failed", exc_info=exc)
            self.note = inform(self, self.tr("Synchronisationsdatei"), error_text(exc))

        kwargs: dict[str, Any] = {} if changes is None else {"changes": changes}
        if not self.controller.run_job(job, on_success=done, on_failure=failed, **kwargs):
            self.note = inform(self, self.tr("Synchronisationsdatei"), self._busy_text())

    def _busy_text(self) -> str:
        return self.tr("Eine Synchronisation läuft gerade. Bitte versuchen Sie es gleich erneut.")


def create_view(context: ViewContext) -> QWidget:
    return SyncView(context)
