"""Consents: record, withdraw (kept as history), states, and which consent covers a referral."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from kim_desktop.db.models import Consent, Institution
from kim_desktop.domain.enums import ConsentPurpose
from kim_desktop.domain.errors import ValidationFailed
from kim_desktop.services.consents import (
    ConsentInput,
    ConsentService,
    ConsentState,
    Recipient,
    find_covering_consent,
)

TODAY = date.today()


def _institution(casework: Any, name: str, target: str) -> str:
    with casework.office.database.transaction(casework.office.actor.user_id) as session:
        institution = Institution(name=name, target_code=target)
        session.add(institution)
        session.flush()
        return institution.id


def test_record_and_withdraw_keeps_history(casework: Any) -> None:
    service = ConsentService(casework.office)
    consent_id = service.record(
        ConsentInput(
            casework.client_id,
            ConsentPurpose.REFERRAL,
            TODAY - timedelta(days=10),
            scope="Weitergabe von Name und Anliegen",
            recipients=[Recipient("jobcenter-afa", None, "Jobcenter/Agentur für Arbeit")],
        )
    )
    with casework.office.database.reading() as session:
        consent = session.get_one(Consent, consent_id)
    assert consent.recipients == [
        {
            "target_code": "jobcenter-afa",
            "institution_id": None,
            "name": "Jobcenter/Agentur für Arbeit",
        }
    ]
    assert consent.recorded_by_id == casework.office.actor.user_id
    assert [r.state for r in service.list_for_client(casework.client_id)] == [ConsentState.ACTIVE]

    service.withdraw(consent_id, TODAY)
    rows = service.list_for_client(casework.client_id)
    assert [(r.id, r.state, r.withdrawn_on) for r in rows] == [
        (consent_id, ConsentState.WITHDRAWN, TODAY)
    ]
    with pytest.raises(ValidationFailed) as exc:
        service.withdraw(consent_id)
    assert exc.value.errors[0].code == "consent_already_withdrawn"


def test_states_expired_and_expiring(casework: Any) -> None:
    service = ConsentService(casework.office)
    old = TODAY - timedelta(days=400)
    service.record(
        ConsentInput(casework.client_id, ConsentPurpose.CONTACT, old, old + timedelta(days=365))
    )
    service.record(
        ConsentInput(
            casework.client_id, ConsentPurpose.CASE_MANAGEMENT, TODAY, TODAY + timedelta(days=20)
        )
    )
    states = {r.purpose: r.state for r in service.list_for_client(casework.client_id)}
    assert states == {
        ConsentPurpose.CONTACT: ConsentState.EXPIRED,
        ConsentPurpose.CASE_MANAGEMENT: ConsentState.EXPIRING,
    }


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"purpose": ConsentPurpose.REFERRAL},
            {("recipients", "consent_recipients_required")},
        ),
        (
            {"given_on": TODAY + timedelta(days=1)},
            {("given_on", "date_in_future")},
        ),
        (
            {"given_on": TODAY, "valid_until": TODAY - timedelta(days=1)},
            {("valid_until", "consent_valid_before_given")},
        ),
    ],
)
def test_invalid_consents_are_refused(
    casework: Any, data: dict[str, Any], expected: set[tuple[str, str]]
) -> None:
    values: dict[str, Any] = {"client_id": casework.client_id, "purpose": ConsentPurpose.CONTACT}
    values.update(data)
    with pytest.raises(ValidationFailed) as exc:
        ConsentService(casework.office).record(ConsentInput(**values))
    assert {(e.field, e.code) for e in exc.value.errors} == expected
    with casework.office.database.reading() as session:
        assert session.scalars(select(Consent)).all() == []


def test_covering_consent_by_category_or_institution(casework: Any) -> None:
    service = ConsentService(casework.office)
    caritas = _institution(casework, "Caritas Migrationsdienst", "migrationsberatung")
    awo = _institution(casework, "AWO Migrationsberatung", "migrationsberatung")
    start = TODAY - timedelta(days=30)
    consent_id = service.record(
        ConsentInput(
            casework.client_id,
            ConsentPurpose.REFERRAL,
            start,
            TODAY + timedelta(days=300),
            recipients=[
                Recipient("jobcenter-afa", None, "Jobcenter"),
                Recipient("migrationsberatung", caritas, "Caritas Migrationsdienst"),
            ],
        )
    )
    # a contact consent never covers a referral
    service.record(ConsentInput(casework.client_id, ConsentPurpose.CONTACT, start, recipients=[]))
    with casework.office.database.reading() as session:

        def covering(target: str, institution: str | None, on: date = TODAY) -> str | None:
            found = find_covering_consent(session, casework.client_id, target, institution, on)
            return None if found is None else found.id

        assert covering("jobcenter-afa", None) == consent_id
        assert covering("migrationsberatung", caritas) == consent_id
        assert covering("migrationsberatung", awo) is None
        assert covering("migrationsberatung", None) is None
        assert covering("gesundheit", None) is None
        assert covering("jobcenter-afa", None, start - timedelta(days=1)) is None

    service.withdraw(consent_id, TODAY)
    assert service.covering_consent(casework.client_id, "jobcenter-afa", None) is None
    assert (
        service.covering_consent(
            casework.client_id, "jobcenter-afa", None, TODAY - timedelta(days=1)
        )
        is not None
    )
