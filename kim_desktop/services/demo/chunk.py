"""One chunk of clients, from the plan to inserted rows.

The people of the chunk are drawn, their consultations laid out, topics and referrals dealt
over the whole chunk (so the shares stay exact), then every client is written with consents,
cases and referrals, and the chunk's rows are inserted parents first.
"""

from __future__ import annotations

from typing import Any

from kim_desktop.services.demo.casework import add_consultations, write_case
from kim_desktop.services.demo.context import DemoContext, Person
from kim_desktop.services.demo.people import new_person, write_client
from kim_desktop.services.demo.plan import Plan
from kim_desktop.services.demo.referrals import (
    ReferralPicker,
    write_outgoing_referrals,
    write_referral_consent,
)
from kim_desktop.services.demo.topics import TopicDealer
from kim_desktop.services.demo.writer import CHUNK_TABLE_ORDER


class ChunkWriter:
    """Writes the clients of the plan chunk by chunk; topic and referral quotas carry over."""

    def __init__(self, ctx: DemoContext, plan: Plan) -> None:
        self.ctx = ctx
        self.plan = plan
        self.topics = TopicDealer(ctx.rng)
        self.referrals = ReferralPicker(ctx.rng)

    def write(self, indices: range) -> None:
        """Generate and insert the clients ``indices`` of the plan with all their records."""
        ctx, plan = self.ctx, self.plan
        people = [new_person(ctx, plan, i) for i in indices]
        consultations: list[dict[str, Any]] = []
        for person in people:
            add_consultations(ctx, person, plan, consultations)
        topics = self.topics.deal(consultations)
        referred = self.referrals.pick(consultations, topics)
        for person in people:
            self._finish_person(person, consultations, topics, referred)
        writer = ctx.writer
        for row, codes in zip(consultations, topics, strict=True):
            writer.add("consultations", row)
            for code in codes:
                writer.add(
                    "consultation_topics_link", {"consultation_id": row["id"], "topic_code": code}
                )
        writer.flush(CHUNK_TABLE_ORDER)

    def _finish_person(
        self,
        person: Person,
        consultations: list[dict[str, Any]],
        topics: list[list[str]],
        referred: dict[int, str],
    ) -> None:
        ctx = self.ctx
        client_id = write_client(ctx, person, consultations)
        outgoing, consent_id = write_referral_consent(
            ctx, person, client_id, consultations, referred
        )
        for case in person.cases:
            write_case(ctx, person, client_id, case, consultations, topics, referred)
        open_case_ids = {c.case_id for c in person.cases if c.case_id and c.closed_on is None}
        write_outgoing_referrals(ctx, client_id, outgoing, consultations, consent_id, open_case_ids)
