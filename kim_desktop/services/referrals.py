"""Referrals (Verweisberatungen): the consent rule, status changes, follow-ups, incoming ones.

Rules:

- An outgoing referral needs an active consent of purpose REFERRAL on the referral date whose
  recipients cover it: an entry naming the chosen institution, an entry naming the target
  category without a particular institution, or — when no institution is chosen — any entry of
  the target category. Otherwise it is refused and nothing is saved.
- Incoming referrals (from e.g. the Jugendmigrationsdienst) record their source category and
  need no consent.
- Status moves forward only: suggested → arranged → accepted → completed; declined (with a
  reason) from any open status. The follow-up date is never before the referral date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kim_desktop.db.models import Case, Client, Consent, Institution, Referral, ReferralTarget
from kim_desktop.domain.enums import ConsentPurpose, ReferralDirection, ReferralStatus
from kim_desktop.domain.errors import FieldError, RecordMissing, ValidationFailed
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.tombstones import restore_tombstone, tombstone

OPEN_STATUSES = (ReferralStatus.SUGGESTED, ReferralStatus.ARRANGED, ReferralStatus.ACCEPTED)
_ORDER = {
    ReferralStatus.SUGGESTED: 0,
    ReferralStatus.ARRANGED: 1,
    ReferralStatus.ACCEPTED: 2,
    ReferralStatus.COMPLETED: 3,
}
MAX_TEXT = 2000


@dataclass
class ReferralInput:
    """An outgoing referral made in a consultation (``referred_on`` defaults to its date)."""

    target_code: str | None
    institution_id: str | None = None
    reason: str = ""
    status: ReferralStatus = ReferralStatus.SUGGESTED
    follow_up_on: date | None = None
    declined_reason: str = ""


@dataclass
class IncomingReferralInput:
    client_id: str | None
    source_code: str | None
    referred_on: date
    institution_id: str | None = None
    reason: str = ""


@dataclass
class ReferralUpdate:
    status: ReferralStatus
    follow_up_on: date | None
    outcome: str = ""
    declined_reason: str = ""


@dataclass(frozen=True)
class InstitutionChoice:
    id: str
    name: str


@dataclass(frozen=True)
class ReferralFilter:
    mine_only: bool = False
    open_only: bool = True
    due_only: bool = False
    direction: ReferralDirection | None = None


@dataclass(frozen=True)
class ReferralRow:
    id: str
    client_id: str
    client_name: str
    file_number: str
    direction: ReferralDirection
    target_code: str
    institution_name: str
    referred_on: date
    reason: str
    status: ReferralStatus
    follow_up_on: date | None
    outcome: str
    declined_reason: str


def referral_field(index: int, name: str) -> str:
    """Form field name of a referral row's input, e.g. ``referrals.0.target``."""
    return f"referrals.{index}.{name}"


def validate_referral(
    data: ReferralInput, referred_on: date, prefix: str = "referral"
) -> list[FieldError]:
    """Rules that need no database: target, texts, declined reason, follow-up date."""
    errors: list[FieldError] = []
    if not data.target_code:
        errors.append(FieldError(f"{prefix}.target", "referral_target_required"))
    if len(data.reason) > MAX_TEXT:
        errors.append(FieldError(f"{prefix}.reason", "too_long", {"max": MAX_TEXT}))
    if data.status is ReferralStatus.DECLINED and not data.declined_reason.strip():
        errors.append(FieldError(f"{prefix}.declined_reason", "referral_declined_reason_required"))
    errors += _follow_up_errors(data.follow_up_on, referred_on, f"{prefix}.follow_up")
    return errors


def _follow_up_errors(follow_up_on: date | None, referred_on: date, field: str) -> list[FieldError]:
    if follow_up_on is not None and follow_up_on < referred_on:
        return [
            FieldError(
                field,
                "referral_follow_up_before_referral",
                {"date": referred_on.strftime("%d.%m.%Y")},
            )
        ]
    return []


def covering_consent(
    session: Session,
    client_id: str,
    target_code: str,
    institution_id: str | None,
    on: date,
) -> Consent | None:
    """The client's active referral consent that covers this recipient on ``on``, if any."""
    consents = session.scalars(
        select(Consent)
        .where(
            Consent.client_id == client_id,
            Consent.purpose == ConsentPurpose.REFERRAL,
            Consent.deleted_at.is_(None),
        )
        .order_by(Consent.given_on.desc())
    )
    for consent in consents:
        if consent.is_active(on) and _covers(consent, target_code, institution_id):
            return consent
    return None


def _covers(consent: Consent, target_code: str, institution_id: str | None) -> bool:
    for entry in consent.recipients or []:
        named = entry.get("institution_id")
        if institution_id and named == institution_id:
            return True
        if entry.get("target_code") == target_code and (not named or not institution_id):
            return True
    return False


def check_referral_target(
    session: Session,
    client_id: str,
    data: ReferralInput,
    referred_on: date,
    prefix: str,
) -> tuple[list[FieldError], Consent | None, str]:
    """Database rules of one outgoing referral: known target, matching institution, consent.

    Returns the errors, the covering consent and the institution's name.
    """
    target = session.scalar(select(ReferralTarget).where(ReferralTarget.code == data.target_code))
    if target is None:
        return (
            [
                FieldError(
                    f"{prefix}.target", "referral_category_unknown", {"code": data.target_code}
                )
            ],
            None,
            "",
        )
    institution_name = ""
    if data.institution_id:
        institution = session.get(Institution, data.institution_id)
        if institution is None or institution.target_code != data.target_code:
            return [FieldError(f"{prefix}.institution", "referral_institution_mismatch")], None, ""
        institution_name = institution.name
    consent = covering_consent(
        session, client_id, str(data.target_code), data.institution_id, referred_on
    )
    if consent is None:
        shown = institution_name or target.label("de")
        return [FieldError(f"{prefix}.target", "referral_no_consent", {"target": shown})], None, ""
    return [], consent, institution_name


class ReferralService:
    def __init__(self, office: OfficeSession) -> None:
        self._office = office

    # -- reading -------------------------------------------------------------------------
    def institutions(
        self, target_code: str, municipality_code: str | None = None
    ) -> list[InstitutionChoice]:
        """Institutions of a category: the municipality's own and the district-wide ones."""
        query = select(Institution.id, Institution.name).where(
            Institution.target_code == target_code, Institution.deleted_at.is_(None)
        )
        if municipality_code is not None:
            query = query.where(
                (Institution.municipality_code == municipality_code)
                | Institution.municipality_code.is_(None)
            )
        with self._office.database.reading() as session:
            rows = session.execute(query.order_by(Institution.name)).all()
        return [InstitutionChoice(row.id, row.name) for row in rows]

    def list_referrals(
        self, filter_: ReferralFilter, limit: int = 200, offset: int = 0
    ) -> list[ReferralRow]:
        query = (
            select(Referral, Client.first_name, Client.last_name, Client.file_number)
            .join(Client, Client.id == Referral.client_id)
            .where(Referral.deleted_at.is_(None), Client.deleted_at.is_(None))
        )
        if filter_.mine_only:
            query = query.where(Referral.case_manager_id == self._office.actor.user_id)
        if filter_.open_only:
            query = query.where(Referral.status.in_(OPEN_STATUSES))
        if filter_.due_only:
            query = query.where(Referral.follow_up_on <= date.today())
        if filter_.direction is not None:
            query = query.where(Referral.direction == filter_.direction)
        if filter_.due_only or filter_.open_only:
            order = (Referral.follow_up_on.is_(None), Referral.follow_up_on, Referral.id)
        else:
            order = (Referral.referred_on.desc(), Referral.id.desc())
        query = query.order_by(*order).limit(limit).offset(offset)
        with self._office.database.reading() as session:
            return [
                _row(r, f"{first} {last}".strip(), number)
                for r, first, last, number in session.execute(query)
            ]

    def get(self, referral_id: str) -> ReferralRow:
        with self._office.database.reading() as session:
            found = session.execute(
                select(Referral, Client.first_name, Client.last_name, Client.file_number)
                .join(Client, Client.id == Referral.client_id)
                .where(Referral.id == referral_id, Referral.deleted_at.is_(None))
            ).first()
        if found is None:
            raise RecordMissing()
        referral, first, last, number = found
        return _row(referral, f"{first} {last}".strip(), number)

    # -- writing -------------------------------------------------------------------------
    def update_referral(self, referral_id: str, data: ReferralUpdate) -> None:
        """Status, follow-up date and outcome of one referral."""
        with self._office.database.transaction(self._office.actor.user_id) as session:
            referral = session.get(Referral, referral_id)
            if referral is None or referral.deleted_at is not None:
                raise RecordMissing()
            errors = self._update_errors(referral, data)
            if errors:
                raise ValidationFailed(errors)
            if data.status is not referral.status:
                referral.status = data.status
                referral.status_changed_on = date.today()
            declined = (
                data.declined_reason.strip() if data.status is ReferralStatus.DECLINED else ""
            )
            for name, value in (
                ("follow_up_on", data.follow_up_on),
                ("outcome", data.outcome.strip()),
                ("declined_reason", declined),
            ):
                if getattr(referral, name) != value:
                    setattr(referral, name, value)

    def delete_referral(self, referral_id: str) -> None:
        """Tombstone; restorable with :meth:`restore_referral` until synchronised."""
        with self._office.database.transaction(self._office.actor.user_id) as session:
            tombstone(session, Referral, referral_id)

    def restore_referral(self, referral_id: str) -> None:
        with self._office.database.transaction(self._office.actor.user_id) as session:
            restore_tombstone(session, Referral, referral_id)

    @staticmethod
    def _update_errors(referral: Referral, data: ReferralUpdate) -> list[FieldError]:
        errors: list[FieldError] = []
        old, new = referral.status, data.status
        if new is not old:
            if old not in OPEN_STATUSES:
                errors.append(FieldError("status", "referral_closed"))
            elif new is not ReferralStatus.DECLINED and _ORDER[new] < _ORDER[old]:
                errors.append(FieldError("status", "referral_status_backwards"))
        if new is ReferralStatus.DECLINED and not data.declined_reason.strip():
            errors.append(FieldError("declined_reason", "referral_declined_reason_required"))
        if len(data.outcome) > MAX_TEXT:
            errors.append(FieldError("outcome", "too_long", {"max": MAX_TEXT}))
        errors += _follow_up_errors(data.follow_up_on, referral.referred_on, "follow_up")
        return errors

    def record_incoming(self, data: IncomingReferralInput) -> str:
        """An incoming referral (no consent needed); returns its id."""
        errors: list[FieldError] = []
        if not data.client_id:
            errors.append(FieldError("client", "consultation_client_required"))
        if not data.source_code:
            errors.append(FieldError("source", "referral_source_required"))
        if data.referred_on > date.today():
            errors.append(FieldError("referred_on", "date_in_future"))
        if len(data.reason) > MAX_TEXT:
            errors.append(FieldError("reason", "too_long", {"max": MAX_TEXT}))
        if errors:
            raise ValidationFailed(errors)
        with self._office.database.transaction(self._office.actor.user_id) as session:
            client = session.get(Client, data.client_id)
            if client is None or client.deleted_at is not None:
                raise ValidationFailed([FieldError("client", "consultation_client_unknown")])
            if not session.scalar(
                select(func.count()).where(ReferralTarget.code == data.source_code)
            ):
                raise ValidationFailed(
                    [FieldError("source", "referral_category_unknown", {"code": data.source_code})]
                )
            institution_name = ""
            if data.institution_id:
                institution = session.get(Institution, data.institution_id)
                if institution is None or institution.target_code != data.source_code:
                    raise ValidationFailed(
                        [FieldError("institution", "referral_institution_mismatch")]
                    )
                institution_name = institution.name
            open_cases = session.scalars(
                select(Case.id).where(
                    Case.client_id == client.id,
                    Case.closed_on.is_(None),
                    Case.deleted_at.is_(None),
                )
            ).all()
            referral = Referral(
                client_id=client.id,
                case_id=open_cases[0] if len(open_cases) == 1 else None,
                case_manager_id=self._office.actor.user_id,
                municipality_code=client.municipality_code,
                direction=ReferralDirection.INCOMING,
                target_code=data.source_code,
                institution_id=data.institution_id or None,
                institution_name=institution_name,
                referred_on=data.referred_on,
                reason=data.reason.strip(),
                status=ReferralStatus.ACCEPTED,
                status_changed_on=data.referred_on,
            )
            session.add(referral)
            session.flush()
            return referral.id


def _row(referral: Referral, client_name: str, file_number: str) -> ReferralRow:
    return ReferralRow(
        id=referral.id,
        client_id=referral.client_id,
        client_name=client_name,
        file_number=file_number,
        direction=referral.direction,
        target_code=referral.target_code,
        institution_name=referral.institution_name,
        referred_on=referral.referred_on,
        reason=referral.reason,
        status=referral.status,
        follow_up_on=referral.follow_up_on,
        outcome=referral.outcome,
        declined_reason=referral.declined_reason,
    )
