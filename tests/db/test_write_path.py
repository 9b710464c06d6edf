"""One write path: an ordinary service call leaves its outbox and audit rows, atomically."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kim_desktop.db.models import AuditEntry, Client, Consultation, ConsultationTopic, OutboxEntry
from kim_desktop.db.write_path import HardDeleteRefused, MissingWriteContext
from kim_desktop.domain.enums import AuditAction, ConsultationType, OutboxOp
from kim_desktop.domain.errors import ValidationFailed
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.sync.ids import uuid7_time_ms


def _client_input(**overrides: object) -> ClientInput:
    values: dict[str, object] = {
        "first_name": "Olena",
        "last_name": "Kovalenko",
        "municipality_code": "troisdorf",
        "phone": "0176 1234567",
        "language_codes": ["uk", "ru"],
        "preferred_language_code": "uk",
    }
    values.update(overrides)
    return ClientInput(**values)  # type: ignore[arg-type]


def _outbox(office: OfficeSession, table: str = "clients") -> list[OutboxEntry]:
    with office.database.reading() as session:
        return list(
            session.scalars(
                select(OutboxEntry).where(OutboxEntry.table_name == table).order_by(OutboxEntry.seq)
            )
        )


def _audit(office: OfficeSession, record_id: str) -> list[AuditEntry]:
    with office.database.reading() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.record_id == record_id).order_by(AuditEntry.id)
            )
        )


def test_create_writes_metadata_outbox_and_audit(office_session: OfficeSession) -> None:
    number = ClientService(office_session).create_client(_client_input())
    with office_session.database.reading() as session:
        client = session.scalars(select(Client).where(Client.file_number == number)).one()
    assert client.version == 1
    assert client.origin_device == office_session.database.device_id
    assert client.hlc.endswith(office_session.database.device_id)
    assert uuid7_time_ms(client.id) > 0 and client.id[14] == "7"  # UUID version 7
    assert client.search_key.startswith("olena kovalenko")

    [entry] = _outbox(office_session)
    assert entry.op is OutboxOp.INSERT
    assert entry.record_id == client.id
    assert entry.base_version == 0 and entry.new_version == 1
    assert entry.fields["last_name"] == "Kovalenko"
    assert entry.fields["languages"] == ["ru", "uk"]
    assert "search_key" not in entry.fields  # derived locally, not replicated
    assert entry.user_id == office_session.actor.user_id

    [audit] = _audit(office_session, client.id)
    assert audit.action is AuditAction.CREATE
    assert audit.user_id == office_session.actor.user_id
    assert "last_name" in audit.field_names
    assert "Kovalenko" not in repr(audit.detail) + repr(audit.field_names)  # names, no values


def test_update_records_only_changed_fields_with_base_version(
    office_session: OfficeSession,
) -> None:
    service = ClientService(office_session)
    number = service.create_client(_client_input())
    service.update_client(number, _client_input(phone="0151 7654321", language_codes=["uk"]))
    service.update_client(number, _client_input(phone="0151 7654321", language_codes=["uk"]))

    entries = _outbox(office_session)
    assert [e.op for e in entries] == [OutboxOp.INSERT, OutboxOp.UPDATE], [
        e.fields for e in entries[1:]
    ]
    update = entries[1]
    assert update.fields == {"phone": "0151 7654321", "languages": ["uk"]}
    assert (update.base_version, update.new_version) == (1, 2)
    assert entries[0].hlc < update.hlc


def test_tombstone_and_restore(office_session: OfficeSession) -> None:
    service = ClientService(office_session)
    number = service.create_client(_client_input())
    service.delete_client(number)
    with office_session.database.reading() as session:
        row = session.scalars(select(Client).where(Client.file_number == number)).one()
        assert row.deleted_at is not None  # still there: a tombstone, not a removal
    with pytest.raises(Exception, match="nicht gefunden"):
        service.get_client(number)
    service.restore_client(number)
    assert service.get_client(number).deleted_at is None
    assert [e.op for e in _outbox(office_session)] == [
        OutboxOp.INSERT,
        OutboxOp.DELETE,
        OutboxOp.RESTORE,
    ]
    actions = [a.action for a in _audit(office_session, row.id)]
    assert actions[:3] == [AuditAction.CREATE, AuditAction.DELETE, AuditAction.RESTORE]
    assert actions[-1] is AuditAction.VIEW  # opening the file is audited too


def test_hard_delete_is_refused_and_rolls_back(office_session: OfficeSession) -> None:
    number = ClientService(office_session).create_client(_client_input())
    with pytest.raises(HardDeleteRefused):  # noqa: SIM117
        with office_session.database.transaction(office_session.actor.user_id) as session:
            session.delete(session.scalars(select(Client)).one())
    with office_session.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 1
    assert ClientService(office_session).get_client(number)


def test_failed_transaction_leaves_no_outbox_or_audit(office_session: OfficeSession) -> None:
    before = len(_outbox(office_session))

    class Boom(Exception):
        pass

    with pytest.raises(Boom):  # noqa: SIM117
        with office_session.database.transaction(office_session.actor.user_id) as session:
            session.add(
                Client(
                    file_number="X-1", first_name="A", last_name="B", municipality_code="troisdorf"
                )
            )
            session.flush()  # outbox + audit rows are flushed with it ...
            raise Boom()  # ... and rolled back with it
    assert len(_outbox(office_session)) == before
    with office_session.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 0


def test_relationship_set_foreign_keys_and_topics_reach_the_outbox(
    office_session: OfficeSession,
) -> None:
    number = ClientService(office_session).create_client(_client_input())
    with office_session.database.transaction(office_session.actor.user_id) as session:
        client = session.scalars(select(Client).where(Client.file_number == number)).one()
        topics = list(
            session.scalars(
                select(ConsultationTopic).where(
                    ConsultationTopic.code.in_(["wohnen", "gesundheit"])
                )
            )
        )
        session.add(
            Consultation(
                client_id=client.id,
                case_manager_id=office_session.actor.user_id,
                municipality_code="troisdorf",
                held_on=client.created_at.date(),
                consultation_type=ConsultationType.ONE_TIME,
                topics=topics,
            )
        )
    [entry] = _outbox(office_session, "consultations")
    assert entry.fields["topics"] == ["gesundheit", "wohnen"]
    assert entry.fields["client_id"] == client.id
    assert entry.fields["mode"] == "in_person"


def test_a_session_without_write_context_refuses_changes(office_session: OfficeSession) -> None:
    session = office_session.database._factory()
    session.add(
        Client(file_number="X-3", first_name="A", last_name="B", municipality_code="troisdorf")
    )
    with pytest.raises(MissingWriteContext):
        session.flush()
    session.rollback()
    session.close()


def test_invalid_input_saves_nothing(office_session: OfficeSession) -> None:
    with pytest.raises(ValidationFailed) as info:
        ClientService(office_session).create_client(_client_input(last_name="", phone="abc"))
    assert {e.field for e in info.value.errors} == {"last_name", "phone"}
    assert _outbox(office_session) == []
