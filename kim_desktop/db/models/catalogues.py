"""Reference tables (DESIGN rule 7): stable codes, labels per language, editable by admins."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from kim_desktop.db.base import Base, CatalogueMixin


class Municipality(CatalogueMixin, Base):
    """A municipality of the Rhein-Sieg-Kreis (or the district-wide pseudo-entry)."""

    __tablename__ = "municipalities"
    kim_participant: Mapped[bool] = mapped_column(default=False)
    postal_codes: Mapped[list[str]] = mapped_column(default=list)


class ConsultationTopic(CatalogueMixin, Base):
    __tablename__ = "consultation_topics"


class ReferralTarget(CatalogueMixin, Base):
    """A category of service a client is referred to (Verweisberatung) or comes from."""

    __tablename__ = "referral_targets"


class ResidenceStatus(CatalogueMixin, Base):
    __tablename__ = "residence_statuses"
    legal_basis: Mapped[str | None] = mapped_column(String(80), default=None)


class TargetGroup(CatalogueMixin, Base):
    __tablename__ = "target_groups"


class Language(CatalogueMixin, Base):
    """A language clients speak; ``code`` is ISO 639-1, or 639-3 where there is no 639-1."""

    __tablename__ = "languages"
    native_name: Mapped[str] = mapped_column(String(80), default="")
    rtl: Mapped[bool] = mapped_column(default=False)
    letters_available: Mapped[bool] = mapped_column(default=False)


class Country(CatalogueMixin, Base):
    """Nationalities; ``code`` is ISO 3166-1 alpha-2, XX stateless, XU unclear."""

    __tablename__ = "countries"


class LetterTemplate(CatalogueMixin, Base):
    """A printable document kind; its texts per language live in the Babel catalogues."""

    __tablename__ = "letter_templates"
    document_kind: Mapped[str] = mapped_column(String(32), default="other")
