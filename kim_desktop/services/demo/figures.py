"""The district's figures that the demo office reproduces, and exact quota allocation.

Source: the 2024 evaluation of KIM in the Rhein-Sieg-Kreis (``seeds/002_…txt``, slides of the
committee meeting of 28.02.2024) and the committee minutes of 2023 (``seeds/000_…txt``).
What the OCR text does not give is marked as an assumption where it is set.

At the default size (:data:`DEFAULT_CLIENTS`) the totals are the evaluation's; other sizes scale
them proportionally (:func:`scaled`); a denser office (more consultations per client, see
:mod:`.plan`) grows only the case-management and MuKi-S consultations. Shares are met by
largest-remainder allocation, never by independent random draws, so every seed hits them to
within rounding.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

DEFAULT_CLIENTS = 1500
YEARS: tuple[int, ...] = (2022, 2023, 2024)

# Individual consultations of the case management (one-time + case-management appointments,
# without MuKi-S): "Individuelle Beratungstermine des Case Managements 22/23 (Gesamt: 1184 /
# 2137)". ASSUMPTION: 2024 is not in the evaluation; 2,350 continues the growth moderately.
CONSULTATIONS_PER_YEAR: dict[int, int] = {2022: 1184, 2023: 2137, 2024: 2350}

# Share of one-time consultations (the rest are case-management appointments).
# ASSUMPTION: the slide shows the split only as bars ("CM-Termine nahmen zu Lasten der
# einmaligen Beratungstermine deutlich zu"); the exact percentages are not in the OCR text.
ONE_TIME_SHARE: dict[int, float] = {2022: 0.55, 2023: 0.40, 2024: 0.35}

# MuKi-S individual counselling, counted separately from the figures above ("Entwicklung des
# MuKi-S Case Managements 22/23"). ASSUMPTION: the monthly numbers are not legible in the OCR.
MUKIS_CONSULTATIONS_PER_YEAR: dict[int, int] = {2022: 160, 2023: 215, 2024: 245}

# Share of all topic mentions of the case management's consultations (1–3 topics each).
# The first ten are the evaluation's ("Behandelte thematische Schwerpunkte im Case Management
# (relativ in %)"); ASSUMPTION: the remaining 10 % are spread over the catalogue's other topics.
TOPIC_SHARES: dict[str, float] = {
    "lebensunterhalt": 16,
    "deutsch-kurse": 15,
    "aufenthalt-einbuergerung": 14,
    "gesundheit": 13,
    "wohnen": 11,
    "arbeit-ausbildung": 9,
    "kinderbetreuung": 4,
    "sprachentwicklung": 4,
    "wertevermittlung-freizeit-kultur": 3,
    "sprachmittlung": 1,
    "schule-bildung": 3,
    "familie-soziales": 3,
    "finanzen-schulden": 2,
    "sonstiges": 2,
}

# How many topics a consultation records: 1, 2 or 3 (weights). ASSUMPTION.
TOPICS_PER_CONSULTATION: dict[int, float] = {1: 45, 2: 35, 3: 20}

# Outgoing referrals ("Verweisberatungen durch Case Management", absolute; relative in %):
# free welfare 141 = 23 %, offices 121 = 20 %, Jobcenter/AfA 67 = 11 %, ABH/EBH 46 = 8 %;
# ASSUMPTION: the shares of the categories not legible in the OCR text.
REFERRAL_SHARES: dict[str, float] = {
    "freie-wohlfahrt": 23,
    "aemter-buergerservice": 20,
    "sprach-integrationskurse": 18,
    "jobcenter-afa": 11,
    "abh-ebh": 8,
    "migrationsberatung": 6,
    "gesundheit": 5,
    "jugendmigrationsdienst": 4,
    "kita-schule": 3,
    "sonstige": 2,
}

# Share of (non-MuKi-S) consultations that lead to an outgoing referral: 141 referrals are
# 23 %, so ~613 in 2022/23 against 3,321 consultations. ASSUMPTION derived from that.
REFERRAL_RATE = 0.18

# Incoming referrals (from JMD and MBE, "Verweisberatungen, die vom Jugendmigrationsdienst und
# der Migrationserstberatung angestoßen wurden") per case-management case. ASSUMPTION.
INCOMING_REFERRAL_RATE = 0.12
INCOMING_REFERRAL_SOURCES: dict[str, float] = {
    "jugendmigrationsdienst": 45,
    "migrationsberatung": 55,
}

# Mix of clients. ASSUMPTION: share of MuKi-S families and of case-management clients.
MUKIS_CLIENT_SHARE = 0.08
CASE_MANAGEMENT_CLIENT_SHARE = 0.45

# Municipalities with KIM case management and their population (approx., 2023) — clients are
# spread in proportion to it: Troisdorf, Hennef and Königswinter are the largest.
MUNICIPALITY_POPULATION: dict[str, int] = {
    "troisdorf": 77_000,
    "hennef": 48_000,
    "koenigswinter": 41_000,
    "niederkassel": 39_000,
    "lohmar": 30_000,
    "rheinbach": 27_000,
    "bad-honnef": 26_000,
    "alfter": 24_000,
    "neunkirchen-seelscheid": 20_000,
    "eitorf": 19_000,
    "windeck": 19_000,
    "swisttal": 19_000,
    "much": 15_000,
    "ruppichteroth": 11_000,
}

# Where the MuKi-S case managers counsel families (kreisweit, mostly in these towns).
MUKIS_MUNICIPALITIES: dict[str, int] = {
    "troisdorf": 35,
    "niederkassel": 25,
    "hennef": 15,
    "koenigswinter": 10,
    "eitorf": 8,
    "windeck": 7,
}


def scaled(per_year: Mapping[int, int], clients: int) -> dict[int, int]:
    """The yearly totals for a demo office of ``clients`` clients."""
    return {year: round(total * clients / DEFAULT_CLIENTS) for year, total in per_year.items()}


def largest_remainder(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` in proportion to ``weights`` exactly (Hare quota, largest remainder).

    Ties go to the earlier weight, so the result does not depend on any random state.
    """
    if total < 0:
        raise ValueError("total must not be negative")
    weight_sum = float(sum(weights))
    if total == 0 or weight_sum <= 0:
        return [0] * len(weights)
    exact = [total * w / weight_sum for w in weights]
    counts = [int(x) for x in exact]
    rest = total - sum(counts)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - counts[i]), i))
    for i in order[:rest]:
        counts[i] += 1
    return counts


class QuotaStream:
    """Exact shares for items that arrive in chunks.

    Each :meth:`take` allocates the next ``k`` items so that the running totals stay within one
    item of ``share × items so far`` for every category; a single chunk equals
    :func:`largest_remainder`. Used to keep shares exact while generating in streaming chunks.
    """

    def __init__(self, weights: Sequence[float]) -> None:
        total = float(sum(weights))
        self._shares = [w / total for w in weights]
        self._counts = [0] * len(weights)
        self._items = 0

    def take(self, k: int) -> list[int]:
        self._items += k
        needs = [
            max(0.0, s * self._items - c) for s, c in zip(self._shares, self._counts, strict=True)
        ]
        chunk = (
            largest_remainder(k, needs) if sum(needs) > 0 else largest_remainder(k, self._shares)
        )
        self._counts = [c + n for c, n in zip(self._counts, chunk, strict=True)]
        return chunk
