"""Appointments: validation, listing by day and week, missed, cancelled, deleted, restored."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from daywork_office import add_appointment_today, add_case, add_client
from sqlalchemy import func, select

from kim_desktop.db.models import Appointment, AuditEntry, OutboxEntry
from kim_desktop.domain.enums import AppointmentStatus
from kim_desktop.domain.errors import KimError, ValidationFailed
from kim_desktop.services.appointments import AppointmentInput, AppointmentService
from kim_desktop.services.office_session import OfficeSession


def tomorrow_at(hour: int) -> datetime:
    return datetime.combine(date.today() + timedelta(days=1), time(hour, 0)).astimezone()


def count(office: OfficeSession, model: type) -> int:
    with office.database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_create_writes_appointment_with_office_address(office_session: OfficeSession) -> None:
    service = AppointmentService(office_session)
    client = add_client(office_session, "Olena", "Koval")
    case = add_case(office_session, client, date.today())
    outbox_before = count(office_session, OutboxEntry)

    appointment_id = service.create(
        AppointmentInput(client, tomorrow_at(10), 60, purpose="Jobcenter-Antrag", case_id=case)
    )

    with office_session.database.reading() as session:
        row = session.get(Appointment, appointment_id)
        assert row is not None
        assert row.case_id == case
        assert row.case_manager_id == office_session.actor.user_id
        assert row.status is AppointmentStatus.PLANNED
        assert row.starts_at == tomorrow_at(10)
        assert row.location == "KIM Case Management Troisdorf, Kölner Straße 176, 53840 Troisdorf"
    assert count(office_session, OutboxEntry) == outbox_before + 1
    assert [a.id for a in service.list_day(date.today() + timedelta(days=1))] == [appointment_id]


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        (
            {"starts_at": datetime.now().astimezone() - timedelta(hours=1)},
            "starts_at",
            "appointment_in_past",
        ),
        ({"duration_minutes": 0}, "duration_minutes", "appointment_duration_range"),
        ({"duration_minutes": -15}, "duration_minutes", "appointment_duration_range"),
        ({"client_id": None}, "client_id", "appointment_client_required"),
    ],
)
def test_invalid_input_is_refused_and_nothing_written(
    office_session: OfficeSession, changes: dict, field: str, code: str
) -> None:
    client = add_client(office_session, "Olena", "Koval")
    data = AppointmentInput(client, tomorrow_at(9))
    for name, value in changes.items():
        setattr(data, name, value)
    with pytest.raises(ValidationFailed) as failure:
        AppointmentService(office_session).create(data)
    assert (failure.value.errors[0].field, failure.value.errors[0].code) == (field, code)
    assert count(office_session, Appointment) == 0


def test_case_of_another_client_is_refused(office_session: OfficeSession) -> None:
    anna = add_client(office_session, "Anna", "Berger")
    ben = add_client(office_session, "Ben", "Cakir")
    bens_case = add_case(office_session, ben, date.today())
    with pytest.raises(ValidationFailed) as failure:
        AppointmentService(office_session).create(
            AppointmentInput(anna, tomorrow_at(9), case_id=bens_case)
        )
    assert failure.value.errors[0].code == "appointment_case_other_client"
    assert count(office_session, Appointment) == 0


def test_mark_missed_cancel_and_audit(office_session: OfficeSession) -> None:
    service = AppointmentService(office_session)
    client = add_client(office_session, "Anna", "Berger")
    first = add_appointment_today(office_session, client)
    second = service.create(AppointmentInput(client, tomorrow_at(11)))

    service.mark_missed(first)
    service.cancel(second)

    assert service.get(first).status is AppointmentStatus.MISSED
    assert service.get(second).status is AppointmentStatus.CANCELLED
    with pytest.raises(KimError) as failure:
        service.mark_missed(first)
    assert failure.value.code == "appointment_not_planned"
    with office_session.database.reading() as session:
        audited = session.scalars(
            select(AuditEntry.record_id).where(AuditEntry.table_name == "appointments")
        ).all()
    assert first in audited and second in audited


def test_delete_is_a_tombstone_and_restorable(office_session: OfficeSession) -> None:
    service = AppointmentService(office_session)
    client = add_client(office_session, "Anna", "Berger")
    appointment = add_appointment_today(office_session, client)

    service.delete(appointment)
    assert service.list_day(date.today()) == []
    with office_session.database.reading() as session:
        assert session.get(Appointment, appointment).deleted_at is not None  # type: ignore[union-attr]

    service.restore(appointment)
    assert [a.id for a in service.list_day(date.today())] == [appointment]


def test_week_lists_mine_or_all(office_session: OfficeSession) -> None:
    service = AppointmentService(office_session)
    client = add_client(office_session, "Anna", "Berger")
    mine = add_appointment_today(office_session, client, time(9, 0))
    with office_session.database.reading() as session:
        other_user = session.scalar(
            select(Appointment.case_manager_id).where(Appointment.id == mine)
        )
    assert other_user == office_session.actor.user_id
    assert [a.id for a in service.list_week(date.today())] == [mine]
    assert [a.id for a in service.list_week(date.today(), mine=False)] == [mine]
    assert service.list_week(date.today() + timedelta(days=7)) == []


def test_find_clients_is_forgiving(office_session: OfficeSession) -> None:
    add_client(office_session, "Jürgen", "Müller")
    add_client(office_session, "Olena", "Koval")
    found = AppointmentService(office_session).find_clients("Mueller")
    assert [c.name for c in found] == ["Jürgen Müller"]
    assert AppointmentService(office_session).find_clients("m") == []
