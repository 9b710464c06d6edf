"""What the Art. 15 report lists: everything stored about a client, who accessed the file."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from kim_desktop.db.models import (
    Appointment,
    AuditEntry,
    Case,
    Client,
    Consent,
    Consultation,
    Country,
    Document,
    HouseholdMember,
    Language,
    Municipality,
    Referral,
    ReferralTarget,
    ResidenceStatus,
    TargetGroup,
    User,
)
from kim_desktop.domain.enums import AuditAction
from kim_desktop.printing.catalogues import SOURCE_LANGUAGE
from kim_desktop.printing.data import AccessReportInfo, ReportRow, ReportSection, Term
from kim_desktop.services.document_data import client_info, consent_item, local

AUDITED_ACTIONS = {
    AuditAction.CREATE,
    AuditAction.UPDATE,
    AuditAction.DELETE,
    AuditAction.RESTORE,
    AuditAction.VIEW,
    AuditAction.EXPORT,
}
RECORD_TABLES = {
    "clients",
    "household_members",
    "consents",
    "cases",
    "consultations",
    "referrals",
    "appointments",
    "documents",
}


def _label(session: Session, model: type, code: str | None, language: str) -> str:
    if not code:
        return ""
    row = session.scalars(select(model).where(model.code == code)).first()
    return row.label(language) if row is not None else code


def _term(
    session: Session, model: type, prefix: str, code: str | None, language: str
) -> Term | str:
    """A catalogue entry as a word of the letter catalogue (``<prefix>.<code>``), falling
    back to the database label (German where the language has none)."""
    if not code:
        return ""
    return Term(f"{prefix}.{code}", _label(session, model, code, language))


def access_report(session: Session, client: Client, language: str) -> AccessReportInfo:
    """Everything stored about the client (Art. 15 DSGVO)."""
    cid = client.id
    names = {
        row.code: row.native_name or row.label(language)
        for row in session.scalars(select(Language))
    }

    def language_term(code: str | None) -> Term | str:
        return Term(f"language.{code}", names.get(code, code)) if code else ""

    master: list[tuple[str, object]] = [
        ("file_number", client.file_number),
        ("last_name", client.last_name),
        ("first_name", client.first_name),
        ("birth_date", client.birth_date),
        ("gender", Term(f"gender.{client.gender.value}")),
        ("nationality", _term(session, Country, "country", client.nationality_code, language)),
        (
            "residence_status",
            _term(session, ResidenceStatus, "residence", client.residence_status_code, language),
        ),
        ("residence_valid_until", client.residence_valid_until),
        (
            "target_group",
            _term(session, TargetGroup, "target_group", client.target_group_code, language),
        ),
        ("arrival_date", client.arrival_date),
        ("address", ", ".join(client_info(client).address_lines()[1:])),
        ("municipality", _label(session, Municipality, client.municipality_code, language)),
        ("phone", client.phone),
        ("email", client.email),
        ("preferred_language", language_term(client.preferred_language_code)),
        ("languages", [language_term(lang.code) for lang in client.languages]),
        ("interpreter_needed", client.interpreter_needed),
        ("notes", client.notes),
    ]
    live = _live(session)
    household = live(select(HouseholdMember).where(HouseholdMember.client_id == cid))
    consent_rows = live(select(Consent).where(Consent.client_id == cid).order_by(Consent.given_on))
    cases = live(select(Case).where(Case.client_id == cid).order_by(Case.opened_on))
    consultations = live(
        select(Consultation)
        .where(Consultation.client_id == cid)
        .options(selectinload(Consultation.topics))
        .order_by(Consultation.held_on)
    )
    referrals = live(
        select(Referral).where(Referral.client_id == cid).order_by(Referral.referred_on)
    )
    appointments = live(
        select(Appointment).where(Appointment.client_id == cid).order_by(Appointment.starts_at)
    )
    documents = live(
        select(Document).where(Document.client_id == cid).order_by(Document.created_at)
    )
    record_ids = [
        cid,
        *(
            r.id
            for group in (
                household,
                consent_rows,
                cases,
                consultations,
                referrals,
                appointments,
                documents,
            )
            for r in group
        ),
    ]
    users = {user.id: user.display_name for user in session.scalars(select(User))}
    sections = [
        ReportSection(
            "household",
            ["name", "relation", "birth_date"],
            [
                ReportRow(
                    [
                        f"{m.first_name} {m.last_name}".strip(),
                        Term(f"relation.{m.relation.value}"),
                        m.birth_date,
                    ]
                )
                for m in household
            ],
        ),
        ReportSection(
            "consents",
            ["date", "purpose", "recipients", "valid_until", "withdrawn_on"],
            [
                ReportRow(
                    [
                        c.given_on,
                        Term(f"purpose.{c.purpose.value}"),
                        [
                            Term(f"target.{code}", name)
                            if code and language != SOURCE_LANGUAGE
                            else name
                            for name, code in consent_item(c).recipient_entries()
                        ]
                        or None,
                        c.valid_until,
                        c.withdrawn_on,
                    ]
                )
                for c in consent_rows
            ],
            [1, 1.6, 1.6, 1, 1],
        ),
        ReportSection(
            "cases",
            ["opened_on", "case_type", "phase", "closed_on"],
            [
                ReportRow(
                    [
                        c.opened_on,
                        Term(f"case_type.{c.case_type.value}"),
                        Term(f"phase.{c.phase.value}"),
                        c.closed_on,
                    ]
                )
                for c in cases
            ],
        ),
        ReportSection(
            "consultations",
            ["date", "case_type", "mode", "duration", "topics", "notes"],
            [
                ReportRow(
                    [
                        c.held_on,
                        Term(f"ctype.{c.consultation_type.value}"),
                        Term(f"mode.{c.mode.value}"),
                        c.duration_minutes,
                        [Term(f"topic.{t.code}", t.label(language)) for t in c.topics],
                        c.notes,
                    ]
                )
                for c in consultations
            ],
            [1.1, 1.1, 0.8, 0.6, 1.4, 1.6],
        ),
        ReportSection(
            "referrals",
            ["date", "direction", "target", "status", "reason"],
            [
                ReportRow(
                    [
                        r.referred_on,
                        Term(f"direction.{r.direction.value}"),
                        r.institution_name
                        or _term(session, ReferralTarget, "target", r.target_code, language),
                        Term(f"referral_status.{r.status.value}"),
                        r.reason,
                    ]
                )
                for r in referrals
            ],
            [1, 1, 1.8, 0.9, 1.6],
        ),
        ReportSection(
            "appointments",
            ["time", "place", "status"],
            [
                ReportRow(
                    [local(a.starts_at), a.location, Term(f"appointment_status.{a.status.value}")]
                )
                for a in appointments
            ],
            [1.4, 1.6, 0.8],
        ),
        ReportSection(
            "documents",
            ["date", "title", "language"],
            [
                ReportRow(
                    [
                        local(d.created_at).date(),
                        Term(f"kind.{d.kind.value}", d.title),
                        language_term(d.language_code),
                    ]
                )
                for d in documents
            ],
            [1, 2, 1],
        ),
        ReportSection(
            "access",
            ["time", "person", "action", "record"],
            [
                ReportRow(
                    [
                        local(e.at),
                        users.get(e.user_id or "", ""),
                        Term(
                            f"action.{e.action.value}"
                            if e.action in AUDITED_ACTIONS
                            else "action.other"
                        ),
                        Term(
                            f"record.{e.table_name}"
                            if e.table_name in RECORD_TABLES
                            else "record.other"
                        ),
                    ]
                )
                for e in _audit(session, record_ids)
            ],
            [1.4, 1.4, 1, 1],
        ),
    ]
    return AccessReportInfo(master=master, sections=sections)


def _live(session: Session):  # type: ignore[no-untyped-def]
    def rows(query):  # type: ignore[no-untyped-def]
        model = query.column_descriptions[0]["entity"]
        return list(session.scalars(query.where(model.deleted_at.is_(None))))

    return rows


def _audit(session: Session, record_ids: Iterable[str]) -> list[AuditEntry]:
    ids = list(record_ids)
    found: list[AuditEntry] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found += session.scalars(
            select(AuditEntry).where(or_(AuditEntry.record_id.in_(chunk)))
        ).all()
    found.sort(key=lambda entry: entry.at)
    return found
