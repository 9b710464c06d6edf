"""Consultations with their topics, and referrals (Verweisberatungen)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kim_desktop.db.base import Base, SyncedMixin
from kim_desktop.db.models._types import enum_column_type
from kim_desktop.db.models.catalogues import ConsultationTopic
from kim_desktop.domain.enums import (
    ConsultationMode,
    ConsultationType,
    LanguageMediation,
    ReferralDirection,
    ReferralStatus,
)

consultation_topics = Table(
    "consultation_topics_link",
    Base.metadata,
    Column("consultation_id", ForeignKey("consultations.id"), primary_key=True),
    Column("topic_code", ForeignKey("consultation_topics.code"), primary_key=True, index=True),
)


class Consultation(SyncedMixin, Base):
    """One consultation (Beratungstermin) held with a client."""

    __tablename__ = "consultations"
    __table_args__ = (Index("ix_consultations_client_held_on", "client_id", "held_on"),)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), default=None, index=True)
    appointment_id: Mapped[str | None] = mapped_column(ForeignKey("appointments.id"), default=None)
    case_manager_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipalities.code"), index=True)
    held_on: Mapped[date] = mapped_column(index=True)
    duration_minutes: Mapped[int] = mapped_column(default=45)
    mode: Mapped[ConsultationMode] = mapped_column(
        enum_column_type(ConsultationMode), default=ConsultationMode.IN_PERSON
    )
    consultation_type: Mapped[ConsultationType] = mapped_column(enum_column_type(ConsultationType))
    language_mediation: Mapped[LanguageMediation] = mapped_column(
        enum_column_type(LanguageMediation), default=LanguageMediation.NONE
    )
    mediation_language_code: Mapped[str | None] = mapped_column(
        ForeignKey("languages.code"), default=None
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[list[ConsultationTopic]] = relationship(secondary=consultation_topics)


class Referral(SyncedMixin, Base):
    """An outgoing referral to a service, or an incoming one from a service."""

    __tablename__ = "referrals"
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), default=None)
    consultation_id: Mapped[str | None] = mapped_column(
        ForeignKey("consultations.id"), default=None, index=True
    )
    case_manager_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipalities.code"), index=True)
    direction: Mapped[ReferralDirection] = mapped_column(
        enum_column_type(ReferralDirection), default=ReferralDirection.OUTGOING
    )
    target_code: Mapped[str] = mapped_column(ForeignKey("referral_targets.code"), index=True)
    institution_id: Mapped[str | None] = mapped_column(ForeignKey("institutions.id"), default=None)
    institution_name: Mapped[str] = mapped_column(String(200), default="")
    consent_id: Mapped[str | None] = mapped_column(ForeignKey("consents.id"), default=None)
    referred_on: Mapped[date] = mapped_column(index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ReferralStatus] = mapped_column(
        enum_column_type(ReferralStatus), default=ReferralStatus.SUGGESTED
    )
    status_changed_on: Mapped[date | None] = mapped_column(default=None)
    declined_reason: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(default=None, index=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
