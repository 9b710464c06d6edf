"""The demo calendar: the period the data covers and working-day helpers."""

from __future__ import annotations

import random
from datetime import date, timedelta

FIRST_DAY = date(2022, 1, 10)
LAST_DAY = date(2024, 12, 20)
DATA_END = date(2024, 12, 31)
REFERENCE_DAY = date(2024, 6, 30)  # ages of people are plausible on this day
HELD_APPOINTMENTS_FROM = date(2024, 7, 1)


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


def overlap_days(start: date, end: date, year: int) -> int:
    """How many days of ``start``–``end`` (inclusive) fall into ``year``."""
    lo = max(start, date(year, 1, 1))
    hi = min(end, date(year, 12, 31))
    return max(0, (hi - lo).days + 1)
