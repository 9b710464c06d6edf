"""The coordinator's device receives the pseudonymised feed only (issue 5, 12)."""

from __future__ import annotations

import json
from datetime import date

from sync_helpers import DeviceFactory


def test_a_coordinator_pull_has_no_names_birth_dates_contacts_or_notes(
    devices: DeviceFactory,
) -> None:
    anna = devices.create("anna")
    client_id = anna.add_client(
        "Amina",
        "Yilmazoglu",
        birth_date=date(1987, 3, 14),
        phone="0176 5550123",
        email="amina.yilmazoglu@example.org",
        street="Frankfurter Straße 12",
        notes="Sorgen wegen Kita-Platz in Sieglar",
    )
    anna.sync.sync_now()
    coordinator = devices.create("clara", role="coordinator", municipalities=["kreisweit"])

    report = coordinator.sync.sync_now()

    assert report.pulled >= 1
    rows = [json.loads(data) if isinstance(data, str) else data for data in _feed(coordinator)]
    kinds = {row["kind"] for row in rows}
    assert "client" in kinds
    text = json.dumps(rows, ensure_ascii=False)
    for secret in (
        "Amina",
        "Yilmazoglu",
        "1987-03-14",
        "5550123",
        "amina.yilmazoglu",
        "Frankfurter",
        "Kita-Platz",
        client_id,
    ):
        assert secret not in text
    (client_row,) = [row for row in rows if row["kind"] == "client"]
    assert client_row["age_band"] == "27-39"
    assert coordinator.scalar("select count(*) from clients") == 0
    assert coordinator.sync.overview().open_conflicts == 0


def _feed(device) -> list:  # type: ignore[no-untyped-def]
    with device.office.database.engine.connect() as conn:
        from sqlalchemy import text

        return [row[0] for row in conn.execute(text("select data from coordinator_feed"))]
