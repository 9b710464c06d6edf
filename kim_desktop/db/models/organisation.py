"""The office, its staff and the institutions it refers clients to."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kim_desktop.db.base import Base, SyncedMixin
from kim_desktop.db.models._types import enum_column_type
from kim_desktop.db.models.catalogues import Municipality
from kim_desktop.domain.enums import Role

office_municipalities = Table(
    "office_municipalities",
    Base.metadata,
    Column("office_id", ForeignKey("offices.id"), primary_key=True),
    Column("municipality_code", ForeignKey("municipalities.code"), primary_key=True),
)

user_municipalities = Table(
    "user_municipalities",
    Base.metadata,
    Column("user_id", ForeignKey("users.id"), primary_key=True),
    Column("municipality_code", ForeignKey("municipalities.code"), primary_key=True),
)


class Office(SyncedMixin, Base):
    """The office this device belongs to, with its letterhead data."""

    __tablename__ = "offices"
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    logo_path: Mapped[str | None] = mapped_column(String(500), default=None)
    municipalities: Mapped[list[Municipality]] = relationship(
        secondary=office_municipalities, order_by="Municipality.sort_order"
    )


class User(SyncedMixin, Base):
    """A member of staff who logs in on this device."""

    __tablename__ = "users"
    login: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(enum_column_type(Role))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(default=True)
    municipalities: Mapped[list[Municipality]] = relationship(
        secondary=user_municipalities, order_by="Municipality.sort_order"
    )


class Institution(SyncedMixin, Base):
    """A concrete service clients are referred to, e.g. the Caritas migration service."""

    __tablename__ = "institutions"
    name: Mapped[str] = mapped_column(String(200))
    target_code: Mapped[str] = mapped_column(ForeignKey("referral_targets.code"), index=True)
    municipality_code: Mapped[str | None] = mapped_column(
        ForeignKey("municipalities.code"), default=None
    )
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
