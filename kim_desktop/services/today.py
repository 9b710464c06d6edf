"""The start page "Heute" of the logged-in case manager: what is due and what is quiet.

Follow-ups that are due: referral follow-up dates (within ``FOLLOW_UP_DAYS``, not completed
or declined), goal review dates of open goals, and consents for counselling or referral that
expire within ``CONSENT_DAYS``. Quiet cases: open cases whose latest consultation (or,
without one, the opening) is older than a number of weeks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import func, select

from kim_desktop.db.models import (
    Case,
    Client,
    Consent,
    Consultation,
    Goal,
    Referral,
    ReferralTarget,
)
from kim_desktop.domain.enums import CaseType, ConsentPurpose, GoalStatus, ReferralStatus
from kim_desktop.services.appointments import AppointmentRow, AppointmentService, week_start
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.settings import DEFAULT_QUIET_WEEKS
from kim_desktop.services.sync_status import SyncStatus, sync_status

FOLLOW_UP_DAYS = 3
CONSENT_DAYS = 30
OPEN_GOAL_STATUSES = (GoalStatus.OPEN, GoalStatus.IN_PROGRESS)
CLOSED_REFERRAL_STATUSES = (ReferralStatus.COMPLETED, ReferralStatus.DECLINED)
EXPIRING_CONSENT_PURPOSES = (ConsentPurpose.REFERRAL, ConsentPurpose.CASE_MANAGEMENT)


class FollowUpKind(StrEnum):
    REFERRAL = "referral"
    GOAL = "goal"
    CONSENT = "consent"


@dataclass(frozen=True)
class FollowUp:
    kind: FollowUpKind
    record_id: str
    client_id: str
    client_name: str
    due_on: date
    detail: str  # referral target, goal text or consent purpose value


@dataclass(frozen=True)
class QuietCase:
    case_id: str
    client_id: str
    client_name: str
    case_type: CaseType
    opened_on: date
    last_contact: date | None


@dataclass(frozen=True)
class TodayOverview:
    today: date
    appointments_today: list[AppointmentRow]
    appointments_week: list[AppointmentRow]  # the rest of this week, after today
    follow_ups: list[FollowUp]
    quiet_cases: list[QuietCase]
    quiet_weeks: int
    sync: SyncStatus


def due_follow_ups(
    office: OfficeSession, today: date | None = None, language: str = "de"
) -> list[FollowUp]:
    """Referral follow-ups, goal reviews and expiring consents of my cases, oldest first."""
    today = today or date.today()
    me = office.actor.user_id
    horizon = today + timedelta(days=FOLLOW_UP_DAYS)
    found: list[FollowUp] = []
    with office.database.reading() as session:
        referrals = session.execute(
            select(Referral, Client, ReferralTarget)
            .join(Client, Client.id == Referral.client_id)
            .join(ReferralTarget, ReferralTarget.code == Referral.target_code)
            .where(
                Referral.case_manager_id == me,
                Referral.deleted_at.is_(None),
                Client.deleted_at.is_(None),
                Referral.follow_up_on.is_not(None),
                Referral.follow_up_on <= horizon,
                Referral.status.not_in(CLOSED_REFERRAL_STATUSES),
            )
        )
        for referral, client, target in referrals:
            detail = target.label(language)
            if referral.institution_name:
                detail = f"{detail}: {referral.institution_name}"
            found.append(
                FollowUp(
                    FollowUpKind.REFERRAL,
                    referral.id,
                    client.id,
                    client.full_name,
                    referral.follow_up_on,  # type: ignore[arg-type]
                    detail,
                )
            )
        goals = session.execute(
            select(Goal, Client)
            .join(Case, Case.id == Goal.case_id)
            .join(Client, Client.id == Case.client_id)
            .where(
                Case.case_manager_id == me,
                Case.closed_on.is_(None),
                Case.deleted_at.is_(None),
                Goal.deleted_at.is_(None),
                Client.deleted_at.is_(None),
                Goal.review_on.is_not(None),
                Goal.review_on <= horizon,
                Goal.status.in_(OPEN_GOAL_STATUSES),
            )
        )
        for goal, client in goals:
            found.append(
                FollowUp(
                    FollowUpKind.GOAL,
                    goal.id,
                    client.id,
                    client.full_name,
                    goal.review_on,  # type: ignore[arg-type]
                    goal.text,
                )
            )
        my_clients = select(Case.client_id).where(
            Case.case_manager_id == me, Case.closed_on.is_(None), Case.deleted_at.is_(None)
        )
        consents = session.execute(
            select(Consent, Client)
            .join(Client, Client.id == Consent.client_id)
            .where(
                Consent.client_id.in_(my_clients),
                Consent.deleted_at.is_(None),
                Client.deleted_at.is_(None),
                Consent.withdrawn_on.is_(None),
                Consent.purpose.in_(EXPIRING_CONSENT_PURPOSES),
                Consent.valid_until.is_not(None),
                Consent.valid_until >= today,
                Consent.valid_until <= today + timedelta(days=CONSENT_DAYS),
            )
        )
        for consent, client in consents:
            found.append(
                FollowUp(
                    FollowUpKind.CONSENT,
                    consent.id,
                    client.id,
                    client.full_name,
                    consent.valid_until,  # type: ignore[arg-type]
                    consent.purpose.value,
                )
            )
    found.sort(key=lambda f: (f.due_on, f.client_name))
    return found


def quiet_cases(
    office: OfficeSession, weeks: int = DEFAULT_QUIET_WEEKS, today: date | None = None
) -> list[QuietCase]:
    """My open ongoing cases (not one-time) without a consultation for more than ``weeks``
    weeks, quietest first."""
    today = today or date.today()
    limit = today - timedelta(weeks=max(1, weeks))
    last = (
        select(Consultation.case_id, func.max(Consultation.held_on).label("last"))
        .where(Consultation.deleted_at.is_(None), Consultation.case_id.is_not(None))
        .group_by(Consultation.case_id)
        .subquery()
    )
    reference = func.coalesce(last.c.last, Case.opened_on)
    query = (
        select(Case, Client, last.c.last)
        .join(Client, Client.id == Case.client_id)
        .outerjoin(last, last.c.case_id == Case.id)
        .where(
            Case.case_manager_id == office.actor.user_id,
            Case.case_type != CaseType.ONE_TIME,
            Case.closed_on.is_(None),
            Case.deleted_at.is_(None),
            Client.deleted_at.is_(None),
            reference < limit,
        )
        .order_by(reference, Client.last_name)
    )
    with office.database.reading() as session:
        return [
            QuietCase(case.id, client.id, client.full_name, case.case_type, case.opened_on, last_on)
            for case, client, last_on in session.execute(query)
        ]


def today_overview(
    office: OfficeSession,
    *,
    quiet_weeks: int = DEFAULT_QUIET_WEEKS,
    today: date | None = None,
    language: str = "de",
    with_appointments: bool = True,
) -> TodayOverview:
    """Everything the start page shows, in one call (run it off the UI thread).

    ``with_appointments=False`` leaves the appointment lists empty, for a view whose
    appointment lists load themselves.
    """
    today = today or date.today()
    appointments = AppointmentService(office)
    week_end = week_start(today) + timedelta(days=6)
    todays: list[AppointmentRow] = []
    later: list[AppointmentRow] = []
    if with_appointments:
        todays = appointments.list_day(today)
        if today < week_end:
            later = appointments.list_between(today + timedelta(days=1), week_end)
    return TodayOverview(
        today=today,
        appointments_today=todays,
        appointments_week=later,
        follow_ups=due_follow_ups(office, today, language),
        quiet_cases=quiet_cases(office, quiet_weeks, today),
        quiet_weeks=quiet_weeks,
        sync=sync_status(office),
    )
