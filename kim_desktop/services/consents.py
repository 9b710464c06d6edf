"""Consents: recording, withdrawing, their state, and which consent covers a referral."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kim_desktop.db.models import Client, Consent, Institution, ReferralTarget
from kim_desktop.domain.enums import ConsentPurpose
from kim_desktop.domain.errors import FieldError, RecordMissing, ValidationFailed
from kim_desktop.services.office_session import OfficeSession

EXPIRING_DAYS = 30


class ConsentState(StrEnum):
    ACTIVE = "active"
    EXPIRING = "expiring"  # active, ends within EXPIRING_DAYS
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    NOT_YET_VALID = "not_yet_valid"


@dataclass(frozen=True)
class Recipient:
    """A referral target category (``institution_id`` None) or one concrete institution."""

    target_code: str
    institution_id: str | None
    name: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "target_code": self.target_code,
            "institution_id": self.institution_id,
            "name": self.name,
        }


@dataclass
class ConsentInput:
    client_id: str
    purpose: ConsentPurpose
    given_on: date = field(default_factory=date.today)
    valid_until: date | None = None
    scope: str = ""
    recipients: list[Recipient] = field(default_factory=list)


@dataclass(frozen=True)
class ConsentRow:
    id: str
    purpose: ConsentPurpose
    scope: str
    recipients: list[Recipient]
    given_on: date
    valid_until: date | None
    withdrawn_on: date | None
    state: ConsentState


@dataclass(frozen=True)
class InstitutionChoice:
    id: str
    name: str
    target_code: str


def consent_state(consent: Consent, on: date) -> ConsentState:
    if consent.withdrawn_on is not None and consent.withdrawn_on <= on:
        return ConsentState.WITHDRAWN
    if consent.given_on > on:
        return ConsentState.NOT_YET_VALID
    if consent.valid_until is not None:
        if consent.valid_until < on:
            return ConsentState.EXPIRED
        if consent.valid_until <= on + timedelta(days=EXPIRING_DAYS):
            return ConsentState.EXPIRING
    return ConsentState.ACTIVE


def covers(recipients: list[dict[str, Any]], target_code: str, institution_id: str | None) -> bool:
    """A category entry covers every institution of it; an institution entry only itself."""
    for entry in recipients:
        entry_institution = entry.get("institution_id")
        if entry_institution is None and entry.get("target_code") == target_code:
            return True
        if institution_id is not None and entry_institution == institution_id:
            return True
    return False


def find_covering_consent(
    session: Session, client_id: str, target_code: str, institution_id: str | None, on: date
) -> Consent | None:
    """The referral consent active on ``on`` whose recipients include the target or institution."""
    candidates = session.scalars(
        select(Consent)
        .where(
            Consent.client_id == client_id,
            Consent.purpose == ConsentPurpose.REFERRAL,
            Consent.deleted_at.is_(None),
            Consent.given_on <= on,
            or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > on),
            or_(Consent.valid_until.is_(None), Consent.valid_until >= on),
        )
        .order_by(Consent.given_on.desc())
    )
    for consent in candidates:
        if covers(consent.recipients or [], target_code, institution_id):
            return consent
    return None


def row_of(consent: Consent, on: date) -> ConsentRow:
    return ConsentRow(
        id=consent.id,
        purpose=consent.purpose,
        scope=consent.scope,
        recipients=[
            Recipient(r.get("target_code", ""), r.get("institution_id"), r.get("name", ""))
            for r in consent.recipients or []
        ],
        given_on=consent.given_on,
        valid_until=consent.valid_until,
        withdrawn_on=consent.withdrawn_on,
        state=consent_state(consent, on),
    )


class ConsentService:
    def __init__(self, office: OfficeSession) -> None:
        self._office = office

    @staticmethod
    def validate(data: ConsentInput) -> list[FieldError]:
        errors: list[FieldError] = []
        if data.given_on > date.today():
            errors.append(FieldError("given_on", "date_in_future"))
        if data.valid_until is not None and data.valid_until < data.given_on:
            errors.append(
                FieldError(
                    "valid_until",
                    "consent_valid_before_given",
                    {"given": data.given_on.strftime("%d.%m.%Y")},
                )
            )
        if data.purpose is ConsentPurpose.REFERRAL and not data.recipients:
            errors.append(FieldError("recipients", "consent_recipients_required"))
        if len(data.scope.strip()) > 4000:
            errors.append(FieldError("scope", "too_long", {"max": 4000}))
        return errors

    def record(self, data: ConsentInput) -> str:
        errors = self.validate(data)
        if errors:
            raise ValidationFailed(errors)
        with self._office.database.transaction(self._office.actor.user_id) as session:
            client = session.get(Client, data.client_id)
            if client is None or client.deleted_at is not None:
                raise RecordMissing()
            self._check_recipients(session, data.recipients)
            consent = Consent(
                client_id=client.id,
                purpose=data.purpose,
                scope=data.scope.strip(),
                recipients=[r.as_dict() for r in data.recipients],
                given_on=data.given_on,
                valid_until=data.valid_until,
                recorded_by_id=self._office.actor.user_id,
            )
            session.add(consent)
            session.flush()
            return consent.id

    def withdraw(self, consent_id: str, withdrawn_on: date | None = None) -> None:
        """The consent stays (as history) with its withdrawal date."""
        withdrawn_on = withdrawn_on or date.today()
        with self._office.database.transaction(self._office.actor.user_id) as session:
            consent = session.get(Consent, consent_id)
            if consent is None or consent.deleted_at is not None:
                raise RecordMissing()
            errors: list[FieldError] = []
            if consent.withdrawn_on is not None:
                errors.append(
                    FieldError(
                        "withdrawn_on",
                        "consent_already_withdrawn",
                        {"date": consent.withdrawn_on.strftime("%d.%m.%Y")},
                    )
                )
            elif withdrawn_on < consent.given_on:
                errors.append(
                    FieldError(
                        "withdrawn_on",
                        "consent_withdrawn_before_given",
                        {"given": consent.given_on.strftime("%d.%m.%Y")},
                    )
                )
            if withdrawn_on > date.today():
                errors.append(FieldError("withdrawn_on", "date_in_future"))
            if errors:
                raise ValidationFailed(errors)
            consent.withdrawn_on = withdrawn_on

    def list_for_client(self, client_id: str, on: date | None = None) -> list[ConsentRow]:
        on = on or date.today()
        with self._office.database.reading() as session:
            consents = session.scalars(
                select(Consent)
                .where(Consent.client_id == client_id, Consent.deleted_at.is_(None))
                .order_by(Consent.given_on.desc(), Consent.created_at.desc())
            ).all()
            return [row_of(c, on) for c in consents]

    def covering_consent(
        self, client_id: str, target_code: str, institution_id: str | None, on: date | None = None
    ) -> ConsentRow | None:
        on = on or date.today()
        with self._office.database.reading() as session:
            consent = find_covering_consent(session, client_id, target_code, institution_id, on)
            return None if consent is None else row_of(consent, on)

    def institutions(self) -> list[InstitutionChoice]:
        with self._office.database.reading() as session:
            rows = session.scalars(
                select(Institution)
                .where(Institution.deleted_at.is_(None))
                .order_by(Institution.name)
            )
            return [InstitutionChoice(i.id, i.name, i.target_code) for i in rows]

    @staticmethod
    def _check_recipients(session: Session, recipients: list[Recipient]) -> None:
        targets = set(session.scalars(select(ReferralTarget.code)))
        errors: list[FieldError] = []
        for recipient in recipients:
            if recipient.target_code not in targets:
                errors.append(
                    FieldError(
                        "recipients", "referral_target_unknown", {"code": recipient.target_code}
                    )
                )
            elif recipient.institution_id is not None:
                institution = session.get(Institution, recipient.institution_id)
                if institution is None or institution.deleted_at is not None:
                    errors.append(FieldError("recipients", "institution_unknown"))
        if errors:
            raise ValidationFailed(errors)
