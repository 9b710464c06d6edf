"""Filling an open office database with the demo office's synthetic, realistic data.

Everything is derived from one ``random.Random(seed)``: the same seed gives the same records,
ids included (UUIDv7 built from the record's date and bits of that generator). The records of
the evaluation years 2022–2024 do not depend on the day of generation ("today",
``date.today()`` unless given). What does is drawn from a generator of its own and is the same
for the same seed and day: the follow-ups still open today (:mod:`.present`) and the current
period (:mod:`.current`): the cases still open at the end of 2024 either closed since, with a
reason, or continued with consultations in the weeks up to yesterday, their next appointments
in the next two weeks, a few quiet cases and expiring consents per case manager.
Records that point to staff carry the ids of the office's users, which the office set-up makes.

The records represent data already synchronised with the district server: they are written
with Core bulk inserts (not the ORM write path), carry version 1 and their own sync metadata,
and leave no outbox rows; one audit entry records the generation (ARCHITECTURE.md, "One write
path"). Generation streams in chunks of clients, so 100,000 clients fit in little memory
(100,000 clients with 1,000,000 consultations, and 53,000 more in the current period: ~630 MB
peak, most of it SQLite's page cache, and about 3 CPU minutes; 4–6 minutes measured on a busy
two-core machine; the current period costs about 4 % of that).

Figures (yearly consultations, one-time/case-management split, topic and referral shares) of
the evaluation years follow :mod:`kim_desktop.services.demo.figures` exactly, by quota
allocation; the current period adds its consultations on top, at the same shares.

This module orchestrates (progress, cancellation, the one transaction); the parts are:
:mod:`.context` (staff, places, shared state), :mod:`.district` (institutions, groups, needs),
:mod:`.plan`, :mod:`.chunk` with :mod:`.people`, :mod:`.casework`, :mod:`.topics` and
:mod:`.referrals`, :mod:`.current` (the current period), :mod:`.present` (follow-ups brought
up to today), and the helpers :mod:`.ids`, :mod:`.dates`, :mod:`.quota`, :mod:`.writer`.
The order of the calls below is part of the result: every step draws from the one generator.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, insert, select

from kim_desktop.db.base import utcnow
from kim_desktop.db.database import Database
from kim_desktop.db.models import AuditEntry, Client
from kim_desktop.domain.enums import AuditAction
from kim_desktop.services.demo import figures as fig
from kim_desktop.services.demo.chunk import ChunkWriter
from kim_desktop.services.demo.context import DemoContext
from kim_desktop.services.demo.district import write_groups, write_institutions, write_needs
from kim_desktop.services.demo.errors import DemoCancelled, DemoDataError
from kim_desktop.services.demo.plan import make_plan
from kim_desktop.services.demo.writer import generation_page_cache

__all__ = [
    "CHUNK_CLIENTS",
    "MIN_CLIENTS",
    "CancelledFn",
    "DemoCancelled",
    "DemoDataError",
    "DemoSummary",
    "ProgressFn",
    "populate",
]

CHUNK_CLIENTS = 1000
MIN_CLIENTS = 50

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]


@dataclass
class DemoSummary:
    clients: int
    seed: int
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def populate(
    database: Database,
    *,
    clients: int = fig.DEFAULT_CLIENTS,
    seed: int = 1,
    consultations: int | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill ``database`` (an office without clients) with the demo office's data.

    ``consultations`` is the total number of consultations of the evaluation years (``None``:
    the evaluation's rate, see :func:`~.plan.consultation_limits` for the range; the current
    period comes on top); ``today`` the day the office is "now" (default: the real today),
    which the current period and the follow-ups still open lead up to.
    Raises :class:`DemoCancelled` (nothing written) when ``cancelled()`` turns true, and
    :class:`DemoDataError` when the office already has clients or a size is out of range.
    """
    if clients < MIN_CLIENTS:
        raise DemoDataError(f"at least {MIN_CLIENTS} clients are needed")
    began = time.perf_counter()
    report = progress or (lambda _done, _total, _phase: None)
    stop = cancelled or (lambda: False)
    total = clients + 1
    with database.engine.begin() as conn:
        if conn.scalar(select(func.count()).select_from(Client)):
            raise DemoDataError("the office already has clients")
        with generation_page_cache(conn):
            report(0, total, "Stammdaten")
            ctx = DemoContext(conn, seed, today, device_id=database.device_id)
            write_institutions(ctx)
            write_groups(ctx)
            write_needs(ctx)
            chunks = ChunkWriter(ctx, make_plan(ctx, clients, consultations))
            for start in range(0, clients, CHUNK_CLIENTS):
                if stop():
                    raise DemoCancelled()
                report(start, total, "Klient:innen und Beratungen")
                chunks.write(range(start, min(clients, start + CHUNK_CLIENTS)))
            if stop():
                raise DemoCancelled()
            report(clients, total, "Abschluss")
            conn.execute(
                insert(AuditEntry),
                [
                    {
                        "at": utcnow(),
                        "user_id": ctx.staff.admin_id,
                        "device_id": database.device_id,
                        "action": AuditAction.ADMIN,
                        "table_name": None,
                        "record_id": None,
                        "field_names": [],
                        "detail": _audit_detail(clients, seed, consultations),
                    }
                ],
            )
            rows = dict(ctx.writer.counts)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    report(total, total, "Fertig")
    return DemoSummary(clients=clients, seed=seed, rows=rows, seconds=time.perf_counter() - began)


def _audit_detail(clients: int, seed: int, consultations: int | None) -> str:
    detail = f"Demo-Daten erzeugt: {clients} Klient:innen, seed {seed}"
    return detail if consultations is None else f"{detail}, {consultations} Beratungen"
