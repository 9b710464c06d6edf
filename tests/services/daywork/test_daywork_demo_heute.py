"""The demo office's start page "Heute" looks like a real office's on the day it is made.

The demo records cover 2022–2024; the office is opened later. Old referrals are settled and
open goals have current review dates, so each case manager sees a handful of due or slightly
overdue follow-ups, not every follow-up since 2022.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kim_desktop.domain.enums import Role
from kim_desktop.paths import DataPaths
from kim_desktop.services.auth import AuthService
from kim_desktop.services.demo import DEMO_PASSWORD, create_demo_office
from kim_desktop.services.demo.office import DEMO_STAFF
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.today import FollowUp, FollowUpKind, due_follow_ups

OVERDUE_WEEKS = 4
CASE_MANAGERS = [
    login
    for login, _name, role, _codes in DEMO_STAFF
    if role in (Role.CASE_MANAGER, Role.MUKIS_CASE_MANAGER)
]


@pytest.fixture(scope="module")
def demo_paths(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    paths = DataPaths(tmp_path_factory.mktemp("demo-heute") / "office")
    create_demo_office(paths)
    return paths


def _login(paths: DataPaths, login: str) -> OfficeSession:
    return AuthService(paths).login(login, DEMO_PASSWORD)


def _follow_ups(paths: DataPaths, login: str, today: date | None = None) -> list[FollowUp]:
    session = _login(paths, login)
    try:
        return due_follow_ups(session, today)
    finally:
        session.close()


@pytest.fixture(scope="module")
def admin(demo_paths: DataPaths) -> Iterator[OfficeSession]:
    session = _login(demo_paths, "demo")
    yield session
    session.close()


def _rows(session: OfficeSession, sql: str, **params: Any) -> list[Any]:
    with session.database.engine.connect() as conn:
        return list(conn.execute(text(sql), params).all())


def test_each_case_manager_sees_a_handful_of_recent_follow_ups(demo_paths: DataPaths) -> None:
    today = date.today()
    oldest = today - timedelta(weeks=OVERDUE_WEEKS)
    seen: dict[str, list[FollowUp]] = {
        login: _follow_ups(demo_paths, login) for login in CASE_MANAGERS
    }
    for login, found in seen.items():
        assert len(found) <= 20, (login, len(found))
        for follow_up in found:
            assert oldest <= follow_up.due_on <= today + timedelta(days=3), (login, follow_up)
    everyone = [f for found in seen.values() for f in found]
    assert {f.kind for f in everyone} >= {FollowUpKind.REFERRAL, FollowUpKind.GOAL}
    assert sum(1 for found in seen.values() if found) >= len(CASE_MANAGERS) - 2
    assert any(f.due_on < today for f in everyone)  # some are overdue, as in real life
    assert seen["cm.schneider"], "the documented demo login of a case manager has work today"


def test_old_referrals_are_settled_with_an_outcome(admin: OfficeSession) -> None:
    settled_before = (date.today() - timedelta(weeks=OVERDUE_WEEKS)).isoformat()
    [(still_open,)] = _rows(
        admin,
        "SELECT count(*) FROM referrals WHERE status IN ('suggested', 'arranged', 'accepted') "
        "AND follow_up_on IS NOT NULL AND follow_up_on < :day",
        day=settled_before,
    )
    assert still_open == 0
    rows = _rows(
        admin,
        "SELECT status, count(*), sum(follow_up_on IS NULL), sum(outcome != ''), "
        "sum(declined_reason != '') FROM referrals WHERE direction = 'outgoing' GROUP BY 1",
    )
    by_status = {
        status: (n, no_follow_up, outcome, reason)
        for status, n, no_follow_up, outcome, reason in rows
    }
    completed = by_status["completed"]
    assert completed[1] == completed[0] and completed[2] == completed[0]
    declined = by_status["declined"]
    assert declined[1] == declined[0] and declined[3] == declined[0]
    assert completed[0] > 0.6 * sum(n for n, *_ in by_status.values())
    open_now = sum(by_status.get(s, (0,))[0] for s in ("suggested", "arranged"))
    assert 0 < open_now < 0.1 * sum(n for n, *_ in by_status.values())


def test_open_goals_of_open_cases_have_current_reviews(admin: OfficeSession) -> None:
    earliest = (date.today() - timedelta(weeks=OVERDUE_WEEKS)).isoformat()
    rows = _rows(
        admin,
        "SELECT g.review_on, g.due_on FROM goals g JOIN cases c ON c.id = g.case_id "
        "WHERE c.closed_on IS NULL AND g.status IN ('open', 'in_progress')",
    )
    assert rows
    assert all(review >= earliest and due > review for review, due in rows)


def test_the_records_do_not_depend_on_the_day_of_generation(tmp_path: Path) -> None:
    early, late = date(2025, 1, 20), date(2026, 11, 20)
    records = []
    for name, today in (("early", early), ("late", late)):
        paths = DataPaths(tmp_path / name)
        create_demo_office(paths, clients=200, seed=5, today=today)
        session = _login(paths, "demo")
        try:
            records.append(
                _rows(session, "SELECT id, held_on, client_id, notes FROM consultations ORDER BY 1")
                + _rows(session, "SELECT id, target_code, referred_on FROM referrals ORDER BY 1")
            )
        finally:
            session.close()
        for login in ("cm.schneider", "cm.hoffmann", "cm.becker"):
            for follow_up in _follow_ups(paths, login, today):
                assert follow_up.due_on >= today - timedelta(weeks=OVERDUE_WEEKS), follow_up
    assert records[0] == records[1]
