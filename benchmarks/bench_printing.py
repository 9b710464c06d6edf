"""Printing: a one-page letter (target under 150 ms) and the Art. 15 report of a client with
200 timeline entries (target under 2 s).

A temporary demo office (200 clients) gets one client whose file is filled up to 200 timeline
entries (consultations with two topics and a note, written through the write path). Each
measured build reads the data, lays the document out with reportlab and returns the PDF bytes,
as the print preview does; figures are medians (20 letters, 5 reports).
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import Figure, median

LETTERS = 20
REPORTS = 5
ENTRIES = 200
LETTER_TARGET_MS = 150.0
REPORT_TARGET_S = 2.0


def _office(root: Path) -> tuple[object, str, str]:
    """The demo office, a client with ``ENTRIES`` timeline entries and one appointment."""
    from sqlalchemy import func, select

    from kim_desktop.db.models import (
        Appointment,
        Consultation,
        ConsultationTopic,
        Referral,
    )
    from kim_desktop.domain.enums import ConsultationType
    from kim_desktop.paths import DataPaths
    from kim_desktop.services.auth import AuthService
    from kim_desktop.services.demo.office import create_demo_office

    paths = DataPaths(root / "demo")
    credentials = create_demo_office(paths, clients=200, seed=1)
    office = AuthService(paths).login(credentials.login, credentials.password)
    with office.database.reading() as session:
        appointment = session.scalars(select(Appointment).order_by(Appointment.id)).first()
        assert appointment is not None
        client_id = appointment.client_id
        existing = sum(
            session.scalar(select(func.count()).where(model.client_id == client_id)) or 0
            for model in (Consultation, Referral, Appointment)
        )
        topics = list(session.scalars(select(ConsultationTopic).limit(4)))
        manager = appointment.case_manager_id
    with office.database.transaction(office.actor.user_id) as session:
        for number in range(max(ENTRIES - existing, 0)):
            consultation = Consultation(
                client_id=client_id,
                case_manager_id=manager,
                municipality_code="troisdorf",
                held_on=date(2024, 1, 1) + timedelta(days=number * 3),
                duration_minutes=45 + number % 4 * 15,
                consultation_type=ConsultationType.CASE_MANAGEMENT,
                notes="Antrag auf Wohngeld besprochen; Unterlagen für das Jobcenter sortiert.",
            )
            consultation.topics = [topics[number % 4], topics[(number + 1) % 4]]
            session.add(consultation)
    return office, client_id, appointment.id


def printing() -> list[Figure]:
    os.environ.setdefault("KIM_INSECURE_FAST_KDF", "1")  # a throw-away office
    from kim_desktop.services.documents import DocumentService

    with tempfile.TemporaryDirectory(prefix="kim-bench-printing-") as tmp:
        office, client_id, appointment_id = _office(Path(tmp))
        service = DocumentService(office)  # type: ignore[arg-type]
        service.build("appointment", client_id, appointment_id, "ar")  # fonts, catalogues
        letters = []
        for index in range(LETTERS):
            language = ("de", "ar", "uk", "fa")[index % 4]
            start = time.perf_counter()
            pdf = service.build("appointment", client_id, appointment_id, language).pdf
            letters.append((time.perf_counter() - start) * 1000)
            assert pdf.startswith(b"%PDF")
        reports = []
        for index in range(REPORTS):
            start = time.perf_counter()
            service.build("access_report", client_id, None, ("de", "ar")[index % 2])
            reports.append(time.perf_counter() - start)
        office.close()  # type: ignore[attr-defined]
    return [
        Figure("letter_one_page", median(letters), "ms", "<", LETTER_TARGET_MS),
        Figure("access_report_200", median(reports), "s", "<", REPORT_TARGET_S),
    ]


BENCHMARKS = {"printing": printing}
