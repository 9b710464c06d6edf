"""One chunk of clients, from the plan to inserted rows.

The people of the chunk are drawn, their consultations laid out, topics and referrals dealt
over the whole chunk (so the shares stay exact), the cases open at the end of the data
continued into the current period (:mod:`.current`, dealt the same way), then every client
is written with consents, cases and referrals, and the chunk's rows are inserted parents first.
"""

from __future__ import annotations

from kim_desktop.services.demo.casework import Dealt, add_consultations, write_case
from kim_desktop.services.demo.context import DemoContext, Person
from kim_desktop.services.demo.current import CurrentPeriod
from kim_desktop.services.demo.dates import DATA_END
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
        self.period = CurrentPeriod(ctx)

    def write(self, indices: range) -> None:
        """Generate and insert the clients ``indices`` of the plan with all their records."""
        ctx, plan = self.ctx, self.plan
        people = [new_person(ctx, plan, i) for i in indices]
        rows: list[dict] = []
        for person in people:
            add_consultations(ctx, person, plan, rows)
        topics = self.topics.deal(rows)
        evaluation = Dealt(rows, topics, self.referrals.pick(rows, topics))
        current_rows: list[dict] = []
        for person in people:
            self.period.continue_cases(person, rows, current_rows)
        current = self.period.deal(current_rows)
        for person in people:
            self._finish_person(person, evaluation, current)
        writer = ctx.writer
        for dealt in (evaluation, current):
            for row, codes in zip(dealt.rows, dealt.topics, strict=True):
                writer.add("consultations", row)
                for code in codes:
                    writer.add(
                        "consultation_topics_link",
                        {"consultation_id": row["id"], "topic_code": code},
                    )
        writer.flush(CHUNK_TABLE_ORDER)

    def _finish_person(self, person: Person, evaluation: Dealt, current: Dealt) -> None:
        ctx = self.ctx
        client_id = write_client(ctx, person, evaluation.rows)
        self.period.settle_consent(person)
        then = [j for case in person.cases for j in case.consultations]
        outgoing, consent_id = write_referral_consent(
            ctx, person, client_id, evaluation.rows, evaluation.referred, then
        )
        now = [j for case in person.cases for j in case.current]
        current_outgoing, current_consent_id = write_referral_consent(
            ctx.present, person, client_id, current.rows, current.referred, now
        )
        for case in person.cases:
            write_case(ctx, person, client_id, case, evaluation, current)
        write_outgoing_referrals(ctx, client_id, outgoing, evaluation.rows, consent_id, DATA_END)
        write_outgoing_referrals(
            ctx.present,
            client_id,
            current_outgoing,
            current.rows,
            current_consent_id,
            self.period.yesterday,
        )
