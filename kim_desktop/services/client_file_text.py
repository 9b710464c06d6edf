"""A client file as plain German text (for ``kim client show``); reading is audited."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kim_desktop.db.models import Case, Client, Consultation, Referral
from kim_desktop.domain.enums import AuditAction
from kim_desktop.domain.errors import KimError
from kim_desktop.domain.labels import german_label
from kim_desktop.services.catalogues import CatalogueService
from kim_desktop.services.office_session import OfficeSession


def _d(value: object) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else "–"  # type: ignore[attr-defined]


def client_file_lines(office: OfficeSession, file_number: str) -> list[str]:
    labels = CatalogueService(office)

    def label(catalogue: str, code: str | None) -> str:
        return labels.label(catalogue, code) if code else "–"

    with office.database.reading() as session:
        client = session.scalars(
            select(Client).where(Client.file_number == file_number, Client.deleted_at.is_(None))
        ).first()
        if client is None:
            raise KimError("client_unknown", file_number=file_number)
        cases = session.scalars(
            select(Case).where(Case.client_id == client.id, Case.deleted_at.is_(None))
        ).all()
        consultations = session.scalars(
            select(Consultation)
            .options(selectinload(Consultation.topics))
            .where(Consultation.client_id == client.id, Consultation.deleted_at.is_(None))
            .order_by(Consultation.held_on.desc())
        ).all()
        referrals = session.scalars(
            select(Referral)
            .where(Referral.client_id == client.id, Referral.deleted_at.is_(None))
            .order_by(Referral.referred_on.desc())
        ).all()
        lines = [
            f"Akte {client.file_number}: {client.last_name}, {client.first_name}",
            "",
            "Stammdaten",
            f"  Geburtsdatum: {_d(client.birth_date)}",
            f"  Geschlecht: {german_label(client.gender)}",
            f"  Staatsangehörigkeit: {label('countries', client.nationality_code)}",
            f"  Aufenthaltsstatus: {label('residence_statuses', client.residence_status_code)}"
            + (
                f" (gültig bis {_d(client.residence_valid_until)})"
                if client.residence_valid_until
                else ""
            ),
            f"  Zielgruppe: {label('target_groups', client.target_group_code)}",
            f"  Einreise: {_d(client.arrival_date)}",
            f"  Kommune: {label('municipalities', client.municipality_code)}",
            f"  Anschrift: {client.street}, {client.postal_code} {client.city}".rstrip(", "),
            f"  Telefon: {client.phone or '–'}  E-Mail: {client.email or '–'}",
            "  Sprachen: "
            + (", ".join(label("languages", lang.code) for lang in client.languages) or "–")
            + f"; bevorzugt: {label('languages', client.preferred_language_code)}"
            + ("; Sprachmittlung nötig" if client.interpreter_needed else ""),
            "",
            "Haushalt",
        ]
        members = [m for m in client.household if m.deleted_at is None]
        lines += [
            f"  {m.first_name} {m.last_name}".rstrip()
            + f" ({german_label(m.relation)}, geb. {_d(m.birth_date)})"
            + (", Kita" if m.attends_kita else "")
            + (", Sprachförderung" if m.speech_support_needed else "")
            for m in members
        ] or ["  –"]
        lines += ["", "Einwilligungen"]
        lines += [
            f"  {german_label(c.purpose)}: erteilt {_d(c.given_on)}"
            + (f", widerrufen {_d(c.withdrawn_on)}" if c.withdrawn_on else "")
            for c in client.consents
            if c.deleted_at is None
        ] or ["  –"]
        lines += ["", "Fälle"]
        lines += [
            f"  {german_label(c.case_type)} seit {_d(c.opened_on)}, Phase "
            f"{german_label(c.phase)}"
            + (f", abgeschlossen {_d(c.closed_on)}" if c.closed_on else "")
            for c in cases
        ] or ["  –"]
        lines += ["", "Beratungen (neueste zuerst)"]
        lines += [
            f"  {_d(c.held_on)} {german_label(c.consultation_type)}, {c.duration_minutes} Min., "
            f"{german_label(c.mode)}: " + (", ".join(t.label() for t in c.topics) or "ohne Themen")
            for c in consultations
        ] or ["  –"]
        lines += ["", "Verweisberatungen"]
        lines += [
            f"  {_d(r.referred_on)} {german_label(r.direction)} "
            f"{label('referral_targets', r.target_code)}"
            + (f" ({r.institution_name})" if r.institution_name else "")
            + f": {german_label(r.status)}"
            for r in referrals
        ] or ["  –"]
        client_id = client.id
    office.database.audit(
        office.actor.user_id, AuditAction.VIEW, table_name="clients", record_id=client_id
    )
    return lines
