"""The current period: the office at work in the weeks before "today", the day of generation.

The records of the evaluation years (2022–2024, :mod:`.figures`) end with the cases still open
at the end of 2024. The office is opened much later, so each of those cases is continued up to
today, in a period of its own that the evaluation years' totals and shares do not count:

- :data:`CLOSE_SHARE` of them were closed after the end of the data (in its first weeks, or
  three to ten weeks after their last contact), with a reason (mostly no contact any more,
  ended by the client, moved away; :data:`CLOSING_REASONS`); their open goals ended with them;
- the others are still open today and have consultations in the current period, the
  :data:`PERIOD_DAYS` before today (not before 2025), every :data:`GAP_WORKDAYS` working days
  back from the last one, which lies :data:`RECENT_WORKDAYS` working days before today (up to
  yesterday); except a few per case manager (:data:`QUIET_SHARE` of their open cases, dealt
  exactly per case manager) whose last contact lies :data:`QUIET_WORKDAYS` back, longer than
  the default weeks of "Fälle ohne Kontakt" on Heute, so that list names a handful of cases,
  not all;
- each open case with recent contact has its next appointment on a working day from today to
  the end of next week, dealt in turn per case manager: today, next Monday, tomorrow, next
  Tuesday, … (:func:`agenda`), so every case manager has appointments today, this week and
  next week (on a weekend: the next two weeks), at least :data:`MIN_VISIT_GAP` working days
  after the last contact; a day's second round of appointments goes to the next two-hour
  block, so they do not overlap (up to four a day);
- :data:`EXPIRING_SHARE` of a case manager's open cases (a few) have a case-management consent
  that expires within the next weeks (:data:`EXPIRING_DAYS`).

The consultations of the current period get topics and referrals at the evaluation's shares
(quota streams of their own), linked held appointments as in 2024, and the client a referral
consent of its own for them; their referrals are settled as in :mod:`.present`, so the ones
still running were made in recent weeks and have follow-ups near today.

Between the end of the data and the current period the office has no records: a deliberate
simplification, so that generation does not grow with the years since 2024 (a case open since
2024 shows a pause in its timeline). Neither are there clients or cases opened after 2024.

Everything here draws from the context's present generator (:attr:`DemoContext.present`): the
records of the evaluation years do not depend on the day of generation; the current period
does, and is the same for the same seed and day.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import chain, zip_longest
from typing import Any

from kim_desktop.domain.enums import ClosingReason
from kim_desktop.services.demo import figures as fig
from kim_desktop.services.demo.casework import Dealt, consultation_row
from kim_desktop.services.demo.context import ONE_TIME, Case, DemoContext, Person
from kim_desktop.services.demo.dates import (
    DATA_END,
    next_workday,
    workday_before,
    workdays_between,
)
from kim_desktop.services.demo.quota import cumulative
from kim_desktop.services.demo.referrals import ReferralPicker
from kim_desktop.services.demo.topics import TopicDealer

PERIOD_DAYS = 91
CLOSE_SHARE = 0.3
CLOSE_AFTER_DAYS = (21, 70)
CLOSING_REASONS: dict[ClosingReason, float] = {
    ClosingReason.NO_CONTACT: 35,
    ClosingReason.CLIENT_ENDED: 20,
    ClosingReason.GOALS_REACHED: 20,
    ClosingReason.MOVED_AWAY: 15,
    ClosingReason.REFERRED: 10,
}
# Working days: the last contact of an open case this many before today, the previous ones
# this many apart; a quiet case's last contact more than the default six weeks of "ohne
# Kontakt" (30 working days) back.
RECENT_WORKDAYS = (1, 17)
MIN_VISIT_GAP = 5  # working days from the last contact to the next appointment
GAP_WORKDAYS = (7, 20)
QUIET_SHARE = 0.2
QUIET_WORKDAYS = (31, 46)
EXPIRING_SHARE = 0.12
EXPIRING_DAYS = (3, 27)  # Heute lists consents expiring within 30 days

_REASONS = list(CLOSING_REASONS)
_REASON_CUM = cumulative(list(CLOSING_REASONS.values()))


class CurrentPeriod:
    """Continues the cases open at the end of the data to today, chunk after chunk."""

    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx.present
        self.today = ctx.today
        self.yesterday = ctx.today - timedelta(days=1)
        self.first_day = max(DATA_END + timedelta(days=1), ctx.today - timedelta(days=PERIOD_DAYS))
        self.topics = TopicDealer(self.ctx.rng)
        self.referrals = ReferralPicker(self.ctx.rng)
        self.agenda = agenda(ctx.today)
        # Per case manager: quotas of quiet cases and expiring consents, and the next agenda day.
        self._quiet: dict[str, fig.QuotaStream] = {}
        self._expiring: dict[str, fig.QuotaStream] = {}
        self._visits: dict[str, int] = {}

    def continue_cases(
        self, person: Person, evaluation: list[dict[str, Any]], current: list[dict[str, Any]]
    ) -> None:
        """Close or continue the person's cases open at the end of the data; the consultations
        of the current period are appended to ``current``."""
        for case in person.cases:
            if case.kind == ONE_TIME or case.planned_closed:
                continue
            days = [evaluation[j]["held_on"] for j in case.consultations]
            if not self._closes(case, max(days, default=case.opened_on)):
                self._continue(person, case, current)

    def deal(self, current: list[dict[str, Any]]) -> Dealt:
        """Topics and referrals of the chunk's consultations of the current period."""
        topics = self.topics.deal(current)
        return Dealt(current, topics, self.referrals.pick(current, topics))

    def settle_consent(self, person: Person) -> None:
        """A client whose case is open today has a consent in force (expiring soon for a few)."""
        consent = person.consent
        open_cases = [c for c in person.cases if c.open_today]
        if consent is None or not open_cases:
            return
        consent["withdrawn_on"] = None
        consent["valid_until"] = next((c.consent_until for c in open_cases), None)

    def _closes(self, case: Case, last: date) -> bool:
        rng = self.ctx.rng
        if rng.random() >= CLOSE_SHARE:
            return False
        after = last + timedelta(days=rng.randint(*CLOSE_AFTER_DAYS))
        day = next_workday(max(after, DATA_END + timedelta(days=rng.randint(2, 45))))
        reason = rng.choices(_REASONS, cum_weights=_REASON_CUM)[0]
        if day >= self.today:
            return False
        case.closes_on, case.closing_reason = day, reason
        return True

    def _continue(self, person: Person, case: Case, current: list[dict[str, Any]]) -> None:
        rng = self.ctx.rng
        manager = person.case_manager_id
        if _take(self._quiet, manager, QUIET_SHARE):
            back = rng.randint(*QUIET_WORKDAYS)
        else:
            turn = self._visits.get(manager, 0)
            self._visits[manager] = turn + 1
            case.next_visit = self.agenda[turn % len(self.agenda)]
            case.visit_block = turn // len(self.agenda)
            # The last contact at least MIN_VISIT_GAP working days before the next one.
            ahead = workdays_between(self.today, case.next_visit)
            low, high = RECENT_WORKDAYS
            back = rng.randint(max(low, MIN_VISIT_GAP - ahead), high)
        day = workday_before(self.today, back)
        days: list[date] = []
        while day >= self.first_day:
            days.append(day)
            day = workday_before(day, rng.randint(*GAP_WORKDAYS))
        for day in reversed(days):
            case.current.append(len(current))
            current.append(consultation_row(self.ctx, person, case, day))
        if _take(self._expiring, manager, EXPIRING_SHARE):
            case.consent_until = self.today + timedelta(days=rng.randint(*EXPIRING_DAYS))


def _take(streams: dict[str, fig.QuotaStream], manager: str, share: float) -> bool:
    """Whether the manager's next case is one of ``share`` of them (exact per manager)."""
    stream = streams.get(manager)
    if stream is None:
        stream = streams[manager] = fig.QuotaStream([share, 1 - share])
    return stream.take(1)[0] == 1


def agenda(today: date) -> list[date]:
    """The days of next appointments in the order they are dealt: the rest of this week
    (today included) and next week in turn; on a weekend, the next two weeks."""
    monday = today - timedelta(days=today.weekday())
    this_week = [monday + timedelta(days=n) for n in range(5)]
    this_week = [day for day in this_week if day >= today]
    next_week = [monday + timedelta(days=7 + n) for n in range(5)]
    if not this_week:
        this_week, next_week = next_week, [day + timedelta(days=7) for day in next_week]
    return [day for day in chain(*zip_longest(this_week, next_week)) if day is not None]
