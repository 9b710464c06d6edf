"""Deleting and restoring every record of a client file, and the "until it is synced" rule."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from kim_desktop.db.base import utcnow
from kim_desktop.db.models import (
    Appointment,
    Case,
    Client,
    Consultation,
    Goal,
    OutboxEntry,
    Referral,
)
from kim_desktop.domain.enums import CaseType, OutboxOp
from kim_desktop.domain.errors import KimError, RecordMissing
from kim_desktop.services.appointments import AppointmentInput, AppointmentService
from kim_desktop.services.cases import CaseService, GoalInput, OpenCaseInput
from kim_desktop.services.consultations import ConsultationInput, ConsultationService
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.referrals import ReferralInput
from kim_desktop.services.tombstones import RestoreState
from kim_desktop.services.trash import MODELS, DeletedKind, TrashService

TODAY = date.today()


@pytest.fixture
def records(world: object) -> dict[DeletedKind, str]:
    """One record of every deletable kind for the world's client."""
    office: OfficeSession = world.office  # type: ignore[attr-defined]
    client_id: str = world.client_id  # type: ignore[attr-defined]
    consultation_id = ConsultationService(office).save(
        ConsultationInput(
            client_id=client_id,
            held_on=TODAY,
            topic_codes=["lebensunterhalt"],
            referrals=[ReferralInput(target_code="sprach-integrationskurse")],
        )
    )
    with office.database.reading() as session:
        referral_id = session.scalars(
            select(Referral.id).where(Referral.consultation_id == consultation_id)
        ).one()
        case_id = session.scalars(
            select(Consultation.case_id).where(Consultation.id == consultation_id)
        ).one()
    cases = CaseService(office)
    managed = cases.open_case(OpenCaseInput(client_id, CaseType.CASE_MANAGEMENT))
    goal_id = cases.add_goal(managed, GoalInput("Deutschkurs B1 beginnen"))
    appointment_id = AppointmentService(office).create(
        AppointmentInput(
            client_id, datetime.now().astimezone() + timedelta(days=2), purpose="Jobcenter-Antrag"
        )
    )
    assert case_id
    return {
        DeletedKind.CLIENT: client_id,
        DeletedKind.CASE: managed,
        DeletedKind.GOAL: goal_id,
        DeletedKind.CONSULTATION: consultation_id,
        DeletedKind.REFERRAL: referral_id,
        DeletedKind.APPOINTMENT: appointment_id,
    }


def _outbox(office: OfficeSession, record_id: str) -> list[OutboxEntry]:
    with office.database.reading() as session:
        return list(
            session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.record_id == record_id)
                .order_by(OutboxEntry.seq)
            )
        )


def _deleted_at(office: OfficeSession, kind: DeletedKind, record_id: str) -> datetime | None:
    with office.database.reading() as session:
        record = session.get(MODELS[kind], record_id)
        assert record is not None
        return record.deleted_at


def _acknowledge_all(office: OfficeSession) -> None:
    """What the sync client does when the server has applied the uploaded changes."""
    with office.database.transaction(None) as session:
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.acknowledged_at.is_(None))
            .values(acknowledged_at=utcnow())
        )


@pytest.mark.parametrize("kind", list(DeletedKind))
def test_delete_and_restore_write_tombstone_and_outbox(
    world: object, records: dict[DeletedKind, str], kind: DeletedKind
) -> None:
    office: OfficeSession = world.office  # type: ignore[attr-defined]
    trash = TrashService(office)
    record_id = records[kind]
    before = len(_outbox(office, record_id))

    trash.delete(kind, record_id)

    assert _deleted_at(office, kind, record_id) is not None
    entries = _outbox(office, record_id)
    assert len(entries) == before + 1
    assert entries[-1].op is OutboxOp.DELETE
    assert entries[-1].fields.get("deleted_at")
    assert trash.can_restore(kind, record_id)

    trash.restore(kind, record_id)

    assert _deleted_at(office, kind, record_id) is None
    entries = _outbox(office, record_id)
    assert entries[-1].op is OutboxOp.RESTORE
    assert entries[-1].fields == {"deleted_at": None}
    assert trash.restore_state(kind, record_id) is RestoreState.NOT_DELETED


@pytest.mark.parametrize("kind", list(DeletedKind))
def test_restore_is_refused_once_the_deletion_is_synced(
    world: object, records: dict[DeletedKind, str], kind: DeletedKind
) -> None:
    office: OfficeSession = world.office  # type: ignore[attr-defined]
    trash = TrashService(office)
    record_id = records[kind]
    trash.delete(kind, record_id)
    _acknowledge_all(office)

    assert not trash.can_restore(kind, record_id)
    assert trash.restore_state(kind, record_id) is RestoreState.SYNCED
    with pytest.raises(KimError) as raised:
        trash.restore(kind, record_id)
    assert raised.value.code == "restore_already_synced"
    assert "bereits mit dem Kreis-Server abgeglichen" in str(raised.value)
    assert _deleted_at(office, kind, record_id) is not None
    assert _outbox(office, record_id)[-1].op is OutboxOp.DELETE


def test_only_the_latest_deletion_counts(world: object, records: dict[DeletedKind, str]) -> None:
    """Deleted, synced, restored before the sync, deleted again: the new deletion is local."""
    office: OfficeSession = world.office  # type: ignore[attr-defined]
    trash = TrashService(office)
    consultation_id = records[DeletedKind.CONSULTATION]
    trash.delete(DeletedKind.CONSULTATION, consultation_id)
    trash.restore(DeletedKind.CONSULTATION, consultation_id)
    _acknowledge_all(office)  # the server got delete + restore
    trash.delete(DeletedKind.CONSULTATION, consultation_id)
    assert trash.can_restore(DeletedKind.CONSULTATION, consultation_id)


def test_a_tombstone_that_came_by_sync_cannot_be_restored(
    world: object, records: dict[DeletedKind, str]
) -> None:
    office: OfficeSession = world.office  # type: ignore[attr-defined]
    referral_id = records[DeletedKind.REFERRAL]
    # applied from a pull: no outbox entry of this device for the deletion
    with office.database.transaction(None) as session:
        session.execute(
            update(Referral).where(Referral.id == referral_id).values(deleted_at=utcnow())
        )
    trash = TrashService(office)
    assert trash.restore_state(DeletedKind.REFERRAL, referral_id) is RestoreState.SYNCED
    with pytest.raises(KimError):
        trash.restore(DeletedKind.REFERRAL, referral_id)


def test_deleting_twice_reports_the_record_missing(
    world: object, records: dict[DeletedKind, str]
) -> None:
    office: OfficeSession = world.office  # type: ignore[attr-defined]
    trash = TrashService(office)
    for kind in (DeletedKind.CONSULTATION, DeletedKind.REFERRAL, DeletedKind.GOAL):
        trash.delete(kind, records[kind])
        with pytest.raises(RecordMissing):
            trash.delete(kind, records[kind])


def test_deleted_records_of_the_file_are_listed_with_their_state(
    world: object, records: dict[DeletedKind, str]
) -> None:
    office: OfficeSession = world.office  # type: ignore[attr-defined]
    trash = TrashService(office)
    client_id = records[DeletedKind.CLIENT]
    assert trash.deleted_in_file(client_id) == []
    order = [
        DeletedKind.GOAL,
        DeletedKind.APPOINTMENT,
        DeletedKind.CASE,
        DeletedKind.REFERRAL,
    ]
    for kind in order:
        trash.delete(kind, records[kind])
    _acknowledge_all(office)  # those four are synced now
    trash.delete(DeletedKind.CONSULTATION, records[DeletedKind.CONSULTATION])

    entries = trash.deleted_in_file(client_id)
    assert [e.kind for e in entries] == [DeletedKind.CONSULTATION, *reversed(order)]
    assert [e.restorable for e in entries] == [True, False, False, False, False]
    by_kind = {e.kind: e for e in entries}
    assert by_kind[DeletedKind.GOAL].text == "Deutschkurs B1 beginnen"
    assert by_kind[DeletedKind.APPOINTMENT].text == "Jobcenter-Antrag"
    assert by_kind[DeletedKind.REFERRAL].code == "sprach-integrationskurse"
    assert by_kind[DeletedKind.CONSULTATION].on == TODAY


def test_deleted_clients_are_found_by_name_and_file_number(
    world: object, records: dict[DeletedKind, str]
) -> None:
    office: OfficeSession = world.office  # type: ignore[attr-defined]
    trash = TrashService(office)
    number: str = world.file_number  # type: ignore[attr-defined]
    assert trash.deleted_clients() == []
    trash.delete(DeletedKind.CLIENT, records[DeletedKind.CLIENT])
    with office.database.reading() as session:
        assert session.scalar(select(Client.deleted_at).where(Client.file_number == number))
    found = trash.deleted_clients()
    assert [(c.file_number, c.full_name, c.restorable) for c in found] == [
        (number, "Olena Kovalenko", True)
    ]
    assert [c.file_number for c in trash.deleted_clients("kowalenko")] == [number]
    assert [c.file_number for c in trash.deleted_clients(number[-4:])] == [number]
    assert trash.deleted_clients("Müller") == []
    # the records of a deleted client stay, hidden with it, and come back with it
    with office.database.reading() as session:
        assert session.get(Case, records[DeletedKind.CASE]).deleted_at is None  # type: ignore[union-attr]
        assert session.get(Goal, records[DeletedKind.GOAL]).deleted_at is None  # type: ignore[union-attr]
        assert session.get(Appointment, records[DeletedKind.APPOINTMENT]).deleted_at is None  # type: ignore[union-attr]
