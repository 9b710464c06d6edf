"""Opening a client file with 200 timeline entries (target: under 150 ms).

A temporary office gets one client with 200 timeline entries written through the services
and the write path: a case with its phase changes, consultations with topics, referrals and
consents. Each measured open runs the read model (including its audited VIEW entry) and
constructs and shows the client file window offscreen; figures are the median and the 95th
percentile of 20 opens.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import Figure, median, percentile

OPENS = 20
TARGET_MS = 150.0
ENTRIES = 200


def _build_office(root: Path) -> tuple[object, str]:
    """An office with one client whose file has ``ENTRIES`` timeline entries."""
    from sqlalchemy import select

    from kim_desktop.db.models import Client, Consultation, ConsultationTopic, Referral
    from kim_desktop.domain.enums import CasePhase, CaseType, ConsentPurpose, ConsultationType, Role
    from kim_desktop.paths import DataPaths
    from kim_desktop.services.auth import AuthService
    from kim_desktop.services.cases import CaseService, OpenCaseInput
    from kim_desktop.services.clients import ClientInput, ClientService
    from kim_desktop.services.consents import ConsentInput, ConsentService, Recipient
    from kim_desktop.services.office_setup import OfficeSetupRequest, OfficeSetupService

    paths = DataPaths(root)
    password = "Bench-Passwort-1"
    OfficeSetupService(paths).create_office(
        OfficeSetupRequest(
            office_name="KIM Bench",
            street="",
            postal_code="",
            city="",
            phone="",
            email="",
            municipality_codes=["troisdorf"],
            display_name="Bench Admin",
            login="bench",
            password=password,
            password_repeat=password,
            role=Role.ADMINISTRATOR,
        )
    ).close()
    office = AuthService(paths).login("bench", password)
    number = ClientService(office).create_client(
        ClientInput(first_name="Olena", last_name="Koval", municipality_code="troisdorf")
    )
    with office.database.reading() as session:
        client_id = session.scalars(select(Client.id).where(Client.file_number == number)).one()
        topics = session.scalars(select(ConsultationTopic.code).limit(6)).all()
    start = date.today() - timedelta(days=700)
    cases = CaseService(office)
    case_id = cases.open_case(OpenCaseInput(client_id, CaseType.CASE_MANAGEMENT, start))
    for step, phase in enumerate((CasePhase.ASSESSMENT, CasePhase.PLANNING), 1):
        cases.change_phase(case_id, phase, start + timedelta(days=10 * step))
    consents = ConsentService(office)
    for i in range(7):
        consents.record(
            ConsentInput(
                client_id,
                ConsentPurpose.REFERRAL,
                start + timedelta(days=i),
                recipients=[Recipient("jobcenter-afa", None, "Jobcenter")],
            )
        )
    written = 3 + 7  # phase changes (incl. opening) and consents
    user = office.actor.user_id
    with office.database.transaction(user) as session:
        chosen = list(
            session.scalars(select(ConsultationTopic).where(ConsultationTopic.code.in_(topics)))
        )
        i = 0
        while written < ENTRIES:
            day = start + timedelta(days=3 * i)
            consultation = Consultation(
                client_id=client_id,
                case_id=case_id,
                case_manager_id=user,
                municipality_code="troisdorf",
                held_on=day,
                consultation_type=ConsultationType.CASE_MANAGEMENT,
                topics=chosen[i % 3 : i % 3 + 2],
            )
            session.add(consultation)
            written += 1
            if i % 4 == 0 and written < ENTRIES:
                session.flush()
                session.add(
                    Referral(
                        client_id=client_id,
                        consultation_id=consultation.id,
                        case_manager_id=user,
                        municipality_code="troisdorf",
                        target_code="jobcenter-afa",
                        referred_on=day,
                    )
                )
                written += 1
            i += 1
    return office, client_id


def client_file_open_200() -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KIM_INSECURE_FAST_KDF", "1")  # set-up only; not what is measured
    from PySide6.QtWidgets import QApplication, QWidget

    from kim_desktop.ui.client_file.window import open_client_file
    from kim_desktop.ui.operations import OperationRunner
    from kim_desktop.ui.view_context import ViewContext

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="kim-bench-file-") as tmp:
        office, client_id = _build_office(Path(tmp) / "office")
        runner = OperationRunner()
        main = QWidget()
        context = ViewContext(office, runner, main)  # type: ignore[arg-type]
        context.catalogues.choices("consultation_topics")  # warm caches, as in a running app
        times: list[float] = []
        try:
            for _ in range(OPENS + 1):
                t0 = time.perf_counter()
                window = open_client_file(context, client_id)
                assert window is not None
                assert window.timeline_tab.model.entries().__len__() == ENTRIES
                app.processEvents()  # the first paint
                times.append((time.perf_counter() - t0) * 1000)
                window.close()
                app.processEvents()
        finally:
            runner.wait_for_done(10_000)
            runner.shutdown()
            main.deleteLater()
            office.close()  # type: ignore[attr-defined]
    times = times[1:]  # the first open also imports the window's modules
    return [
        Figure("client_file_open_200_median", median(times), "ms", "<", TARGET_MS),
        Figure("client_file_open_200_p95", percentile(times, 0.95), "ms", "<", TARGET_MS),
    ]


BENCHMARKS = {"client_file_open_200": client_file_open_200}
