"""Topics of consultations, dealt per chunk so that the shares follow the evaluation exactly.

General consultations (one-time and case management) get one to three topics from a quota
deck; MuKi-S consultations draw from their own, child-centred topic weights.
"""

from __future__ import annotations

import random
from typing import Any

from kim_desktop.domain.enums import ConsultationType
from kim_desktop.services.demo import figures as fig
from kim_desktop.services.demo.quota import cumulative
from kim_desktop.services.demo.texts import MUKIS_TOPICS


class TopicDealer:
    """Deals topics to the consultations of chunk after chunk, exact over all chunks."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.codes = list(fig.TOPIC_SHARES)
        self.stream = fig.QuotaStream(list(fig.TOPIC_SHARES.values()))

    def deal(self, consultations: list[dict[str, Any]]) -> list[list[str]]:
        """Topics per consultation; the case management's mentions follow the shares exactly."""
        rng = self.rng
        topics: list[list[str]] = [[] for _ in consultations]
        general = [
            j
            for j, c in enumerate(consultations)
            if c["consultation_type"] is not ConsultationType.MUKIS_INDIVIDUAL
        ]
        sizes = list(fig.TOPICS_PER_CONSULTATION)
        size_cum = cumulative(list(fig.TOPICS_PER_CONSULTATION.values()))
        k = {j: rng.choices(sizes, cum_weights=size_cum)[0] for j in general}
        quota = self.stream.take(sum(k.values()))
        deck_order = list(range(len(self.codes)))
        rng.shuffle(deck_order)
        deck = [self.codes[t] for t in deck_order for _ in range(quota[t])]
        order = general[:]
        rng.shuffle(order)
        order.sort(key=lambda j: -k[j])
        slots = [j for level in range(3) for j in order if k[j] > level]
        for j, code in zip(slots, deck, strict=True):
            topics[j].append(code)
        self._repair_duplicates(topics, general)
        mukis_codes = list(MUKIS_TOPICS)
        mukis_cum = cumulative(list(MUKIS_TOPICS.values()))
        for j, c in enumerate(consultations):
            if c["consultation_type"] is ConsultationType.MUKIS_INDIVIDUAL:
                chosen = {rng.choices(mukis_codes, cum_weights=mukis_cum)[0]}
                if rng.random() < 0.4:
                    chosen.add(rng.choices(mukis_codes, cum_weights=mukis_cum)[0])
                topics[j] = sorted(chosen)
        return topics

    def _repair_duplicates(self, topics: list[list[str]], general: list[int]) -> None:
        """Swap a topic that landed twice on one consultation with one of another."""
        for j in general:
            seen: set[str] = set()
            for pos, code in enumerate(topics[j]):
                if code not in seen:
                    seen.add(code)
                    continue
                for _ in range(200):
                    other = self.rng.choice(general)
                    if code in topics[other]:
                        continue
                    for opos, ocode in enumerate(topics[other]):
                        if ocode not in seen:
                            topics[j][pos], topics[other][opos] = ocode, code
                            seen.add(ocode)
                            break
                    else:
                        continue
                    break
