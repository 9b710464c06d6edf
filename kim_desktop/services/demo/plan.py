"""The plan: per-client decisions made up front so that the yearly totals come out exactly.

Kind of client (one-time, case management, MuKi-S), municipality, origin group, number of
consultations per year and, for cases, opening day, last possible day and whether closed.

By default the office has the evaluation's consultations, scaled to its size
(:func:`default_consultations`). A larger total (``consultations``, e.g. a million for the
benchmarks' 100,000 clients) keeps the one-time consultations at the evaluation's rate and
makes the case-management and MuKi-S cases denser: the yearly totals of those grow in
proportion, and within a year they are spread over the open cases by case length times a
heavy-tailed intensity per case (most cases have a few dozen consultations, a few a few
hundred), never more than :data:`MAX_PER_WORKDAY` per working day of a case.
"""

from __future__ import annotations

import random
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
from kim_desktop.services.demo.errors import DemoDataError
from kim_desktop.services.demo.names import ORIGINS
from kim_desktop.services.demo.quota import capped_remainder, fit, quota_list

# A denser office: at most this many consultations per working day of a case (three a week),
# and the spread of the per-case intensity (sigma of a log-normal factor).
MAX_PER_WORKDAY = 0.6
INTENSITY_SIGMA = 0.9
# The most consultations per client a denser office may have on average.
MAX_CONSULTATIONS_PER_CLIENT = 25

# (one-time, case management, MuKi-S) consultations per year.
Targets = tuple[dict[int, int], dict[int, int], dict[int, int]]


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
    # A denser office than the evaluation's: the generator for the days of its cases'
    # consultations (distinct working days); None: days drawn as in the evaluation's office.
    day_rng: random.Random | None = None


def default_consultations(clients: int) -> int:
    """How many consultations an office of ``clients`` clients has by default."""
    return sum(sum(per_year.values()) for per_year in _evaluation_targets(clients))


def consultation_limits(clients: int) -> tuple[int, int]:
    """The smallest and largest total of consultations an office of ``clients`` can have."""
    return default_consultations(clients), clients * MAX_CONSULTATIONS_PER_CLIENT


def _evaluation_targets(clients: int) -> Targets:
    """The evaluation's yearly consultations by kind, scaled to ``clients`` clients."""
    one_time: dict[int, int] = {}
    case_management: dict[int, int] = {}
    for year, total in fig.scaled(fig.CONSULTATIONS_PER_YEAR, clients).items():
        share = fig.ONE_TIME_SHARE[year]
        one_time[year], case_management[year] = fig.largest_remainder(total, [share, 1 - share])
    return one_time, case_management, fig.scaled(fig.MUKIS_CONSULTATIONS_PER_YEAR, clients)


def _targets(clients: int, consultations: int | None) -> Targets:
    """Yearly targets by kind for ``consultations`` in all (``None``: the evaluation's)."""
    one_time, case_management, mukis = _evaluation_targets(clients)
    if consultations is None:
        return one_time, case_management, mukis
    lowest, highest = consultation_limits(clients)
    if not lowest <= consultations <= highest:
        raise DemoDataError(
            f"{clients} clients take {lowest} to {highest} consultations, not {consultations}"
        )
    years = fig.YEARS
    cells = [case_management[y] for y in years] + [mukis[y] for y in years]
    grown = fig.largest_remainder(consultations - sum(one_time.values()), cells)
    return (
        one_time,
        dict(zip(years, grown[: len(years)], strict=True)),
        dict(zip(years, grown[len(years) :], strict=True)),
    )


def make_plan(ctx: DemoContext, clients: int, consultations: int | None = None) -> Plan:
    """Plan ``clients`` clients: kinds, places, origins and consultations per year.

    ``consultations`` is the total number of consultations (``None``: the evaluation's rate).
    """
    rng, n = ctx.rng, clients
    one_time, case_management, mukis_targets = _targets(n, consultations)
    density = 1.0 if consultations is None else consultations / max(1, default_consultations(n))
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
    dense = random.Random(f"{ctx.seed}:density") if density > 1 else None
    plan.day_rng = dense
    _plan_cases(
        ctx,
        plan,
        [i for i, k in enumerate(kinds) if k == CASE_MANAGEMENT],
        case_management,
        (60, 540),
        dense,
    )
    _plan_cases(
        ctx,
        plan,
        [i for i, k in enumerate(kinds) if k == MUKIS],
        mukis_targets,
        (90, 420),
        dense,
    )
    _plan_one_time(ctx, plan, [i for i, k in enumerate(kinds) if k == ONE_TIME], one_time)
    return plan


def _plan_cases(
    ctx: DemoContext,
    plan: Plan,
    members: list[int],
    targets: dict[int, int],
    duration: tuple[int, int],
    dense: random.Random | None = None,
) -> None:
    """One case per member, opened so that first consultations and then the rest fit.

    ``dense`` (a denser office than the evaluation's) draws the heavy-tailed intensity of
    each case from its own generator, and caps the consultations per working day.
    """
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
    intensity = {i: dense.lognormvariate(0.0, INTENSITY_SIGMA) for i in members} if dense else {}
    for y_index, year in enumerate(years):
        extra = targets[year] - per_year[y_index]
        pool = [i for i in members if overlap_days(opened[i], ends[i], year) > 0]
        days = [overlap_days(opened[i], ends[i], year) for i in pool]
        weights = [
            d * (0.5 + rng.random()) * intensity.get(i, 1.0)
            for i, d in zip(pool, days, strict=True)
        ]
        if dense is None:
            added = fig.largest_remainder(extra, weights)
        else:
            caps = [
                max(0, int(d * 5 / 7 * MAX_PER_WORKDAY) - counts[i][y_index])
                for i, d in zip(pool, days, strict=True)
            ]
            added = capped_remainder(extra, weights, caps)
        for i, add in zip(pool, added, strict=True):
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
