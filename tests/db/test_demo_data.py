"""The demo office: figures of the district's evaluation, determinism, encryption, login.

The evaluation years 2022–2024 follow the district's figures exactly; the consultations of
the current period (the weeks before the day of generation, :mod:`~.demo.current`) come on
top and follow the same shares.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kim_desktop.domain.enums import AuditAction
from kim_desktop.domain.file_numbers import device_tag
from kim_desktop.paths import DataPaths
from kim_desktop.services.auth import AuthService
from kim_desktop.services.demo import (
    DEFAULT_CLIENTS,
    DemoCancelled,
    DemoCredentials,
    DemoDataError,
    create_demo_office,
    populate,
)
from kim_desktop.services.demo import figures as fig
from kim_desktop.services.demo.current import PERIOD_DAYS
from kim_desktop.services.demo.dates import DATA_END
from kim_desktop.services.demo.office import DEMO_MUNICIPALITIES
from kim_desktop.services.demo.plan import consultation_limits, default_consultations
from kim_desktop.services.demo.quota import capped_remainder
from kim_desktop.services.office_session import OfficeSession

TODAY = date(2026, 6, 17)  # the day of generation: a Wednesday
EVALUATION = "c.held_on <= '2024-12-31'"


@pytest.fixture(scope="module")
def demo_office(tmp_path_factory: pytest.TempPathFactory) -> tuple[DataPaths, DemoCredentials]:
    paths = DataPaths(tmp_path_factory.mktemp("demo") / "office")
    credentials = create_demo_office(paths, today=TODAY)
    return paths, credentials


@pytest.fixture(scope="module")
def demo_session(demo_office: tuple[DataPaths, DemoCredentials]) -> Iterator[OfficeSession]:
    paths, credentials = demo_office
    session = AuthService(paths).login(credentials.login, credentials.password)
    yield session
    session.database.close()


def _rows(session: OfficeSession, sql: str, **params: Any) -> list[Any]:
    with session.database.engine.connect() as conn:
        return list(conn.execute(text(sql), params).all())


def _shares(rows: list[Any]) -> dict[str, float]:
    total = sum(count for _, count in rows)
    return {code: 100 * count / total for code, count in rows}


def test_consultations_per_year_and_type_follow_the_evaluation(
    demo_session: OfficeSession,
) -> None:
    rows = _rows(
        demo_session,
        "SELECT CAST(strftime('%Y', held_on) AS INTEGER), consultation_type, count(*) "
        "FROM consultations WHERE deleted_at IS NULL GROUP BY 1, 2",
    )
    counts = {(year, kind): n for year, kind, n in rows}
    # The evaluation years, and the current period before the day of generation.
    assert {year for year, _ in counts} == {*fig.YEARS, 2026}
    [(first, last)] = _rows(
        demo_session,
        "SELECT min(held_on), max(held_on) FROM consultations WHERE held_on > :end",
        end=DATA_END.isoformat(),
    )
    assert date.fromisoformat(first) >= TODAY - timedelta(days=PERIOD_DAYS)
    assert date.fromisoformat(last) < TODAY
    for year in fig.YEARS:
        one_time = counts[(year, "one_time")]
        case_management = counts[(year, "case_management")]
        assert one_time + case_management == fig.CONSULTATIONS_PER_YEAR[year]
        assert one_time / (one_time + case_management) == pytest.approx(
            fig.ONE_TIME_SHARE[year], abs=0.0005
        )
        assert counts[(year, "mukis_individual")] == fig.MUKIS_CONSULTATIONS_PER_YEAR[year]
    assert fig.CONSULTATIONS_PER_YEAR[2022] == 1184
    assert fig.CONSULTATIONS_PER_YEAR[2023] == 2137


@pytest.mark.parametrize(("period", "tolerance"), [(EVALUATION, 0.5), (f"NOT {EVALUATION}", 1.0)])
def test_topic_shares_follow_the_evaluation(
    demo_session: OfficeSession, period: str, tolerance: float
) -> None:
    rows = _rows(
        demo_session,
        "SELECT l.topic_code, count(*) FROM consultation_topics_link l "
        "JOIN consultations c ON c.id = l.consultation_id "
        f"WHERE c.consultation_type != 'mukis_individual' AND {period} GROUP BY 1",
    )
    shares = _shares(rows)
    assert set(shares) == set(fig.TOPIC_SHARES)
    for code, target in fig.TOPIC_SHARES.items():
        assert shares[code] == pytest.approx(target, abs=tolerance), code
    per_consultation = _rows(
        demo_session,
        "SELECT count(*) FROM consultation_topics_link GROUP BY consultation_id",
    )
    assert {n for (n,) in per_consultation} <= {1, 2, 3}
    without = _rows(
        demo_session,
        "SELECT count(*) FROM consultations c WHERE NOT EXISTS "
        "(SELECT 1 FROM consultation_topics_link l WHERE l.consultation_id = c.id)",
    )
    assert without == [(0,)]


def test_referral_shares_follow_the_evaluation(demo_session: OfficeSession) -> None:
    shares_by_period = [
        _shares(
            _rows(
                demo_session,
                "SELECT target_code, count(*) FROM referrals "
                f"WHERE direction = 'outgoing' AND referred_on {period} :end GROUP BY 1",
                end=DATA_END.isoformat(),
            )
        )
        for period in ("<=", ">")
    ]
    # Exact in the evaluation years; the few referrals of the current period come close.
    for shares, tolerance in zip(shares_by_period, (0.5, 1.0), strict=True):
        assert set(shares) == set(fig.REFERRAL_SHARES)
        for code, target in fig.REFERRAL_SHARES.items():
            assert shares[code] == pytest.approx(target, abs=tolerance), code
    incoming = _rows(
        demo_session,
        "SELECT DISTINCT target_code FROM referrals WHERE direction = 'incoming'",
    )
    assert {code for (code,) in incoming} <= {"jugendmigrationsdienst", "migrationsberatung"}
    # Every outgoing referral is covered by a referral consent of its client.
    uncovered = _rows(
        demo_session,
        "SELECT count(*) FROM referrals r LEFT JOIN consents k ON k.id = r.consent_id "
        "WHERE r.direction = 'outgoing' AND (k.purpose IS NOT 'referral' "
        "OR k.client_id != r.client_id OR k.given_on > r.referred_on)",
    )
    assert uncovered == [(0,)]


def test_clients_cover_the_fourteen_municipalities(demo_session: OfficeSession) -> None:
    rows = _rows(demo_session, "SELECT municipality_code, count(*) FROM clients GROUP BY 1")
    assert {code for code, _ in rows} == set(DEMO_MUNICIPALITIES)
    assert len(rows) == 14
    counts = dict(rows)
    assert counts["troisdorf"] > counts["hennef"] > counts["ruppichteroth"]
    assert sum(counts.values()) == DEFAULT_CLIENTS


def test_clients_have_search_keys_unique_file_numbers_and_consent(
    demo_session: OfficeSession,
) -> None:
    [(total, distinct_numbers, empty_keys, without_consent)] = _rows(
        demo_session,
        "SELECT count(*), count(DISTINCT file_number), sum(search_key = ''), "
        "sum(NOT EXISTS (SELECT 1 FROM consents k WHERE k.client_id = clients.id "
        "AND k.purpose = 'case_management')) FROM clients",
    )
    assert total == DEFAULT_CLIENTS
    assert distinct_numbers == total
    assert empty_keys == 0
    assert without_consent == 0
    without_case = _rows(
        demo_session,
        "SELECT count(*) FROM clients c WHERE NOT EXISTS "
        "(SELECT 1 FROM cases k WHERE k.client_id = c.id)",
    )
    assert without_case == [(0,)]


def test_demo_records_are_synchronised_records_without_outbox(
    demo_session: OfficeSession,
) -> None:
    # The office and its staff come from the ordinary set-up (one write path); the generated
    # records are written as already synchronised: no outbox rows, one summary audit entry.
    outbox_tables = _rows(demo_session, "SELECT DISTINCT table_name FROM outbox")
    assert {name for (name,) in outbox_tables} <= {"offices", "users"}
    audits = _rows(
        demo_session,
        "SELECT a.detail, u.login FROM audit_log a JOIN users u ON u.id = a.user_id "
        "WHERE a.action = :action",
        action=AuditAction.ADMIN.value,
    )
    assert audits == [(f"Demo-Daten erzeugt: {DEFAULT_CLIENTS} Klient:innen, seed 1", "demo")]
    audited_tables = _rows(
        demo_session, "SELECT DISTINCT table_name FROM audit_log WHERE table_name IS NOT NULL"
    )
    assert {name for (name,) in audited_tables} <= {"offices", "users"}
    meta = _rows(
        demo_session,
        "SELECT DISTINCT origin_device, version, deleted_at IS NULL FROM consultations",
    )
    assert meta == [("demo", 1, 1)]
    for (record_id,) in _rows(demo_session, "SELECT id FROM clients LIMIT 200"):
        parsed = uuid.UUID(record_id)
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122


def test_foreign_keys_are_intact(demo_session: OfficeSession) -> None:
    assert _rows(demo_session, "PRAGMA foreign_key_check") == []


def test_upcoming_appointments_exist(demo_session: OfficeSession) -> None:
    rows = _rows(
        demo_session,
        "SELECT count(*), min(starts_at), max(starts_at) FROM appointments "
        "WHERE status = 'planned'",
    )
    [(count, first, last)] = rows
    assert count > 20
    assert first[:10] == TODAY.isoformat()
    assert last[:10] <= (TODAY + timedelta(days=14)).isoformat()


def test_demo_login_and_staff_login(demo_office: tuple[DataPaths, DemoCredentials]) -> None:
    paths, credentials = demo_office
    assert credentials == DemoCredentials("demo", "kim-demo-2024")
    for login in (credentials.login, "cm.schneider", "muki.demir", "koordination"):
        session = AuthService(paths).login(login, credentials.password)
        try:
            assert session.actor.login == login
        finally:
            session.database.close()


def test_no_client_name_in_the_raw_files(demo_office: tuple[DataPaths, DemoCredentials]) -> None:
    paths, credentials = demo_office
    session = AuthService(paths).login(credentials.login, credentials.password)
    try:
        names = _rows(
            session,
            "SELECT last_name, file_number FROM clients WHERE length(last_name) >= 7 LIMIT 3",
        )
    finally:
        session.database.close()
    assert names
    files = [p for p in paths.root.iterdir() if p.name.startswith(paths.database.name)]
    assert paths.database in files
    for path in files:
        raw = path.read_bytes()
        for last_name, number in names:
            assert last_name.encode("utf-8") not in raw, path.name
            assert number.encode("utf-8") not in raw, path.name


def _client_rows(paths: DataPaths, credentials: DemoCredentials) -> list[Any]:
    """Client and consultation rows; file numbers with their tag (the device's) cut off and
    checked to be the device's tag (each office has its own device id)."""
    session = AuthService(paths).login(credentials.login, credentials.password)
    try:
        tag = device_tag(session.database.device_id)
        numbers = _rows(session, "SELECT file_number FROM clients")
        assert numbers and all(number.endswith(f"-{tag}") for (number,) in numbers)
        return _rows(
            session,
            "SELECT id, substr(file_number, 1, length(file_number) - 7), first_name, last_name, "
            "birth_date, gender, "
            "nationality_code, residence_status_code, arrival_date, municipality_code, street, "
            "postal_code, phone, email, preferred_language_code, search_key, created_at, hlc "
            "FROM clients ORDER BY id",
        ) + _rows(
            session,
            "SELECT c.id, c.held_on, c.consultation_type, c.duration_minutes, c.case_id, "
            "c.client_id, u.login, c.notes, '', '', '', '', '', '', '', '', '', '' "
            "FROM consultations c JOIN users u ON u.id = c.case_manager_id ORDER BY c.id",
        )
    finally:
        session.database.close()


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    first = DataPaths(tmp_path / "first")
    second = DataPaths(tmp_path / "second")
    other = DataPaths(tmp_path / "other")
    rows = [
        _client_rows(paths, create_demo_office(paths, clients=200, seed=seed))
        for paths, seed in ((first, 7), (second, 7), (other, 8))
    ]
    assert len(rows[0]) > 200
    assert rows[0] == rows[1]
    assert rows[0] != rows[2]
    names = {(r[2], r[3], r[4]) for r in rows[0][:200]}
    other_names = {(r[2], r[3], r[4]) for r in rows[2][:200]}
    assert names != other_names


def test_cancel_stops_and_leaves_no_office(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "office")
    reports: list[tuple[int, int, str]] = []
    with pytest.raises(DemoCancelled):
        create_demo_office(
            paths,
            clients=3000,
            progress=lambda done, total, phase: reports.append((done, total, phase)),
            cancelled=lambda: len(reports) >= 3,
        )
    assert not paths.database.exists()
    assert not paths.key_file.exists()
    assert reports and all(0 <= done <= total for done, total, _ in reports)
    # The directory can be used afresh.
    create_demo_office(paths, clients=100)
    assert paths.is_initialised()


def test_populate_refuses_an_office_with_clients(
    demo_office: tuple[DataPaths, DemoCredentials],
) -> None:
    paths, credentials = demo_office
    session = AuthService(paths).login(credentials.login, credentials.password)
    try:
        with pytest.raises(DemoDataError):
            populate(session.database, clients=100)
    finally:
        session.database.close()


def test_quota_stream_is_exact_over_chunks() -> None:
    weights = [23, 20, 18, 11, 8, 6, 5, 4, 3, 2]
    stream = fig.QuotaStream(weights)
    totals = [0] * len(weights)
    for k in (7, 130, 1, 999, 64, 3):
        totals = [t + n for t, n in zip(totals, stream.take(k), strict=True)]
        done = sum(totals)
        assert all(abs(t - done * w / 100) < 1 for t, w in zip(totals, weights, strict=True))
    assert sum(totals) == 1204


def test_capped_remainder_is_exact_and_keeps_the_caps() -> None:
    assert capped_remainder(10, [1, 1, 2], [100, 100, 100]) == fig.largest_remainder(10, [1, 1, 2])
    split = capped_remainder(100, [10, 1, 1, 1], [20, 50, 50, 50])
    assert split[0] == 20 and sum(split) == 100
    assert max(split[1:]) - min(split[1:]) <= 1
    with pytest.raises(DemoDataError):
        capped_remainder(10, [1, 1], [3, 3])


def test_a_denser_office_has_longer_case_histories(tmp_path: Path) -> None:
    clients, consultations = 300, 4500
    paths = DataPaths(tmp_path / "dense")
    credentials = create_demo_office(
        paths, clients=clients, seed=3, consultations=consultations, today=TODAY
    )
    session = AuthService(paths).login(credentials.login, credentials.password)
    try:
        # ``consultations`` are those of the evaluation years; the current period comes on top.
        rows = _rows(
            session,
            "SELECT CAST(strftime('%Y', held_on) AS INTEGER), consultation_type, count(*) "
            f"FROM consultations c WHERE {EVALUATION} GROUP BY 1, 2",
        )
        per_client = sorted(
            n
            for (n,) in _rows(
                session,
                "SELECT count(*) FROM consultations WHERE consultation_type != 'one_time' "
                "GROUP BY client_id",
            )
        )
        [(same_day,)] = _rows(
            session,
            "SELECT count(*) FROM (SELECT case_id, held_on FROM consultations "
            "WHERE consultation_type != 'one_time' GROUP BY 1, 2 HAVING count(*) > 1)",
        )
        shares = _shares(
            _rows(
                session,
                "SELECT target_code, count(*) FROM referrals WHERE direction = 'outgoing' "
                "AND referred_on <= :end GROUP BY 1",
                end=DATA_END.isoformat(),
            )
        )
    finally:
        session.database.close()
    counts = {(year, kind): n for year, kind, n in rows}
    assert sum(counts.values()) == consultations
    assert default_consultations(clients) < consultations
    # One-time consultations stay at the evaluation's rate; the cases grow by year as there.
    one_time, case_management, mukis = fig.scaled(fig.CONSULTATIONS_PER_YEAR, clients), {}, {}
    for year in fig.YEARS:
        share = fig.ONE_TIME_SHARE[year]
        assert (
            counts[(year, "one_time")]
            == fig.largest_remainder(one_time[year], [share, 1 - share])[0]
        )
        case_management[year] = counts[(year, "case_management")]
        mukis[year] = counts[(year, "mukis_individual")]
    assert case_management[2022] < case_management[2023] < case_management[2024]
    assert mukis[2022] < mukis[2023] < mukis[2024]
    # Most clients have a few dozen entries, a few many more; rarely two on one day.
    median = per_client[len(per_client) // 2]
    assert 5 <= median <= 40
    assert per_client[-1] >= 3 * median
    assert same_day <= len(per_client) // 20
    for code, target in fig.REFERRAL_SHARES.items():
        assert shares[code] == pytest.approx(target, abs=0.5), code


def test_a_denser_office_needs_a_consultation_count_in_range(tmp_path: Path) -> None:
    lowest, highest = consultation_limits(200)
    assert lowest == default_consultations(200)
    for wrong in (lowest - 1, highest + 1):
        with pytest.raises(DemoDataError):
            create_demo_office(DataPaths(tmp_path / str(wrong)), clients=200, consultations=wrong)
