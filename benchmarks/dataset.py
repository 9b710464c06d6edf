"""The scale office of the benchmarks: 100,000 clients with 1,000,000 consultations.

Created once with the real command, ``kim demo-data --clients 100000 --consultations 1000000
--seed 1``, into ``.bench-data/office-100k-1m`` (ignored by git) and reused by the benchmarks
of the case managers' day (client list and search, client file, saving a consultation).
Benchmarks that write get a throwaway copy (:func:`office_copy`), so the shared office stays
as generated. Nothing here imports ``kim_desktop``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.common import BENCH_DATA, REPO_ROOT

CLIENTS = 100_000
CONSULTATIONS = 1_000_000
SEED = 1
DATA_DIR = BENCH_DATA / "office-100k-1m"


def production_env() -> dict[str, str]:
    """The environment without the tests' cheap key derivation: measure the real login."""
    env = dict(os.environ)
    env.pop("KIM_INSECURE_FAST_KDF", None)
    return env


def demo_data_command(data_dir: Path, seed: int = SEED) -> list[str]:
    """The ``kim demo-data`` command line that creates the scale office in ``data_dir``."""
    return [
        sys.executable,
        "-m",
        "kim_desktop",
        "demo-data",
        "--data-dir",
        str(data_dir),
        "--clients",
        str(CLIENTS),
        "--consultations",
        str(CONSULTATIONS),
        "--seed",
        str(seed),
    ]


def ensure_office(data_dir: Path = DATA_DIR) -> tuple[str, str]:
    """Create the scale office once; return its demo login and password."""
    if not (data_dir / "kim.db").exists():
        print(
            f"note: creating a demo office with {CLIENTS:,} clients and {CONSULTATIONS:,} "
            f"consultations in {data_dir} (takes a few minutes, once)…",
            flush=True,
        )
        subprocess.run(demo_data_command(data_dir), cwd=REPO_ROOT, check=True, env=production_env())
    settings = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    return settings["demo_login"], settings["demo_password"]


def office_copy(target: Path) -> tuple[str, str]:
    """A copy of the scale office in ``target`` (for benchmarks that write); login, password."""
    credentials = ensure_office()
    target.mkdir(parents=True, exist_ok=True)
    for path in DATA_DIR.iterdir():
        if path.is_file():
            shutil.copy2(path, target / path.name)
    return credentials
