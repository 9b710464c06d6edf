"""Cases service: opening, phases with history, closure, reopening, goals, hand-over."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from kim_desktop.db.models import AuditEntry, Case, CaseHandover, CasePhaseChange, Goal, OutboxEntry
from kim_desktop.domain.enums import (
    AuditAction,
    CasePhase,
    CaseType,
    ClosingReason,
    GoalStatus,
)
from kim_desktop.domain.errors import ValidationFailed
from kim_desktop.services.case_queries import CaseFilter, CaseQueries
from kim_desktop.services.cases import CaseService, GoalInput, OpenCaseInput

TODAY = date.today()
START = TODAY - timedelta(days=60)


def _open(casework: Any, **overrides: Any) -> str:
    values: dict[str, Any] = {
        "client_id": casework.client_id,
        "case_type": CaseType.CASE_MANAGEMENT,
        "opened_on": START,
    }
    values.update(overrides)
    return CaseService(casework.office).open_case(OpenCaseInput(**values))


def _codes(exc: pytest.ExceptionInfo[ValidationFailed]) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in exc.value.errors}


def _changes(casework: Any, case_id: str) -> list[tuple[Any, Any, date]]:
    with casework.office.database.reading() as session:
        rows = session.scalars(
            select(CasePhaseChange)
            .where(CasePhaseChange.case_id == case_id)
            .order_by(CasePhaseChange.created_at)
        ).all()
        return [(r.from_phase, r.to_phase, r.changed_on) for r in rows]


def _case(casework: Any, case_id: str) -> Case:
    with casework.office.database.reading() as session:
        return session.get_one(Case, case_id)


def test_open_case_defaults_to_me_and_the_clients_municipality(casework: Any) -> None:
    case_id = _open(casework)
    case = _case(casework, case_id)
    assert case.case_manager_id == casework.office.actor.user_id
    assert case.municipality_code == "troisdorf"
    assert case.phase is CasePhase.INTAKE
    assert case.opened_on == START
    assert _changes(casework, case_id) == [(None, CasePhase.INTAKE, START)]
    with casework.office.database.reading() as session:
        ops = session.scalars(
            select(OutboxEntry.table_name).where(OutboxEntry.record_id == case_id)
        ).all()
    assert ops == ["cases"]


def test_phases_move_forward_back_and_explicitly_with_history(casework: Any) -> None:
    service = CaseService(casework.office)
    case_id = _open(casework)
    service.step_phase(case_id, 1, START + timedelta(days=5))
    service.step_phase(case_id, 1, START + timedelta(days=10))
    service.step_phase(case_id, -1, START + timedelta(days=12), "Ziele neu klären")
    service.change_phase(case_id, CasePhase.IMPLEMENTATION, START + timedelta(days=20))
    assert _case(casework, case_id).phase is CasePhase.IMPLEMENTATION
    assert [(a, b) for a, b, _ in _changes(casework, case_id)] == [
        (None, CasePhase.INTAKE),
        (CasePhase.INTAKE, CasePhase.ASSESSMENT),
        (CasePhase.ASSESSMENT, CasePhase.PLANNING),
        (CasePhase.PLANNING, CasePhase.ASSESSMENT),
        (CasePhase.ASSESSMENT, CasePhase.IMPLEMENTATION),
    ]
    with pytest.raises(ValidationFailed) as exc:
        service.change_phase(case_id, CasePhase.IMPLEMENTATION)
    assert _codes(exc) == {("phase", "case_phase_unchanged")}
    with pytest.raises(ValidationFailed) as exc:
        service.step_phase(case_id, 1)
    assert _codes(exc) == {("phase", "case_phase_closure_needs_reason")}
    with pytest.raises(ValidationFailed) as exc:
        service.change_phase(case_id, CasePhase.PLANNING, START - timedelta(days=1))
    assert ("changed_on", "case_date_before_opening") in _codes(exc)


def test_close_with_reason_then_reopen(casework: Any) -> None:
    service = CaseService(casework.office)
    case_id = _open(casework)
    service.change_phase(case_id, CasePhase.PLANNING, START + timedelta(days=3))
    service.close_case(case_id, ClosingReason.GOALS_REACHED, TODAY, "Arbeit gefunden")
    case = _case(casework, case_id)
    assert (case.phase, case.closed_on, case.closing_reason, case.closing_note) == (
        CasePhase.CLOSURE,
        TODAY,
        ClosingReason.GOALS_REACHED,
        "Arbeit gefunden",
    )
    assert _changes(casework, case_id)[-1] == (CasePhase.PLANNING, CasePhase.CLOSURE, TODAY)

    with pytest.raises(ValidationFailed) as exc:
        service.close_case(case_id, ClosingReason.OTHER, TODAY)
    assert ("case", "case_already_closed") in _codes(exc)
    with pytest.raises(ValidationFailed) as exc:
        service.change_phase(case_id, CasePhase.ASSESSMENT)
    assert _codes(exc) == {("phase", "case_closed_no_phase_change")}

    service.reopen_case(case_id, TODAY, "Neue Fragen zum Aufenthalt")
    case = _case(casework, case_id)
    assert case.closed_on is None and case.closing_reason is None
    assert case.phase is CasePhase.PLANNING
    assert _changes(casework, case_id)[-1] == (CasePhase.CLOSURE, CasePhase.PLANNING, TODAY)
    with pytest.raises(ValidationFailed) as exc:
        service.reopen_case(case_id)
    assert _codes(exc) == {("case", "case_not_closed")}


def test_closing_validation_end_before_start_and_reason(casework: Any) -> None:
    service = CaseService(casework.office)
    case_id = _open(casework)
    with pytest.raises(ValidationFailed) as exc:
        service.close_case(case_id, None, START - timedelta(days=1))
    assert _codes(exc) == {
        ("closed_on", "case_end_before_start"),
        ("closing_reason", "case_closing_reason_required"),
    }
    assert "Beginn des Falls" in str(exc.value)
    assert START.strftime("%d.%m.%Y") in str(exc.value)
    with pytest.raises(ValidationFailed) as exc:
        service.close_case(case_id, ClosingReason.OTHER, TODAY + timedelta(days=1))
    assert _codes(exc) == {("closed_on", "date_in_future")}
    case = _case(casework, case_id)
    assert case.closed_on is None and case.phase is CasePhase.INTAKE
    assert len(_changes(casework, case_id)) == 1  # nothing written


def test_hand_over_writes_row_changes_manager_and_is_audited(casework: Any) -> None:
    service = CaseService(casework.office)
    case_id = _open(casework)
    me = casework.office.actor.user_id
    service.hand_over(case_id, casework.colleague_id, TODAY, "Urlaubsvertretung")
    assert _case(casework, case_id).case_manager_id == casework.colleague_id
    with casework.office.database.reading() as session:
        handover = session.scalars(select(CaseHandover)).one()
        audits = session.scalars(
            select(AuditEntry).where(AuditEntry.record_id.in_([case_id, handover.id]))
        ).all()
    assert (handover.from_user_id, handover.to_user_id, handover.note) == (
        me,
        casework.colleague_id,
        "Urlaubsvertretung",
    )
    changed = [a for a in audits if a.action is AuditAction.UPDATE]
    assert changed and changed[0].field_names == ["case_manager_id"]
    assert changed[0].user_id == me
    assert any(a.action is AuditAction.CREATE and a.table_name == "case_handovers" for a in audits)

    detail = CaseQueries(casework.office).case_detail(case_id)
    assert detail.handovers[0].to_name == "Birte Berg"
    assert detail.handovers[0].from_name == "Anna Admin"


@pytest.mark.parametrize(
    ("target", "code"),
    [
        ("coordinator", "handover_target_not_case_manager"),
        ("nobody", "handover_target_not_case_manager"),
        ("colleague_twice", "handover_same_person"),
    ],
)
def test_hand_over_refuses_unsuitable_targets(casework: Any, target: str, code: str) -> None:
    service = CaseService(casework.office)
    case_id = _open(casework)
    to_user = {"coordinator": casework.coordinator_id, "nobody": "no-such-user"}.get(
        target, casework.colleague_id
    )
    if target == "colleague_twice":
        service.hand_over(case_id, casework.colleague_id)
    with pytest.raises(ValidationFailed) as exc:
        service.hand_over(case_id, to_user)
    assert ("to_user_id", code) in _codes(exc)


def test_goal_add_edit_delete_and_plausible_dates(casework: Any) -> None:
    service = CaseService(casework.office)
    case_id = _open(casework)
    due = TODAY + timedelta(days=90)
    goal_id = service.add_goal(
        case_id, GoalInput("B1-Sprachkurs beginnen", due, TODAY + timedelta(days=30))
    )
    service.update_goal(
        goal_id,
        GoalInput(
            "B1-Sprachkurs beginnen",
            due,
            TODAY + timedelta(days=30),
            GoalStatus.REACHED,
            "Kurs läuft seit März",
        ),
    )
    with casework.office.database.reading() as session:
        goal = session.get_one(Goal, goal_id)
    assert (goal.status, goal.result_note, goal.due_on) == (
        GoalStatus.REACHED,
        "Kurs läuft seit März",
        due,
    )
    detail = CaseQueries(casework.office).case_detail(case_id)
    assert [g.text for g in detail.goals] == ["B1-Sprachkurs beginnen"]

    bad = [
        (GoalInput("  "), ("text", "required")),
        (GoalInput("x", due_on=START - timedelta(days=1)), ("due_on", "case_date_before_opening")),
        (
            GoalInput("x", review_on=TODAY + timedelta(days=5 * 365)),
            ("review_on", "goal_date_implausible"),
        ),
        (
            GoalInput("x", due_on=TODAY, review_on=TODAY + timedelta(days=3)),
            ("review_on", "goal_review_after_due"),
        ),
    ]
    for data, expected in bad:
        with pytest.raises(ValidationFailed) as exc:
            service.add_goal(case_id, data)
        assert _codes(exc) == {expected}

    service.delete_goal(goal_id)
    assert CaseQueries(casework.office).case_detail(case_id).goals == []


def test_delete_case_is_a_restorable_tombstone(casework: Any) -> None:
    service = CaseService(casework.office)
    queries = CaseQueries(casework.office)
    case_id = _open(casework)
    service.delete_case(case_id)
    assert _case(casework, case_id).deleted_at is not None
    assert queries.list_cases(CaseFilter(client_id=casework.client_id, state=None)) == []
    service.restore_case(case_id)
    assert [c.id for c in queries.list_cases(CaseFilter(client_id=casework.client_id))] == [case_id]


def test_case_list_filters(casework: Any) -> None:
    service = CaseService(casework.office)
    queries = CaseQueries(casework.office)
    mine = _open(casework)
    theirs = _open(casework, case_type=CaseType.MUKIS, case_manager_id=casework.colleague_id)
    service.close_case(theirs, ClosingReason.MOVED_AWAY, TODAY)
    assert [c.id for c in queries.my_open_cases()] == [mine]
    assert {c.id for c in queries.list_cases(CaseFilter(state=None))} == {mine, theirs}
    assert [c.id for c in queries.list_cases(CaseFilter(state="closed"))] == [theirs]
    assert [c.id for c in queries.list_cases(CaseFilter(case_type=CaseType.MUKIS, state=None))] == [
        theirs
    ]
    assert [c.id for c in queries.list_cases(CaseFilter(phase=CasePhase.INTAKE))] == [mine]
    assert queries.list_cases(CaseFilter(municipality_code="hennef", state=None)) == []
    summary = queries.list_cases(CaseFilter(state=None, manager_id=casework.colleague_id))[0]
    assert summary.client_name == "Olena Koval"
    assert summary.case_manager_name == "Birte Berg"
    assert [c.display_name for c in queries.case_manager_choices()] == ["Birte Berg"]
