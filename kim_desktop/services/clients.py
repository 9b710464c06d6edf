"""Client records: create, change, delete (tombstone) and restore, with their household.

The intake dialog saves through here; every change goes through the one write path, so each
call leaves its outbox and audit rows in the same transaction as the client and its household.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kim_desktop.db.base import utcnow
from kim_desktop.db.models import Client, HouseholdMember, Language, Municipality
from kim_desktop.domain import validation
from kim_desktop.domain.enums import AuditAction, Gender, HouseholdRelation
from kim_desktop.domain.errors import FieldError, RecordMissing, ValidationFailed
from kim_desktop.domain.file_numbers import file_number
from kim_desktop.domain.search_key import name_search_key
from kim_desktop.services.file_number_allocation import next_running_number
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.tombstones import ensure_restorable


@dataclass
class HouseholdMemberInput:
    """One row of the household; ``id`` is None for a member added now."""

    first_name: str
    relation: HouseholdRelation = HouseholdRelation.CHILD
    last_name: str = ""
    birth_date: date | None = None
    gender: Gender = Gender.UNKNOWN
    attends_kita: bool = False
    speech_support_needed: bool = False
    notes: str = ""
    id: str | None = None


_MEMBER_FIELDS = [f.name for f in fields(HouseholdMemberInput) if f.name != "id"]


@dataclass(frozen=True)
class SavedClient:
    id: str
    file_number: str


@dataclass
class ClientInput:
    first_name: str
    last_name: str
    municipality_code: str
    birth_date: date | None = None
    gender: Gender = Gender.UNKNOWN
    nationality_code: str | None = None
    residence_status_code: str | None = None
    residence_valid_until: date | None = None
    target_group_code: str | None = None
    arrival_date: date | None = None
    street: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    preferred_language_code: str | None = None
    language_codes: list[str] = field(default_factory=list)
    interpreter_needed: bool = False
    notes: str = ""
    # None: leave the household as it is (on update); a list: exactly these members.
    household: list[HouseholdMemberInput] | None = None


_PLAIN_FIELDS = [
    f.name for f in fields(ClientInput) if f.name not in ("language_codes", "household")
]


class ClientService:
    def __init__(self, office: OfficeSession) -> None:
        self._office = office

    def validate(self, data: ClientInput) -> list[FieldError]:
        errors: list[FieldError] = []
        errors += validation.required("first_name", data.first_name, 100)
        errors += validation.required("last_name", data.last_name, 100)
        errors += validation.required("municipality_code", data.municipality_code)
        errors += validation.optional_phone("phone", data.phone)
        errors += validation.optional_email("email", data.email)
        errors += validation.optional_postal_code("postal_code", data.postal_code)
        today = date.today()
        for name in ("birth_date", "arrival_date"):
            value = getattr(data, name)
            if value is not None and value > today:
                errors.append(FieldError(name, "date_in_future"))
        if data.residence_valid_until is not None and not data.residence_status_code:
            errors.append(FieldError("residence_valid_until", "valid_until_without_status"))
        for row, member in enumerate(data.household or [], start=1):
            if not member.first_name.strip():
                errors.append(FieldError("household", "household_name_required", {"row": row}))
            if member.birth_date is not None and member.birth_date > today:
                errors.append(
                    FieldError("household", "household_birth_date_in_future", {"row": row})
                )
        return errors

    def save_client(self, data: ClientInput, client_id: str | None = None) -> SavedClient:
        """Create (``client_id`` None) or change a client with its household, in one go."""
        if client_id is None:
            number = self.create_client(data)
            with self._office.database.reading() as session:
                new_id = session.scalar(select(Client.id).where(Client.file_number == number))
            assert new_id is not None
            return SavedClient(new_id, number)
        number = self.file_number_of(client_id)
        self.update_client(number, data)
        return SavedClient(client_id, number)

    def file_number_of(self, client_id: str) -> str:
        with self._office.database.reading() as session:
            number = session.scalar(
                select(Client.file_number).where(
                    Client.id == client_id, Client.deleted_at.is_(None)
                )
            )
        if number is None:
            raise RecordMissing()
        return number

    def client_input(self, client_id: str) -> tuple[str, ClientInput]:
        """The file number and the master data of a client, as the intake form edits them."""
        with self._office.database.reading() as session:
            client = session.scalars(
                select(Client).where(Client.id == client_id, Client.deleted_at.is_(None))
            ).first()
            if client is None:
                raise RecordMissing()
            data = ClientInput(
                **{name: getattr(client, name) for name in _PLAIN_FIELDS},
                language_codes=sorted(lang.code for lang in client.languages),
                household=[
                    HouseholdMemberInput(
                        id=m.id, **{name: getattr(m, name) for name in _MEMBER_FIELDS}
                    )
                    for m in client.household
                    if m.deleted_at is None
                ],
            )
            return client.file_number, data

    def create_client(self, data: ClientInput) -> str:
        """Save a new client; returns the new file number."""
        errors = self.validate(data)
        if errors:
            raise ValidationFailed(errors)
        database = self._office.database
        with database.transaction(self._office.actor.user_id) as session:
            if not session.scalar(
                select(func.count()).where(Municipality.code == data.municipality_code)
            ):
                raise ValidationFailed(
                    [
                        FieldError(
                            "municipality_code",
                            "municipality_unknown",
                            {"code": data.municipality_code},
                        )
                    ]
                )
            sequence = next_running_number(session, database.device_id)
            client = Client(
                file_number=file_number(
                    data.municipality_code, date.today().year, sequence, database.device_id
                ),
                **{name: _clean(getattr(data, name)) for name in _PLAIN_FIELDS},
            )
            client.search_key = name_search_key(client.first_name, client.last_name)
            client.languages = self._languages(session, _spoken(data))
            session.add(client)
            self._save_household(session, client, data.household)
            return client.file_number

    def update_client(self, file_number_: str, data: ClientInput) -> None:
        errors = self.validate(data)
        if errors:
            raise ValidationFailed(errors)
        with self._office.database.transaction(self._office.actor.user_id) as session:
            client = self._get(session, file_number_)
            for name in _PLAIN_FIELDS:
                value = _clean(getattr(data, name))
                if getattr(client, name) != value:
                    setattr(client, name, value)
            client.search_key = name_search_key(client.first_name, client.last_name)
            if _spoken(data) != sorted(lang.code for lang in client.languages):
                client.languages = self._languages(session, _spoken(data))
            self._save_household(session, client, data.household)

    def delete_client(self, file_number_: str) -> None:
        """Tombstone: the record stays (and can be restored until it is synchronised)."""
        with self._office.database.transaction(self._office.actor.user_id) as session:
            self._get(session, file_number_).deleted_at = utcnow()

    def restore_client(self, file_number_: str) -> None:
        with self._office.database.transaction(self._office.actor.user_id) as session:
            client = self._get(session, file_number_, include_deleted=True)
            if ensure_restorable(session, client):
                client.deleted_at = None

    def get_client(self, file_number_: str) -> Client:
        with self._office.database.reading() as session:
            client = self._get(session, file_number_)
            client.languages  # noqa: B018 - load before the session closes
        self._office.database.audit(
            self._office.actor.user_id, AuditAction.VIEW, table_name="clients", record_id=client.id
        )
        return client

    @staticmethod
    def _get(session: Session, number: str, include_deleted: bool = False) -> Client:
        query = select(Client).where(Client.file_number == number)
        if not include_deleted:
            query = query.where(Client.deleted_at.is_(None))
        client = session.scalars(query).first()
        if client is None:
            raise RecordMissing()
        return client

    @staticmethod
    def _save_household(
        session: Session, client: Client, members: list[HouseholdMemberInput] | None
    ) -> None:
        """Make the client's household exactly ``members``; removed ones become tombstones."""
        if members is None:
            return
        existing = {m.id: m for m in client.household if m.deleted_at is None}
        kept: set[str] = set()
        for member in members:
            values = {name: _clean(getattr(member, name)) for name in _MEMBER_FIELDS}
            row = existing.get(member.id) if member.id else None
            if row is None:
                session.add(HouseholdMember(client=client, **values))
                continue
            kept.add(row.id)
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
        for member_id, row in existing.items():
            if member_id not in kept:
                row.deleted_at = utcnow()

    @staticmethod
    def _languages(session: Session, codes: list[str]) -> list[Language]:
        if not codes:
            return []
        return list(session.scalars(select(Language).where(Language.code.in_(codes))))


def _spoken(data: ClientInput) -> list[str]:
    """The languages spoken: those chosen, and the preferred language in any case."""
    codes = set(data.language_codes)
    if data.preferred_language_code:
        codes.add(data.preferred_language_code)
    return sorted(codes)


def _clean(value: object) -> object:
    return value.strip() if isinstance(value, str) else value
