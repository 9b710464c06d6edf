"""The client file read model: timeline newest first, consents, audit trail with names."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from kim_desktop.db.models import AuditEntry, Consultation, ConsultationTopic, Referral
from kim_desktop.domain.enums import (
    AuditAction,
    CasePhase,
    CaseType,
    ConsentPurpose,
    ConsultationType,
)
from kim_desktop.services.cases import CaseService, OpenCaseInput
from kim_desktop.services.client_file import ClientFileService, TimelineKind
from kim_desktop.services.consents import ConsentInput, ConsentService, Recipient

TODAY = date.today()


def _consultation(casework: Any, held_on: date, topics: list[str]) -> str:
    office = casework.office
    with office.database.transaction(office.actor.user_id) as session:
        consultation = Consultation(
            client_id=casework.client_id,
            case_manager_id=office.actor.user_id,
            municipality_code="troisdorf",
            held_on=held_on,
            consultation_type=ConsultationType.CASE_MANAGEMENT,
            topics=list(
                session.scalars(select(ConsultationTopic).where(ConsultationTopic.code.in_(topics)))
            ),
        )
        session.add(consultation)
        session.flush()
        session.add(
            Referral(
                client_id=casework.client_id,
                consultation_id=consultation.id,
                case_manager_id=office.actor.user_id,
                municipality_code="troisdorf",
                target_code="jobcenter-afa",
                referred_on=held_on,
            )
        )
        return consultation.id


def test_file_holds_master_data_cases_and_timeline_newest_first(casework: Any) -> None:
    cases = CaseService(casework.office)
    case_id = cases.open_case(
        OpenCaseInput(casework.client_id, CaseType.CASE_MANAGEMENT, TODAY - timedelta(days=40))
    )
    cases.change_phase(case_id, CasePhase.ASSESSMENT, TODAY - timedelta(days=20))
    with casework.office.database.reading() as session:
        topic_codes = session.scalars(select(ConsultationTopic.code).limit(2)).all()
    first = _consultation(casework, TODAY - timedelta(days=30), list(topic_codes))
    ConsentService(casework.office).record(
        ConsentInput(
            casework.client_id,
            ConsentPurpose.REFERRAL,
            TODAY - timedelta(days=35),
            recipients=[Recipient("jobcenter-afa", None, "Jobcenter")],
        )
    )

    file = ClientFileService(casework.office).load(casework.client_id)
    assert file.master.full_name == "Olena Koval"
    assert [c.id for c in file.cases] == [case_id]
    days = [e.on for e in file.timeline]
    assert days == sorted(days, reverse=True)
    kinds = [e.kind for e in file.timeline]
    assert kinds == [
        TimelineKind.PHASE_CHANGE,
        TimelineKind.CONSULTATION,
        TimelineKind.REFERRAL,
        TimelineKind.CONSENT_GIVEN,
        TimelineKind.PHASE_CHANGE,
    ] or kinds == [
        TimelineKind.PHASE_CHANGE,
        TimelineKind.REFERRAL,
        TimelineKind.CONSULTATION,
        TimelineKind.CONSENT_GIVEN,
        TimelineKind.PHASE_CHANGE,
    ]
    consultation = next(e for e in file.timeline if e.kind is TimelineKind.CONSULTATION)
    assert consultation.record_id == first
    assert consultation.details["topic_codes"] == sorted(topic_codes)
    assert [c.purpose for c in file.consents] == [ConsentPurpose.REFERRAL]


def test_opening_is_audited_and_trail_names_people_and_fields(casework: Any) -> None:
    cases = CaseService(casework.office)
    case_id = cases.open_case(OpenCaseInput(casework.client_id, CaseType.ONE_TIME))
    cases.hand_over(case_id, casework.colleague_id)
    service = ClientFileService(casework.office)
    service.load(casework.client_id)
    with casework.office.database.reading() as session:
        views = session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == AuditAction.VIEW,
                AuditEntry.record_id == casework.client_id,
            )
        ).all()
    assert len(views) == 1 and views[0].user_id == casework.office.actor.user_id

    trail = service.audit_trail(casework.client_id)
    assert trail[0].action is AuditAction.VIEW
    assert trail[0].user_name == "Anna Admin"
    update = next(r for r in trail if r.action is AuditAction.UPDATE and r.table_name == "cases")
    assert update.field_names == ["case_manager_id"]
    tables = {r.table_name for r in trail}
    assert {"clients", "cases", "case_phase_changes", "case_handovers"} <= tables
