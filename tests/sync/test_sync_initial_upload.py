"""Two demo offices and a coordinator exchange their work (issue 5 "Done when").

Demo data is written as already synchronised; enrolling queues it for the initial upload
(``kim_desktop/sync/initial_upload.py``), so the server learns the demo clients.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sync_helpers import Device, DeviceFactory

from kim_desktop.db.models import Consultation, OutboxEntry
from kim_desktop.db.seed import seeded_id
from kim_desktop.db.seed_data import catalogue_rows
from kim_desktop.db.write_path import _all_fields
from kim_desktop.domain.enums import ConsultationType, OutboxOp
from kim_desktop.domain.file_numbers import device_tag
from kim_desktop.paths import DataPaths
from kim_desktop.services.auth import AuthService
from kim_desktop.services.consultations import ConsultationInput, ConsultationService
from kim_desktop.services.demo import create_demo_office
from kim_desktop.services.demo.office import DEMO_MUNICIPALITIES
from kim_desktop.sync.initial_upload import upload_order
from kim_desktop.sync.records import model_classes, replicated_tables

CLIENTS = 50  # the smallest demo office
SCOPE = ["kreisweit", *DEMO_MUNICIPALITIES]


def _demo_device(devices: DeviceFactory, login: str, seed: int) -> Device:
    paths = DataPaths(devices.root / f"demo-{login}")
    credentials = create_demo_office(paths, clients=CLIENTS, seed=seed, today=date(2025, 3, 3))
    office = AuthService(paths).login(credentials.login, credentials.password)
    device = Device(login, paths, office, devices.server)
    devices.made.append(device)
    devices.account(login, "case_manager", SCOPE)
    return device


def _enrol(devices: DeviceFactory, device: Device) -> int:
    code = devices.server.admin.issue_enrolment_code(device.login)
    return device.sync.enrol(devices.server.url, code).queued


def _ids(device: Device, table: str) -> set[str]:
    with device.office.database.engine.connect() as conn:
        return {row[0] for row in conn.execute(text(f"select id from {table}"))}


def _unqueued_records(device: Device) -> int:
    """Replicated records (not default catalogue entries) with no outbox entry."""
    seeded = {
        seeded_id(table, row["code"]) for table, rows in catalogue_rows().items() for row in rows
    }
    queued = {
        (t, r)
        for t, r in device.office.database.engine.connect().execute(
            select(OutboxEntry.table_name, OutboxEntry.record_id)
        )
    }
    return sum(
        1
        for table in replicated_tables()
        for record_id in _ids(device, table)
        if record_id not in seeded and (table, record_id) not in queued
    )


@pytest.fixture
def demo_pair(sqlite_devices: DeviceFactory) -> tuple[Device, Device]:
    return _demo_device(sqlite_devices, "anna", 11), _demo_device(sqlite_devices, "ben", 12)


def test_enrolment_queues_demo_records_once_with_the_write_paths_fields(
    sqlite_devices: DeviceFactory, demo_pair: tuple[Device, Device]
) -> None:
    anna, _ = demo_pair
    before = anna.pending()
    unqueued = _unqueued_records(anna)
    assert unqueued > CLIENTS * 5  # clients, households, consents, cases, consultations …

    queued = _enrol(sqlite_devices, anna)

    assert queued == unqueued
    assert anna.pending() == before + queued
    assert anna.sync.overview().pending_changes == anna.pending()
    assert _unqueued_records(anna) == 0
    assert _enrol(sqlite_devices, anna) == 0  # enrolling again queues nothing twice
    assert anna.pending() == before + queued

    with anna.office.database.reading() as session:
        entries = list(
            session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.op == OutboxOp.INSERT)
                .order_by(OutboxEntry.seq)
            )
        )
        # Parents before children, in the foreign-key order of the tables.
        rank = {info.name: i for i, info in enumerate(upload_order())}
        initial = entries[-queued:]
        ranks = [rank[e.table_name] for e in initial]
        assert ranks == sorted(ranks)
        assert rank["clients"] < rank["cases"] < rank["consultations"] < rank["referrals"]
        # Exactly the fields the write path sends for a new record (many-to-many lists too).
        classes = model_classes()
        seen_tables = set()
        for entry in initial:
            if entry.table_name in seen_tables and entry.table_name not in (
                "consultations",
                "clients",
            ):
                continue
            seen_tables.add(entry.table_name)
            record = session.get(classes[entry.table_name], entry.record_id)
            assert record is not None
            assert entry.fields == _all_fields(record), entry.table_name
            assert entry.hlc == record.hlc and entry.base_version == 0
        assert {"clients", "consultations", "cases", "consents"} <= seen_tables
        assert any(e.fields.get("topics") for e in initial if e.table_name == "consultations")
        assert any(e.fields.get("languages") for e in initial if e.table_name == "clients")


def test_two_demo_offices_and_a_coordinator_exchange_their_work(
    sqlite_devices: DeviceFactory, demo_pair: tuple[Device, Device]
) -> None:
    anna, ben = demo_pair
    anna_clients, ben_clients = _ids(anna, "clients"), _ids(ben, "clients")
    assert len(anna_clients) == len(ben_clients) == CLIENTS
    assert not anna_clients & ben_clients
    numbers = _file_numbers(anna) | _file_numbers(ben)
    assert len(numbers) == 2 * CLIENTS  # each office's numbers carry its own device tag
    assert all(n.endswith(device_tag(anna.office.database.device_id)) for n in _file_numbers(anna))

    for device in (anna, ben):
        _enrol(sqlite_devices, device)
    anna.sync.sync_now()
    ben.sync.sync_now()
    anna.sync.sync_now()

    assert anna.pending() == ben.pending() == 0
    assert ben_clients <= _ids(anna, "clients")
    assert anna_clients <= _ids(ben, "clients")
    # No file number had to be renamed on arrival.
    assert not [n for n in _file_numbers(anna) | _file_numbers(ben) if "~" in n]

    client_id = sorted(anna_clients)[0]
    consultation_id = ConsultationService(anna.office).save(
        ConsultationInput(
            client_id=client_id,
            held_on=date.today(),
            topic_codes=["wohnen"],
            consultation_type=ConsultationType.CASE_MANAGEMENT,
            notes="Wohnungssuche besprochen",
        )
    )
    anna.sync.sync_now()
    ben.sync.sync_now()

    with ben.office.database.reading() as session:
        arrived = session.get(Consultation, consultation_id)
        assert arrived is not None
        assert arrived.client_id == client_id
        assert arrived.notes == "Wohnungssuche besprochen"

    coordinator = sqlite_devices.create("clara", role="coordinator", municipalities=["kreisweit"])
    coordinator.sync.sync_now()
    rows = _feed(coordinator)
    clients_in_feed = [row for row in rows if row["kind"] == "client"]
    assert len(clients_in_feed) == 2 * CLIENTS
    dumped = json.dumps(rows, ensure_ascii=False)
    for secret in sorted(anna_clients)[:3] + sorted(ben_clients)[:3]:
        assert secret not in dumped
    assert coordinator.scalar("select count(*) from clients") == 0


def test_a_coordinators_demo_office_uploads_no_case_data(sqlite_devices: DeviceFactory) -> None:
    """The server refuses case data from coordinators: enrolment does not queue it, so the
    first sync has nothing rejected; the office's other records (users, offices) go up."""
    paths = DataPaths(sqlite_devices.root / "demo-kora")
    credentials = create_demo_office(paths, clients=CLIENTS, seed=13, today=date(2025, 3, 3))
    office = AuthService(paths).login(credentials.login, credentials.password)
    device = Device("kora", paths, office, sqlite_devices.server)
    sqlite_devices.made.append(device)
    sqlite_devices.account("kora", "coordinator", SCOPE)

    queued = _enrol(sqlite_devices, device)

    with office.database.engine.connect() as conn:
        tables = {row[0] for row in conn.execute(select(OutboxEntry.table_name))}
    assert queued > 0 and "users" in tables
    assert not tables & {"clients", "cases", "goals", "consultations", "referrals", "consents"}
    report = device.sync.sync_now()
    assert report.rejected == 0
    assert device.sync.overview().rejected == []


def _file_numbers(device: Device) -> set[str]:
    with device.office.database.engine.connect() as conn:
        return {row[0] for row in conn.execute(text("select file_number from clients"))}


def _feed(device: Device) -> list[dict[str, Any]]:
    with device.office.database.engine.connect() as conn:
        data = [row[0] for row in conn.execute(text("select data from coordinator_feed"))]
    return [json.loads(d) if isinstance(d, str) else d for d in data]


def test_demo_file_numbers_differ_between_offices(tmp_path: Path) -> None:
    """Same seed, two offices: same numbers apart from the device tag."""
    tags = set()
    for name in ("one", "two"):
        paths = DataPaths(tmp_path / name)
        credentials = create_demo_office(paths, clients=CLIENTS, seed=5, today=date(2025, 3, 3))
        office = AuthService(paths).login(credentials.login, credentials.password)
        try:
            tags.add(device_tag(office.database.device_id))
            with office.database.engine.connect() as conn:
                numbers = [r[0] for r in conn.execute(text("select file_number from clients"))]
            assert all(n.endswith(f"-{device_tag(office.database.device_id)}") for n in numbers)
        finally:
            office.close()
    assert len(tags) == 2
