"""Run one sync of an office in a child process (the kill -9 test kills it mid-pull).

    python sync_child.py DATA_DIR LOGIN PULL_LIMIT      (password in KIM_PASSWORD)

Prints ``pull <received>`` after each applied page, flushed.
"""

from __future__ import annotations

import os
import sys

from kim_desktop.paths import DataPaths
from kim_desktop.services.auth import AuthService
from kim_desktop.services.sync_service import SyncService


def main() -> None:
    data_dir, login, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
    office = AuthService(DataPaths(__import__("pathlib").Path(data_dir))).login(
        login, os.environ["KIM_PASSWORD"]
    )

    def progress(phase: str, done: int, _total: int) -> None:
        print(f"{phase} {done}", flush=True)

    SyncService(office, pull_limit=limit).sync_now(progress)
    print("done", flush=True)


if __name__ == "__main__":
    main()
