"""A day's work between two case managers and the coordination (issue 5, "Done when").

Anna (Troisdorf) takes a client in, opens a case and records a consultation; Ben (Hennef)
cannot see it until the case is handed over to him, then receives everything of the client;
his consultation comes back to Anna; the coordination counts both without seeing anyone.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sync_helpers import DeviceFactory

from kim_desktop.db.models import Case, CaseHandover, Consultation, User
from kim_desktop.domain.enums import CaseType, ConsultationType
from kim_desktop.services.cases import CaseService, OpenCaseInput
from kim_desktop.services.consultations import ConsultationInput, ConsultationService


def _consult(device, client_id: str, topics: list[str], notes: str) -> str:  # type: ignore[no-untyped-def]
    return ConsultationService(device.office).save(
        ConsultationInput(
            client_id=client_id,
            held_on=date.today(),
            topic_codes=topics,
            consultation_type=ConsultationType.CASE_MANAGEMENT,
            notes=notes,
        )
    )


def test_a_day_of_work_flows_both_ways_and_to_the_coordination(devices: DeviceFactory) -> None:
    anna = devices.create("anna", municipalities=["troisdorf"])
    ben = devices.create("ben", municipalities=["hennef"])
    clara = devices.create("clara", role="coordinator", municipalities=["kreisweit"])
    ben.sync.sync_now()  # Ben's user record reaches the server
    anna.sync.sync_now()
    ben_user = (
        anna.office.database.reading()
        .__enter__()
        .scalar(select(User.id).where(User.login == "ben"))
    )
    assert ben_user is not None

    client_id = anna.add_client("Olena", "Kowalenko", phone="0176 444")
    case_id = CaseService(anna.office).open_case(
        OpenCaseInput(client_id=client_id, case_type=CaseType.CASE_MANAGEMENT)
    )
    first = _consult(anna, client_id, ["deutsch-kurse", "wohnen"], "Kurs B1 gesucht")
    anna.sync.sync_now()
    ben.sync.sync_now()
    assert ben.client(client_id) is None  # another municipality, not his case

    with anna.office.database.transaction(anna.office.actor.user_id) as session:
        case = session.get(Case, case_id)
        session.add(
            CaseHandover(
                case_id=case_id,
                from_user_id=case.case_manager_id,
                to_user_id=ben_user,
                handed_over_on=date.today(),
                note="Umzug nach Hennef",
            )
        )
        case.case_manager_id = ben_user
    anna.sync.sync_now()
    ben.sync.sync_now()

    assert ben.client(client_id) is not None
    with ben.office.database.reading() as session:
        consultation = session.get(Consultation, first)
        assert consultation is not None
        assert sorted(t.code for t in consultation.topics) == ["deutsch-kurse", "wohnen"]
        assert session.get(Case, case_id).case_manager_id == ben_user
    second = _consult(ben, client_id, ["arbeit-ausbildung"], "Bewerbung Jobcenter")
    ben.sync.sync_now()
    anna.sync.sync_now()
    with anna.office.database.reading() as session:
        assert session.get(Consultation, second) is not None
    for table in ("clients", "cases", "consultations", "case_phase_changes", "case_handovers"):
        mine, his = anna.rows(table), ben.rows(table)
        assert his and {k: mine.get(k) for k in his} == his, table

    report = clara.sync.sync_now()
    assert report.pulled >= 4
    with clara.office.database.engine.connect() as conn:
        from sqlalchemy import text

        rows = [
            json.loads(r[0]) if isinstance(r[0], str) else r[0]
            for r in conn.execute(text("select data from coordinator_feed"))
        ]
    kinds = sorted(row["kind"] for row in rows)
    assert kinds.count("consultation") == 2 and "case" in kinds and "client" in kinds
    assert "Kowalenko" not in json.dumps(rows) and "Jobcenter" not in json.dumps(rows)
