"""The app paints on the UI thread alone (no Qt image thread pool competing with readers)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kim_desktop.ui.qt_environment import NO_GUI_THREAD_POOL_ENV, prepare_qt_environment

REPO_ROOT = Path(__file__).resolve().parents[2]

# Paints a Fusion scroll bar as tall as the client list's and prints how often the UI thread
# went to sleep meanwhile (Linux: the thread's voluntary context switches).
PAINT_SCROLL_BAR = """
import json, sys, threading
from kim_desktop.ui.qt_environment import prepare_qt_environment
if sys.argv[1] == "prepared":
    prepare_qt_environment()
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollBar
app = QApplication([])
app.setStyle("Fusion")

def sleeps():
    with open(f"/proc/self/task/{threading.get_native_id()}/status") as status:
        fields = dict(line.split(":", 1) for line in status)
    return int(fields["voluntary_ctxt_switches"])

bar = QScrollBar(Qt.Orientation.Vertical)
bar.setRange(0, 100_000)
bar.resize(16, 620)
bar.show()
app.processEvents()
bar.repaint()
before = sleeps()
for step in range(10):
    bar.setValue(step * 1000)
    bar.repaint()
print(json.dumps(sleeps() - before))
"""


def test_prepare_sets_the_default_and_keeps_the_users_choice() -> None:
    environ: dict[str, str] = {}
    prepare_qt_environment(environ)
    assert environ == {NO_GUI_THREAD_POOL_ENV: "1"}
    chosen = {NO_GUI_THREAD_POOL_ENV: "0"}
    prepare_qt_environment(chosen)
    assert chosen == {NO_GUI_THREAD_POOL_ENV: "0"}


def _sleeps_while_painting(mode: str) -> int:
    env = {k: v for k, v in os.environ.items() if k != NO_GUI_THREAD_POOL_ENV}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", PAINT_SCROLL_BAR, mode],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return int(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_painting_does_not_wait_for_helper_threads() -> None:
    # Without the setting Qt hands parts of each paint to its thread pool and waits for them;
    # with it the UI thread paints alone and never has to sleep.
    assert _sleeps_while_painting("default") >= 10
    assert _sleeps_while_painting("prepared") <= 2
