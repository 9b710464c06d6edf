"""Applying a device's pushed operations (docs/SYNC_PROTOCOL.md, "Push").

One push is one transaction (:meth:`Store.sequenced`): the effects, the stored result of every
op and the device's new ``last_applied_seq`` commit together, so a resent batch is answered
from the stored results and applied exactly once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, or_, select, update

from kim_desktop.server.accounts import Account
from kim_desktop.server.bulk import among, bulk_insert
from kim_desktop.server.clock import utcnow_naive
from kim_desktop.server.gcpause import collector_paused
from kim_desktop.server.records import IN_CHUNK, RecordCache, RecordState, packed_insert_meta
from kim_desktop.server.reemit import clients_managed_by, reemit_change
from kim_desktop.server.schema import (
    change_log,
    conflicts,
    devices,
    op_results,
    records,
    seq_counter,
)
from kim_desktop.server.store import Store
from kim_desktop.server.tables import (
    CASE_CHILD_TABLES,
    CASE_TABLE,
    CLIENT_ID_TABLES,
    CLIENT_TABLE,
    MAX_TEXT_CHARS,
    TABLE_FIELDS,
    TOMBSTONE_FIELD,
    USERS_TABLE,
    is_case_data,
    value_problem,
)
from kim_desktop.sync.protocol import DELETED_FIELD

OP_KINDS = ("insert", "update", "delete", "restore", "erase")
ERASING_ROLES = ("administrator", "coordinator")


class Rejected(Exception):
    """An op that can never apply; ``reason`` is shown to the user on the record."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class PushOutcome:
    results: list[dict[str, Any]]
    last_applied_seq: int

    def as_json(self) -> dict[str, Any]:
        return {"results": self.results, "last_applied_seq": self.last_applied_seq}


def push(store: Store, device_id: str, account: Account, ops: list[dict[str, Any]]) -> PushOutcome:
    """Apply ``ops`` (seq strictly increasing) of ``device_id`` exactly once."""
    with collector_paused():
        return _push(store, device_id, account, ops)


def _push(store: Store, device_id: str, account: Account, ops: list[dict[str, Any]]) -> PushOutcome:
    erased = False
    with store.sequenced() as conn:
        last_applied = conn.execute(
            select(devices.c.last_applied_seq).where(devices.c.device_id == device_id)
        ).scalar_one()
        stored = _stored_results(
            conn, device_id, [op["seq"] for op in ops if op["seq"] <= last_applied]
        )
        results: list[dict[str, Any]] = []
        to_apply: list[dict[str, Any]] = []
        expected = last_applied + 1
        held = False
        for op in ops:
            if op["seq"] <= last_applied:
                results.append(_duplicate(op, stored.get(op["seq"])))
            elif held or op["seq"] != expected:
                held = True
                results.append({"seq": op["seq"], "change_id": op["change_id"], "status": "held"})
            else:
                to_apply.append(op)
                expected += 1
        if to_apply:
            batch = Batch(conn, device_id, account)
            applied_results = batch.apply_all(to_apply)
            erased = bool(batch.pending.erased_ids)
            results = _in_seq_order(results + applied_results)
            conn.execute(
                update(devices)
                .where(devices.c.device_id == device_id)
                .values(last_applied_seq=expected - 1, last_seen_at=utcnow_naive())
            )
    if erased:
        store.scrub()
    return PushOutcome(results, expected - 1)


def _in_seq_order(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(results, key=lambda r: r["seq"])


def _stored_results(conn: Connection, device_id: str, seqs: list[int]) -> dict[int, Any]:
    found: dict[int, Any] = {}
    for start in range(0, len(seqs), 1000):
        chunk = seqs[start : start + 1000]
        rows = conn.execute(
            select(op_results).where(
                op_results.c.device_id == device_id, among(conn, op_results.c.device_seq, chunk)
            )
        )
        found.update({row.device_seq: row for row in rows})
    return found


def _duplicate(op: dict[str, Any], row: Any) -> dict[str, Any]:
    result: dict[str, Any] = {"seq": op["seq"], "change_id": op["change_id"], "status": "duplicate"}
    if row is None:
        return result
    if row.change_id != op["change_id"]:
        return {
            "seq": op["seq"],
            "change_id": op["change_id"],
            "status": "rejected",
            "reason": (
                "Der Server hat unter dieser Nummer schon eine andere Änderung dieses Geräts "
                "übernommen; diese Änderung wurde nicht übernommen."
            ),
        }
    if row.version is not None:
        result["version"] = row.version
    if row.conflicts:
        result["conflicts"] = list(row.conflicts)
    if row.status == "rejected":
        result["reason"] = row.reason
        result["original_status"] = "rejected"
    return result


@dataclass
class _Pending:
    """Rows written in bulk when the batch ends."""

    changes: list[dict[str, Any]] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    reemit_clients: set[str] = field(default_factory=set)
    relogged_users: set[str] = field(default_factory=set)  # users records with a new login
    moved_clients: dict[str, str | None] = field(default_factory=dict)
    erased_ids: set[str] = field(default_factory=set)


class Batch:
    """The ops of one push that follow the device's last applied seq without a gap."""

    def __init__(self, conn: Connection, device_id: str, account: Account) -> None:
        self.conn = conn
        self.device_id = device_id
        self.account = account
        self.now = utcnow_naive()
        self.cache = RecordCache(conn)
        self.pending = _Pending()
        self.first_seq = conn.execute(select(seq_counter.c.last_seq)).scalar_one() + 1
        self.next_seq = self.first_seq
        self._base_cache: dict[tuple[str, str], list[Any]] = {}

    # -- driving ----------------------------------------------------------------------

    def apply_all(self, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self._preload(ops)
        results = [self._apply_one(op) for op in ops]
        self._finish()
        return results

    def _preload(self, ops: list[dict[str, Any]]) -> None:
        """The records the ops change (in full), and the scope of the clients and cases
        they refer to (a few columns), in a handful of queries."""
        self.cache.load(op["record_id"] for op in ops)
        parents = set()
        for op in ops:
            fields = op.get("fields") or {}
            for key in ("client_id", "case_id"):
                if isinstance(fields.get(key), str):
                    parents.add(fields[key])
        parents.update(s.client_id for s in self.cache.by_key.values() if s.client_id)
        self.cache.load_parents(parents)
        # The clients of those cases, for records that belong to a client through their case.
        self.cache.load_parents(p.client_id for p in self.cache.parents.values() if p.client_id)

    def _allocate(self) -> int:
        seq = self.next_seq
        self.next_seq += 1
        return seq

    def _apply_one(self, op: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = {"seq": op["seq"], "change_id": op["change_id"]}
        try:
            _validate(op)
            self._check_role(op)
            if op["op"] == "erase":
                version = self._erase(op)
                result.update(status="applied", version=version)
            else:
                version, conflict_ids = self._merge(op)
                result.update(status="applied", version=version)
                if conflict_ids:
                    result["conflicts"] = conflict_ids
        except Rejected as refusal:
            result.update(status="rejected", reason=refusal.reason)
        self.pending.results.append(
            {
                "device_id": self.device_id,
                "device_seq": op["seq"],
                "change_id": op["change_id"],
                "status": result["status"],
                "version": result.get("version"),
                "reason": result.get("reason"),
                "conflicts": result.get("conflicts"),
                "created_at": self.now,
            }
        )
        return result

    # -- rules ------------------------------------------------------------------------

    def _check_role(self, op: dict[str, Any]) -> None:
        if self.account.role == "coordinator" and is_case_data(op["table"]) and op["op"] != "erase":
            raise Rejected(
                "Die Koordination darf keine Falldaten (Personen, Fälle, Beratungen) ändern."
            )

    def _login(self, op: dict[str, Any]) -> str:
        return op.get("user_login") or self.account.login

    # -- ordinary changes -----------------------------------------------------------------

    def _merge(self, op: dict[str, Any]) -> tuple[int, list[str]]:
        table, record_id = op["table"], op["record_id"]
        fields: dict[str, Any] = dict(op["fields"])
        state = self.cache.get(table, record_id)
        if state is not None and state.erased:
            raise Rejected(
                "Dieser Datensatz wurde nach Art. 17 DSGVO gelöscht und kann nicht mehr "
                "geändert werden."
            )
        self._check_parent_not_erased(table, fields, state)
        if op["op"] == "delete":
            fields.setdefault(TOMBSTONE_FIELD, self.now.isoformat() + "Z")
        elif op["op"] == "restore":
            fields[TOMBSTONE_FIELD] = None
        login = self._login(op)
        if state is None:
            return self._insert(op, fields, login), []

        base = int(op["base_version"])
        stamp = [state.version + 1, self.device_id, op["hlc"], login]
        applied: dict[str, Any] = {}
        conflict_ids: list[str] = []
        for name, value in fields.items():
            meta = state.field_meta.get(name)
            current = state.fields.get(name)
            if self._changed_by_other(meta, base) and _differs(name, current, value):
                assert meta is not None
                device_wins = (op["hlc"], self.device_id) > (meta[2], meta[1] or "")
                conflict_ids.append(
                    self._conflict(state, name, current, value, meta, op, login, base)
                )
                if device_wins:
                    applied[name] = value
            else:
                applied[name] = value
        conflict_ids += self._edit_versus_delete(state, op, fields, applied, base, login)

        old_manager, old_municipality = state.ref_user_id, state.municipality_code
        old_login, was_deleted = state.user_login, state.deleted
        for name, value in applied.items():
            state.fields[name] = value
            state.field_meta[name] = stamp
        state.packed_meta = None
        state.deleted = state.fields.get(TOMBSTONE_FIELD) is not None
        state.version += 1
        state.hlc = max(state.hlc, op["hlc"])
        state.last_op = "update" if op["op"] == "insert" else op["op"]
        self._after_change(state, applied, op, login)
        if table == CASE_TABLE and state.client_id:
            handed_over = state.ref_user_id != old_manager
            if handed_over or (was_deleted and not state.deleted):
                self.pending.reemit_clients.add(state.client_id)
        if table == USERS_TABLE and state.user_login != old_login:
            self.pending.relogged_users.add(record_id)
        if table == CLIENT_TABLE and state.municipality_code != old_municipality:
            self.pending.moved_clients[record_id] = state.municipality_code
        return state.version, conflict_ids

    def _changed_by_other(self, meta: list[Any] | None, base: int) -> bool:
        return meta is not None and meta[0] > base and meta[1] != self.device_id

    def _edit_versus_delete(
        self,
        state: RecordState,
        op: dict[str, Any],
        fields: dict[str, Any],
        applied: dict[str, Any],
        base: int,
        login: str,
    ) -> list[str]:
        """Edit against another device's delete, or delete against another's edit."""
        tomb_meta = state.field_meta.get(TOMBSTONE_FIELD)
        if op["op"] == "update" or (op["op"] == "insert" and TOMBSTONE_FIELD not in fields):
            if not (state.deleted and self._changed_by_other(tomb_meta, base)):
                return []
            assert tomb_meta is not None
            edit_wins = (op["hlc"], self.device_id) > (tomb_meta[2], tomb_meta[1] or "")
            if edit_wins:
                applied[TOMBSTONE_FIELD] = None
            return [
                self._conflict(state, DELETED_FIELD, True, dict(fields), tomb_meta, op, login, base)
            ]
        if op["op"] == "delete":
            edits = {
                name: state.fields.get(name)
                for name, meta in state.field_meta.items()
                if name != TOMBSTONE_FIELD and self._changed_by_other(meta, base)
            }
            if not edits:
                return []
            latest = max(
                (state.field_meta[name] for name in edits), key=lambda m: (m[2], m[1] or "")
            )
            delete_wins = (op["hlc"], self.device_id) > (latest[2], latest[1] or "")
            if not delete_wins:
                applied.pop(TOMBSTONE_FIELD, None)
            return [self._conflict(state, DELETED_FIELD, edits, True, latest, op, login, base)]
        return []

    def _insert(self, op: dict[str, Any], fields: dict[str, Any], login: str) -> int:
        state = RecordState(table=op["table"], record_id=op["record_id"], fields={}, field_meta={})
        stamp = [1, self.device_id, op["hlc"], login]
        state.fields = fields  # the same object as the change-log row's: encoded once
        state.field_meta = dict.fromkeys(fields, stamp)
        state.packed_meta = packed_insert_meta(fields, stamp)
        state.version = 1
        state.hlc = op["hlc"]
        state.last_op = "insert" if op["op"] == "insert" else op["op"]
        state.deleted = fields.get(TOMBSTONE_FIELD) is not None
        self.cache.add(state)
        self._after_change(state, fields, op, login)
        if state.table == CASE_TABLE and state.client_id:
            self.pending.reemit_clients.add(state.client_id)
        if state.table == USERS_TABLE and state.user_login:
            self.pending.relogged_users.add(state.record_id)  # cases may name it already
        return 1

    def _check_parent_not_erased(
        self, table: str, fields: dict[str, Any], state: RecordState | None
    ) -> None:
        client_id = fields.get("client_id") if table in CLIENT_ID_TABLES else None
        if client_id is None and state is not None and table != CLIENT_TABLE:
            client_id = state.client_id
        client = self.cache.scope_of(CLIENT_TABLE, client_id)
        case = (
            self.cache.scope_of(CASE_TABLE, fields.get("case_id"))
            if table in CASE_CHILD_TABLES
            else None
        )
        if (client is not None and client.erased) or (case is not None and case.erased):
            raise Rejected(
                "Die Person, zu der dieser Datensatz gehört, wurde nach Art. 17 DSGVO gelöscht; "
                "der Datensatz wird nicht übernommen."
            )

    def _after_change(
        self, state: RecordState, changed: dict[str, Any], op: dict[str, Any], login: str
    ) -> None:
        self.cache.derive_scope(state)
        state.last_seq = self._allocate()
        state.dirty = True
        self.pending.changes.append(
            {
                "seq": state.last_seq,
                "table_name": state.table,
                "record_id": state.record_id,
                "version": state.version,
                "op": state.last_op,
                "fields": changed,
                "device_id": self.device_id,
                "login": login,
                "hlc": op["hlc"],
                "created_at": self.now,
            }
        )

    # -- conflicts --------------------------------------------------------------------

    def _conflict(
        self,
        state: RecordState,
        name: str,
        server_value: Any,
        device_value: Any,
        server_meta: list[Any],
        op: dict[str, Any],
        login: str,
        base: int,
    ) -> str:
        conflict_id = str(uuid.uuid4())
        base_value = None if name == DELETED_FIELD else self._base_value(state, name, base)
        self.pending.conflicts.append(
            {
                "conflict_id": conflict_id,
                "table_name": state.table,
                "record_id": state.record_id,
                "client_id": state.client_id,
                "field": name,
                "base_value": base_value,
                "server_value": server_value,
                "device_value": device_value,
                "server_hlc": server_meta[2],
                "device_hlc": op["hlc"],
                "server_login": server_meta[3],
                "device_login": login,
                "server_device": server_meta[1],
                "device_device": self.device_id,
                "created_at": self.now,
            }
        )
        return conflict_id

    def _base_value(self, state: RecordState, name: str, base: int) -> Any:
        """The value ``name`` had at ``base`` (from the committed change log)."""
        if base <= 0:
            return None
        key = state.key
        if key not in self._base_cache:
            self._base_cache[key] = list(
                self.conn.execute(
                    select(change_log.c.version, change_log.c.fields)
                    .where(
                        change_log.c.record_id == state.record_id,
                        change_log.c.table_name == state.table,
                    )
                    .order_by(change_log.c.version.desc())
                )
            )
        for row in self._base_cache[key]:
            if row.version <= base and name in (row.fields or {}):
                return row.fields[name]
        return None

    # -- erasure (Art. 17) ----------------------------------------------------------------

    def _erase(self, op: dict[str, Any]) -> int:
        if op["table"] != CLIENT_TABLE:
            raise Rejected("Nach Art. 17 DSGVO löschen lassen sich nur Personen (Klient:innen).")
        client_id = op["record_id"]
        self._check_may_erase(client_id)
        belonging = self.cache.load_where(
            or_(records.c.client_id == client_id, records.c.record_id == client_id)
        )
        client = self.cache.get(CLIENT_TABLE, client_id)
        if client is None:  # never synced: keep a tombstone so later changes are refused
            client = RecordState(table=CLIENT_TABLE, record_id=client_id, fields={}, field_meta={})
            self.cache.add(client)
        case_ids = [s.record_id for s in belonging if s.table == CASE_TABLE]
        case_ids += [
            s.record_id
            for s in self.cache.by_key.values()
            if s.table == CASE_TABLE and s.client_id == client_id
        ]
        if case_ids:
            self.cache.load_where(among(self.conn, records.c.case_id, sorted(set(case_ids))))
        targets = [
            s
            for s in self.cache.by_key.values()
            if s.record_id == client_id
            or s.client_id == client_id
            or (s.table in CASE_CHILD_TABLES and s.case_id in case_ids)
        ]
        login = self._login(op)
        for state in targets:
            if state.erased:
                continue
            state.fields = {}
            state.field_meta = {}
            state.packed_meta = None
            state.erased = True
            state.deleted = True
            state.version += 1
            state.hlc = max(state.hlc, op["hlc"])
            state.last_op = "erase"
            state.scoped = True
            state.client_id = client_id
            state.last_seq = self._allocate()
            state.dirty = True
            self.pending.erased_ids.add(state.record_id)
            self.pending.changes.append(
                {
                    "seq": state.last_seq,
                    "table_name": state.table,
                    "record_id": state.record_id,
                    "version": state.version,
                    "op": "erase",
                    "fields": {},
                    "device_id": self.device_id,
                    "login": login,
                    "hlc": op["hlc"],
                    "created_at": self.now,
                }
            )
        self.pending.reemit_clients.discard(client_id)
        self.pending.moved_clients.pop(client_id, None)
        return client.version

    def _check_may_erase(self, client_id: str) -> None:
        if self.account.role in ERASING_ROLES:
            return
        cases = records.alias("cases")
        users = records.alias("users")
        open_case = self.conn.execute(
            select(cases.c.record_id, cases.c.fields)
            .join(
                users,
                and_(users.c.table_name == USERS_TABLE, users.c.record_id == cases.c.ref_user_id),
            )
            .where(
                cases.c.table_name == CASE_TABLE,
                cases.c.client_id == client_id,
                cases.c.deleted.is_(False),
                users.c.user_login == self.account.login,
            )
        ).all()
        if any(not (row.fields or {}).get("closed_on") for row in open_case):
            return
        raise Rejected(
            "Löschen nach Art. 17 DSGVO dürfen nur die Administration, die Koordination oder "
            "das Case Management eines offenen Falls dieser Person."
        )

    # -- end of batch -----------------------------------------------------------------

    def _finish(self) -> None:
        self._move_clients()
        self._follow_logins()
        self._reemit()
        memo: dict[int, Any] = {}
        self.cache.write_back(self.now, memo)
        pending = self.pending
        bulk_insert(self.conn, change_log, pending.changes, memo)
        bulk_insert(self.conn, conflicts, pending.conflicts, memo)
        bulk_insert(self.conn, op_results, pending.results, memo)
        if pending.erased_ids:
            self._blank_erased(sorted(pending.erased_ids))
        self.conn.execute(
            update(seq_counter).where(seq_counter.c.id == 1).values(last_seq=self.next_seq - 1)
        )

    def _move_clients(self) -> None:
        """A client moved to another municipality: its records follow (and are re-emitted)."""
        for client_id, municipality in self.pending.moved_clients.items():
            for state in self.cache.load_where(records.c.client_id == client_id):
                if state.table != CLIENT_TABLE and not state.erased:
                    state.municipality_code = municipality
                    state.dirty = True
            self.pending.reemit_clients.add(client_id)

    def _follow_logins(self) -> None:
        """A users record got a (new) login: the clients of its cases become visible to the
        account with that login, so their records are re-emitted."""
        users = self.pending.relogged_users
        if not users:
            return
        # Cases inserted or handed over in this batch re-emit their clients anyway.
        self.pending.reemit_clients.update(clients_managed_by(self.conn, users))

    def _reemit(self) -> None:
        """New seqs (same version) for clients' records, so new viewers receive them."""
        client_ids = sorted(self.pending.reemit_clients)
        for start in range(0, len(client_ids), IN_CHUNK):
            chunk = client_ids[start : start + IN_CHUNK]
            for state in self.cache.load_where(among(self.conn, records.c.client_id, chunk)):
                if state.last_seq >= self.first_seq:
                    continue  # changed in this batch: already has a new seq
                state.last_seq = self._allocate()
                state.dirty = True
                self.pending.changes.append(
                    reemit_change(
                        state.last_seq,
                        state.table,
                        state.record_id,
                        state.version,
                        state.hlc,
                        self.now,
                    )
                )

    def _blank_erased(self, record_ids: list[str]) -> None:
        for start in range(0, len(record_ids), 1000):
            chunk = record_ids[start : start + 1000]
            self.conn.execute(
                update(change_log)
                .where(among(self.conn, change_log.c.record_id, chunk))
                .values(fields={})
            )
            self.conn.execute(
                update(conflicts)
                .where(among(self.conn, conflicts.c.record_id, chunk))
                .values(
                    base_value=None,
                    server_value=None,
                    device_value=None,
                    resolution=None,
                    note=None,
                )
            )


def _differs(name: str, current: Any, value: Any) -> bool:
    if name == TOMBSTONE_FIELD:  # two deletes (at different times) agree
        return (current is None) != (value is None)
    return current != value


def _validate(op: dict[str, Any]) -> None:
    """Rejects an op that can never apply: unknown table/field, malformed value."""
    table = op["table"]
    known = TABLE_FIELDS.get(table)
    if known is None:
        raise Rejected(f"Die Tabelle {table!r} wird nicht synchronisiert.")
    if op["op"] not in OP_KINDS:
        raise Rejected(f"Unbekannte Art der Änderung {op['op']!r}.")
    fields = op.get("fields") or {}
    for name, value in fields.items():
        kind = known.get(name)
        if kind is None:
            raise Rejected(f"Das Feld {name!r} gibt es in der Tabelle {table!r} nicht.")
        if kind == "s" and type(value) is str and len(value) <= MAX_TEXT_CHARS:
            continue  # the common case, without a call
        problem = value_problem(kind, value)
        if problem is not None:
            raise Rejected(f"Das Feld {name!r} {problem}.")
