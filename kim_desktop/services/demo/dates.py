"""The demo calendar: the period the data covers and working-day helpers.

``FIRST_DAY``–``DATA_END`` are the evaluation years (:mod:`.figures`); what happens after them
belongs to the current period before the day of generation (:mod:`.current`).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

FIRST_DAY = date(2022, 1, 10)
LAST_DAY = date(2024, 12, 20)
DATA_END = date(2024, 12, 31)
REFERENCE_DAY = date(2024, 6, 30)  # ages of people are plausible on this day
HELD_APPOINTMENTS_FROM = date(2024, 7, 1)
_MONDAY = date(2000, 1, 3)  # working days are numbered from this Monday


def random_weekday(rng: random.Random, start: date, end: date) -> date:
    """A random working day between ``start`` and ``end`` (inclusive) where there is one."""
    span = (end - start).days
    day = start + timedelta(days=rng.randint(0, span)) if span > 0 else start
    weekday = day.weekday()
    if weekday >= 5:
        back = day - timedelta(days=weekday - 4)
        forward = day + timedelta(days=7 - weekday)
        if back >= start:
            day = back
        elif forward <= end:
            day = forward
    return day


def next_workday(day: date) -> date:
    """``day`` itself if it is a working day, else the Monday after."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def workday_before(day: date, count: int) -> date:
    """The ``count``-th working day before ``day`` (1: the working day before it)."""
    return _workday(_workday_number(day) - count)


def workdays_between(start: date, end: date) -> int:
    """How many working days lie from ``start`` (included) to ``end`` (excluded)."""
    return _workday_number(end) - _workday_number(start)


def overlap_days(start: date, end: date, year: int) -> int:
    """How many days of ``start``–``end`` (inclusive) fall into ``year``."""
    lo = max(start, date(year, 1, 1))
    hi = min(end, date(year, 12, 31))
    return max(0, (hi - lo).days + 1)


def _workday_number(day: date) -> int:
    """The number of ``day`` among working days (a weekend day: the Monday after)."""
    weeks, weekday = divmod((day - _MONDAY).days, 7)
    return weeks * 5 + min(weekday, 5)


def _workday(number: int) -> date:
    """The working day numbered ``number`` (see :func:`_workday_number`)."""
    weeks, weekday = divmod(number, 5)
    return _MONDAY + timedelta(days=weeks * 7 + weekday)


def distinct_weekdays(rng: random.Random, start: date, end: date, k: int) -> list[date]:
    """``k`` working days between ``start`` and ``end`` (inclusive), all different while the
    period has enough of them (else every one, and the rest repeated), in random order."""
    first = _workday_number(start)
    n = _workday_number(end + timedelta(days=1)) - first
    if n <= 0:
        return [start] * k
    picks = rng.sample(range(n), min(k, n)) + [rng.randrange(n) for _ in range(k - n)]
    return [_workday(first + number) for number in picks]
