"""The client file as one read model: master data, cases, timeline, consents, audit trail.

Loaded in a few queries (one per kind of record), so a file with hundreds of entries opens
quickly. Opening a file is itself recorded in the audit trail (a VIEW entry).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kim_desktop.db.models import (
    AuditEntry,
    Case,
    CaseHandover,
    CasePhaseChange,
    Client,
    Consent,
    Consultation,
    Document,
    Goal,
    HouseholdMember,
    Referral,
    User,
    consultation_topics,
)
from kim_desktop.domain.enums import AuditAction, Gender, HouseholdRelation
from kim_desktop.domain.errors import RecordMissing
from kim_desktop.services.case_queries import CaseFilter, CaseSummary, case_summaries
from kim_desktop.services.consents import ConsentRow, row_of
from kim_desktop.services.office_session import OfficeSession

AUDIT_LIMIT = 5000


class TimelineKind(StrEnum):
    CONSULTATION = "consultation"
    REFERRAL = "referral"
    PHASE_CHANGE = "phase_change"
    DOCUMENT = "document"
    CONSENT_GIVEN = "consent_given"
    CONSENT_WITHDRAWN = "consent_withdrawn"


@dataclass(frozen=True)
class TimelineEntry:
    """One event of the file; ``details`` holds the record's fields for display."""

    kind: TimelineKind
    on: date
    record_id: str
    case_id: str | None
    details: dict[str, Any]
    sort_key: str = ""  # ties on one day: later records first


@dataclass(frozen=True)
class HouseholdRow:
    first_name: str
    last_name: str
    birth_date: date | None
    relation: HouseholdRelation
    attends_kita: bool
    speech_support_needed: bool


@dataclass(frozen=True)
class MasterData:
    id: str
    file_number: str
    first_name: str
    last_name: str
    birth_date: date | None
    gender: Gender
    nationality_code: str | None
    residence_status_code: str | None
    residence_valid_until: date | None
    target_group_code: str | None
    arrival_date: date | None
    municipality_code: str
    street: str
    postal_code: str
    city: str
    phone: str
    email: str
    preferred_language_code: str | None
    language_codes: list[str]
    interpreter_needed: bool
    notes: str
    household: list[HouseholdRow]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class ClientFile:
    master: MasterData
    cases: list[CaseSummary]
    timeline: list[TimelineEntry]  # newest first
    consents: list[ConsentRow]  # newest first


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    user_name: str
    action: AuditAction
    table_name: str | None
    record_id: str | None
    field_names: list[str]
    detail: str


class ClientFileService:
    def __init__(self, office: OfficeSession) -> None:
        self._office = office

    def load(self, client_id: str, *, record_view: bool = True) -> ClientFile:
        """The whole file; with ``record_view`` the opening is audited."""
        today = date.today()
        with self._office.database.reading() as session:
            client = session.scalars(
                select(Client)
                .where(Client.id == client_id, Client.deleted_at.is_(None))
                .options(selectinload(Client.languages), selectinload(Client.household))
            ).first()
            if client is None:
                raise RecordMissing()
            master = _master(client)
            cases = case_summaries(session, CaseFilter(client_id=client_id, state=None))
            names = dict(session.execute(select(User.id, User.display_name)).tuples().all())
            consents = session.scalars(
                select(Consent)
                .where(Consent.client_id == client_id, Consent.deleted_at.is_(None))
                .order_by(Consent.given_on.desc(), Consent.created_at.desc())
            ).all()
            timeline = _timeline(session, client_id, cases, consents, names)
            consent_rows = [row_of(c, today) for c in consents]
        if record_view:
            self._office.database.audit(
                self._office.actor.user_id,
                AuditAction.VIEW,
                table_name="clients",
                record_id=client_id,
            )
        return ClientFile(master, cases, timeline, consent_rows)

    def audit_trail(self, client_id: str) -> list[AuditRow]:
        """Who viewed or changed the file or one of its records, newest first."""
        with self._office.database.reading() as session:
            ids = _record_ids(session, client_id)
            names = dict(session.execute(select(User.id, User.display_name)).tuples().all())
            rows: list[AuditEntry] = []
            chunk = 500
            for start in range(0, len(ids), chunk):
                rows += session.scalars(
                    select(AuditEntry).where(AuditEntry.record_id.in_(ids[start : start + chunk]))
                ).all()
        rows.sort(key=lambda e: (e.at, e.id), reverse=True)
        return [
            AuditRow(
                e.at,
                names.get(e.user_id or "", ""),
                e.action,
                e.table_name,
                e.record_id,
                list(e.field_names or []),
                e.detail,
            )
            for e in rows[:AUDIT_LIMIT]
        ]


def _master(client: Client) -> MasterData:
    return MasterData(
        id=client.id,
        file_number=client.file_number,
        first_name=client.first_name,
        last_name=client.last_name,
        birth_date=client.birth_date,
        gender=client.gender,
        nationality_code=client.nationality_code,
        residence_status_code=client.residence_status_code,
        residence_valid_until=client.residence_valid_until,
        target_group_code=client.target_group_code,
        arrival_date=client.arrival_date,
        municipality_code=client.municipality_code,
        street=client.street,
        postal_code=client.postal_code,
        city=client.city,
        phone=client.phone,
        email=client.email,
        preferred_language_code=client.preferred_language_code,
        language_codes=[lang.code for lang in client.languages],
        interpreter_needed=client.interpreter_needed,
        notes=client.notes,
        household=[
            HouseholdRow(
                m.first_name,
                m.last_name,
                m.birth_date,
                m.relation,
                m.attends_kita,
                m.speech_support_needed,
            )
            for m in client.household
            if m.deleted_at is None
        ],
    )


def _timeline(
    session: Session,
    client_id: str,
    cases: list[CaseSummary],
    consents: list[Consent],
    names: dict[str, str],
) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    consultations = session.scalars(
        select(Consultation).where(
            Consultation.client_id == client_id, Consultation.deleted_at.is_(None)
        )
    ).all()
    topics: dict[str, list[str]] = {}
    if consultations:
        link = consultation_topics.c
        for consultation_id, code in session.execute(
            select(link.consultation_id, link.topic_code).where(
                link.consultation_id.in_([c.id for c in consultations])
            )
        ).tuples():
            topics.setdefault(consultation_id, []).append(code)
    for c in consultations:
        entries.append(
            TimelineEntry(
                TimelineKind.CONSULTATION,
                c.held_on,
                c.id,
                c.case_id,
                {
                    "consultation_type": c.consultation_type,
                    "mode": c.mode,
                    "duration_minutes": c.duration_minutes,
                    "topic_codes": sorted(topics.get(c.id, [])),
                    "language_mediation": c.language_mediation,
                    "case_manager": names.get(c.case_manager_id, ""),
                    "notes": c.notes,
                },
                c.hlc,
            )
        )
    for r in session.scalars(
        select(Referral).where(Referral.client_id == client_id, Referral.deleted_at.is_(None))
    ):
        entries.append(
            TimelineEntry(
                TimelineKind.REFERRAL,
                r.referred_on,
                r.id,
                r.case_id,
                {
                    "direction": r.direction,
                    "target_code": r.target_code,
                    "institution_name": r.institution_name,
                    "status": r.status,
                    "reason": r.reason,
                    "follow_up_on": r.follow_up_on,
                    "outcome": r.outcome,
                    "declined_reason": r.declined_reason,
                },
                r.hlc,
            )
        )
    case_types = {c.id: c.case_type for c in cases}
    if case_types:
        for p in session.scalars(
            select(CasePhaseChange).where(
                CasePhaseChange.case_id.in_(list(case_types)),
                CasePhaseChange.deleted_at.is_(None),
            )
        ):
            entries.append(
                TimelineEntry(
                    TimelineKind.PHASE_CHANGE,
                    p.changed_on,
                    p.id,
                    p.case_id,
                    {
                        "case_type": case_types[p.case_id],
                        "from_phase": p.from_phase,
                        "to_phase": p.to_phase,
                        "changed_by": names.get(p.changed_by_id or "", ""),
                        "note": p.note,
                    },
                    p.hlc,
                )
            )
    for d in session.scalars(
        select(Document).where(Document.client_id == client_id, Document.deleted_at.is_(None))
    ):
        entries.append(
            TimelineEntry(
                TimelineKind.DOCUMENT,
                d.created_at.date(),
                d.id,
                d.case_id,
                {"kind": d.kind, "title": d.title, "language_code": d.language_code},
                d.hlc,
            )
        )
    for consent in consents:
        details = {
            "purpose": consent.purpose,
            "recipients": [r.get("name", "") for r in consent.recipients or []],
            "scope": consent.scope,
            "valid_until": consent.valid_until,
        }
        entries.append(
            TimelineEntry(
                TimelineKind.CONSENT_GIVEN, consent.given_on, consent.id, None, details, consent.hlc
            )
        )
        if consent.withdrawn_on is not None:
            entries.append(
                TimelineEntry(
                    TimelineKind.CONSENT_WITHDRAWN,
                    consent.withdrawn_on,
                    consent.id,
                    None,
                    details,
                    consent.hlc + "~",
                )
            )
    entries.sort(key=lambda e: (e.on, e.sort_key), reverse=True)
    return entries


def _record_ids(session: Session, client_id: str) -> list[str]:
    ids = [client_id]
    for model in (HouseholdMember, Consultation, Referral, Consent, Document, Case):
        ids += session.scalars(select(model.id).where(model.client_id == client_id)).all()
    case_ids = session.scalars(select(Case.id).where(Case.client_id == client_id)).all()
    if case_ids:
        for model in (CasePhaseChange, Goal, CaseHandover):
            ids += session.scalars(select(model.id).where(model.case_id.in_(case_ids))).all()
    return ids
