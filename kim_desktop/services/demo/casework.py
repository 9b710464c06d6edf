"""Casework of a client: consultations, cases with their phases, goals and appointments.

Consultations are laid out per client from the plan (days, type, mode, language mediation);
cases follow them (opening, phase changes, closing), with goals, incoming referrals and
appointments (held ones from mid-2024, missed ones). A case open at the end of the data
continues in the current period (:mod:`.current`): closed since, or with consultations in the
weeks before today and its next appointment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from kim_desktop.domain.enums import (
    AppointmentStatus,
    CasePhase,
    CaseType,
    ClosingReason,
    ConsultationMode,
    ConsultationType,
    GoalStatus,
    LanguageMediation,
)
from kim_desktop.services.demo import figures as fig
from kim_desktop.services.demo.context import (
    CASE_MANAGEMENT,
    MUKIS,
    ONE_TIME,
    Case,
    DemoContext,
    Person,
)
from kim_desktop.services.demo.dates import (
    DATA_END,
    FIRST_DAY,
    HELD_APPOINTMENTS_FROM,
    LAST_DAY,
    distinct_weekdays,
    random_weekday,
)
from kim_desktop.services.demo.ids import hlc_at
from kim_desktop.services.demo.plan import Plan
from kim_desktop.services.demo.present import closed_goal_status, goal_dates
from kim_desktop.services.demo.quota import pick_by_thresholds
from kim_desktop.services.demo.referrals import write_incoming_referral
from kim_desktop.services.demo.texts import CLOSING_NOTES, GOALS, MUKIS_GOALS, MUKIS_NOTES, NOTES

_CLOSING_CUM = [45, 60, 72, 87, 97, 100]  # order of ClosingReason members

# Mode of a consultation: one draw against these limits.
_MODES: tuple[tuple[float, ConsultationMode], ...] = (
    (0.76, ConsultationMode.IN_PERSON),
    (0.91, ConsultationMode.PHONE),
    (0.97, ConsultationMode.HOME_VISIT),
)

_GOAL_STATUS_OPEN = (
    GoalStatus.OPEN,
    GoalStatus.IN_PROGRESS,
    GoalStatus.IN_PROGRESS,
    GoalStatus.REACHED,
)
_GOAL_STATUS_REACHED = (GoalStatus.REACHED, GoalStatus.REACHED, GoalStatus.PARTLY_REACHED)
_GOAL_STATUS_ENDED = (
    GoalStatus.PARTLY_REACHED,
    GoalStatus.NOT_REACHED,
    GoalStatus.DROPPED,
    GoalStatus.REACHED,
)
_BRING_ALONG = (
    "",
    "Pass und Aufenthaltstitel",
    "Aktuelle Bescheide des Jobcenters",
    "Mietvertrag und Nebenkostenabrechnung",
)


def add_consultations(
    ctx: DemoContext, person: Person, plan: Plan, consultations: list[dict[str, Any]]
) -> None:
    """The person's cases and consultations (rows without client and case ids yet)."""
    rng = ctx.rng
    i = person.index
    kind = plan.kinds[i]
    counts = plan.counts[i]
    entries: list[tuple[date, Case]] = []
    if kind == ONE_TIME:
        for y_index, year in enumerate(fig.YEARS):
            lo = max(FIRST_DAY, date(year, 1, 1))
            hi = min(LAST_DAY, date(year, 12, 31))
            for _ in range(counts[y_index]):
                day = random_weekday(rng, lo, hi)
                case = Case(ONE_TIME, day, day, True)
                person.cases.append(case)
                entries.append((day, case))
    else:
        start, end = plan.opened[i], plan.ends[i]
        case = Case(kind, start, end, plan.closed[i])
        person.cases.append(case)
        first_done = False
        for y_index, year in enumerate(fig.YEARS):
            lo = max(start, date(year, 1, 1))
            hi = min(end, date(year, 12, 31), LAST_DAY)
            count = counts[y_index]
            if plan.day_rng is not None and count > 1:
                first = not first_done and year == start.year
                after = lo + timedelta(days=1) if first else lo  # not twice on the first day
                days = distinct_weekdays(plan.day_rng, after, max(after, hi), count - first)
                entries.extend((day, case) for day in ([start] if first else []) + days)
                first_done = first_done or first
                continue
            for _ in range(count):
                if not first_done and year == start.year:
                    day, first_done = start, True
                else:
                    day = random_weekday(rng, lo, max(lo, hi))
                entries.append((day, case))
    entries.sort(key=lambda e: e[0])
    for day, case in entries:
        case.consultations.append(len(consultations))
        consultations.append(consultation_row(ctx, person, case, day))


def consultation_row(ctx: DemoContext, person: Person, case: Case, day: date) -> dict[str, Any]:
    """A consultation of ``case`` on ``day`` (without client and case ids yet)."""
    rng = ctx.rng
    row = person.row
    if case.kind == ONE_TIME:
        ctype, duration = ConsultationType.ONE_TIME, rng.choice((30, 45, 45, 60))
    elif case.kind == CASE_MANAGEMENT:
        ctype, duration = ConsultationType.CASE_MANAGEMENT, rng.choice((45, 60, 60, 90))
    else:
        ctype, duration = ConsultationType.MUKIS_INDIVIDUAL, rng.choice((45, 60, 90))
    mode = pick_by_thresholds(rng.random(), _MODES, ConsultationMode.VIDEO)
    mediation, mediation_language = LanguageMediation.NONE, None
    if row["interpreter_needed"] and row["preferred_language_code"] != "de":
        vasco = 0.35 if day.year >= 2023 else 0.05
        mediation = pick_by_thresholds(
            rng.random(),
            ((0.45, LanguageMediation.PERSON), (0.45 + vasco, LanguageMediation.VASCO)),
            LanguageMediation.NONE,
        )
        if mediation is not LanguageMediation.NONE:
            mediation_language = row["preferred_language_code"]
    return ctx.stamps.meta_on(day) | {
        "client_id": None,
        "case_id": None,
        "appointment_id": None,
        "case_manager_id": person.case_manager_id,
        "municipality_code": row["municipality_code"],
        "held_on": day,
        "duration_minutes": duration,
        "mode": mode,
        "consultation_type": ctype,
        "language_mediation": mediation,
        "mediation_language_code": mediation_language,
        "notes": "",
    }


@dataclass
class Dealt:
    """Consultations of a chunk with their topics and referred targets (by index)."""

    rows: list[dict[str, Any]]
    topics: list[list[str]]
    referred: dict[int, str]


def write_case(
    ctx: DemoContext,
    person: Person,
    client_id: str,
    case: Case,
    evaluation: Dealt,
    current: Dealt,
) -> None:
    """The case, its phase changes, goals and appointments; links its consultations.

    ``evaluation`` and ``current`` are the chunk's consultations of the evaluation years and
    of the current period (:mod:`.current`); what belongs to the current period (a closing
    after the data's end, its consultations, the next appointment) draws from the present
    generator.
    """
    rng = ctx.rng
    row = person.row
    manager = person.case_manager_id
    days = [evaluation.rows[j]["held_on"] for j in case.consultations]
    opened_on = min(days) if days else case.opened_on
    last = max(days) if days else opened_on
    record = ctx.stamps.meta_on(opened_on)
    case_id = record["id"]
    phases: list[tuple[CasePhase, date]] = [(CasePhase.INTAKE, opened_on)]
    closing_reason: ClosingReason | None = None
    closed_on: date | None = None
    if case.kind == ONE_TIME:
        case_type = CaseType.ONE_TIME
        closed_on = opened_on
        closing_reason = (
            ClosingReason.REFERRED
            if any(j in evaluation.referred for j in case.consultations)
            else ClosingReason.GOALS_REACHED
        )
        phases.append((CasePhase.CLOSURE, closed_on))
    else:
        case_type = CaseType.CASE_MANAGEMENT if case.kind == CASE_MANAGEMENT else CaseType.MUKIS
        if case.planned_closed:
            closed_on = min(DATA_END, last + timedelta(days=rng.randint(0, 14)))
        limit = closed_on or DATA_END
        day = opened_on
        for phase, (lo, hi) in (
            (CasePhase.ASSESSMENT, (5, 21)),
            (CasePhase.PLANNING, (10, 35)),
            (CasePhase.IMPLEMENTATION, (10, 40)),
        ):
            day = day + timedelta(days=rng.randint(lo, hi))
            if day >= limit:
                break
            phases.append((phase, day))
        if closed_on is not None:
            closing_reason = rng.choices(list(ClosingReason), cum_weights=_CLOSING_CUM)[0]
            phases.append((CasePhase.CLOSURE, closed_on))
    later = _later_phases(case, phases, current)
    final_reason = case.closing_reason or closing_reason
    final_closed = case.closes_on or closed_on
    record |= {
        "client_id": client_id,
        "case_type": case_type,
        "case_manager_id": manager,
        "municipality_code": row["municipality_code"],
        "phase": (later or phases)[-1][0],
        "opened_on": opened_on,
        "closed_on": final_closed,
        "closing_reason": final_reason,
        "closing_note": CLOSING_NOTES[final_reason] if final_reason else "",
    }
    if closed_on is not None:
        record["updated_at"] = ctx.stamps.at(closed_on)
    elif case.closes_on is not None:
        record["updated_at"] = ctx.present.stamps.at(case.closes_on)
    if final_closed is not None:
        record["hlc"] = hlc_at(record["updated_at"])
    ctx.writer.add("cases", record)
    case.case_id, case.closed_on = case_id, final_closed
    _write_phases(ctx, case_id, manager, None, phases)
    _write_phases(ctx.present, case_id, manager, phases[-1][0], later)
    if case.kind != ONE_TIME:
        _write_goals(ctx, case, case_id, phases, closing_reason)
        _write_goals(ctx.present, case, case_id, later, None)  # planned in the current period
        write_incoming_referral(ctx, person, client_id, case_id, opened_on)
    _link_consultations(ctx, person, client_id, case, case_id, evaluation, case.consultations)
    if case.current:
        _link_consultations(ctx.present, person, client_id, case, case_id, current, case.current)
    if case.next_visit is not None:
        _write_appointment(
            ctx.present,
            client_id,
            case_id,
            manager,
            row,
            case.next_visit,
            AppointmentStatus.PLANNED,
            case.visit_block,
        )


_ONGOING = (CasePhase.INTAKE, CasePhase.ASSESSMENT, CasePhase.PLANNING, CasePhase.IMPLEMENTATION)


def _later_phases(
    case: Case, phases: list[tuple[CasePhase, date]], current: Dealt
) -> list[tuple[CasePhase, date]]:
    """Phase changes of the current period: the closing of a case closed after the end of the
    data, or the phases an open case had not reached yet, one at each of its first
    consultations of the current period, up to implementation/monitoring."""
    if case.closes_on is not None:
        return [(CasePhase.CLOSURE, case.closes_on)]
    last = phases[-1][0]
    if not case.current or last not in _ONGOING:
        return []
    days = [current.rows[j]["held_on"] for j in case.current]
    return list(zip(_ONGOING[_ONGOING.index(last) + 1 :], days, strict=False))


def _write_phases(
    ctx: DemoContext,
    case_id: str,
    manager: str,
    previous: CasePhase | None,
    phases: list[tuple[CasePhase, date]],
) -> None:
    """The phase changes ``phases`` of a case whose phase was ``previous`` before them."""
    for phase, day in phases:
        ctx.writer.add(
            "case_phase_changes",
            ctx.stamps.meta_on(day)
            | {
                "case_id": case_id,
                "from_phase": previous,
                "to_phase": phase,
                "changed_on": day,
                "changed_by_id": manager,
                "note": "",
            },
        )
        previous = phase


def _link_consultations(
    ctx: DemoContext,
    person: Person,
    client_id: str,
    case: Case,
    case_id: str,
    dealt: Dealt,
    indices: list[int],
) -> None:
    """Client, case, notes and (from mid-2024) appointments of the case's consultations
    ``indices`` of ``dealt``."""
    rng = ctx.rng
    row = person.row
    manager = person.case_manager_id
    mukis = case.kind == MUKIS
    topics = dealt.topics
    for j in indices:
        consultation = dealt.rows[j]
        consultation["client_id"] = client_id
        consultation["case_id"] = case_id
        if rng.random() < 0.6:
            if mukis:
                consultation["notes"] = rng.choice(MUKIS_NOTES)
            elif topics[j]:
                consultation["notes"] = rng.choice(NOTES[topics[j][0]])
        if case.kind != ONE_TIME and consultation["held_on"] >= HELD_APPOINTMENTS_FROM:
            consultation["appointment_id"] = _write_appointment(
                ctx,
                client_id,
                case_id,
                manager,
                row,
                consultation["held_on"],
                AppointmentStatus.HELD,
            )
            if rng.random() < 0.07:
                missed = random_weekday(
                    rng,
                    consultation["held_on"] - timedelta(days=10),
                    consultation["held_on"] - timedelta(days=2),
                )
                _write_appointment(
                    ctx, client_id, case_id, manager, row, missed, AppointmentStatus.MISSED
                )


def _write_goals(
    ctx: DemoContext,
    case: Case,
    case_id: str,
    phases: list[tuple[CasePhase, date]],
    closing_reason: ClosingReason | None,
) -> None:
    """One to three goals from the planning phase on (none if the case never got there)."""
    rng = ctx.rng
    planning = next((d for p, d in phases if p is CasePhase.PLANNING), None)
    if planning is None:
        return
    pool = MUKIS_GOALS if case.kind == MUKIS else GOALS
    for text in rng.sample(pool, rng.randint(1, 3)):
        due = planning + timedelta(days=rng.randint(60, 240))
        if closing_reason is None:
            status = rng.choice(_GOAL_STATUS_OPEN)
        elif closing_reason is ClosingReason.GOALS_REACHED:
            status = rng.choice(_GOAL_STATUS_REACHED)
        else:
            status = rng.choice(_GOAL_STATUS_ENDED)
        if case.closing_reason is not None:
            status = closed_goal_status(ctx, status, case.closing_reason)
        due, review = goal_dates(ctx, due, due - timedelta(days=30), status, case.closed_on is None)
        ctx.writer.add(
            "goals",
            ctx.stamps.meta_on(planning)
            | {
                "case_id": case_id,
                "text": text,
                "due_on": due,
                "review_on": review,
                "status": status,
                "result_note": "",
            },
        )


def _write_appointment(
    ctx: DemoContext,
    client_id: str,
    case_id: str,
    manager: str,
    row: dict[str, Any],
    day: date,
    status: AppointmentStatus,
    block: int | None = None,
) -> str:
    """An appointment on ``day`` in the town hall; returns its id. ``block`` (0–3) places it
    in one of the day's two-hour blocks, so that a case manager's appointments of one day
    with different blocks never overlap; without it, any time of the office day."""
    rng = ctx.rng
    hour = 7 + rng.randrange(8) if block is None else 7 + 2 * (block % 4)
    starts = datetime(day.year, day.month, day.day, hour, rng.choice((0, 15, 30, 45)), tzinfo=UTC)
    created = ctx.stamps.at(day - timedelta(days=rng.randint(3, 21)))
    record = ctx.stamps.meta(created) | {
        "client_id": client_id,
        "case_id": case_id,
        "case_manager_id": manager,
        "starts_at": starts,
        "duration_minutes": rng.choice((45, 60)),
        "location": f"Rathaus {row['city']}",
        "purpose": "Beratungstermin Case Management",
        "bring_along": rng.choice(_BRING_ALONG),
        "status": status,
    }
    ctx.writer.add("appointments", record)
    return record["id"]
