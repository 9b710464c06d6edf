"""File numbers (Aktenzeichen) never repeat on a device: after erasure, with older numbers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from kim_desktop.db.models import Client
from kim_desktop.domain.file_numbers import file_number, running_number
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.sync_service import SyncService


def _new(office: OfficeSession, last: str) -> tuple[str, str]:
    saved = ClientService(office).save_client(
        ClientInput(first_name="Olena", last_name=last, municipality_code="troisdorf")
    )
    return saved.id, saved.file_number


def _expected(office: OfficeSession, sequence: int) -> str:
    return file_number("troisdorf", date.today().year, sequence, office.database.device_id)


def test_numbers_carry_a_six_digit_device_tag(office_session: OfficeSession) -> None:
    _, number = _new(office_session, "Eins")
    tag = office_session.database.device_id[:6]
    assert number == f"TRO-{date.today().year % 100:02d}-0001-{tag}"
    assert running_number(number, tag) == 1


def test_an_erased_client_does_not_make_the_next_number_collide(
    office_session: OfficeSession,
) -> None:
    ids = [_new(office_session, name)[0] for name in ("Eins", "Zwei", "Drei")]
    SyncService(office_session).erase_client(ids[1])
    _, fourth = _new(office_session, "Vier")  # counting clients gave 3 again: a duplicate
    assert fourth == _expected(office_session, 4)

    SyncService(office_session).erase_client(ids[2])  # the highest number goes
    _, fifth = _new(office_session, "Fünf")
    assert fifth == _expected(office_session, 5)  # an erased person's number is not reissued
    with office_session.database.reading() as session:
        numbers = sorted(session.scalars(select(Client.file_number)))
    assert numbers == sorted(_expected(office_session, n) for n in (1, 4, 5))


def test_numbers_continue_after_those_issued_with_the_old_four_digit_tag(
    office_session: OfficeSession,
) -> None:
    client_id, _ = _new(office_session, "Alt")
    legacy = f"TRO-24-0041-{office_session.database.device_id[:4]}"
    with office_session.database.transaction(office_session.actor.user_id) as session:
        client = session.get(Client, client_id)
        assert client is not None
        client.file_number = legacy  # as numbered before the tag grew to six digits
    _, number = _new(office_session, "Neu")
    assert number == _expected(office_session, 42)
    assert ClientService(office_session).file_number_of(client_id) == legacy
