"""Bringing the demo's follow-ups up to "today": what a real office would still have open.

The office is opened on the real today, long after the evaluation years. A real office has
settled its old referrals and keeps the review dates of its open goals current, so its start
page "Heute" shows a handful of due or slightly overdue follow-ups, not every follow-up since
2022. Here:

- an outgoing referral whose follow-up lies more than :data:`OVERDUE_DAYS` before today is
  settled: completed, accepted or declined, with an outcome (or the reason it was declined)
  and without a follow-up date. The referrals still running today are the recent ones of the
  current period (:mod:`.current`), made in the weeks before today;
- an open goal of an open case whose review date lies more than :data:`OVERDUE_DAYS` before
  today is reviewed every half year (:data:`REVIEW_DAYS`): its next review (and its due date a
  month later) is the first of those dates from :data:`OVERDUE_DAYS` before today on;
- an open goal of a case closed after the end of the data ended with it
  (:func:`closed_goal_status`).

Draws come from the context's ``present_rng``, so the records themselves (and everything the
main generator draws after them) do not depend on the day of generation.
"""

from __future__ import annotations

from datetime import date, timedelta

from kim_desktop.domain.enums import ClosingReason, GoalStatus, ReferralStatus
from kim_desktop.services.demo.context import DemoContext
from kim_desktop.services.demo.dates import next_workday
from kim_desktop.services.demo.quota import pick_by_thresholds
from kim_desktop.services.demo.texts import DECLINED_REASONS, REFERRAL_OUTCOMES

OVERDUE_DAYS = 21
REVIEW_DAYS = 182
GOAL_DUE_AFTER_REVIEW = 30

_OPEN_REFERRAL = (ReferralStatus.SUGGESTED, ReferralStatus.ARRANGED, ReferralStatus.ACCEPTED)
_OPEN_GOAL = (GoalStatus.OPEN, GoalStatus.IN_PROGRESS)
# How an old suggested or arranged referral ended: one draw against these limits.
_SETTLED: tuple[tuple[float, ReferralStatus], ...] = (
    (0.70, ReferralStatus.COMPLETED),
    (0.88, ReferralStatus.ACCEPTED),
)


def referral_state(
    ctx: DemoContext,
    status: ReferralStatus,
    changed: date | None,
    follow_up: date | None,
    end: date,
) -> dict[str, object]:
    """Status, change day, follow-up, outcome and declined reason of an outgoing referral
    made before ``end`` (the last day of its period)."""
    rng = ctx.present_rng
    overdue = follow_up is not None and follow_up < ctx.today - timedelta(days=OVERDUE_DAYS)
    if status in _OPEN_REFERRAL and follow_up is not None and overdue:
        if status is ReferralStatus.ACCEPTED:
            status = ReferralStatus.COMPLETED if rng.random() < 0.8 else status
        else:
            status = pick_by_thresholds(rng.random(), _SETTLED, ReferralStatus.DECLINED)
        changed = min(end, follow_up)
        follow_up = None
    outcome = ""
    if status in REFERRAL_OUTCOMES and follow_up is None:
        outcome = rng.choice(REFERRAL_OUTCOMES[status])
    declined = rng.choice(DECLINED_REASONS) if status is ReferralStatus.DECLINED else ""
    return {
        "status": status,
        "status_changed_on": changed,
        "follow_up_on": follow_up,
        "outcome": outcome,
        "declined_reason": declined,
    }


def goal_dates(
    ctx: DemoContext, due: date, review: date, status: GoalStatus, case_open: bool
) -> tuple[date, date]:
    """Due and review date of a goal, the review kept current while goal and case are open."""
    earliest = ctx.today - timedelta(days=OVERDUE_DAYS)
    if not case_open or status not in _OPEN_GOAL or review >= earliest:
        return due, review
    periods = -(-(earliest - review).days // REVIEW_DAYS)
    review = next_workday(review + timedelta(days=periods * REVIEW_DAYS))
    return review + timedelta(days=GOAL_DUE_AFTER_REVIEW), review


_ENDED_GOAL: tuple[tuple[float, GoalStatus], ...] = (
    (0.35, GoalStatus.PARTLY_REACHED),
    (0.6, GoalStatus.NOT_REACHED),
    (0.8, GoalStatus.DROPPED),
)


def closed_goal_status(ctx: DemoContext, status: GoalStatus, reason: ClosingReason) -> GoalStatus:
    """How a goal still open at the end of the data ended with its case's closing."""
    if status not in _OPEN_GOAL:
        return status
    if reason is ClosingReason.GOALS_REACHED:
        return GoalStatus.REACHED
    return pick_by_thresholds(ctx.present_rng.random(), _ENDED_GOAL, GoalStatus.REACHED)
