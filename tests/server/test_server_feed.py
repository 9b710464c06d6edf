"""The coordinator feed: pseudonyms, age bands, codes and dates — no personal data."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import date

from sync_server_helpers import client_fields, new_id

from kim_desktop.server.embedded import TEST_DISTRICT_SECRET, ServerThread
from kim_desktop.server.feed import age_band

PERSONAL = (
    "Mariam",
    "Haddad",
    "1987-04-12",
    "0176 5550123",
    "5550123",
    "mariam.haddad@example.org",
    "Kölner Straße",
    "53840",
    "Sucht einen Sprachkurs",
    "Angst vor dem Termin",
    "Bitte Dolmetscherin",
    "Yusuf",
    "Herr Schmidt von der Caritas",
    "Zu wenige Plätze",
)


def _pseudonym(record_id: str) -> str:
    return hmac.new(TEST_DISTRICT_SECRET, record_id.encode(), hashlib.sha256).hexdigest()[:32]


def test_the_feed_holds_what_statistics_need_and_no_personal_data(
    server: ServerThread, devices: dict
) -> None:
    anna, kora = devices["anna"], devices["kora"]
    client, case, consultation, referral, member = (new_id() for _ in range(5))
    offer, session, need = new_id(), new_id(), new_id()
    anna.push(
        [
            anna.op(
                "insert",
                "clients",
                client,
                client_fields(target_group_code="refugees", nationality_code="SY"),
            ),
            anna.op(
                "insert",
                "household_members",
                member,
                {"client_id": client, "first_name": "Yusuf", "relation": "child"},
            ),
            anna.op(
                "insert",
                "cases",
                case,
                {
                    "client_id": client,
                    "case_type": "case_management",
                    "case_manager_id": "u1",
                    "municipality_code": "troisdorf",
                    "phase": "planning",
                    "opened_on": "2025-01-10",
                    "closing_note": "Bitte Dolmetscherin",
                },
            ),
            anna.op(
                "insert",
                "consultations",
                consultation,
                {
                    "client_id": client,
                    "case_id": case,
                    "case_manager_id": "u1",
                    "municipality_code": "troisdorf",
                    "held_on": "2025-01-15",
                    "duration_minutes": 60,
                    "mode": "in_person",
                    "consultation_type": "case_management",
                    "language_mediation": "person",
                    "notes": "Angst vor dem Termin",
                    "topics": ["language", "work"],
                },
            ),
            anna.op(
                "insert",
                "referrals",
                referral,
                {
                    "client_id": client,
                    "consultation_id": consultation,
                    "case_manager_id": "u1",
                    "municipality_code": "troisdorf",
                    "target_code": "jobcenter",
                    "institution_name": "Herr Schmidt von der Caritas",
                    "referred_on": "2025-01-16",
                    "reason": "Sucht einen Sprachkurs",
                    "status": "arranged",
                },
            ),
            anna.op(
                "insert",
                "group_offers",
                offer,
                {
                    "title": "Elterntraining Mariam",
                    "kind": "mukis_parents",
                    "municipality_code": "troisdorf",
                    "description": "Sucht einen Sprachkurs",
                },
            ),
            anna.op(
                "insert",
                "group_sessions",
                session,
                {
                    "offer_id": offer,
                    "held_on": "2025-02-05",
                    "participants": 7,
                    "note": "Yusuf war krank",
                },
            ),
            anna.op(
                "insert",
                "structural_needs",
                need,
                {
                    "reported_by_id": "u1",
                    "reported_on": "2025-02-01",
                    "municipality_code": "troisdorf",
                    "topic_code": "language",
                    "challenge": "Zu wenige Plätze",
                    "example": "Mariam Haddad wartet",
                    "cases_seen": 4,
                },
            ),
        ]
    )
    answer = kora.http.get("/v1/coordinator/feed", params={"after": 0})
    assert answer.status_code == 200
    body = answer.json()
    text = json.dumps(body, ensure_ascii=False)
    assert [p for p in PERSONAL if p in text] == []
    for record_id in (client, case, consultation, referral, session, need):
        assert record_id not in text  # ids only as keyed pseudonyms

    rows = {row["kind"]: row for row in body["rows"]}
    assert set(rows) == {
        "client",
        "case",
        "consultation",
        "referral",
        "group_session",
        "structural_need",
    }
    client_row = rows["client"]
    assert client_row["pseudonym"] == _pseudonym(client)
    assert client_row["age_band"] == age_band("1987-04-12", date.today())
    assert client_row["municipality_code"] == "troisdorf"
    assert client_row["target_group_code"] == "refugees" and client_row["nationality_code"] == "SY"
    assert rows["consultation"]["client"] == _pseudonym(client)
    assert rows["consultation"]["topics"] == ["language", "work"]
    assert rows["consultation"]["held_on"] == "2025-01-15"
    assert rows["referral"]["target_code"] == "jobcenter"
    assert rows["referral"]["consultation"] == _pseudonym(consultation)
    assert rows["group_session"]["participants"] == 7
    assert rows["group_session"]["offer_municipality_code"] == "troisdorf"
    assert rows["structural_need"]["cases_seen"] == 4
    assert body["more"] is False and body["cursor"] == 8

    # Erasure reaches the feed as a tombstone.
    kora.push_one("erase", "clients", client)
    later = kora.http.get("/v1/coordinator/feed", params={"after": body["cursor"]}).json()["rows"]
    erased = {row["pseudonym"]: row for row in later}
    assert erased[_pseudonym(client)] == {
        **erased[_pseudonym(client)],
        "erased": True,
        "kind": "client",
    }
    assert set(erased[_pseudonym(client)]) == {"seq", "kind", "pseudonym", "erased", "deleted"}


def test_age_bands() -> None:
    today = date(2025, 6, 1)
    assert age_band("2010-06-02", today) == "0-17"
    assert age_band("2007-06-01", today) == "18-26"
    assert age_band("1998-06-02", today) == "18-26"
    assert age_band("1990-01-01", today) == "27-39"
    assert age_band("1970-01-01", today) == "40-59"
    assert age_band("1960-01-01", today) == "60+"
    assert age_band(None, today) is None and age_band("kaputt", today) is None
