"""Referrals: which consultations lead to an outgoing referral (exact shares per target),
the client's referral consent, and the referral records, outgoing and incoming.

The same functions serve the evaluation years and the current period (:mod:`.current`, with
the context drawing from the present generator): a client referred in both has one referral
consent for each period.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from kim_desktop.domain.enums import (
    ConsentPurpose,
    ConsultationType,
    ReferralDirection,
    ReferralStatus,
)
from kim_desktop.services.demo import figures as fig
from kim_desktop.services.demo.context import DemoContext, Person
from kim_desktop.services.demo.dates import next_workday
from kim_desktop.services.demo.present import referral_state
from kim_desktop.services.demo.quota import pick_by_thresholds
from kim_desktop.services.demo.texts import REFERRAL_REASONS, TARGET_TOPICS

# Consultation index, target code, (institution id, institution name).
Outgoing = list[tuple[int, str, tuple[str | None, str]]]

# A referral made in the last days of its period is still open at its end.
RECENT_DAYS = 45

# Status of an outgoing referral older than :data:`RECENT_DAYS` at the end of its period: one
# draw against these limits (:mod:`.present` then settles what is still open long before today).
_SETTLED_STATUS: tuple[tuple[float, ReferralStatus], ...] = (
    (0.62, ReferralStatus.COMPLETED),
    (0.78, ReferralStatus.ACCEPTED),
    (0.88, ReferralStatus.DECLINED),
)


class ReferralPicker:
    """Picks the referred consultations of chunk after chunk, exact over all chunks."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.target_codes = list(fig.REFERRAL_SHARES)
        self.target_stream = fig.QuotaStream(list(fig.REFERRAL_SHARES.values()))
        self.referral_stream = fig.QuotaStream([fig.REFERRAL_RATE, 1 - fig.REFERRAL_RATE])

    def pick(self, consultations: list[dict[str, Any]], topics: list[list[str]]) -> dict[int, str]:
        """Which consultations lead to an outgoing referral, and to which target."""
        rng = self.rng
        general = [
            j
            for j, c in enumerate(consultations)
            if c["consultation_type"] is not ConsultationType.MUKIS_INDIVIDUAL
        ]
        if not general:
            return {}
        count = self.referral_stream.take(len(general))[0]
        targets = [
            code
            for code, n in zip(self.target_codes, self.target_stream.take(count), strict=True)
            for _ in range(n)
        ]
        rng.shuffle(targets)
        referred: dict[int, str] = {}
        for target in targets:
            related = TARGET_TOPICS.get(target, frozenset())
            chosen = None
            for _ in range(8):
                j = rng.choice(general)
                if j not in referred and related.intersection(topics[j]):
                    chosen = j
                    break
            if chosen is None:
                start = rng.randrange(len(general))
                for step in range(len(general)):
                    j = general[(start + step) % len(general)]
                    if j not in referred:
                        chosen = j
                        break
            if chosen is not None:
                referred[chosen] = target
        return referred


def write_referral_consent(
    ctx: DemoContext,
    person: Person,
    client_id: str,
    consultations: list[dict[str, Any]],
    referred: dict[int, str],
    indices: list[int],
) -> tuple[Outgoing, str | None]:
    """Choose the institutions of the outgoing referrals among the person's consultations
    ``indices`` and record one consent covering all of them; returns the referrals to write
    and the consent's id (if any)."""
    municipality = person.row["municipality_code"]
    outgoing: Outgoing = []
    recipients: dict[str, dict[str, Any]] = {}
    for j in indices:
        if j not in referred:
            continue
        target = referred[j]
        institution = ctx.institution_for(target, municipality)
        outgoing.append((j, target, institution))
        recipients.setdefault(
            institution[0] or target,
            {"target_code": target, "institution_id": institution[0], "name": institution[1]},
        )
    if not outgoing:
        return outgoing, None
    first_referral = min(consultations[j]["held_on"] for j, _, _ in outgoing)
    consent = ctx.stamps.meta_on(first_referral) | {
        "client_id": client_id,
        "purpose": ConsentPurpose.REFERRAL,
        "scope": "Weitergabe von Kontaktdaten und Anliegen an die genannten Stellen",
        "recipients": list(recipients.values()),
        "given_on": first_referral,
        "valid_until": None,
        "withdrawn_on": None,
        "recorded_by_id": person.case_manager_id,
        "document_id": None,
    }
    ctx.writer.add("consents", consent)
    return outgoing, consent["id"]


def write_outgoing_referrals(
    ctx: DemoContext,
    client_id: str,
    outgoing: Outgoing,
    consultations: list[dict[str, Any]],
    consent_id: str | None,
    end: date,
) -> None:
    """The outgoing referral records (after the cases: they point to the case ids), made up
    to ``end``, the last day of their period."""
    for j, target, institution in outgoing:
        ctx.writer.add(
            "referrals",
            _outgoing_referral(
                ctx, client_id, consultations[j], target, institution, consent_id, end
            ),
        )


def _outgoing_referral(
    ctx: DemoContext,
    client_id: str,
    consultation: dict[str, Any],
    target: str,
    institution: tuple[str | None, str],
    consent_id: str | None,
    end: date,
) -> dict[str, Any]:
    rng = ctx.rng
    referred_on: date = consultation["held_on"]
    age = (end - referred_on).days
    if age < RECENT_DAYS:
        status = rng.choice(
            (ReferralStatus.SUGGESTED, ReferralStatus.ARRANGED, ReferralStatus.ACCEPTED)
        )
    else:
        status = pick_by_thresholds(rng.random(), _SETTLED_STATUS, ReferralStatus.ARRANGED)
    changed = None
    if status is not ReferralStatus.SUGGESTED:
        changed = min(end, referred_on + timedelta(days=rng.randint(2, 30)))
    follow_up = None
    if status in (ReferralStatus.SUGGESTED, ReferralStatus.ARRANGED, ReferralStatus.ACCEPTED):
        follow_up = next_workday(referred_on + timedelta(days=rng.randint(14, 28)))
    return (
        ctx.stamps.meta_on(referred_on)
        | {
            "client_id": client_id,
            "case_id": consultation["case_id"],
            "consultation_id": consultation["id"],
            "case_manager_id": consultation["case_manager_id"],
            "municipality_code": consultation["municipality_code"],
            "direction": ReferralDirection.OUTGOING,
            "target_code": target,
            "institution_id": institution[0],
            "institution_name": institution[1],
            "consent_id": consent_id,
            "referred_on": referred_on,
            "reason": rng.choice(REFERRAL_REASONS[target]),
        }
        | referral_state(ctx, status, changed, follow_up, end)
    )


def write_incoming_referral(
    ctx: DemoContext, person: Person, client_id: str, case_id: str, opened_on: date
) -> None:
    """Now and then a case was handed over by another service shortly before it opened."""
    rng = ctx.rng
    if rng.random() >= fig.INCOMING_REFERRAL_RATE:
        return
    source = rng.choices(
        list(fig.INCOMING_REFERRAL_SOURCES), list(fig.INCOMING_REFERRAL_SOURCES.values())
    )[0]
    referred_on = opened_on - timedelta(days=rng.randint(3, 21))
    institution_id, institution_name = ctx.institution_for(source, person.row["municipality_code"])
    ctx.writer.add(
        "referrals",
        ctx.stamps.meta_on(referred_on)
        | {
            "client_id": client_id,
            "case_id": case_id,
            "consultation_id": None,
            "case_manager_id": person.case_manager_id,
            "municipality_code": person.row["municipality_code"],
            "direction": ReferralDirection.INCOMING,
            "target_code": source,
            "institution_id": institution_id,
            "institution_name": institution_name,
            "consent_id": None,
            "referred_on": referred_on,
            "reason": "Übergabe zur Begleitung im Case Management",
            "status": ReferralStatus.ACCEPTED,
            "status_changed_on": opened_on,
            "declined_reason": "",
            "follow_up_on": None,
            "outcome": "",
        },
    )
