"""Background work as operations (the pattern of Anki's ``aqt.operations``).

An operation runs a callable on a worker thread and reports back on the UI thread: success
with the callable's result, failure with the exception (never swallowed: without a failure
callback the exception is re-raised on the UI thread, where ``sys.excepthook`` sees it),
progress if the callable takes a ``progress`` argument, and cancellation. Operations marked
``writes=True`` share one worker thread, so two database writes never race.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for_futures
from typing import Any

from PySide6.QtCore import SIGNAL, QObject, Qt, Signal, Slot

# How much lower than the UI thread readers run (nice steps; writes keep the UI's priority).
# As low as Linux goes: on a two-core laptop a reader sharing a core with the UI thread then
# hardly ever preempts a paint (measured: worst scroll task 11 ms instead of 12-14 ms at 10).
# A reader alone on an idle core runs at full speed whatever its niceness.
READER_NICENESS = 19


class OperationCancelled(Exception):
    """Raised inside the callable (by ``progress``) once the operation was cancelled."""


class _WorkerSignals(QObject):
    done = Signal(object)
    error = Signal(object)
    progress = Signal(int, int)


def _run_job(call: Callable[[], Any], signals: _WorkerSignals) -> None:
    """Body of a worker thread: the outcome goes back to the UI thread as a signal."""
    try:
        result = call()
    except BaseException as exc:
        signals.error.emit(exc)
    else:
        signals.done.emit(result)


class Operation(QObject):
    """One running piece of background work; lives on the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        # Parented: Qt destroys it with the operation on the UI thread. Unparented, the worker
        # thread could drop the last reference (when the operation ended first) and destroy
        # a UI-thread QObject from the wrong thread — a crash.
        self._signals = _WorkerSignals(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._signals.done.connect(self._on_done, queued)
        self._signals.error.connect(self._on_error, queued)
        self._signals.progress.connect(self.progressed, queued)
        self.running = True

    def cancel(self) -> None:
        """Ask the callable to stop; it stops at its next ``progress`` call."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report_progress(self, done: int, total: int) -> None:
        """Called on the worker thread by the callable."""
        if self._cancel.is_set():
            raise OperationCancelled()
        self._signals.progress.emit(done, total)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self.running = False
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_error(self, exc: object) -> None:
        self.running = False
        if isinstance(exc, OperationCancelled):
            self.cancelled.emit()
        elif self.receivers(SIGNAL("failed(PyObject)")) > 0:
            self.failed.emit(exc)
        else:
            self.finished.emit()
            raise exc  # type: ignore[misc] - nobody handles it: let sys.excepthook see it
        self.finished.emit()


class OperationRunner(QObject):
    """Starts operations; reads run in parallel, writes one after another.

    Worker threads come from ``concurrent.futures`` rather than ``QThreadPool``: PySide6
    6.12 drops a reference to the return value of every Python ``QRunnable.run`` (``None``),
    which ends in a crash once enough operations have run.
    """

    def __init__(self, parent: QObject | None = None, max_readers: int = 2) -> None:
        super().__init__(parent)
        self._readers = ThreadPoolExecutor(
            max_readers, thread_name_prefix="kim-read", initializer=_yield_to_the_ui_thread
        )
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="kim-write")
        self._running: set[Operation] = set()
        self._futures: set[Future[None]] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        writes: bool = False,
    ) -> Operation:
        """Run ``fn`` off the UI thread; callbacks are called on the UI thread."""
        op = Operation(self)
        if on_success is not None:
            op.succeeded.connect(on_success)
        if on_failure is not None:
            op.failed.connect(on_failure)
        if on_progress is not None:
            op.progressed.connect(on_progress)
        if on_cancelled is not None:
            op.cancelled.connect(on_cancelled)
        op.finished.connect(lambda: self._finish(op))
        call = fn
        if _accepts_progress(fn):

            def call() -> Any:
                return fn(progress=op.report_progress)

        self._running.add(op)
        pool = self._writer if writes else self._readers
        future = pool.submit(_run_job, call, op._signals)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)
        return op

    def _finish(self, op: Operation) -> None:
        self._running.discard(op)
        op.deleteLater()

    def busy(self) -> bool:
        return bool(self._running)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until every started callable has returned (used at shutdown)."""
        _done, pending = wait_for_futures(
            list(self._futures), timeout=None if msecs < 0 else msecs / 1000
        )
        return not pending

    def shutdown(self) -> None:
        """Wait for running work and stop the worker threads."""
        self._readers.shutdown(wait=True)
        self._writer.shutdown(wait=True)


def _yield_to_the_ui_thread() -> None:
    """Give a reader thread a lower CPU priority than the UI thread (Linux: per-thread nice).

    A page of a list fetched while the user scrolls must not take a core away from painting.
    """
    if hasattr(os, "setpriority") and sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            thread = threading.get_native_id()
            current = os.getpriority(os.PRIO_PROCESS, thread)  # inherited from the creator
            os.setpriority(os.PRIO_PROCESS, thread, min(19, current + READER_NICENESS))


def _accepts_progress(fn: Callable[..., Any]) -> bool:
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
