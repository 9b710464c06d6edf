"""Building a small, controlled office for the daywork tests (helpers, not tests)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from kim_desktop.db.models import (
    Appointment,
    Case,
    Consent,
    Consultation,
    Goal,
    Referral,
)
from kim_desktop.db.seed_data import REFERRAL_TARGETS
from kim_desktop.domain.enums import (
    AppointmentStatus,
    CaseType,
    ConsentPurpose,
    ConsultationType,
    ReferralStatus,
)
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.office_session import OfficeSession

TARGET = REFERRAL_TARGETS[0][0]


def add_client(office: OfficeSession, first: str, last: str) -> str:
    number = ClientService(office).create_client(ClientInput(first, last, "troisdorf"))
    return ClientService(office).get_client(number).id


def add(office: OfficeSession, *records: Any) -> list[str]:
    with office.database.transaction(office.actor.user_id) as session:
        session.add_all(records)
        session.flush()
        return [r.id for r in records]


def add_case(office: OfficeSession, client_id: str, opened_on: date, **kw: Any) -> str:
    values: dict[str, Any] = {
        "client_id": client_id,
        "case_type": CaseType.CASE_MANAGEMENT,
        "case_manager_id": office.actor.user_id,
        "municipality_code": "troisdorf",
        "opened_on": opened_on,
    }
    values.update(kw)
    return add(office, Case(**values))[0]


def add_consultation(
    office: OfficeSession,
    client_id: str,
    case_id: str | None,
    held_on: date,
    consultation_type: ConsultationType = ConsultationType.CASE_MANAGEMENT,
) -> str:
    return add(
        office,
        Consultation(
            client_id=client_id,
            case_id=case_id,
            case_manager_id=office.actor.user_id,
            municipality_code="troisdorf",
            held_on=held_on,
            consultation_type=consultation_type,
        ),
    )[0]


def add_referral(
    office: OfficeSession,
    client_id: str,
    follow_up_on: date | None,
    status: ReferralStatus = ReferralStatus.ARRANGED,
) -> str:
    return add(
        office,
        Referral(
            client_id=client_id,
            case_manager_id=office.actor.user_id,
            municipality_code="troisdorf",
            target_code=TARGET,
            institution_name="Caritas Migrationsberatung",
            referred_on=date.today() - timedelta(days=20),
            status=status,
            follow_up_on=follow_up_on,
        ),
    )[0]


def add_goal(office: OfficeSession, case_id: str, text: str, review_on: date, **kw: Any) -> str:
    return add(office, Goal(case_id=case_id, text=text, review_on=review_on, **kw))[0]


def add_consent(
    office: OfficeSession,
    client_id: str,
    valid_until: date | None,
    purpose: ConsentPurpose = ConsentPurpose.REFERRAL,
) -> str:
    return add(
        office,
        Consent(
            client_id=client_id,
            purpose=purpose,
            given_on=date.today() - timedelta(days=300),
            valid_until=valid_until,
        ),
    )[0]


def add_appointment_today(
    office: OfficeSession, client_id: str, at: time = time(0, 5), **kw: Any
) -> str:
    """An appointment earlier or later today, written directly (bypasses the past check)."""
    values: dict[str, Any] = {
        "client_id": client_id,
        "case_manager_id": office.actor.user_id,
        "starts_at": datetime.combine(date.today(), at).astimezone(),
        "purpose": "Antrag Wohngeld besprechen",
        "location": "Rathaus Troisdorf",
        "status": AppointmentStatus.PLANNED,
    }
    values.update(kw)
    return add(office, Appointment(**values))[0]
