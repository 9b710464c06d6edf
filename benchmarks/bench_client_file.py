"""Opening a client file with 200 timeline entries (target: under 150 ms).

The client is the one of the scale office (:mod:`benchmarks.dataset`: 100,000 clients,
1,000,000 consultations) whose file has the fewest timeline entries from 200 on
(consultations, referrals, phase changes, documents, consents given and withdrawn). Each
measured open runs the read model (including its audited VIEW entry) and constructs and shows
the client file window offscreen; figures are the median and the 95th percentile of 20 opens.
The login (real key derivation) is not measured.
"""

from __future__ import annotations

import os
import sys
import time

from benchmarks.common import Figure, median, percentile
from benchmarks.dataset import DATA_DIR, ensure_office

OPENS = 20
TARGET_MS = 150.0
ENTRIES = 200

# Timeline entries per client, as the client file's read model collects them.
_ENTRIES_SQL = """
SELECT client_id, sum(n) AS entries FROM (
    SELECT client_id, count(*) AS n FROM consultations WHERE deleted_at IS NULL GROUP BY 1
    UNION ALL
    SELECT client_id, count(*) FROM referrals WHERE deleted_at IS NULL GROUP BY 1
    UNION ALL
    SELECT c.client_id, count(*) FROM case_phase_changes p JOIN cases c ON c.id = p.case_id
    WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL GROUP BY 1
    UNION ALL
    SELECT client_id, count(*) FROM documents WHERE deleted_at IS NULL GROUP BY 1
    UNION ALL
    SELECT client_id, count(*) + count(withdrawn_on) FROM consents
    WHERE deleted_at IS NULL GROUP BY 1
) GROUP BY 1 HAVING sum(n) >= :entries ORDER BY 2, 1 LIMIT 1
"""


def _client_with_entries(office: object) -> tuple[str, int]:
    """The client with the fewest timeline entries from ``ENTRIES`` on, and their number."""
    from sqlalchemy import text

    with office.database.engine.connect() as conn:  # type: ignore[attr-defined]
        row = conn.execute(text(_ENTRIES_SQL), {"entries": ENTRIES}).one()
    return row[0], int(row[1])


def client_file_open_200() -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    from kim_desktop.paths import DataPaths
    from kim_desktop.services.auth import AuthService
    from kim_desktop.ui.client_file.window import open_client_file
    from kim_desktop.ui.operations import OperationRunner
    from kim_desktop.ui.view_context import ViewContext

    app = QApplication.instance() or QApplication([])
    login, password = ensure_office()
    office = AuthService(DataPaths(DATA_DIR)).login(login, password)
    runner = OperationRunner()
    main = QWidget()
    times: list[float] = []
    try:
        client_id, entries = _client_with_entries(office)
        print(f"note: client file with {entries} timeline entries", file=sys.stderr, flush=True)
        context = ViewContext(office, runner, main)  # type: ignore[arg-type]
        context.catalogues.choices("consultation_topics")  # warm caches, as in a running app
        for _ in range(OPENS + 1):
            t0 = time.perf_counter()
            window = open_client_file(context, client_id)
            assert window is not None
            assert len(window.timeline_tab.model.rows()) == entries
            app.processEvents()  # the first paint
            times.append((time.perf_counter() - t0) * 1000)
            window.close()
            app.processEvents()
    finally:
        runner.wait_for_done(10_000)
        runner.shutdown()
        main.deleteLater()
        office.close()
    times = times[1:]  # the first open also imports the window's modules
    return [
        Figure("client_file_open_200_median", median(times), "ms", "<", TARGET_MS),
        Figure("client_file_open_200_p95", percentile(times, 0.95), "ms", "<", TARGET_MS),
    ]


BENCHMARKS = {"client_file_open_200": client_file_open_200}
