"""Qt settings the desktop application makes before it creates its ``QApplication``.

Nothing here imports Qt: the settings are environment variables that Qt reads once, when it
first needs them.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

NO_GUI_THREAD_POOL_ENV = "QT_NO_GUI_THREADPOOL"


def prepare_qt_environment(environ: MutableMapping[str, str] = os.environ) -> None:
    """Paint on the UI thread alone, without Qt's image thread pool.

    Qt's raster engine hands larger fills and image conversions to a pool of helper threads
    and waits for them: a scroll bar of the client list took some 20 hand-overs per paint.
    On a two-core laptop those helpers compete with the worker thread that fetches the next
    page, and a paint waited up to 10 ms for them; painted on the UI thread alone it waits
    for nothing. A value set by the user is kept.
    """
    environ.setdefault(NO_GUI_THREAD_POOL_ENV, "1")
