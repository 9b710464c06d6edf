"""Referral follow-ups: status order, declined with reason, follow-up dates, incoming ones."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from kim_desktop.db.models import Referral
from kim_desktop.domain.enums import ReferralDirection, ReferralStatus
from kim_desktop.domain.errors import ValidationFailed
from kim_desktop.services.consultations import ConsultationInput, ConsultationService
from kim_desktop.services.referrals import (
    IncomingReferralInput,
    ReferralFilter,
    ReferralInput,
    ReferralService,
    ReferralUpdate,
)


def referral_id(world: Any, held_on: date | None = None) -> str:
    ConsultationService(world.office).save(
        ConsultationInput(
            client_id=world.client_id,
            held_on=held_on or date.today() - timedelta(days=5),
            topic_codes=["deutsch-kurse"],
            referrals=[ReferralInput(target_code="sprach-integrationskurse", reason="Kurs")],
        )
    )
    with world.office.database.reading() as session:
        return session.scalars(select(Referral.id)).one()


def stored(world: Any, id_: str) -> Referral:
    with world.office.database.reading() as session:
        referral = session.get(Referral, id_)
        assert referral is not None
        return referral


def test_status_moves_forward_and_records_outcome(world: Any) -> None:
    service = ReferralService(world.office)
    id_ = referral_id(world)
    follow_up = date.today() + timedelta(days=7)
    service.update_referral(
        id_, ReferralUpdate(ReferralStatus.ARRANGED, follow_up, "Termin am 3.6.")
    )
    referral = stored(world, id_)
    assert referral.status is ReferralStatus.ARRANGED
    assert referral.status_changed_on == date.today()
    assert referral.follow_up_on == follow_up
    assert referral.outcome == "Termin am 3.6."
    service.update_referral(id_, ReferralUpdate(ReferralStatus.COMPLETED, None, "Kurs begonnen"))
    assert stored(world, id_).status is ReferralStatus.COMPLETED
    with pytest.raises(ValidationFailed) as caught:
        service.update_referral(id_, ReferralUpdate(ReferralStatus.ACCEPTED, None))
    assert caught.value.errors[0].code == "referral_closed"


def test_status_cannot_go_back(world: Any) -> None:
    service = ReferralService(world.office)
    id_ = referral_id(world)
    service.update_referral(id_, ReferralUpdate(ReferralStatus.ACCEPTED, None))
    with pytest.raises(ValidationFailed) as caught:
        service.update_referral(id_, ReferralUpdate(ReferralStatus.SUGGESTED, None))
    assert caught.value.errors[0].code == "referral_status_backwards"
    assert stored(world, id_).status is ReferralStatus.ACCEPTED


def test_declined_requires_a_reason(world: Any) -> None:
    service = ReferralService(world.office)
    id_ = referral_id(world)
    with pytest.raises(ValidationFailed) as caught:
        service.update_referral(id_, ReferralUpdate(ReferralStatus.DECLINED, None))
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("declined_reason", "referral_declined_reason_required")
    ]
    assert stored(world, id_).status is ReferralStatus.SUGGESTED
    service.update_referral(
        id_, ReferralUpdate(ReferralStatus.DECLINED, None, declined_reason="Kein Platz frei")
    )
    assert stored(world, id_).declined_reason == "Kein Platz frei"


def test_follow_up_before_the_referral_is_refused(world: Any) -> None:
    service = ReferralService(world.office)
    held_on = date.today() - timedelta(days=5)
    id_ = referral_id(world, held_on)
    with pytest.raises(ValidationFailed) as caught:
        service.update_referral(
            id_, ReferralUpdate(ReferralStatus.SUGGESTED, held_on - timedelta(days=1))
        )
    assert caught.value.errors[0].code == "referral_follow_up_before_referral"
    assert caught.value.errors[0].german().endswith(f"({held_on:%d.%m.%Y}) liegen.")


def test_incoming_referral_needs_no_consent_and_lists(world: Any) -> None:
    service = ReferralService(world.office)
    id_ = service.record_incoming(
        IncomingReferralInput(
            client_id=world.client_id,
            source_code="jugendmigrationsdienst",
            referred_on=date.today() - timedelta(days=2),
            reason="Unterstützung bei der Wohnungssuche",
        )
    )
    referral = stored(world, id_)
    assert referral.direction is ReferralDirection.INCOMING
    assert referral.target_code == "jugendmigrationsdienst"
    assert referral.consent_id is None
    assert referral.municipality_code == "troisdorf"
    rows = service.list_referrals(ReferralFilter(direction=ReferralDirection.INCOMING))
    assert [r.id for r in rows] == [id_]
    assert rows[0].client_name == "Olena Kovalenko"


def test_incoming_referral_without_source_is_refused(world: Any) -> None:
    with pytest.raises(ValidationFailed) as caught:
        ReferralService(world.office).record_incoming(
            IncomingReferralInput(world.client_id, None, date.today())
        )
    assert caught.value.errors[0].code == "referral_source_required"


def test_institutions_of_a_category(world: Any) -> None:
    names = [
        i.name for i in ReferralService(world.office).institutions("jobcenter-afa", "troisdorf")
    ]
    assert names == ["Agentur für Arbeit Bonn", "Jobcenter Rhein-Sieg, Troisdorf"]
