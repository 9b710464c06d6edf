"""Saving a consultation: one transaction with topics, referrals, the case and the appointment."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from kim_desktop.db.models import (
    Appointment,
    AuditEntry,
    Case,
    Consultation,
    OutboxEntry,
    Referral,
    consultation_topics,
)
from kim_desktop.domain.enums import (
    AppointmentStatus,
    CaseType,
    ConsultationMode,
    ConsultationType,
    LanguageMediation,
    ReferralStatus,
)
from kim_desktop.domain.errors import ValidationFailed
from kim_desktop.services.client_lookup import ClientLookup
from kim_desktop.services.consultations import (
    ConsultationFilter,
    ConsultationInput,
    ConsultationService,
    default_follow_up,
)
from kim_desktop.services.referrals import ReferralInput


def typical(world: Any, **overrides: Any) -> ConsultationInput:
    values: dict[str, Any] = {
        "client_id": world.client_id,
        "held_on": date.today(),
        "topic_codes": ["lebensunterhalt", "deutsch-kurse"],
        "mode": ConsultationMode.PHONE,
        "language_mediation": LanguageMediation.VASCO,
        "mediation_language_code": "uk",
        "referrals": [
            ReferralInput(
                target_code="sprach-integrationskurse",
                reason="Anmeldung Integrationskurs",
                follow_up_on=default_follow_up(date.today()),
            )
        ],
    }
    values.update(overrides)
    return ConsultationInput(**values)


def count(world: Any, model: Any) -> int:
    with world.office.database.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_save_writes_consultation_topics_referral_and_one_time_case(world: Any) -> None:
    service = ConsultationService(world.office)
    outbox_before = count(world, OutboxEntry)
    consultation_id = service.save(typical(world))

    with world.office.database.reading() as session:
        consultation = session.get(Consultation, consultation_id)
        assert consultation is not None
        assert consultation.client_id == world.client_id
        assert consultation.municipality_code == "troisdorf"
        assert consultation.case_manager_id == world.office.actor.user_id
        assert consultation.mode is ConsultationMode.PHONE
        assert consultation.mediation_language_code == "uk"
        assert sorted(t.code for t in consultation.topics) == ["deutsch-kurse", "lebensunterhalt"]
        case = session.get(Case, consultation.case_id)
        assert case is not None and case.case_type is CaseType.ONE_TIME
        assert case.closed_on == date.today()  # a one-time case is opened and closed that day
        assert len(case.phase_changes) == 2
        referral = session.scalars(select(Referral)).one()
        assert referral.consultation_id == consultation_id
        assert referral.case_id == case.id
        assert referral.status is ReferralStatus.SUGGESTED
        assert referral.follow_up_on == date.today() + timedelta(days=14)
        assert referral.consent_id is not None
        audits = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.table_name == "referrals")
        )
        assert audits == 1
    # consultation, referral, case, 2 phase changes (the topic links ride on the consultation)
    assert count(world, OutboxEntry) - outbox_before >= 5
    assert service.last_mode() is ConsultationMode.PHONE


def test_case_management_consultation_opens_and_then_reuses_a_case(world: Any) -> None:
    service = ConsultationService(world.office)
    data = typical(world, consultation_type=ConsultationType.CASE_MANAGEMENT, referrals=[])
    first = service.save(data)
    defaults = service.entry_defaults(world.client_id)
    assert defaults.consultation_type is ConsultationType.CASE_MANAGEMENT
    assert defaults.open_case_types == (CaseType.CASE_MANAGEMENT,)
    assert defaults.language_mediation is LanguageMediation.PERSON  # interpreter needed
    assert defaults.mediation_language_code == "uk"
    second = service.save(typical(world, referrals=[]))  # one-time joins the only open case
    with world.office.database.reading() as session:
        a, b = session.get(Consultation, first), session.get(Consultation, second)
        assert a is not None and b is not None and a.case_id == b.case_id
        assert session.scalar(select(func.count()).select_from(Case)) == 1


def test_saving_for_an_appointment_marks_it_held(world: Any) -> None:
    office = world.office
    with office.database.transaction(office.actor.user_id) as session:
        appointment = Appointment(
            client_id=world.client_id,
            case_manager_id=office.actor.user_id,
            starts_at=datetime.now(UTC) - timedelta(hours=1),
            duration_minutes=60,
        )
        session.add(appointment)
        session.flush()
        appointment_id = appointment.id
    service = ConsultationService(office)
    prefill = service.appointment_prefill(appointment_id)
    assert prefill.client_id == world.client_id and prefill.duration_minutes == 60
    consultation_id = service.save(typical(world, appointment_id=appointment_id))
    with office.database.reading() as session:
        assert session.get(Appointment, appointment_id).status is AppointmentStatus.HELD  # type: ignore[union-attr]
        assert session.get(Consultation, consultation_id).appointment_id == appointment_id  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"client_id": None}, "client", "consultation_client_required"),
        ({"topic_codes": []}, "topics", "consultation_topic_required"),
        ({"duration_minutes": 0}, "duration", "consultation_duration_range"),
        ({"duration_minutes": 601}, "duration", "consultation_duration_range"),
        ({"held_on": date.today() + timedelta(days=1)}, "held_on", "date_in_future"),
        (
            {"mediation_language_code": None},
            "mediation_language",
            "consultation_mediation_language_required",
        ),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    world: Any, overrides: dict[str, Any], field: str, code: str
) -> None:
    outbox_before = count(world, OutboxEntry)
    with pytest.raises(ValidationFailed) as caught:
        ConsultationService(world.office).save(typical(world, **overrides))
    assert (field, code) in [(e.field, e.code) for e in caught.value.errors]
    assert count(world, Consultation) == 0
    assert count(world, OutboxEntry) == outbox_before


def test_referral_without_consent_saves_nothing_of_the_consultation(world: Any) -> None:
    data = typical(world, referrals=[ReferralInput(target_code="abh-ebh", reason="Termin")])
    with pytest.raises(ValidationFailed) as caught:
        ConsultationService(world.office).save(data)
    error = caught.value.errors[0]
    assert (error.field, error.code) == ("referrals.0.target", "referral_no_consent")
    assert error.german() == (
        "Für eine Weitergabe an Ausländerbehörde/Einbürgerungsbehörde liegt keine gültige "
        "Einwilligung vor. Bitte erfassen Sie zuerst die Einwilligung."
    )
    assert count(world, Consultation) == 0
    assert count(world, Case) == 0
    assert count(world, Referral) == 0
    with world.office.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(consultation_topics)) == 0


def test_consent_covers_the_named_institution_only(world: Any) -> None:
    service = ConsultationService(world.office)
    named = ReferralInput(target_code="jobcenter-afa", institution_id=world.institution_id)
    other = ReferralInput(target_code="jobcenter-afa", institution_id=world.other_institution_id)
    service.save(typical(world, referrals=[named]))
    with pytest.raises(ValidationFailed) as caught:
        service.save(typical(world, referrals=[other]))
    assert caught.value.errors[0].params == {"target": "Agentur für Arbeit Bonn"}


def test_withdrawn_consent_no_longer_covers(world: Any) -> None:
    from kim_desktop.db.models import Consent

    with world.office.database.transaction(world.office.actor.user_id) as session:
        consent = session.scalars(select(Consent)).one()
        consent.withdrawn_on = date.today() - timedelta(days=1)
    with pytest.raises(ValidationFailed):
        ConsultationService(world.office).save(typical(world))


def test_declined_without_reason_and_follow_up_before_referral(world: Any) -> None:
    referral = ReferralInput(
        target_code="sprach-integrationskurse",
        status=ReferralStatus.DECLINED,
        follow_up_on=date.today() - timedelta(days=1),
    )
    with pytest.raises(ValidationFailed) as caught:
        ConsultationService(world.office).save(typical(world, referrals=[referral]))
    found = {(e.field, e.code) for e in caught.value.errors}
    assert ("referrals.0.declined_reason", "referral_declined_reason_required") in found
    assert ("referrals.0.follow_up", "referral_follow_up_before_referral") in found


def test_recent_list_filters(world: Any) -> None:
    service = ConsultationService(world.office)
    service.save(typical(world, held_on=date.today() - timedelta(days=3)))
    service.save(typical(world, topic_codes=["wohnen"], referrals=[]))
    rows = service.recent(ConsultationFilter())
    assert [r.topic_codes for r in rows] == [("wohnen",), ("deutsch-kurse", "lebensunterhalt")]
    assert rows[0].client_name == "Olena Kovalenko"
    assert len(service.recent(ConsultationFilter(topic_code="wohnen"))) == 1
    assert len(service.recent(ConsultationFilter(date_from=date.today() - timedelta(days=1)))) == 1
    assert (
        service.recent(ConsultationFilter(consultation_type=ConsultationType.MUKIS_INDIVIDUAL))
        == []
    )


def test_client_lookup_by_name_birth_date_and_file_number(world: Any) -> None:
    lookup = ClientLookup(world.office)
    assert [h.id for h in lookup.search("kova")] == [world.client_id]
    assert [h.id for h in lookup.search("Олена")] == [world.client_id]
    assert [h.id for h in lookup.search("olena 12.04.1988")] == [world.client_id]
    assert [h.id for h in lookup.search("12.04.")] == [world.client_id]
    assert [h.id for h in lookup.search(world.file_number[:6])] == [world.client_id]
    assert lookup.search("mueller") == []
    assert lookup.search("  ") == []
    assert lookup.search("31.02.1988") == []
