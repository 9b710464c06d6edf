"""The benchmark framework's one data type: a measured figure with its target.

A benchmark module ``benchmarks/bench_<topic>.py`` defines
``BENCHMARKS: dict[str, Callable[[], list[Figure]]]``; ``benchmarks/run.py`` runs them and
prints every figure against its target. Nothing here imports ``kim_desktop``.
"""

from __future__ import annotations

import operator
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

REPO_ROOT = Path(__file__).resolve().parent.parent
BENCH_DATA = REPO_ROOT / ".bench-data"

Comparison = Literal["<", ">", "<=", ">="]
_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt,
    ">": operator.gt,
    "<=": operator.le,
    ">=": operator.ge,
}


@dataclass(frozen=True)
class Figure:
    """One measured value, e.g. ``Figure("client_search_p95", 12.4, "ms", "<", 50)``.

    ``missed=True`` marks a figure that could not be measured (e.g. a timeout); it is reported
    as missed whatever its value.
    """

    name: str
    value: float
    unit: str
    op: Comparison
    target: float
    missed: bool = False

    def __post_init__(self) -> None:
        if self.op not in _COMPARE:
            raise ValueError(f"unknown comparison {self.op!r}")

    @property
    def ok(self) -> bool:
        return not self.missed and _COMPARE[self.op](self.value, self.target)

    def line(self) -> str:
        """``client_search_p95 12.4 ms target < 50 ms ok`` (or ``MISSED``)."""
        verdict = "ok" if self.ok else "MISSED"
        return (
            f"{self.name} {_number(self.value)} {self.unit} "
            f"target {self.op} {_number(self.target)} {self.unit} {verdict}"
        )


Benchmark = Callable[[], list[Figure]]


def _number(value: float) -> str:
    """Three significant digits, whole numbers from 100 on: 12.4, 50, 0.123, 1.23, 1234."""
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile, e.g. ``percentile(times, 0.95)``."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * fraction // 1))  # ceil without importing math
    return ordered[int(rank) - 1]
