"""The demo office's start page "Heute" looks like a real office's on the day it is made.

The evaluation records cover 2022–2024; the office is opened later. Old referrals are settled,
open goals have current review dates, and the cases still open at the end of 2024 are closed
since or continued in the current period up to yesterday (:mod:`~.demo.current`). So each case
manager sees today's and this week's appointments, a handful of due follow-ups and a few cases
without contact — not every open case, and not every follow-up since 2022.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kim_desktop.domain.enums import Role
from kim_desktop.paths import DataPaths
from kim_desktop.services.appointments import AppointmentService, week_start
from kim_desktop.services.auth import AuthService
from kim_desktop.services.demo import DEMO_PASSWORD, create_demo_office
from kim_desktop.services.demo import figures as fig
from kim_desktop.services.demo.current import PERIOD_DAYS
from kim_desktop.services.demo.dates import DATA_END
from kim_desktop.services.demo.office import DEMO_STAFF
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.settings import DEFAULT_QUIET_WEEKS
from kim_desktop.services.today import (
    CONSENT_DAYS,
    FOLLOW_UP_DAYS,
    FollowUp,
    FollowUpKind,
    TodayOverview,
    due_follow_ups,
    today_overview,
)

TODAY = date(2026, 6, 17)  # the day of generation: a Wednesday
OVERDUE_WEEKS = 4
CASE_MANAGERS = [
    login
    for login, _name, role, _codes in DEMO_STAFF
    if role in (Role.CASE_MANAGER, Role.MUKIS_CASE_MANAGER)
]
END = DATA_END.isoformat()


@pytest.fixture(scope="module")
def demo_paths(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    paths = DataPaths(tmp_path_factory.mktemp("demo-heute") / "office")
    create_demo_office(paths, today=TODAY)
    return paths


def _login(paths: DataPaths, login: str) -> OfficeSession:
    return AuthService(paths).login(login, DEMO_PASSWORD)


def _follow_ups(paths: DataPaths, login: str, today: date) -> list[FollowUp]:
    session = _login(paths, login)
    try:
        return due_follow_ups(session, today)
    finally:
        session.close()


@pytest.fixture(scope="module")
def overviews(demo_paths: DataPaths) -> dict[str, tuple[TodayOverview, int, int]]:
    """Per case manager: what Heute shows on the day of generation, the number of their open
    ongoing cases, and of their appointments next week."""
    seen = {}
    next_monday = week_start(TODAY) + timedelta(days=7)
    for login in CASE_MANAGERS:
        session = _login(demo_paths, login)
        try:
            overview = today_overview(session, today=TODAY)
            [(open_cases,)] = _rows(
                session,
                "SELECT count(*) FROM cases WHERE case_manager_id = :me "
                "AND closed_on IS NULL AND case_type != 'one_time'",
                me=session.actor.user_id,
            )
            next_week = AppointmentService(session).list_between(
                next_monday, next_monday + timedelta(days=6)
            )
        finally:
            session.close()
        seen[login] = (overview, open_cases, len(next_week))
    return seen


@pytest.fixture(scope="module")
def admin(demo_paths: DataPaths) -> Iterator[OfficeSession]:
    session = _login(demo_paths, "demo")
    yield session
    session.close()


def _rows(session: OfficeSession, sql: str, **params: Any) -> list[Any]:
    with session.database.engine.connect() as conn:
        return list(conn.execute(text(sql), params).all())


def test_each_case_manager_sees_a_handful_of_recent_follow_ups(
    overviews: dict[str, tuple[TodayOverview, int, int]],
) -> None:
    oldest = TODAY - timedelta(weeks=OVERDUE_WEEKS)
    seen = {login: overview.follow_ups for login, (overview, _, _) in overviews.items()}
    for login, found in seen.items():
        assert 1 <= len(found) <= 20, (login, len(found))
        for follow_up in found:
            horizon = CONSENT_DAYS if follow_up.kind is FollowUpKind.CONSENT else FOLLOW_UP_DAYS
            assert oldest <= follow_up.due_on <= TODAY + timedelta(days=horizon), follow_up
    everyone = [f for found in seen.values() for f in found]
    assert {f.kind for f in everyone} == set(FollowUpKind)
    assert any(f.due_on < TODAY for f in everyone)  # some are overdue, as in real life
    kinds = [f.kind for f in seen["cm.schneider"]]
    assert FollowUpKind.REFERRAL in kinds or FollowUpKind.GOAL in kinds
    # A few consents about to expire: some case managers have one or two, none many.
    consents = [sum(f.kind is FollowUpKind.CONSENT for f in found) for found in seen.values()]
    assert max(consents) <= 4 and sum(consents) >= len(CASE_MANAGERS) // 2


def test_few_cases_without_contact_per_case_manager(
    overviews: dict[str, tuple[TodayOverview, int, int]],
) -> None:
    limit = TODAY - timedelta(weeks=DEFAULT_QUIET_WEEKS)
    for login, (overview, open_cases, _) in overviews.items():
        quiet = overview.quiet_cases
        assert overview.quiet_weeks == DEFAULT_QUIET_WEEKS
        assert 1 <= len(quiet) <= 8, (login, len(quiet), open_cases)
        assert len(quiet) <= open_cases // 3, (login, len(quiet), open_cases)
        for case in quiet:
            # Quiet for a while, but in contact this year: not a case forgotten since 2024.
            assert case.last_contact is not None
            assert TODAY - timedelta(days=PERIOD_DAYS) <= case.last_contact < limit, case


def test_appointments_today_this_week_and_next_week(
    overviews: dict[str, tuple[TodayOverview, int, int]],
) -> None:
    for login, (overview, _open_cases, next_week) in overviews.items():
        assert 1 <= len(overview.appointments_today) <= 4, login
        assert overview.appointments_week, login
        assert next_week >= 1, login
        planned = overview.appointments_today + overview.appointments_week
        for row in planned:
            assert row.status == "planned" and row.case_id, row
        # A case manager's planned appointments never overlap.
        planned.sort(key=lambda row: row.starts_at)
        for earlier, later in pairwise(planned):
            assert earlier.ends_at <= later.starts_at, (login, earlier, later)


def test_open_cases_had_contact_in_recent_weeks(admin: OfficeSession) -> None:
    rows = _rows(
        admin,
        "SELECT k.id, max(c.held_on) FROM cases k LEFT JOIN consultations c ON c.case_id = k.id "
        "WHERE k.closed_on IS NULL GROUP BY k.id",
    )
    assert len(rows) > 100
    lasts = sorted(date.fromisoformat(last) for _, last in rows if last)
    assert len(lasts) == len(rows)
    assert lasts[0] >= TODAY - timedelta(days=PERIOD_DAYS)
    assert lasts[-1] < TODAY
    recent = sum(last >= TODAY - timedelta(weeks=DEFAULT_QUIET_WEEKS) for last in lasts)
    assert recent >= 0.7 * len(lasts)
    [(weekend, not_linked)] = _rows(
        admin,
        "SELECT sum(strftime('%w', held_on) IN ('0', '6')), sum(appointment_id IS NULL) "
        "FROM consultations WHERE held_on > :end",
        end=END,
    )
    assert weekend == 0 and not_linked == 0  # held on working days, as planned appointments
    # The next appointment comes a week or more after the last contact.
    gaps = _rows(
        admin,
        "SELECT julianday(date(a.starts_at)) - julianday(max(c.held_on)) FROM appointments a "
        "JOIN consultations c ON c.case_id = a.case_id WHERE a.status = 'planned' "
        "GROUP BY a.id",
    )
    assert len(gaps) > 100
    assert min(gap for (gap,) in gaps) >= 7


def test_open_cases_moved_on_through_their_phases(admin: OfficeSession) -> None:
    rows = _rows(
        admin,
        "SELECT k.phase, (SELECT to_phase FROM case_phase_changes p WHERE p.case_id = k.id "
        "ORDER BY changed_on DESC, created_at DESC LIMIT 1), "
        "(SELECT count(*) FROM goals g WHERE g.case_id = k.id) "
        "FROM cases k WHERE k.closed_on IS NULL",
    )
    assert all(phase == last_change for phase, last_change, _ in rows)
    # Cases opened in late 2024 reached planning and implementation in the current period.
    early = [phase for phase, _, _ in rows if phase in ("intake", "assessment", "planning")]
    assert len(early) <= 0.05 * len(rows)
    assert sum(goals > 0 for *_, goals in rows) >= 0.9 * len(rows)


def test_cases_open_at_the_end_of_the_data_were_closed_with_a_reason(
    admin: OfficeSession,
) -> None:
    rows = _rows(
        admin,
        "SELECT k.closed_on, k.closing_reason, k.closing_note, k.phase, "
        "(SELECT max(held_on) FROM consultations c WHERE c.case_id = k.id), "
        "(SELECT count(*) FROM goals g WHERE g.case_id = k.id "
        "AND g.status IN ('open', 'in_progress')), "
        "(SELECT to_phase FROM case_phase_changes p WHERE p.case_id = k.id "
        "ORDER BY changed_on DESC, created_at DESC LIMIT 1) "
        "FROM cases k WHERE k.closed_on > :end",
        end=END,
    )
    [(open_at_end,)] = _rows(
        admin,
        "SELECT count(*) FROM cases WHERE case_type != 'one_time' "
        "AND (closed_on IS NULL OR closed_on > :end)",
        end=END,
    )
    assert 0.15 * open_at_end <= len(rows) <= 0.5 * open_at_end
    reasons = {reason for _, reason, *_ in rows}
    assert "no_contact" in reasons and len(reasons) >= 4
    for closed_on, reason, note, phase, last, open_goals, last_phase in rows:
        assert date.fromisoformat(closed_on) < TODAY
        assert reason and phase == last_phase == "closure"
        assert note or reason == "other"
        assert last <= END < closed_on  # no consultation after the end of the data
        assert open_goals == 0


def test_running_referrals_were_made_in_recent_weeks(admin: OfficeSession) -> None:
    rows = _rows(
        admin,
        "SELECT referred_on, follow_up_on FROM referrals WHERE direction = 'outgoing' "
        "AND status IN ('suggested', 'arranged', 'accepted') AND follow_up_on IS NOT NULL",
    )
    assert len(rows) >= 20
    for referred_on, follow_up_on in rows:
        referred, follow_up = date.fromisoformat(referred_on), date.fromisoformat(follow_up_on)
        assert TODAY - timedelta(days=PERIOD_DAYS) <= referred < TODAY
        assert TODAY - timedelta(weeks=OVERDUE_WEEKS) <= follow_up <= TODAY + timedelta(days=28)


def test_old_referrals_are_settled_with_an_outcome(admin: OfficeSession) -> None:
    settled_before = (TODAY - timedelta(weeks=OVERDUE_WEEKS)).isoformat()
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
    earliest = (TODAY - timedelta(weeks=OVERDUE_WEEKS)).isoformat()
    rows = _rows(
        admin,
        "SELECT g.review_on, g.due_on FROM goals g JOIN cases c ON c.id = g.case_id "
        "WHERE c.closed_on IS NULL AND g.status IN ('open', 'in_progress')",
    )
    assert rows
    assert all(review >= earliest and due > review for review, due in rows)


def test_the_evaluation_years_are_exact_whatever_the_current_period(admin: OfficeSession) -> None:
    rows = _rows(
        admin,
        "SELECT CAST(strftime('%Y', held_on) AS INTEGER), count(*) FROM consultations "
        "WHERE consultation_type != 'mukis_individual' GROUP BY 1",
    )
    per_year = dict(rows)
    assert {year: per_year[year] for year in fig.YEARS} == fig.CONSULTATIONS_PER_YEAR
    assert set(per_year) == {*fig.YEARS, TODAY.year}


def _office_records(tmp_path: Path, name: str, today: date) -> tuple[list[Any], list[Any]]:
    """(records of the evaluation years, records after them) of a small office."""
    paths = DataPaths(tmp_path / name)
    create_demo_office(paths, clients=200, seed=5, today=today)
    session = _login(paths, "demo")
    try:
        then = (
            _rows(
                session,
                "SELECT id, held_on, client_id, case_id, notes FROM consultations "
                "WHERE held_on <= :end ORDER BY 1",
                end=END,
            )
            + _rows(
                session,
                "SELECT id, target_code, referred_on, consent_id FROM referrals "
                "WHERE referred_on <= :end ORDER BY 1",
                end=END,
            )
            + _rows(session, "SELECT id, client_id, opened_on FROM cases ORDER BY 1")
        )
        now = _rows(
            session,
            "SELECT id, held_on, client_id, case_id, notes FROM consultations "
            "WHERE held_on > :end ORDER BY 1",
            end=END,
        ) + _rows(session, "SELECT id, starts_at, status FROM appointments ORDER BY 1")
    finally:
        session.close()
    for login in ("cm.schneider", "cm.hoffmann", "cm.becker"):
        for follow_up in _follow_ups(paths, login, today):
            assert follow_up.due_on >= today - timedelta(weeks=OVERDUE_WEEKS), follow_up
    return then, now


def test_the_records_do_not_depend_on_the_day_of_generation(tmp_path: Path) -> None:
    early, late = date(2025, 1, 20), date(2026, 11, 20)
    early_then, early_now = _office_records(tmp_path, "early", early)
    late_then, late_now = _office_records(tmp_path, "late", late)
    again_then, again_now = _office_records(tmp_path, "again", late)
    assert early_then == late_then == again_then
    # The current period follows the day, and is the same for the same seed and day.
    assert late_now == again_now
    assert early_now != late_now
