"""Clients (persons), their household and their consents."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kim_desktop.db.base import Base, SyncedMixin
from kim_desktop.db.models._types import enum_column_type
from kim_desktop.db.models.catalogues import Language
from kim_desktop.domain.enums import ConsentPurpose, Gender, HouseholdRelation

client_languages = Table(
    "client_languages",
    Base.metadata,
    Column("client_id", ForeignKey("clients.id"), primary_key=True),
    Column("language_code", ForeignKey("languages.code"), primary_key=True),
)


# The digits of a phone number, as SQL; the client search compares typed digits with it and
# must use this very expression for SQLite to use the index (migration 0003).
PHONE_DIGITS_SQL = (
    "replace(replace(replace(replace(replace(replace(replace("
    "phone, ' ', ''), '-', ''), '/', ''), '(', ''), ')', ''), '+', ''), '.', '')"
)


class Client(SyncedMixin, Base):
    """A person counselled by KIM case management."""

    __tablename__ = "clients"
    # Indexes of the client list (migration 0003): each covers the columns the search filters
    # on, so a keystroke reads an index only, in the order the list is sorted.
    __table_args__ = (
        Index("ix_clients_list_name", "last_name", "first_name", "search_key", "deleted_at"),
        Index(
            "ix_clients_list_municipality",
            "municipality_code",
            "last_name",
            "first_name",
            "search_key",
            "deleted_at",
        ),
        Index("ix_clients_list_birth_date", "birth_date", "deleted_at"),
        Index(
            "ix_clients_phone_digits",
            text(PHONE_DIGITS_SQL),
            "deleted_at",
            "last_name",
            "first_name",
        ),
    )
    file_number: Mapped[str] = mapped_column(String(32), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date | None] = mapped_column(default=None)
    gender: Mapped[Gender] = mapped_column(enum_column_type(Gender), default=Gender.UNKNOWN)
    nationality_code: Mapped[str | None] = mapped_column(ForeignKey("countries.code"), default=None)
    residence_status_code: Mapped[str | None] = mapped_column(
        ForeignKey("residence_statuses.code"), default=None
    )
    residence_valid_until: Mapped[date | None] = mapped_column(default=None)
    target_group_code: Mapped[str | None] = mapped_column(
        ForeignKey("target_groups.code"), default=None
    )
    arrival_date: Mapped[date | None] = mapped_column(default=None)
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipalities.code"), index=True)
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    preferred_language_code: Mapped[str | None] = mapped_column(
        ForeignKey("languages.code"), default=None
    )
    interpreter_needed: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Normalised name for forgiving search (umlauts, transliteration); derived, not synced.
    search_key: Mapped[str] = mapped_column(
        String(250), default="", index=True, info={"sync": False}
    )
    languages: Mapped[list[Language]] = relationship(secondary=client_languages)
    household: Mapped[list[HouseholdMember]] = relationship(
        back_populates="client", order_by="HouseholdMember.birth_date"
    )
    consents: Mapped[list[Consent]] = relationship(back_populates="client")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class HouseholdMember(SyncedMixin, Base):
    """A member of the client's household; children matter for MuKi-S."""

    __tablename__ = "household_members"
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date | None] = mapped_column(default=None)
    gender: Mapped[Gender] = mapped_column(enum_column_type(Gender), default=Gender.UNKNOWN)
    relation: Mapped[HouseholdRelation] = mapped_column(enum_column_type(HouseholdRelation))
    attends_kita: Mapped[bool] = mapped_column(default=False)
    speech_support_needed: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    client: Mapped[Client] = relationship(back_populates="household")


class Consent(SyncedMixin, Base):
    """A client's consent to a processing purpose and to passing data to recipients.

    ``recipients`` holds entries ``{"target_code": ..., "institution_id": ... | None,
    "name": ...}``; a referral to a recipient not covered is refused by the referral service.
    """

    __tablename__ = "consents"
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    purpose: Mapped[ConsentPurpose] = mapped_column(enum_column_type(ConsentPurpose))
    scope: Mapped[str] = mapped_column(Text, default="")
    recipients: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    given_on: Mapped[date]
    valid_until: Mapped[date | None] = mapped_column(default=None)
    withdrawn_on: Mapped[date | None] = mapped_column(default=None)
    recorded_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), default=None)
    document_id: Mapped[str | None] = mapped_column(ForeignKey("documents.id"), default=None)
    client: Mapped[Client] = relationship(back_populates="consents")

    def is_active(self, on: date) -> bool:
        if self.deleted_at is not None or self.given_on > on:
            return False
        if self.withdrawn_on is not None and self.withdrawn_on <= on:
            return False
        return self.valid_until is None or self.valid_until >= on
