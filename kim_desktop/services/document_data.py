"""Reading what a printed document needs from the office database (no PDF work here)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.db.models import (
    Appointment,
    Client,
    Consent,
    Consultation,
    Institution,
    Referral,
    ReferralTarget,
    User,
)
from kim_desktop.domain.errors import RecordMissing
from kim_desktop.printing.data import (
    AppointmentInfo,
    ClientInfo,
    ConsentItem,
    ConsultationInfo,
    Contact,
    Letterhead,
    Recipient,
    ReferralInfo,
)
from kim_desktop.services.own_office import own_office


def local(moment: datetime) -> datetime:
    """A stored UTC time in the device's local time (the town hall's clock), without zone."""
    return moment.astimezone().replace(tzinfo=None)


def letterhead(session: Session) -> Letterhead:
    office = own_office(session)
    if office is None:
        return Letterhead(name="Kommunales Integrationsmanagement")
    return Letterhead(
        office.name,
        office.street,
        office.postal_code,
        office.city,
        office.phone,
        office.email,
        office.logo_path,
    )


def contact(session: Session, user_id: str | None) -> Contact:
    user = session.get(User, user_id) if user_id else None
    if user is None:
        return Contact("")
    return Contact(user.display_name, user.phone, user.email)


def client_row(session: Session, client_id: str) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise RecordMissing()
    return client


def client_info(client: Client) -> ClientInfo:
    return ClientInfo(
        file_number=client.file_number,
        first_name=client.first_name,
        last_name=client.last_name,
        gender=client.gender.value,
        birth_date=client.birth_date,
        street=client.street,
        postal_code=client.postal_code,
        city=client.city,
        phone=client.phone,
        email=client.email,
    )


def consent_item(consent: Consent) -> ConsentItem:
    return ConsentItem(
        purpose=consent.purpose.value,
        scope=consent.scope,
        recipients=[str(r.get("name") or r.get("target_code") or "") for r in consent.recipients],
        given_on=consent.given_on,
        valid_until=consent.valid_until,
        withdrawn_on=consent.withdrawn_on,
        recipient_targets=[
            "" if r.get("institution_id") else str(r.get("target_code") or "")
            for r in consent.recipients
        ],
    )


def consents(session: Session, client_id: str, consent_id: str | None, today: date) -> list:
    if consent_id:
        consent = session.get(Consent, consent_id)
        if consent is None or consent.client_id != client_id:
            raise RecordMissing()
        return [consent_item(consent)]
    rows = session.scalars(
        select(Consent).where(Consent.client_id == client_id).order_by(Consent.given_on)
    ).all()
    return [consent_item(c) for c in rows if c.is_active(today)]


def appointment(
    session: Session, client_id: str, appointment_id: str
) -> tuple[AppointmentInfo, str]:
    row = _owned(session, Appointment, appointment_id, client_id)
    info = AppointmentInfo(
        local(row.starts_at), row.duration_minutes, row.location, row.purpose, row.bring_along
    )
    return info, row.case_manager_id


def referral(session: Session, client_id: str, referral_id: str) -> tuple[ReferralInfo, str]:
    row = _owned(session, Referral, referral_id, client_id)
    institution = session.get(Institution, row.institution_id) if row.institution_id else None
    target = session.scalars(
        select(ReferralTarget).where(ReferralTarget.code == row.target_code)
    ).first()
    if institution is not None:
        recipient = Recipient(
            institution.name,
            institution.street,
            institution.postal_code,
            institution.city,
            institution.phone,
            institution.email,
        )
    else:
        recipient = Recipient(row.institution_name or (target.label("de") if target else ""))
    consent = session.get(Consent, row.consent_id) if row.consent_id else None
    info = ReferralInfo(
        recipient=recipient,
        target_code=row.target_code,
        target_label_de=target.label("de") if target else row.target_code,
        referred_on=row.referred_on,
        reason=row.reason,
        consent=consent_item(consent) if consent is not None else None,
        recipient_is_target=institution is None and not row.institution_name,
    )
    return info, row.case_manager_id


def consultation(
    session: Session, client_id: str, consultation_id: str
) -> tuple[ConsultationInfo, str]:
    row = _owned(session, Consultation, consultation_id, client_id)
    info = ConsultationInfo(
        held_on=row.held_on,
        duration_minutes=row.duration_minutes,
        mode=row.mode.value,
        consultation_type=row.consultation_type.value,
        topics=[(topic.code, topic.label("de")) for topic in row.topics],
    )
    return info, row.case_manager_id


def _owned(session: Session, model: type, record_id: str, client_id: str):  # type: ignore[no-untyped-def]
    row = session.get(model, record_id)
    if row is None or row.deleted_at is not None or row.client_id != client_id:
        raise RecordMissing()
    return row
