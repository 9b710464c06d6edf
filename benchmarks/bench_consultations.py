"""Saving a typical consultation (two topics, one referral) through the service.

A throwaway copy of the scale office (:mod:`benchmarks.dataset`: 100,000 clients, 1,000,000
consultations), so the shared office stays as generated; a case manager saves 100
consultations for clients of their municipality, each with a referral covered by the
client's consent. Reported: the 95th percentile of the wall time of
``ConsultationService.save`` (the copy and the login are not measured).
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import Figure, percentile
from benchmarks.dataset import office_copy

SAVES = 100
TARGET_MS = 30.0


def consultation_save_p95() -> list[Figure]:
    from sqlalchemy import select

    from kim_desktop.db.models import Client, Consent
    from kim_desktop.domain.enums import ConsentPurpose, ConsultationMode
    from kim_desktop.paths import DataPaths
    from kim_desktop.services.auth import AuthService
    from kim_desktop.services.consultations import (
        ConsultationInput,
        ConsultationService,
        default_follow_up,
    )
    from kim_desktop.services.referrals import ReferralInput

    with tempfile.TemporaryDirectory(prefix="kim-bench-consultations-") as tmp:
        paths = DataPaths(Path(tmp) / "office")
        _login, password = office_copy(paths.root)
        office = AuthService(paths).login("cm.schneider", password)
        try:
            with office.database.transaction(office.actor.user_id) as session:
                client_ids = list(
                    session.scalars(
                        select(Client.id)
                        .where(Client.municipality_code == "troisdorf")
                        .limit(SAVES)
                    )
                )
                for client_id in client_ids:
                    session.add(
                        Consent(
                            client_id=client_id,
                            purpose=ConsentPurpose.REFERRAL,
                            recipients=[
                                {
                                    "target_code": "sprach-integrationskurse",
                                    "institution_id": None,
                                    "name": "Sprachkursträger",
                                }
                            ],
                            given_on=date.today() - timedelta(days=60),
                        )
                    )
            service = ConsultationService(office)
            times: list[float] = []
            for index in range(SAVES):
                data = ConsultationInput(
                    client_id=client_ids[index % len(client_ids)],
                    held_on=date.today(),
                    topic_codes=["lebensunterhalt", "deutsch-kurse"],
                    mode=ConsultationMode.IN_PERSON,
                    notes="Antrag auf Bürgergeld besprochen, Kursanmeldung vorbereitet.",
                    referrals=[
                        ReferralInput(
                            target_code="sprach-integrationskurse",
                            reason="Anmeldung zum Integrationskurs",
                            follow_up_on=default_follow_up(date.today()),
                        )
                    ],
                )
                start = time.perf_counter()
                service.save(data)
                times.append((time.perf_counter() - start) * 1000)
        finally:
            office.close()
    return [Figure("consultation_save_p95", percentile(times, 0.95), "ms", "<", TARGET_MS)]


BENCHMARKS = {"consultation_save_p95": consultation_save_p95}
