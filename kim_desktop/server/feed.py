"""The coordinator's pseudonymised feed (DESIGN rule 6, docs/SYNC_PROTOCOL.md).

Built from a whitelist per table: only the fields named here leave the server; everything
else (names, birth dates, contacts, addresses, free text) is never read into a feed row.
Ids become keyed pseudonyms (HMAC-SHA256 with the district secret), birth dates age bands.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import date
from typing import Any

from sqlalchemy import select

from kim_desktop.server import errors
from kim_desktop.server.accounts import Account
from kim_desktop.server.schema import records, seq_counter
from kim_desktop.server.store import Store
from kim_desktop.sync.protocol import AGE_BANDS

# kind, and per field: "code" (copied), "date" (copied ISO date), "count" (copied number),
# "ref" (pseudonymised id), "codes" (list of codes), "bool", "age" (birth date -> age band).
FEED_TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "clients": (
        "client",
        {
            "municipality_code": "code",
            "target_group_code": "code",
            "residence_status_code": "code",
            "nationality_code": "code",
            "gender": "code",
            "preferred_language_code": "code",
            "interpreter_needed": "bool",
            "birth_date": "age",
        },
    ),
    "cases": (
        "case",
        {
            "client_id": "ref",
            "case_manager_id": "ref",
            "case_type": "code",
            "municipality_code": "code",
            "phase": "code",
            "opened_on": "date",
            "closed_on": "date",
            "closing_reason": "code",
        },
    ),
    "consultations": (
        "consultation",
        {
            "client_id": "ref",
            "case_id": "ref",
            "case_manager_id": "ref",
            "municipality_code": "code",
            "held_on": "date",
            "duration_minutes": "count",
            "mode": "code",
            "consultation_type": "code",
            "language_mediation": "code",
            "mediation_language_code": "code",
            "topics": "codes",
        },
    ),
    "referrals": (
        "referral",
        {
            "client_id": "ref",
            "case_id": "ref",
            "consultation_id": "ref",
            "case_manager_id": "ref",
            "municipality_code": "code",
            "direction": "code",
            "target_code": "code",
            "referred_on": "date",
            "status": "code",
            "status_changed_on": "date",
            "follow_up_on": "date",
        },
    ),
    "group_sessions": (
        "group_session",
        {
            "offer_id": "ref",
            "held_on": "date",
            "duration_minutes": "count",
            "participants": "count",
        },
    ),
    "structural_needs": (
        "structural_need",
        {
            "reported_by_id": "ref",
            "reported_on": "date",
            "municipality_code": "code",
            "topic_code": "code",
            "cases_seen": "count",
            "status": "code",
            "status_changed_on": "date",
        },
    ),
}
# What a group session takes over from its offer (municipality and kind of the MuKi-S groups).
GROUP_OFFER_FIELDS = {"municipality_code": "offer_municipality_code", "kind": "offer_kind"}


class Pseudonymiser:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def __call__(self, record_id: str | None) -> str | None:
        if not record_id:
            return None
        mac = hmac.new(self._secret, record_id.encode("utf-8"), hashlib.sha256)
        return mac.hexdigest()[:32]


def age_band(birth: Any, today: date) -> str | None:
    if not isinstance(birth, str):
        return None
    try:
        born = date.fromisoformat(birth)
    except ValueError:
        return None
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    for band, upper in zip(AGE_BANDS, (17, 26, 39, 59), strict=False):
        if age <= upper:
            return band
    return AGE_BANDS[-1]


COORDINATOR_ROLE = "coordinator"


def require_coordinator(account: Account) -> None:
    if account.role != COORDINATOR_ROLE:
        raise errors.forbidden(
            "Den pseudonymisierten Auswertungs-Abruf erhält nur die Koordination."
        )


def feed_page(
    store: Store, secret: bytes, after: int, limit: int, today: date | None = None
) -> dict[str, Any]:
    today = today or date.today()
    pseudonym = Pseudonymiser(secret)
    with store.read() as conn:
        rows = conn.execute(
            select(
                records.c.last_seq,
                records.c.table_name,
                records.c.record_id,
                records.c.fields,
                records.c.deleted,
                records.c.erased,
            )
            .where(records.c.last_seq > after, records.c.table_name.in_(list(FEED_TABLES)))
            .order_by(records.c.last_seq)
            .limit(limit + 1)
        ).all()
        more = len(rows) > limit
        rows = rows[:limit]
        offers = _group_offers(conn, rows)
        if rows:
            cursor = rows[-1].last_seq
        else:
            cursor = max(after, conn.execute(select(seq_counter.c.last_seq)).scalar_one())
    feed_rows = [_feed_row(row, pseudonym, offers, today) for row in rows]
    return {"rows": feed_rows, "cursor": cursor, "more": more}


def _group_offers(conn: Any, rows: list[Any]) -> dict[str, dict[str, Any]]:
    ids = {
        row.fields.get("offer_id")
        for row in rows
        if row.table_name == "group_sessions" and not row.erased and row.fields
    }
    ids.discard(None)
    if not ids:
        return {}
    found = conn.execute(
        select(records.c.record_id, records.c.fields).where(
            records.c.table_name == "group_offers", records.c.record_id.in_(sorted(ids))
        )
    )
    return {row.record_id: row.fields or {} for row in found}


def _feed_row(
    row: Any, pseudonym: Pseudonymiser, offers: dict[str, dict[str, Any]], today: date
) -> dict[str, Any]:
    kind, whitelist = FEED_TABLES[row.table_name]
    out: dict[str, Any] = {"seq": row.last_seq, "kind": kind, "pseudonym": pseudonym(row.record_id)}
    if row.erased:
        out.update(erased=True, deleted=True)
        return out
    out.update(erased=False, deleted=bool(row.deleted))
    fields = row.fields or {}
    for name, how in whitelist.items():
        value = fields.get(name)
        if how == "ref":
            out[name.removesuffix("_id")] = pseudonym(value)
        elif how == "age":
            out["age_band"] = age_band(value, today)
        elif how == "codes":
            out[name] = [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
        elif how == "bool":
            out[name] = bool(value)
        elif how == "count":
            out[name] = value if isinstance(value, int) and not isinstance(value, bool) else None
        else:  # code, date: short strings from the catalogue or ISO dates
            out[name] = value if isinstance(value, str) and len(value) <= 48 else None
    if row.table_name == "group_sessions":
        offer = offers.get(fields.get("offer_id") or "", {})
        for source, target in GROUP_OFFER_FIELDS.items():
            value = offer.get(source)
            out[target] = value if isinstance(value, str) and len(value) <= 48 else None
    return out
