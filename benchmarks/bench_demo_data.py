"""Generating the scale office must take minutes: ``kim demo-data --clients 100000
--consultations 1000000`` (the office the case managers' benchmarks run on, see
:mod:`benchmarks.dataset`) under 600 s and 1 GiB.

Runs the real command in a fresh process on a temporary data directory (removed afterwards)
and reports its wall time and peak memory (the child's maximum resident set size).
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import REPO_ROOT, Figure
from benchmarks.dataset import demo_data_command, production_env


def demo_data() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="kim-demo-bench-") as tmp:
        command = demo_data_command(Path(tmp) / "office", seed=7)
        started = time.monotonic()
        result = subprocess.run(
            command,
            cwd=REPO_ROOT,
            env=production_env(),
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.monotonic() - started
    if result.returncode != 0:
        print(result.stderr[-2000:], file=sys.stderr)
        return [Figure("demo_data_100k_time", seconds, "s", "<", 600, missed=True)]
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return [
        Figure("demo_data_100k_time", round(seconds, 1), "s", "<", 600),
        Figure("demo_data_100k_peak_memory", round(peak_mb), "MB", "<", 1024),
    ]


BENCHMARKS = {"demo_data": demo_data}
