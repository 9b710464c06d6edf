"""Two syncs of one office never run at once: a lock per process and one per data directory.

The in-process lock covers threads (the UI's background sync and "Jetzt synchronisieren");
the file lock covers processes (the app and ``kim sync now``). Both are released when the
holder ends, even if it is killed (the operating system drops the file lock).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kim_desktop.sync.errors import SyncAlreadyRunning

_registry_lock = threading.Lock()
_thread_locks: dict[str, threading.Lock] = {}
POLL_S = 0.1


def _thread_lock(path: Path) -> threading.Lock:
    with _registry_lock:
        return _thread_locks.setdefault(str(path.resolve()), threading.Lock())


def _try_lock_file(handle: IO[bytes]) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock_file(handle: IO[bytes]) -> None:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextmanager
def sync_lock(path: Path, *, wait_s: float = 0.0) -> Iterator[None]:
    """Hold the sync lock of the office whose lock file is ``path``.

    Raises :class:`SyncAlreadyRunning` if another sync holds it for longer than ``wait_s``.
    """
    deadline = time.monotonic() + wait_s
    lock = _thread_lock(path)
    acquired = lock.acquire(timeout=wait_s) if wait_s > 0 else lock.acquire(blocking=False)
    if not acquired:
        raise SyncAlreadyRunning()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a+b") as handle:
            while not _try_lock_file(handle):
                if time.monotonic() >= deadline:
                    raise SyncAlreadyRunning()
                time.sleep(POLL_S)
            try:
                yield
            finally:
                _unlock_file(handle)
    finally:
        lock.release()
