"""The start page's lists: what is due appears, what is not due does not."""

from __future__ import annotations

from datetime import date, timedelta

from daywork_office import (
    add_appointment_today,
    add_case,
    add_client,
    add_consent,
    add_consultation,
    add_goal,
    add_referral,
)

from kim_desktop.domain.enums import CaseType, ConsentPurpose, GoalStatus, ReferralStatus
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.today import FollowUpKind, due_follow_ups, quiet_cases, today_overview

TODAY = date.today()


def test_due_follow_ups_list_only_what_is_due(office_session: OfficeSession) -> None:
    office = office_session
    anna = add_client(office, "Anna", "Berger")
    ben = add_client(office, "Ben", "Cakir")
    case = add_case(office, anna, TODAY - timedelta(days=90))
    due_referral = add_referral(office, anna, TODAY + timedelta(days=2))
    add_referral(office, anna, TODAY + timedelta(days=10))  # not yet due
    add_referral(office, anna, TODAY - timedelta(days=1), ReferralStatus.COMPLETED)
    add_referral(office, anna, None)
    due_goal = add_goal(office, case, "Deutschkurs B1 beginnen", TODAY)
    add_goal(office, case, "Kita-Platz finden", TODAY + timedelta(days=40))
    add_goal(office, case, "Wohnung finden", TODAY, status=GoalStatus.REACHED)
    due_consent = add_consent(office, anna, TODAY + timedelta(days=20))
    add_consent(office, anna, TODAY + timedelta(days=60))
    add_consent(office, anna, TODAY + timedelta(days=5), ConsentPurpose.STATISTICS)
    add_consent(office, ben, TODAY + timedelta(days=5))  # Ben has no case of mine

    found = due_follow_ups(office)

    assert {(f.kind, f.record_id) for f in found} == {
        (FollowUpKind.REFERRAL, due_referral),
        (FollowUpKind.GOAL, due_goal),
        (FollowUpKind.CONSENT, due_consent),
    }
    referral = next(f for f in found if f.kind is FollowUpKind.REFERRAL)
    assert referral.client_name == "Anna Berger"
    assert referral.detail.endswith(": Caritas Migrationsberatung")
    assert [f.due_on for f in found] == sorted(f.due_on for f in found)


def test_quiet_cases_are_older_than_the_chosen_weeks(office_session: OfficeSession) -> None:
    office = office_session
    quiet = add_client(office, "Carla", "Dimitrova")
    busy = add_client(office, "David", "Ehrlich")
    never = add_client(office, "Emine", "Feldmann")
    quiet_case = add_case(office, quiet, TODAY - timedelta(days=200))
    add_consultation(office, quiet, quiet_case, TODAY - timedelta(weeks=7))
    busy_case = add_case(office, busy, TODAY - timedelta(days=200))
    add_consultation(office, busy, busy_case, TODAY - timedelta(weeks=7))
    add_consultation(office, busy, busy_case, TODAY - timedelta(weeks=2))
    never_case = add_case(office, never, TODAY - timedelta(weeks=10))
    closed = add_case(
        office, busy, TODAY - timedelta(days=300), closed_on=TODAY - timedelta(days=100)
    )
    add_case(office, quiet, TODAY - timedelta(days=300), case_type=CaseType.ONE_TIME)

    found = quiet_cases(office, weeks=6)

    assert [c.case_id for c in found] == [never_case, quiet_case]
    assert found[1].last_contact == TODAY - timedelta(weeks=7)
    assert found[0].last_contact is None
    assert closed not in {c.case_id for c in found}
    assert [c.case_id for c in quiet_cases(office, weeks=8)] == [never_case]


def test_overview_has_todays_appointment_and_sync_state(office_session: OfficeSession) -> None:
    office = office_session
    client = add_client(office, "Fatima", "Ghani")
    appointment = add_appointment_today(office, client)

    overview = today_overview(office)

    assert [a.id for a in overview.appointments_today] == [appointment]
    assert overview.appointments_today[0].client_name == "Fatima Ghani"
    assert overview.appointments_week == [] or all(
        a.starts_at.date() > TODAY for a in overview.appointments_week
    )
    assert overview.sync.pending_changes > 0
    assert not overview.sync.configured
