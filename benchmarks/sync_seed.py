"""Fill a sync server's store with many synthetic clients at once (tests and benchmarks).

Writes the server's ``records`` table directly, as the push path would have left it after
one insert per client (version 1, one district-wide seq each), so an initial pull of 100,000
records can be measured without first pushing them. The change log is not filled: nothing
here merges against these records' history.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update

from kim_desktop.sync.ids import new_id

SEED_DEVICE = "5eed5eed5eed"
BATCH = 5000
FIRST_NAMES = ("Amina", "Berat", "Chiara", "Dmytro", "Elif", "Farid", "Goran", "Hana")
LAST_NAMES = ("Yilmaz", "Kaya", "Rossi", "Kovalenko", "Haddad", "Nowak", "Ahmadi", "Petrov")


def client_fields(number: int, municipality: str) -> dict[str, Any]:
    """The outbox fields of a synthetic client (same names and shapes as a real insert)."""
    return {
        "file_number": f"SEED-{number:07d}",
        "first_name": FIRST_NAMES[number % len(FIRST_NAMES)],
        "last_name": f"{LAST_NAMES[number % len(LAST_NAMES)]}-{number}",
        "birth_date": (date(1960, 1, 1) + timedelta(days=number % 20000)).isoformat(),
        "gender": "unknown",
        "nationality_code": None,
        "residence_status_code": None,
        "residence_valid_until": None,
        "target_group_code": None,
        "arrival_date": None,
        "municipality_code": municipality,
        "street": f"Musterweg {number % 200}",
        "postal_code": "53840",
        "city": "Troisdorf",
        "phone": f"0176 {number:07d}",
        "email": "",
        "preferred_language_code": None,
        "interpreter_needed": False,
        "notes": "",
        "languages": [],
    }


def seed_clients(server: Any, count: int, municipality: str = "troisdorf") -> list[str]:
    """Insert ``count`` clients into the store of ``server`` (a ``ServerThread``); their ids."""
    from kim_desktop.server.schema import records, seq_counter

    store = server.store
    now = datetime.now(UTC).replace(tzinfo=None)
    hlc = f"{int(now.timestamp() * 1000):013d}-00000-{SEED_DEVICE}"
    ids: list[str] = []
    with store.sequenced() as conn:
        last_seq = conn.execute(select(seq_counter.c.last_seq)).scalar_one()
        for start in range(0, count, BATCH):
            rows = []
            for number in range(start, min(count, start + BATCH)):
                record_id = new_id()
                ids.append(record_id)
                fields = client_fields(number, municipality)
                stamp = [1, SEED_DEVICE, hlc, "seed"]
                rows.append(
                    {
                        "record_id": record_id,
                        "table_name": "clients",
                        "fields": fields,
                        "field_meta": {name: stamp for name in fields},
                        "version": 1,
                        "hlc": hlc,
                        "last_op": "insert",
                        "deleted": False,
                        "erased": False,
                        "scoped": True,
                        "client_id": record_id,
                        "case_id": None,
                        "municipality_code": municipality,
                        "ref_user_id": None,
                        "user_login": None,
                        "last_seq": last_seq + number + 1,
                        "updated_at": now,
                    }
                )
            conn.execute(insert(records), rows)
        conn.execute(update(seq_counter).values(last_seq=last_seq + count))
    return ids
