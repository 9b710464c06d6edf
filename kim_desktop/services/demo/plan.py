"""The plan: per-client decisions made up front so that the yearly totals come out exactly.

Kind of client (one-time, case management, MuKi-S), municipality, origin group, number of
consultations per year and, for cases, opening day, last possible day and whether closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kim_desktop.services.demo import figures as fig
from kim_desktop.services.demo.context import CASE_MANAGEMENT, MUKIS, ONE_TIME, DemoContext
from kim_desktop.services.demo.dates import (
    DATA_END,
    FIRST_DAY,
    LAST_DAY,
    overlap_days,
    random_weekday,
)
from kim_desktop.services.demo.names import ORIGINS
from kim_desktop.services.demo.quota import fit, quota_list


@dataclass
class Plan:
    """Per-client decisions made up front so that the yearly totals come out exactly."""

    kinds: list[int]
    municipalities: list[str]
    origins: list[int]
    counts: list[list[int]]  # consultations per year (index into fig.YEARS)
    opened: dict[int, date]  # case-management / MuKi-S cases: opening day
    ends: dict[int, date]  # … last possible day
    closed: dict[int, bool]


def make_plan(ctx: DemoContext, clients: int) -> Plan:
    """Plan ``clients`` clients: kinds, places, origins and consultations per year."""
    rng, n = ctx.rng, clients
    n_mukis = round(n * fig.MUKIS_CLIENT_SHARE)
    rest = n - n_mukis
    n_cm = round(rest * fig.CASE_MANAGEMENT_CLIENT_SHARE)
    kinds = [ONE_TIME] * (rest - n_cm) + [CASE_MANAGEMENT] * n_cm + [MUKIS] * n_mukis
    rng.shuffle(kinds)

    codes = list(ctx.places)
    general = quota_list(rng, rest, codes, [fig.MUNICIPALITY_POPULATION[c] for c in codes])
    mukis = quota_list(
        rng,
        n_mukis,
        ctx.mukis_places,
        [fig.MUKIS_MUNICIPALITIES.get(c, 5) for c in ctx.mukis_places],
    )
    municipalities = [mukis.pop() if k == MUKIS else general.pop() for k in kinds]
    origins = quota_list(rng, n, range(len(ORIGINS)), [o.weight for o in ORIGINS])

    plan = Plan(kinds, municipalities, origins, [[0, 0, 0] for _ in range(n)], {}, {}, {})
    consultations = fig.scaled(fig.CONSULTATIONS_PER_YEAR, n)
    one_time: dict[int, int] = {}
    case_management: dict[int, int] = {}
    for year, total in consultations.items():
        share = fig.ONE_TIME_SHARE[year]
        one_time[year], case_management[year] = fig.largest_remainder(total, [share, 1 - share])
    _plan_cases(
        ctx,
        plan,
        [i for i, k in enumerate(kinds) if k == CASE_MANAGEMENT],
        case_management,
        (60, 540),
    )
    _plan_cases(
        ctx,
        plan,
        [i for i, k in enumerate(kinds) if k == MUKIS],
        fig.scaled(fig.MUKIS_CONSULTATIONS_PER_YEAR, n),
        (90, 420),
    )
    _plan_one_time(ctx, plan, [i for i, k in enumerate(kinds) if k == ONE_TIME], one_time)
    return plan


def _plan_cases(
    ctx: DemoContext,
    plan: Plan,
    members: list[int],
    targets: dict[int, int],
    duration: tuple[int, int],
) -> None:
    """One case per member, opened so that first consultations and then the rest fit."""
    rng = ctx.rng
    counts, opened, ends, closed = plan.counts, plan.opened, plan.ends, plan.closed
    years = fig.YEARS
    per_year = fit(
        fig.largest_remainder(len(members), [targets[y] for y in years]),
        [targets[y] for y in years],
    )
    open_years = [y for y, c in zip(years, per_year, strict=True) for _ in range(c)]
    rng.shuffle(open_years)
    for i, year in zip(members, open_years, strict=True):
        start = random_weekday(
            rng, max(FIRST_DAY, date(year, 1, 1)), min(LAST_DAY, date(year, 12, 20))
        )
        end = start + timedelta(days=rng.randint(*duration))
        opened[i] = start
        closed[i] = end <= LAST_DAY
        ends[i] = min(end, DATA_END)
        counts[i][years.index(year)] += 1
    for y_index, year in enumerate(years):
        extra = targets[year] - per_year[y_index]
        pool = [i for i in members if overlap_days(opened[i], ends[i], year) > 0]
        weights = [overlap_days(opened[i], ends[i], year) * (0.5 + rng.random()) for i in pool]
        for i, add in zip(pool, fig.largest_remainder(extra, weights), strict=True):
            counts[i][y_index] += add


def _plan_one_time(
    ctx: DemoContext, plan: Plan, members: list[int], targets: dict[int, int]
) -> None:
    """A first year per one-time client; further one-time consultations in that year or later."""
    rng = ctx.rng
    counts = plan.counts
    years = fig.YEARS
    per_year = fit(
        fig.largest_remainder(len(members), [targets[y] for y in years]),
        [targets[y] for y in years],
    )
    first_years = [y_index for y_index, c in enumerate(per_year) for _ in range(c)]
    rng.shuffle(first_years)
    first = dict(zip(members, first_years, strict=True))
    for i, y_index in first.items():
        counts[i][y_index] += 1
    for y_index, year in enumerate(years):
        pool = [i for i in members if first[i] <= y_index]
        for _ in range(targets[year] - per_year[y_index]):
            counts[rng.choice(pool)][y_index] += 1
