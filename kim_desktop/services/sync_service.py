"""Synchronisation for the UI and the CLI: enrol, sync now, overview, conflicts, bundles, erasure.

The Synchronisation screen and ``kim sync`` call only this module::

    service = SyncService(office)
    service.enrol(server_url, code, ca_bundle=None) -> EnrolmentResult
    service.sync_now(progress=None, *, wait_s=0.0) -> SyncReport
        # pushed, pulled, conflicts, rejected, skew_seconds, message (+ held, erased, …)
    service.overview() -> SyncOverview
        # server_url, enrolled, device_id, last_success, pending_changes,
        # rejected: [(table, record_id, reason, when)], open_conflicts,
        # clock_skew_seconds (+ clock_skew_reportable), last_error, account_login/role
    service.conflicts(include_resolved=False) -> list[LocalConflict]
    service.resolve_conflict(conflict_id, chosen_value) -> None
    service.export_bundle(path) -> int          # number of changes written
    service.import_bundle(path) -> SyncReport
    service.erase_client(client_id) -> None

Failures are ``KimError``s whose text is a German sentence that says what to do: a
:class:`kim_desktop.sync.errors.SyncError` (not enrolled, unreachable, certificate, revoked,
outdated, already running, bundle problems …), ``EraseNotAllowed`` or ``RecordMissing``.
Nothing here touches Qt; long calls (``sync_now``, bundles) belong on a worker thread and
report through ``progress(phase, done, total)``. ``services/sync_schedule.py`` says when the
next background sync is due.
"""

from __future__ import annotations

import contextlib
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from kim_desktop.db.base import utcnow
from kim_desktop.db.migrate import HEAD_REVISION
from kim_desktop.db.models import (
    AuditEntry,
    Client,
    OutboxEntry,
    SyncConflict,
    SyncLogEntry,
)
from kim_desktop.domain.enums import AuditAction, OutboxOp, Role
from kim_desktop.domain.errors import KimError, RecordMissing
from kim_desktop.domain.messages import format_message
from kim_desktop.services.erasure_rights import may_erase_client
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.sync_conflicts import apply_choice
from kim_desktop.sync import state
from kim_desktop.sync.bundle import decode_key, read_bundle, write_bundle
from kim_desktop.sync.engine import Progress, SyncEngine, SyncReport, store_conflicts
from kim_desktop.sync.erase import erase_records, fold_wal
from kim_desktop.sync.errors import BundleError, EraseNotAllowed, NotEnrolled, SyncError
from kim_desktop.sync.ids import new_id
from kim_desktop.sync.initial_upload import queue_initial_upload
from kim_desktop.sync.lock import sync_lock
from kim_desktop.sync.outbox import load_ops, pending_count, record_results
from kim_desktop.sync.protocol import MAX_CLOCK_SKEW_SECONDS, MAX_PULL_LIMIT, PROTOCOL_VERSION
from kim_desktop.sync.transport import DEFAULT_RETRIES, SyncTransport, normalise_server_url

__all__ = [
    "EnrolmentResult",
    "LocalConflict",
    "RejectedChange",
    "SyncOverview",
    "SyncReport",
    "SyncService",
]

LOCK_FILE = "sync.lock"
REJECTED_SHOWN = 200


@dataclass(frozen=True)
class EnrolmentResult:
    server_url: str
    device_id: str
    login: str
    display_name: str
    role: str
    municipalities: list[str]
    queued: int = 0  # records queued for the initial upload (see sync/initial_upload.py)


class RejectedChange(tuple[str, str, str, datetime | None]):
    """``(table, record_id, reason, when)`` of a change the server refused."""

    __slots__ = ()

    def __new__(cls, table: str, record_id: str, reason: str, when: datetime | None):
        return super().__new__(cls, (table, record_id, reason, when))

    @property
    def table(self) -> str:
        return self[0]

    @property
    def record_id(self) -> str:
        return self[1]

    @property
    def reason(self) -> str:
        return self[2]

    @property
    def when(self) -> datetime | None:
        return self[3]


@dataclass(frozen=True)
class SyncOverview:
    """What the Synchronisation screen shows."""

    server_url: str | None
    enrolled: bool
    device_id: str
    last_success: datetime | None
    pending_changes: int
    rejected: list[RejectedChange]
    open_conflicts: int
    clock_skew_seconds: float | None
    last_error: str | None
    account_login: str | None = None
    account_role: str | None = None

    @property
    def clock_skew_reportable(self) -> bool:
        return self.clock_skew_seconds is not None and (
            abs(self.clock_skew_seconds) > MAX_CLOCK_SKEW_SECONDS
        )


@dataclass(frozen=True)
class LocalConflict:
    """One entry of the conflict inbox: ``field`` of a record changed on two devices.

    ``server_value`` is the value the server kept (the later clock), ``device_value`` the
    other one; ``base_value`` what both started from; ``server_login``/``device_login`` who
    made them. ``field == "__deleted__"`` is an edit-versus-delete conflict.
    """

    conflict_id: str
    table: str
    record_id: str
    field: str
    base_value: Any
    server_value: Any
    device_value: Any
    server_login: str | None
    device_login: str | None
    server_hlc: str
    device_hlc: str
    created_at: str
    resolved_at: str | None
    resolved_by: str | None
    resolution_pending: bool = False


class SyncService:
    """Synchronisation of one unlocked office (``OfficeSession``).

    ``device_clock``, ``retries``, ``protocol_version``, ``timeout_s`` and ``pull_limit``
    (records per pull page) exist for tests and tools.
    """

    def __init__(
        self,
        office: OfficeSession,
        *,
        retries: int = DEFAULT_RETRIES,
        device_clock: Any = None,
        protocol_version: int = PROTOCOL_VERSION,
        timeout_s: float | None = None,
        pull_limit: int = MAX_PULL_LIMIT,
    ) -> None:
        self._office = office
        self._pull_limit = pull_limit
        self._retries = retries
        self._device_clock = device_clock
        self._protocol = protocol_version
        self._timeout_s = timeout_s

    @property
    def _engine(self) -> Engine:
        return self._office.database.engine

    @property
    def _lock_path(self) -> Path:
        return self._office.paths.root / LOCK_FILE

    def _meta(self, key: str) -> str | None:
        with self._engine.connect() as conn:
            return state.get_meta(conn, key)

    def _set_meta(self, values: dict[str, str | None]) -> None:
        with self._engine.begin() as conn:
            for key, value in values.items():
                state.set_meta(conn, key, value)

    def _transport(
        self, server_url: str, token: str | None, ca_bundle: str | None
    ) -> SyncTransport:
        options: dict[str, Any] = {
            "token": token,
            "ca_bundle": ca_bundle,
            "schema_revision": HEAD_REVISION,
            "protocol_version": self._protocol,
            "retries": self._retries,
        }
        if self._device_clock is not None:
            options["device_clock"] = self._device_clock
        if self._timeout_s is not None:
            options["timeout_s"] = self._timeout_s
        return SyncTransport(server_url, **options)

    def _connected(self) -> SyncTransport:
        url, token = self._meta(state.SERVER_URL_KEY), self._meta(state.TOKEN_KEY)
        if not url or not token:
            raise NotEnrolled()
        return self._transport(url, token, self._meta(state.CA_BUNDLE_KEY))

    # -- enrolment --------------------------------------------------------------------

    def enrol(
        self, server_url: str, code: str, ca_bundle: str | Path | None = None
    ) -> EnrolmentResult:
        """Register this device with the server using a one-time enrolment code.

        Stores the device token and bundle key inside the encrypted database and the server
        address in ``sync_server_url``. A new server (other ``server_id``) starts from cursor 0.
        Records the server has never seen (demo data) are queued for the initial upload.
        """
        url = normalise_server_url(server_url)
        if not url.startswith(("https://", "http://")) or url[-3:] == "://":
            raise SyncError("sync_server_url_invalid")
        code = code.strip()
        if not code:
            raise SyncError("sync_code_required")
        if ca_bundle is not None and not Path(ca_bundle).is_file():
            raise SyncError("sync_ca_bundle_missing", path=str(ca_bundle))
        device_id = self._office.database.device_id
        with self._transport(url, None, str(ca_bundle) if ca_bundle else None) as transport:
            answer = transport.enrol(code, _device_name(self._office), device_id)
        account = answer.get("account", {})
        server_id = str(answer.get("server_id", ""))
        values: dict[str, str | None] = {
            state.SERVER_URL_KEY: url,
            state.TOKEN_KEY: str(answer["device_token"]),
            state.BUNDLE_KEY_KEY: str(answer["bundle_key"]),
            state.CA_BUNDLE_KEY: str(ca_bundle) if ca_bundle else None,
            state.SERVER_ID_KEY: server_id,
            state.ACCOUNT_LOGIN_KEY: str(account.get("login", "")),
            state.ACCOUNT_ROLE_KEY: str(account.get("role", "")),
            state.ACCOUNT_NAME_KEY: str(account.get("display_name", "")),
            state.LAST_ERROR_KEY: None,
        }
        if self._meta(state.SERVER_ID_KEY) != server_id:
            values[state.CURSOR_KEY] = str(int(answer.get("cursor", 0) or 0))
            values[state.FEED_CURSOR_KEY] = "0"
        self._set_meta(values)
        self._office.database.audit(
            self._office.actor.user_id, AuditAction.ADMIN, detail=f"sync enrolled at {url}"
        )
        with state.apply_transaction(self._engine) as conn:
            queued = queue_initial_upload(
                conn,
                device_id,
                self._office.actor.user_id,
                case_data=account.get("role") != Role.COORDINATOR.value,
            )
        return EnrolmentResult(
            server_url=url,
            device_id=device_id,
            login=str(account.get("login", "")),
            display_name=str(account.get("display_name", "")),
            role=str(account.get("role", "")),
            municipalities=list(account.get("municipalities", [])),
            queued=queued,
        )

    # -- sync -------------------------------------------------------------------------

    def sync_now(self, progress: Progress | None = None, *, wait_s: float = 0.0) -> SyncReport:
        """One full sync: push, pull, checksum repair, conflicts.

        ``progress(phase, done, total)`` is called from the calling thread; phases are
        ``push``, ``pull``, ``check``, ``conflicts``, ``feed`` (German labels: the message codes
        ``sync_phase_<phase>``); ``total`` 0 means unknown. Raises ``SyncAlreadyRunning``
        ("läuft bereits") if another sync of this office runs and does not end within
        ``wait_s`` seconds, ``NotEnrolled``, ``ServerUnreachable``, ``DeviceRevoked``,
        ``ClientOutdated`` or another ``SyncError``; the error is also kept for ``overview``.
        """
        with sync_lock(self._lock_path, wait_s=wait_s):
            transport = self._connected()
            log_id = self._log_start("sync")
            try:
                with transport:
                    engine = SyncEngine(
                        self._engine,
                        self._office.database.device_id,
                        transport,
                        role=self._meta(state.ACCOUNT_ROLE_KEY),
                        progress=progress,
                        pull_limit=self._pull_limit,
                    )
                    try:
                        report = engine.run()
                    except SQLAlchemyError as exc:  # e.g. a constraint the data broke
                        raise SyncError("sync_local_failed", reason=type(exc).__name__) from exc
                    finally:
                        self._remember_skew(transport.clock_skew_seconds)
            except KimError as exc:
                self._log_end(log_id, None, str(exc))
                raise
            report.message = _summary(report)
            self._log_end(log_id, report, report.message)
            return report

    def _remember_skew(self, skew: float | None) -> None:
        if skew is not None:
            self._set_meta({state.CLOCK_SKEW_KEY: f"{skew:.1f}"})

    def _log_start(self, kind: str) -> int:
        with self._engine.begin() as conn:
            return int(
                conn.execute(
                    SyncLogEntry.__table__.insert().values(kind=kind, started_at=utcnow())
                ).inserted_primary_key[0]  # type: ignore[index]
            )

    def _log_end(self, log_id: int, report: SyncReport | None, message: str) -> None:
        now = utcnow()
        values: dict[str, Any] = {"finished_at": now, "ok": report is not None, "message": message}
        if report is not None:
            values |= {
                "pushed": report.pushed,
                "pulled": report.pulled,
                "conflicts": report.conflicts,
                "rejected": report.rejected,
            }
        log = SyncLogEntry.__table__
        with self._engine.begin() as conn:
            conn.execute(log.update().where(log.c.id == log_id).values(**values))
            if report is not None:
                state.set_meta(conn, state.LAST_SYNC_KEY, now.isoformat())
                state.set_meta(conn, state.LAST_ERROR_KEY, None)
            else:
                state.set_meta(conn, state.LAST_ERROR_KEY, message)
        if report is not None:
            self._office.database.audit(
                self._office.actor.user_id,
                AuditAction.ADMIN,
                detail=(
                    f"sync: {report.pushed} sent, {report.pulled} received, "
                    f"{report.rejected} rejected, {report.erased} erased"
                ),
            )

    # -- overview ---------------------------------------------------------------------

    def check_connection(self) -> bool:
        """Whether the enrolled server answers its cheap health request (with the stored CA
        bundle, as a sync would connect); False when not enrolled or unreachable."""
        try:
            with self._connected() as transport:
                transport.health()
        except SyncError:
            return False
        return True

    def overview(self) -> SyncOverview:
        """Server address, enrolment, last success, pending count, rejected changes, conflicts."""
        outbox = OutboxEntry.__table__
        conflicts = SyncConflict.__table__
        with self._engine.connect() as conn:
            meta = {
                key: state.get_meta(conn, key)
                for key in (
                    state.SERVER_URL_KEY,
                    state.TOKEN_KEY,
                    state.LAST_SYNC_KEY,
                    state.CLOCK_SKEW_KEY,
                    state.LAST_ERROR_KEY,
                    state.ACCOUNT_LOGIN_KEY,
                    state.ACCOUNT_ROLE_KEY,
                )
            }
            pending = pending_count(conn)
            rejected = [
                RejectedChange(
                    row.table_name, row.record_id, row.rejected_reason, row.acknowledged_at
                )
                for row in conn.execute(
                    select(
                        outbox.c.table_name,
                        outbox.c.record_id,
                        outbox.c.rejected_reason,
                        outbox.c.acknowledged_at,
                    )
                    .where(
                        outbox.c.rejected_reason.is_not(None), outbox.c.acknowledged_at.is_not(None)
                    )
                    .order_by(outbox.c.seq.desc())
                    .limit(REJECTED_SHOWN)
                )
            ]
            open_conflicts = int(
                conn.scalar(
                    select(func.count())
                    .select_from(conflicts)
                    .where(conflicts.c.resolved_at.is_(None))
                )
                or 0
            )
        last = meta[state.LAST_SYNC_KEY]
        skew = meta[state.CLOCK_SKEW_KEY]
        return SyncOverview(
            server_url=meta[state.SERVER_URL_KEY],
            enrolled=bool(meta[state.TOKEN_KEY]),
            device_id=self._office.database.device_id,
            last_success=datetime.fromisoformat(last) if last else None,
            pending_changes=pending,
            rejected=rejected,
            open_conflicts=open_conflicts,
            clock_skew_seconds=float(skew) if skew else None,
            last_error=meta[state.LAST_ERROR_KEY],
            account_login=meta[state.ACCOUNT_LOGIN_KEY],
            account_role=meta[state.ACCOUNT_ROLE_KEY],
        )

    # -- conflicts --------------------------------------------------------------------

    def conflicts(self, include_resolved: bool = False) -> list[LocalConflict]:
        """The conflict inbox, newest first (open ones only unless ``include_resolved``)."""
        table = SyncConflict.__table__
        query = select(table).order_by(table.c.created_at.desc(), table.c.conflict_id)
        if not include_resolved:
            query = query.where(table.c.resolved_at.is_(None))
        with self._engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            LocalConflict(
                conflict_id=r.conflict_id,
                table=r.table_name,
                record_id=r.record_id,
                field=r.field,
                base_value=r.base_value,
                server_value=r.server_value,
                device_value=r.device_value,
                server_login=r.server_login,
                device_login=r.device_login,
                server_hlc=r.server_hlc,
                device_hlc=r.device_hlc,
                created_at=r.created_at,
                resolved_at=r.resolved_at,
                resolved_by=r.resolved_by,
                resolution_pending=r.resolution_pending,
            )
            for r in rows
        ]

    def resolve_conflict(self, conflict_id: str, chosen_value: Any) -> None:
        """Decide a conflict: ``chosen_value`` (one side's value or a combination) is saved.

        The value becomes an ordinary local edit through the write path (so it is uploaded
        like any change), the conflict is closed here, and the server is told at once if it
        is reachable, otherwise at the next sync. For ``__deleted__`` conflicts a true value
        deletes the record, a false one keeps (restores) it.
        """
        table = SyncConflict.__table__
        with self._engine.connect() as conn:
            row = conn.execute(select(table).where(table.c.conflict_id == conflict_id)).first()
        if row is None:
            raise SyncError("sync_conflict_unknown")
        with self._office.database.transaction(self._office.actor.user_id) as session:
            apply_choice(session, row.table_name, row.record_id, row.field, chosen_value)
        with self._engine.begin() as conn:
            conn.execute(
                table.update()
                .where(table.c.conflict_id == conflict_id)
                .values(
                    resolved_at=utcnow().isoformat(),
                    resolved_by=self._office.actor.login,
                    resolution_pending=True,
                    resolution_value=chosen_value,
                )
            )
        # The choice is saved; if the server is not reachable it learns it at the next sync.
        with contextlib.suppress(SyncError):
            self._tell_server()

    def _tell_server(self) -> None:
        """Upload the pending changes, then the pending conflict choices (no pull)."""
        with sync_lock(self._lock_path), self._connected() as transport:
            engine = SyncEngine(self._engine, self._office.database.device_id, transport)
            engine.push()
            engine.send_resolutions()

    # -- bundles ----------------------------------------------------------------------

    def _bundle_key(self) -> bytes:
        key = self._meta(state.BUNDLE_KEY_KEY)
        if not key:
            raise NotEnrolled()
        return decode_key(key)

    def export_bundle(self, path: str | Path) -> int:
        """Write every pending change into an encrypted bundle file; returns how many.

        The changes stay pending until the reply bundle (or a sync) acknowledges them, so
        exporting twice or also syncing online is harmless.
        """
        key = self._bundle_key()
        with self._engine.connect() as conn:
            ops = load_ops(conn, after_seq=0, limit=2**31)
            cursor = state.get_cursor(conn)
        if not ops:
            raise SyncError("sync_bundle_empty")
        device_id = self._office.database.device_id
        payload = {"device_id": device_id, "ops": ops, "cursor": cursor}
        write_bundle(Path(path), key, device_id, "push", payload)
        self._office.database.audit(
            self._office.actor.user_id, AuditAction.EXPORT, detail=f"sync bundle: {len(ops)}"
        )
        return len(ops)

    def import_bundle(self, path: str | Path) -> SyncReport:
        """Read the server's reply bundle: push results, pulled pages, conflicts.

        Importing the same reply again changes nothing (results and pages apply by seq and
        version; the cursor never goes back).
        """
        key = self._bundle_key()
        bundle = read_bundle(Path(path), key)
        if bundle.kind != "reply":
            raise BundleError("sync_bundle_wrong_kind")
        if bundle.device_id != self._office.database.device_id:
            raise BundleError("sync_bundle_other_device")
        with sync_lock(self._lock_path):
            log_id = self._log_start("bundle")
            report = self._apply_reply(bundle.payload)
            report.message = _summary(report)
            self._log_end(log_id, report, report.message)
        return report

    def _apply_reply(self, payload: Any) -> SyncReport:
        from kim_desktop.sync.apply import ApplyResult, apply_changes

        report = SyncReport()
        if not isinstance(payload, dict):
            raise BundleError("sync_bundle_tampered")
        push = payload.get("push") or {}
        results = list(push.get("results", []))
        if results:
            first = min(int(r.get("seq", 0)) for r in results)
            with self._engine.connect() as conn:
                ops = load_ops(
                    conn, after_seq=first - 1, limit=len(results) + 1, include_acknowledged=True
                )
            with self._engine.begin() as conn:
                tally = record_results(conn, ops, results)
            report.pushed = tally.applied + tally.duplicate
            report.rejected = tally.rejected
            report.held = tally.held
        total = ApplyResult()
        for page in payload.get("pages", []):
            with self._engine.connect() as conn:
                cursor = state.get_cursor(conn)
            new_cursor = int(page.get("cursor", 0))
            with state.apply_transaction(self._engine) as conn:
                total.add(apply_changes(conn, list(page.get("changes", []))))
                if new_cursor > cursor:
                    state.set_meta(conn, state.CURSOR_KEY, str(new_cursor))
        if total.erased:
            fold_wal(self._engine)
        report.pulled = total.applied
        report.erased = total.erased
        if "conflicts" in payload:
            store_conflicts(self._engine, list(payload["conflicts"]), complete_open_list=True)
        with self._engine.connect() as conn:
            report.conflicts = int(
                conn.scalar(
                    select(func.count())
                    .select_from(SyncConflict.__table__)
                    .where(SyncConflict.__table__.c.resolved_at.is_(None))
                )
                or 0
            )
        return report

    # -- erasure ----------------------------------------------------------------------

    def erase_client(self, client_id: str) -> None:
        """Erase a client's personal data here now and everywhere at the next syncs (Art. 17).

        Allowed for administration, coordination and the case manager of an open case of the
        client. The erase goes through the outbox like every change; the server removes the
        data and tells every other device.
        """
        actor = self._office.actor
        with self._office.database.reading() as session:
            if session.get(Client, client_id) is None:
                raise RecordMissing()
        if not may_erase_client(self._office, client_id):
            raise EraseNotAllowed()
        database = self._office.database
        with database.transaction(actor.user_id) as session:
            entry = OutboxEntry(
                change_id=new_id(),
                op=OutboxOp.ERASE,
                table_name="clients",
                record_id=client_id,
                base_version=0,
                new_version=0,
                fields={},
                hlc=database.clock.now().encode(),
                device_id=database.device_id,
                user_id=actor.user_id,
            )
            session.add(entry)
            session.flush()
            conn = session.connection()
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            erase_records(conn, "clients", [client_id], keep_seq=entry.seq)
            session.add(
                AuditEntry(
                    user_id=actor.user_id,
                    device_id=database.device_id,
                    action=AuditAction.ADMIN,
                    table_name="clients",
                    record_id=client_id,
                    detail="Art. 17 DSGVO: erased",
                )
            )
        fold_wal(self._engine)


def _device_name(office: OfficeSession) -> str:
    name = office.office_info().name or "KIM Desktop"
    return f"{name} ({socket.gethostname()})"[:120]


def _summary(report: SyncReport) -> str:
    parts = [format_message("sync_done", {"pushed": report.pushed, "pulled": report.pulled})]
    if report.rejected:
        parts.append(format_message("sync_rejected_count", {"count": report.rejected}))
    if report.conflicts:
        parts.append(format_message("sync_conflicts_open", {"count": report.conflicts}))
    if report.skew_seconds is not None and abs(report.skew_seconds) > MAX_CLOCK_SKEW_SECONDS:
        parts.append(
            format_message("sync_clock_skew", {"minutes": round(abs(report.skew_seconds) / 60)})
        )
    return " ".join(parts)
