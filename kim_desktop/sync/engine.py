"""One synchronisation run: push, pull, verify, conflicts (SYNC_PROTOCOL, whole page).

No Qt here; the service (``services/sync_service.py``) takes the lock, builds the transport
and calls :meth:`SyncEngine.run`. Every step is safe to repeat after a broken connection:
the server applies a resent batch exactly once, a page is applied together with its cursor,
and applying a change again changes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.dialects.sqlite import insert

from kim_desktop.db.base import utcnow
from kim_desktop.db.models.local import OutboxEntry
from kim_desktop.db.models.sync_local import CoordinatorFeedRow, SyncConflict, SyncRecordState
from kim_desktop.domain.enums import Role
from kim_desktop.sync.apply import ApplyResult, apply_changes
from kim_desktop.sync.erase import fold_wal
from kim_desktop.sync.errors import ServerRefused
from kim_desktop.sync.outbox import PushTally, load_ops, pending_count, record_results
from kim_desktop.sync.protocol import (
    MAX_PULL_LIMIT,
    MAX_PUSH_OPS,
    ConflictRecord,
    PullResponse,
    PushOp,
)
from kim_desktop.sync.records import replicated_tables
from kim_desktop.sync.state import (
    CURSOR_KEY,
    FEED_CURSOR_KEY,
    apply_transaction,
    chunks,
    foreign_key_problems,
    forget_records,
    get_cursor,
    set_meta,
)
from kim_desktop.sync.transport import SyncTransport

# progress(phase, done, total): phase is "push", "pull", "check", "conflicts" or "feed";
# total 0 means "not known in advance".
Progress = Callable[[str, int, int], None]

_outbox = OutboxEntry.__table__
_state = SyncRecordState.__table__
_conflicts = SyncConflict.__table__
_feed = CoordinatorFeedRow.__table__


_LOCAL_CONFLICT_COLUMNS = frozenset({"conflict_id", "resolution_pending", "resolution_value"})


def _no_progress(_phase: str, _done: int, _total: int) -> None:
    return None


@dataclass
class SyncReport:
    """What one sync did. ``message`` is a German one-line summary for the user."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0  # open conflicts after the sync
    rejected: int = 0  # changes the server refused in this sync
    skew_seconds: float | None = None
    message: str = ""
    held: int = 0
    erased: int = 0
    repaired_tables: list[str] = field(default_factory=list)
    foreign_key_problems: int = 0


class SyncEngine:
    """Runs the steps of one sync for one device against one server."""

    def __init__(
        self,
        engine: Engine,
        device_id: str,
        transport: SyncTransport,
        *,
        role: str | None = None,
        progress: Progress | None = None,
        push_batch: int = MAX_PUSH_OPS,
        pull_limit: int = MAX_PULL_LIMIT,
    ) -> None:
        self._engine = engine
        self._device_id = device_id
        self._transport = transport
        self._role = role
        self._progress = progress or _no_progress
        self._push_batch = min(push_batch, MAX_PUSH_OPS)
        self._pull_limit = min(pull_limit, MAX_PULL_LIMIT)

    @property
    def coordinator(self) -> bool:
        return self._role == Role.COORDINATOR.value

    def run(self) -> SyncReport:
        report = SyncReport()
        tally = self.push()
        report.pushed = tally.applied + tally.duplicate
        report.rejected = tally.rejected
        report.held = tally.held
        if self.coordinator:
            report.pulled = self.pull_feed()
        else:
            pulled = self.pull()
            report.repaired_tables = self.verify(pulled)
            report.pulled = pulled.applied
            report.erased = pulled.erased
            report.foreign_key_problems = len(foreign_key_problems_of(self._engine, pulled.tables))
        if not self.coordinator:  # the coordinator's devices have no conflict inbox
            self.send_resolutions()
            report.conflicts = self.fetch_conflicts()
        report.skew_seconds = self._transport.clock_skew_seconds
        return report

    # -- push -------------------------------------------------------------------------

    def push(self) -> PushTally:
        """Send every pending outbox entry in order, in batches; write the answers back.

        While the server works on one batch the next one is read from the outbox (its base
        versions may miss the versions of this device's own batch in flight, which the
        server never counts as conflicts).
        """
        with self._engine.connect() as conn:
            total = pending_count(conn)
        tally = PushTally()
        resend = False
        self._progress("push", 0, total)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kim-push") as pool:
            ops = self._load_ops(0, resend)
            while ops:
                answer_future = pool.submit(self._transport.push, self._device_id, ops)
                try:
                    prefetched = self._load_ops(ops[-1]["seq"], False)
                finally:
                    answer = answer_future.result()
                with self._engine.begin() as conn:
                    batch = record_results(conn, ops, answer.get("results", []))
                tally.applied += batch.applied
                tally.duplicate += batch.duplicate
                tally.rejected += batch.rejected
                tally.conflicts += batch.conflicts
                self._progress("push", min(tally.sent, total), total)
                if batch.held:
                    last_applied = int(answer.get("last_applied_seq", 0))
                    if resend or last_applied >= ops[0]["seq"] - 1:
                        # Held although nothing is missing that we could send: stop here.
                        tally.held = batch.held
                        break
                    # The server misses seqs this device had already sent (e.g. it was
                    # restored from a backup): send again from its last applied seq.
                    resend = True
                    ops = self._load_ops(last_applied, resend)
                    continue
                resend = False
                # Edits made while the last batch was on its way go out in this sync too.
                ops = prefetched or self._load_ops(ops[-1]["seq"], False)
        return tally

    def _load_ops(self, after: int, include_acknowledged: bool) -> list[PushOp]:
        with self._engine.connect() as conn:
            return load_ops(
                conn,
                after_seq=after,
                limit=self._push_batch,
                include_acknowledged=include_acknowledged,
            )

    # -- pull -------------------------------------------------------------------------

    def pull(self) -> ApplyResult:
        """Fetch and apply pages after the stored cursor, each with its cursor atomically.

        The next page is fetched while the current one is applied (the server and the local
        database work at the same time); pages are still applied strictly in order.
        """
        with self._engine.connect() as conn:
            cursor = get_cursor(conn)
        total = ApplyResult()
        received = 0
        self._progress("pull", 0, 0)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kim-pull") as pool:
            upcoming = pool.submit(self._transport.pull, cursor, self._pull_limit)
            while True:
                page = upcoming.result()
                new_cursor = int(page.get("cursor", cursor))
                more = bool(page.get("more")) and new_cursor > cursor
                if more:
                    upcoming = pool.submit(self._transport.pull, new_cursor, self._pull_limit)
                self._apply_page(page, cursor_key=CURSOR_KEY, cursor=cursor, into=total)
                received += len(page.get("changes", []))
                self._progress("pull", received, 0)
                if not more:
                    break
                cursor = new_cursor
        if total.erased:
            fold_wal(self._engine)
        return total

    def _apply_page(
        self, page: PullResponse, *, cursor_key: str | None, cursor: int, into: ApplyResult
    ) -> int:
        new_cursor = int(page.get("cursor", cursor))
        with apply_transaction(self._engine) as conn:
            into.add(apply_changes(conn, list(page.get("changes", []))))
            if cursor_key is not None and new_cursor > cursor:
                set_meta(conn, cursor_key, str(new_cursor))
        return new_cursor

    def pull_table(self, table: str) -> tuple[ApplyResult, set[str]]:
        """Re-pull every visible record of ``table`` (the stored cursor is not touched)."""
        result, seen, cursor = ApplyResult(), set(), 0
        while True:
            page = self._transport.pull(after=cursor, limit=self._pull_limit, table=table)
            seen.update(c["record_id"] for c in page.get("changes", []) if not c.get("erased"))
            new_cursor = self._apply_page(page, cursor_key=None, cursor=cursor, into=result)
            if not page.get("more") or new_cursor <= cursor:
                break
            cursor = new_cursor
        return result, seen

    # -- verify -----------------------------------------------------------------------

    def verify(self, pulled: ApplyResult) -> list[str]:
        """Compare counts and checksums per table; re-pull a table that differs.

        A table with pending local changes is left for the next sync (its upload will change
        it anyway). Records the server no longer shows this account lose their integrated
        version (they are then merged from version 0 should they ever be sent again).
        """
        self._progress("check", 0, 0)
        answer = self._transport.checksums()
        remote: dict[str, dict[str, Any]] = answer.get("tables", {})
        known = replicated_tables()
        repaired: list[str] = []
        with self._engine.connect() as conn:
            mismatched = [
                table
                for table, sums in remote.items()
                if table in known and local_checksum(conn, table) != _remote_sums(sums)
            ]
            # A table this device holds versions of but the server lists nothing for.
            mismatched += [
                table
                for table in conn.scalars(select(_state.c.table_name).distinct())
                if table in known and table not in remote
            ]
            busy = set(
                conn.scalars(
                    select(_outbox.c.table_name)
                    .where(_outbox.c.acknowledged_at.is_(None))
                    .distinct()
                )
            )
        for index, table in enumerate(mismatched):
            self._progress("check", index, len(mismatched))
            if table in busy:
                continue
            result, seen = self.pull_table(table)
            pulled.add(result)
            with self._engine.begin() as conn:
                ids = list(
                    conn.scalars(select(_state.c.record_id).where(_state.c.table_name == table))
                )
                forget_records(conn, table, [rid for rid in ids if rid not in seen])
            repaired.append(table)
        if pulled.erased:
            fold_wal(self._engine)
        return repaired

    # -- conflicts --------------------------------------------------------------------

    def send_resolutions(self) -> int:
        """Tell the server about conflict choices made here since the last sync."""
        with self._engine.connect() as conn:
            pending = conn.execute(
                select(_conflicts.c.conflict_id, _conflicts.c.resolution_value).where(
                    _conflicts.c.resolution_pending.is_(True)
                )
            ).all()
        for conflict_id, value in pending:
            try:
                self._transport.resolve_conflict(conflict_id, value)
            except ServerRefused as exc:
                if exc.status not in (404, 409):
                    raise
            with self._engine.begin() as conn:
                conn.execute(
                    _conflicts.update()
                    .where(_conflicts.c.conflict_id == conflict_id)
                    .values(resolution_pending=False)
                )
        return len(pending)

    def fetch_conflicts(self) -> int:
        """Copy the server's open conflicts into the local inbox; returns how many are open."""
        self._progress("conflicts", 0, 0)
        records = self._transport.conflicts("open")
        store_conflicts(self._engine, records, complete_open_list=True)
        with self._engine.connect() as conn:
            return len(
                list(
                    conn.scalars(
                        select(_conflicts.c.conflict_id).where(_conflicts.c.resolved_at.is_(None))
                    )
                )
            )

    # -- coordinator feed -------------------------------------------------------------

    def pull_feed(self) -> int:
        """The coordinator's pseudonymised rows after the feed cursor, page by page."""
        with self._engine.connect() as conn:
            cursor = get_cursor(conn, FEED_CURSOR_KEY)
        received = 0
        while True:
            page = self._transport.coordinator_feed(after=cursor, limit=self._pull_limit)
            rows = list(page.get("rows", []))
            new_cursor = int(page.get("cursor", cursor))
            with self._engine.begin() as conn:
                store_feed_rows(conn, rows)
                if new_cursor > cursor:
                    set_meta(conn, FEED_CURSOR_KEY, str(new_cursor))
            received += len(rows)
            self._progress("feed", received, 0)
            if not page.get("more") or new_cursor <= cursor:
                break
            cursor = new_cursor
        return received


def _remote_sums(sums: dict[str, Any]) -> tuple[int, str]:
    return int(sums.get("count", 0)), str(sums.get("checksum", ""))


def local_checksum(conn: Any, table: str) -> tuple[int, str]:
    """Count and SHA-256 over sorted ``"<record_id>:<version>\\n"`` of integrated records."""
    lines = sorted(
        f"{rid}:{version}\n"
        for rid, version in conn.execute(
            select(_state.c.record_id, _state.c.server_version).where(_state.c.table_name == table)
        )
    )
    digest = hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()
    return len(lines), digest


def foreign_key_problems_of(engine: Engine, tables: set[str]) -> list[tuple[str, str]]:
    """Dangling references in the tables a pull touched (checked after the fact, see
    ``state.apply_transaction``); reported in the sync report, never fatal."""
    return foreign_key_problems(engine, tables) if tables else []


def store_conflicts(
    engine: Engine, records: list[ConflictRecord], *, complete_open_list: bool
) -> None:
    """Upsert conflict copies; with ``complete_open_list`` local open ones not listed are closed."""
    now = utcnow().isoformat()
    with engine.begin() as conn:
        if records:
            statement = insert(_conflicts)
            columns = [c.name for c in _conflicts.c if c.name not in _LOCAL_CONFLICT_COLUMNS]
            statement = statement.on_conflict_do_update(
                index_elements=["conflict_id"],
                set_={name: statement.excluded[name] for name in columns},
                where=_conflicts.c.resolution_pending.is_(False),
            )
            conn.execute(statement, [_conflict_row(r) for r in records])
        if complete_open_list:
            listed = {r["conflict_id"] for r in records}
            open_ids = [
                cid
                for cid in conn.scalars(
                    select(_conflicts.c.conflict_id).where(_conflicts.c.resolved_at.is_(None))
                )
                if cid not in listed
            ]
            for part in chunks(open_ids):
                conn.execute(
                    _conflicts.update()
                    .where(_conflicts.c.conflict_id.in_(part))
                    .values(resolved_at=now)
                )


def _conflict_row(record: ConflictRecord) -> dict[str, Any]:
    return {
        "conflict_id": record["conflict_id"],
        "table_name": record["table"],
        "record_id": record["record_id"],
        "field": record["field"],
        "base_value": record.get("base_value"),
        "server_value": record.get("server_value"),
        "device_value": record.get("device_value"),
        "server_hlc": record.get("server_hlc") or "",
        "device_hlc": record.get("device_hlc") or "",
        "server_login": record.get("server_login"),
        "device_login": record.get("device_login"),
        "created_at": record.get("created_at") or "",
        "resolved_at": record.get("resolved_at"),
        "resolved_by": record.get("resolved_by"),
    }


def store_feed_rows(conn: Any, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    statement = insert(_feed)
    statement = statement.on_conflict_do_update(
        index_elements=["kind", "pseudonym"],
        set_={"seq": statement.excluded.seq, "data": statement.excluded.data},
    )
    conn.execute(
        statement,
        [
            {
                "kind": str(row.get("kind", "")),
                "pseudonym": str(row.get("pseudonym", "")),
                "seq": int(row.get("seq", 0) or 0),
                "data": row,
            }
            for row in rows
        ],
    )
