"""Generating a demo office at scale: ``kim demo-data --clients 100000`` must take minutes.

Runs the real command in a fresh process on a temporary data directory (removed afterwards)
and reports its wall time and peak memory (the child's maximum resident set size).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import REPO_ROOT, Figure

CLIENTS = 100_000


def demo_data() -> list[Figure]:
    env = dict(os.environ)
    env.pop("KIM_INSECURE_FAST_KDF", None)
    with tempfile.TemporaryDirectory(prefix="kim-demo-bench-") as tmp:
        command = [
            sys.executable,
            "-m",
            "kim_desktop",
            "demo-data",
            "--data-dir",
            str(Path(tmp) / "office"),
            "--clients",
            str(CLIENTS),
            "--seed",
            "7",
        ]
        started = time.monotonic()
        result = subprocess.run(
            command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=False
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
