"""Client records: create, change, delete (tombstone) and restore.

The intake screen of a later issue builds on this; every change goes through the one write
path, so each call here leaves its outbox and audit rows in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kim_desktop.db.base import utcnow
from kim_desktop.db.models import Client, Language, Municipality
from kim_desktop.domain import validation
from kim_desktop.domain.enums import AuditAction, Gender
from kim_desktop.domain.errors import FieldError, RecordMissing, ValidationFailed
from kim_desktop.domain.file_numbers import file_number
from kim_desktop.domain.search_key import name_search_key
from kim_desktop.services.office_session import OfficeSession


@dataclass
class ClientInput:
    first_name: str
    last_name: str
    municipality_code: str
    birth_date: date | None = None
    gender: Gender = Gender.UNKNOWN
    nationality_code: str | None = None
    residence_status_code: str | None = None
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


_PLAIN_FIELDS = [f.name for f in fields(ClientInput) if f.name != "language_codes"]


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
        return errors

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
            sequence = 1 + (
                session.scalar(
                    select(func.count())
                    .select_from(Client)
                    .where(Client.origin_device == database.device_id)
                )
                or 0
            )
            client = Client(
                file_number=file_number(
                    data.municipality_code, date.today().year, sequence, database.device_id
                ),
                **{name: _clean(getattr(data, name)) for name in _PLAIN_FIELDS},
            )
            client.search_key = name_search_key(client.first_name, client.last_name)
            client.languages = self._languages(session, data.language_codes)
            session.add(client)
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
            if sorted(data.language_codes) != sorted(lang.code for lang in client.languages):
                client.languages = self._languages(session, data.language_codes)

    def delete_client(self, file_number_: str) -> None:
        """Tombstone: the record stays (and can be restored until it is synchronised)."""
        with self._office.database.transaction(self._office.actor.user_id) as session:
            self._get(session, file_number_).deleted_at = utcnow()

    def restore_client(self, file_number_: str) -> None:
        with self._office.database.transaction(self._office.actor.user_id) as session:
            client = self._get(session, file_number_, include_deleted=True)
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
    def _languages(session: Session, codes: list[str]) -> list[Language]:
        if not codes:
            return []
        return list(session.scalars(select(Language).where(Language.code.in_(codes))))


def _clean(value: object) -> object:
    return value.strip() if isinstance(value, str) else value
