"""Exact allocations and weighted picks: quota lists, cumulative weights, threshold picks.

Quotas use the largest-remainder method of :mod:`.figures`, so totals come out exactly.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any, TypeVar

from kim_desktop.services.demo import figures as fig
from kim_desktop.services.demo.errors import DemoDataError

T = TypeVar("T")


def quota_list(
    rng: random.Random, total: int, keys: Sequence[Any], weights: Sequence[float]
) -> list[Any]:
    """``total`` keys in exact proportion to ``weights``, in random order."""
    out: list[Any] = []
    for key, count in zip(keys, fig.largest_remainder(total, weights), strict=True):
        out.extend([key] * count)
    rng.shuffle(out)
    return out


def cumulative(weights: Sequence[float]) -> list[float]:
    """Running sums of ``weights`` (``cum_weights`` for :meth:`random.Random.choices`)."""
    out: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def fit(counts: list[int], limits: list[int]) -> list[int]:
    """Move surplus from categories over their limit to ones with room; error if impossible."""
    counts = counts[:]
    surplus = 0
    for i, limit in enumerate(limits):
        if counts[i] > limit:
            surplus += counts[i] - limit
            counts[i] = limit
    for i, limit in enumerate(limits):
        room = min(surplus, limit - counts[i])
        counts[i] += room
        surplus -= room
    if surplus:
        raise DemoDataError("too few consultations for the number of clients")
    return counts


def capped_remainder(total: int, weights: Sequence[float], caps: Sequence[int]) -> list[int]:
    """Split ``total`` in proportion to ``weights`` with no share above its cap.

    Largest remainder (:func:`~.figures.largest_remainder`) first; what capped shares cannot
    take is split again over the others. Raises :class:`DemoDataError` if the caps are too
    small for ``total``.
    """
    counts = [0] * len(weights)
    active = [i for i, (w, c) in enumerate(zip(weights, caps, strict=True)) if w > 0 and c > 0]
    remaining = total
    while remaining > 0:
        if not active:
            raise DemoDataError("too many consultations for the cases' length")
        shares = fig.largest_remainder(remaining, [weights[i] for i in active])
        still_open: list[int] = []
        for i, share in zip(active, shares, strict=True):
            take = min(share, caps[i] - counts[i])
            counts[i] += take
            remaining -= take
            if counts[i] < caps[i]:
                still_open.append(i)
        active = still_open
    return counts


def pick_by_thresholds(r: float, thresholds: Sequence[tuple[float, T]], last: T) -> T:
    """The value of the first ``(limit, value)`` with ``r < limit``, else ``last``.

    One draw ``r`` (e.g. ``rng.random()``) against ascending cumulative limits: the same as
    ``A if r < a else B if r < b else … else last``.
    """
    for limit, value in thresholds:
        if r < limit:
            return value
    return last
