"""Group offers, their sessions, and the monthly MuKi-S counts."""

from __future__ import annotations

from datetime import date

import pytest
from daywork_office import add_client, add_consultation

from kim_desktop.domain.enums import ConsultationType, GroupOfferKind
from kim_desktop.domain.errors import ValidationFailed
from kim_desktop.services.group_offers import (
    GroupOfferInput,
    GroupOfferService,
    SessionInput,
    mukis_monthly_counts,
)
from kim_desktop.services.office_session import OfficeSession


def training(**kw: object) -> GroupOfferInput:
    values: dict[str, object] = {
        "title": "Heidelberger Elterntraining Troisdorf",
        "kind": GroupOfferKind.PARENTS_TRAINING,
        "municipality_code": "troisdorf",
        "planned_sessions": 5,
        "session_minutes": 120,
        "starts_on": date(2024, 3, 4),
    }
    values.update(kw)
    return GroupOfferInput(**values)  # type: ignore[arg-type]


def test_offer_with_sessions(office_session: OfficeSession) -> None:
    service = GroupOfferService(office_session)
    offer = service.create_offer(training())
    first = service.add_session(offer, SessionInput(date(2024, 3, 4), 120, 9, "Kennenlernen"))
    second = service.add_session(offer, SessionInput(date(2024, 3, 11), 120, 8))

    assert service.get_offer(offer).sessions_held == 2
    service.update_session(second, SessionInput(date(2024, 3, 11), 90, 7, "Dialogisches Lesen"))
    assert [(s.participants, s.note) for s in service.sessions(offer)] == [
        (9, "Kennenlernen"),
        (7, "Dialogisches Lesen"),
    ]
    service.delete_session(first)
    assert [s.id for s in service.sessions(offer)] == [second]
    service.restore_session(first)
    assert len(service.sessions(offer)) == 2


def test_offer_validation(office_session: OfficeSession) -> None:
    service = GroupOfferService(office_session)
    with pytest.raises(ValidationFailed) as failure:
        service.create_offer(training(title="", planned_sessions=0, ends_on=date(2024, 1, 1)))
    assert {(e.field, e.code) for e in failure.value.errors} == {
        ("title", "required"),
        ("planned_sessions", "group_sessions_positive"),
        ("ends_on", "group_end_before_start"),
    }
    offer = service.create_offer(training())
    with pytest.raises(ValidationFailed):
        service.add_session(offer, SessionInput(date(2024, 3, 4), 120, -1))
    assert service.sessions(offer) == []


def test_monthly_counts(office_session: OfficeSession) -> None:
    service = GroupOfferService(office_session)
    offer = service.create_offer(training())
    info = service.create_offer(training(title="Infoabend", kind=GroupOfferKind.INFORMATION_EVENT))
    service.add_session(offer, SessionInput(date(2024, 3, 4), 120, 9))
    service.add_session(offer, SessionInput(date(2024, 3, 11), 120, 8))
    service.add_session(offer, SessionInput(date(2024, 4, 8), 120, 7))
    service.add_session(info, SessionInput(date(2024, 3, 5), 90, 30))  # not MuKi-S
    service.add_session(offer, SessionInput(date(2023, 12, 4), 120, 7))  # other year
    client = add_client(office_session, "Aylin", "Kaya")
    add_consultation(
        office_session, client, None, date(2024, 3, 20), ConsultationType.MUKIS_INDIVIDUAL
    )
    add_consultation(office_session, client, None, date(2024, 3, 27), ConsultationType.ONE_TIME)

    counts = mukis_monthly_counts(office_session, 2024)

    row = counts.row("troisdorf")
    assert row is not None
    assert row.group_sessions[2:4] == [2, 1]
    assert row.group_participants[2] == 17
    assert row.individual[2] == 1
    assert counts.total_individual() == 1
    assert counts.total_group_sessions() == 3
    assert mukis_monthly_counts(office_session, 2022).rows == []
