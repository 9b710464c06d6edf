"""Background synchronisation while the main window is open (one controller per office session).

The controller follows ``services.sync_schedule.SyncSchedule`` (interval, back-off, health
probe after the server was unreachable, block after a revoked device or outdated protocol)
and runs every sync, probe and other sync job off the UI thread through the
``OperationRunner``. It is the one place that starts sync work, so two never run at once:
the status bar and the Synchronisation screen only listen to its signals and call it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kim_desktop.services.sync_schedule import (
    FailureKind,
    SchedulePolicy,
    StepKind,
    SyncSchedule,
    classify_failure,
)
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.operations import Operation
from kim_desktop.ui.view_context import ViewContext

log = logging.getLogger(__name__)

# Tables whose rows a pull or a bundle import can change; views reload when told.
SYNCED_TABLES = frozenset(
    {
        "clients",
        "household_members",
        "consents",
        "documents",
        "cases",
        "case_phase_changes",
        "case_handovers",
        "goals",
        "consultations",
        "referrals",
        "appointments",
        "group_offers",
        "group_sessions",
        "structural_needs",
        "institutions",
        "users",
    }
)
_CONTROLLER_ATTRIBUTE = "_sync_controller"
START_DELAY_MS = 2_000
OVERVIEW_RETRY_MS = 60_000


def sync_controller(context: ViewContext) -> SyncController:
    """The controller of this office session (kept on the context, no globals)."""
    controller = getattr(context, _CONTROLLER_ATTRIBUTE, None)
    if controller is None:
        controller = SyncController(context)
        setattr(context, _CONTROLLER_ATTRIBUTE, controller)
    return controller


def _default_service(context: ViewContext) -> Any:
    from kim_desktop.services.sync_service import SyncService

    return SyncService(context.office)


class SyncController(QObject):
    """Starts syncs (by timer, after reconnection, by hand) and reports on the UI thread."""

    stateChanged = Signal()  # noqa: N815 - running / blocked / enrolled changed
    progressed = Signal(str, int, int)  # phase code, done, total
    syncSucceeded = Signal(object)  # noqa: N815 - the SyncReport
    syncFailed = Signal(str)  # noqa: N815 - the German (translated) reason
    overviewLoaded = Signal(object)  # noqa: N815 - the SyncOverview

    def __init__(
        self,
        context: ViewContext,
        *,
        service: Any = None,
        policy: SchedulePolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or context.window)
        self._context = context
        self._service = service
        self._clock = clock
        self.schedule = SyncSchedule(policy, enrolled=False, now=clock())
        self._operation: Operation | None = None
        self._job_running = False  # enrolment, bundle, erasure: also exclusive
        self._probing = False
        self._phase = ""
        self._active = False
        self.last_error = ""
        self.last_failure: FailureKind | None = None
        self.overview: Any = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)

    # -- state -----------------------------------------------------------------------------
    @property
    def service(self) -> Any:
        """The sync service (made on first use: its import is not needed to show the window)."""
        if self._service is None:
            self._service = _default_service(self._context)
        return self._service

    @property
    def running(self) -> bool:
        """A sync or another exclusive sync job runs."""
        return self.schedule.running or self._job_running

    @property
    def syncing(self) -> bool:
        return self.schedule.running

    @property
    def blocked(self) -> bool:
        return self.schedule.blocked

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> None:
        """Begin background synchronisation (the main window is shown). The first look at
        the device's state waits a moment, so start-up and first paint come first."""
        self._active = True
        self._timer.start(START_DELAY_MS)

    def stop(self) -> None:
        """No further background work; ask a running sync to stop at its next step."""
        self._active = False
        self._timer.stop()
        if self._operation is not None:
            self._operation.cancel()

    # -- overview --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the overview (enrolment, last sync, pending, errors) off the UI thread."""
        # On a worker: the first call imports the sync engine (≈0.1 s), never on the UI thread.
        self._context.runner.run(
            lambda: self.service.overview(),
            on_success=self._overview_loaded,
            on_failure=self._overview_failed,
        )

    def _overview_loaded(self, overview: Any) -> None:
        self.overview = overview
        self.schedule.set_enrolled(bool(overview.enrolled), self._clock())
        self.overviewLoaded.emit(overview)
        self.stateChanged.emit()
        self._reschedule()

    def _overview_failed(self, exc: BaseException) -> None:
        log.error("loading the sync overview failed", exc_info=exc)
        if self._active and self.overview is None and not self._timer.isActive():
            self._timer.start(OVERVIEW_RETRY_MS)  # try again to learn the device's state

    # -- syncing ---------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """Start a sync by hand; False if one (or another sync job) is already running."""
        return self._start_sync(manual=True)

    def _start_sync(self, *, manual: bool) -> bool:
        if self._job_running:
            return False
        if not self.schedule.try_begin(self._clock(), manual=manual):
            return False
        self._timer.stop()
        self._phase = ""
        service = self.service

        def work(progress: Callable[[int, int], None]) -> Any:
            def report(phase: str, done: int, total: int) -> None:
                self._phase = phase  # read on the UI thread with the numbers that follow
                progress(done, total)

            return service.sync_now(progress=report)

        self._operation = self._context.runner.run(
            work,
            on_success=self._sync_succeeded,
            on_failure=self._sync_failed,
            on_progress=lambda done, total: self.progressed.emit(self._phase, done, total),
            on_cancelled=self._sync_cancelled,
        )
        self.stateChanged.emit()
        self.progressed.emit("", 0, 0)
        return True

    def cancel(self) -> None:
        if self._operation is not None:
            self._operation.cancel()

    def _sync_succeeded(self, report: Any) -> None:
        self._operation = None
        self.schedule.succeeded(self._clock())
        self.last_error = ""
        self.last_failure = None
        self._after_sync(self._changed_tables(report))
        self.syncSucceeded.emit(report)

    def _sync_failed(self, exc: BaseException) -> None:
        self._operation = None
        kind = classify_failure(exc)
        if kind is FailureKind.ERROR and getattr(exc, "code", None) is None:
            log.error("synchronisation failed", exc_info=exc)
        self.schedule.failed(self._clock(), kind)
        self.last_error = error_text(exc)
        self.last_failure = kind
        self._after_sync(SYNCED_TABLES)  # a failed sync may have applied some pages
        self.syncFailed.emit(self.last_error)

    def _sync_cancelled(self) -> None:
        self._operation = None
        self.schedule.cancelled(self._clock())
        self._after_sync(SYNCED_TABLES)

    def _after_sync(self, changed: frozenset[str]) -> None:
        self.stateChanged.emit()
        if changed:
            self._context.changes.announce(changed)
        self.refresh()

    @staticmethod
    def _changed_tables(report: Any) -> frozenset[str]:
        tables = getattr(report, "changed_tables", None)
        if tables is not None:
            return frozenset(tables)
        if getattr(report, "pulled", 0) or getattr(report, "conflicts", 0):
            return SYNCED_TABLES
        return frozenset()

    # -- other sync jobs (enrolment, bundles, conflicts, erasure) --------------------------
    def run_job(
        self,
        fn: Callable[[], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        changes: frozenset[str] = SYNCED_TABLES,
        enrols: bool = False,
    ) -> bool:
        """Run a sync job off the UI thread, never beside a sync or another job."""
        if self.running:
            return False
        self._job_running = True
        self._timer.stop()
        self.stateChanged.emit()

        def done(result: Any) -> None:
            self._job_running = False
            if enrols:
                self.schedule.enrolled_anew(self._clock())
                self.last_error = ""
                self.last_failure = None
            self._after_sync(changes)
            on_success(result)

        def failed(exc: BaseException) -> None:
            self._job_running = False
            self.stateChanged.emit()
            self._reschedule()
            on_failure(exc)

        self._context.runner.run(fn, on_success=done, on_failure=failed)
        return True

    # -- timer -----------------------------------------------------------------------------
    def _reschedule(self) -> None:
        if not self._active:
            return
        step = self.schedule.next_step(self._clock())
        if step.kind is StepKind.IDLE:
            self._timer.stop()
        elif step.kind is StepKind.WAIT:
            self._timer.start(max(0, round((step.delay_s or 0) * 1000)))
        else:
            self._timer.start(0)

    def _tick(self) -> None:
        if not self._active or self.running:
            return
        if self.overview is None:  # first tick after start: learn whether we are enrolled
            self.refresh()
            return
        step = self.schedule.next_step(self._clock())
        if step.kind is StepKind.SYNC:
            self._start_sync(manual=False)
        elif step.kind is StepKind.PROBE:
            self._probe()
        else:
            self._reschedule()

    def _probe(self) -> None:
        self.schedule.begin_probe()
        service = self.service

        def finished(reachable: object) -> None:
            self.schedule.probe_finished(self._clock(), bool(reachable))
            self._reschedule()

        self._context.runner.run(
            service.check_connection, on_success=finished, on_failure=lambda _exc: finished(False)
        )
