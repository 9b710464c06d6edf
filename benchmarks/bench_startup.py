"""Start-up of the desktop app on an office with 50,000 clients.

Each run starts ``main.py`` as a fresh process with ``KIM_STARTUP_PROBE`` set: the app logs in
through its real login dialog with ``KIM_LOGIN``/``KIM_PASSWORD``, and once the main window has
been shown and painted writes ``{"shown_monotonic_ns": ..., "maxrss_kb": ...}`` to the probe
file and quits. Start-up time is measured from just before the process is spawned to that
moment (``time.monotonic_ns`` is one clock for all processes on Linux); peak memory is the larger
of the child's maximum resident set size (``os.wait4``) and the one the app reports. Both
figures are the median of five runs. Only ``subprocess`` is used: nothing of ``kim_desktop`` is
imported into this process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import BENCH_DATA, REPO_ROOT, Figure, median
from benchmarks.dataset import production_env as _production_env

CLIENTS = 50_000
DATA_DIR = BENCH_DATA / "startup-50k"
RUNS = 5
TIMEOUT_S = 60.0
TIME_TARGET_S = 1.5
MEMORY_TARGET_MB = 300.0


def ensure_office(data_dir: Path = DATA_DIR) -> tuple[str, str]:
    """Create the cached demo office once; return its demo login and password."""
    if not (data_dir / "kim.db").exists():
        print(
            f"note: creating a demo office with {CLIENTS:,} clients in {data_dir} "
            "(takes a few minutes, once)…",
            flush=True,
        )
        command = [sys.executable, "-m", "kim_desktop", "demo-data", "--data-dir", str(data_dir)]
        command += ["--clients", str(CLIENTS), "--seed", "1"]
        subprocess.run(command, cwd=REPO_ROOT, check=True, env=_production_env())
    settings = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    return settings["demo_login"], settings["demo_password"]


def _wait(process: subprocess.Popen[bytes], timeout: float) -> tuple[int | None, float | None]:
    """Wait for ``process``; return (exit code or None on timeout, peak RSS in MB if known)."""
    if hasattr(os, "wait4"):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                process.returncode = os.waitstatus_to_exitcode(status)
                return process.returncode, usage.ru_maxrss / 1024  # KiB on Linux
            time.sleep(0.005)
        return None, None
    try:
        return process.wait(timeout=timeout), None
    except subprocess.TimeoutExpired:
        return None, None


def start_once(data_dir: Path, login: str, password: str) -> tuple[float, float] | None:
    """One start-up: (seconds to the painted main window, peak memory in MB), None on failure."""
    with tempfile.TemporaryDirectory(prefix="kim-startup-") as tmp:
        probe = Path(tmp) / "probe.json"
        env = _production_env()
        env.update(
            KIM_STARTUP_PROBE=str(probe),
            KIM_LOGIN=login,
            KIM_PASSWORD=password,
            QT_QPA_PLATFORM="offscreen",
        )
        log = Path(tmp) / "stderr.txt"
        t0 = time.monotonic_ns()
        with open(log, "wb") as errors:  # Qt's offscreen-platform notes: shown only on failure
            process = subprocess.Popen(
                [sys.executable, "main.py", "--data-dir", str(data_dir)],
                cwd=REPO_ROOT,
                env=env,
                stderr=errors,
            )
            code, rss_mb = _wait(process, TIMEOUT_S)
        if code is None:
            process.kill()
            process.wait()
            print(f"startup: run timed out after {TIMEOUT_S:.0f} s", file=sys.stderr)
            return None
        if code != 0 or not probe.exists():
            print(f"startup: app exited with {code} and no probe file", file=sys.stderr)
            print(log.read_text(errors="replace")[-2000:], file=sys.stderr)
            return None
        result = json.loads(probe.read_text(encoding="utf-8"))
    seconds = (result["shown_monotonic_ns"] - t0) / 1e9
    probe_mb = float(result.get("maxrss_kb") or 0) / 1024
    return seconds, max(probe_mb, rss_mb or 0.0)


def startup() -> list[Figure]:
    login, password = ensure_office()
    times: list[float] = []
    peaks: list[float] = []
    for _ in range(RUNS):
        measured = start_once(DATA_DIR, login, password)
        if measured is None:
            return [
                Figure("startup_to_main_window", TIMEOUT_S, "s", "<", TIME_TARGET_S, missed=True),
                Figure("startup_peak_memory", 0.0, "MB", "<", MEMORY_TARGET_MB, missed=True),
            ]
        times.append(measured[0])
        peaks.append(measured[1])
    return [
        Figure("startup_to_main_window", median(times), "s", "<", TIME_TARGET_S),
        Figure("startup_peak_memory", median(peaks), "MB", "<", MEMORY_TARGET_MB),
    ]


BENCHMARKS = {"startup": startup}
