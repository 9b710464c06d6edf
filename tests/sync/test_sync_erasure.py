"""Erasure (Art. 17) reaches a device that was offline with pending edits (issue 5, 9)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sync_helpers import DeviceFactory
from sync_scan import find_in_office

from kim_desktop.domain.enums import Role
from kim_desktop.services.clients import HouseholdMemberInput
from kim_desktop.sync.errors import EraseNotAllowed

PERSONAL = ["Yilmazoglu", "Amina", "0176 5550123", "amina.y@example.org", "Sieglarer Weg 7"]
PENDING = ["Kita-Platz abgelehnt", "Deniz"]


def test_erasure_while_a_device_is_offline_with_pending_edits(devices: DeviceFactory) -> None:
    admin = devices.create("anna", role="administrator")
    ben = devices.create("ben")
    keep_id = admin.add_client("Bleibt", "Erhalten")
    client_id = admin.add_client(
        "Amina",
        "Yilmazoglu",
        birth_date=date(1987, 3, 14),
        phone="0176 5550123",
        email="amina.y@example.org",
        street="Sieglarer Weg 7",
    )
    admin.sync.sync_now()
    ben.sync.sync_now()
    # Ben is offline: he edits the client and adds a child, nothing is uploaded.
    ben.edit_client(client_id, notes="Kita-Platz abgelehnt")
    data = ben.clients.get_client(ben.clients.file_number_of(client_id))
    ben.clients.update_client(
        data.file_number,
        _input_of(data, household=[HouseholdMemberInput(first_name="Deniz")]),
    )
    key = ben.office.database_key
    assert find_in_office(ben.paths.database, key, PERSONAL + PENDING) == set(PERSONAL + PENDING)

    admin.sync.erase_client(client_id)
    assert admin.client(client_id) is None
    admin.sync.sync_now()
    report = ben.sync.sync_now()

    assert report.erased >= 2  # the client and the child recorded offline
    assert report.rejected >= 1  # his pending edits met the erased record
    assert ben.client(client_id) is None and ben.client(keep_id) is not None
    assert ben.pending() == 0
    rejected = ben.sync.overview().rejected
    assert rejected and all(r.table and r.record_id and r.when for r in rejected)
    assert any("Art. 17" in r.reason for r in rejected)  # the server's German reason
    assert ben.scalar("select count(*) from household_members") == 0
    ben.close()
    admin.close()
    for device in (ben, admin):
        leftovers = find_in_office(
            device.paths.database, device.office.database_key, PERSONAL + PENDING
        )
        assert leftovers == set(), f"{device.login}: {leftovers}"
        wal = device.paths.database.with_name("kim.db-wal")
        assert not wal.exists() or wal.stat().st_size == 0
    ben.reopen()
    admin.reopen()
    # The server keeps a tombstone and refuses later edits; both devices stay equal.
    assert (
        devices.server_count(
            "select count(*) from records where record_id = :r and erased", r=client_id
        )
        == 1
    )
    assert ben.rows("clients") == admin.rows("clients")


def test_only_authorised_roles_may_erase(devices: DeviceFactory) -> None:
    ben = devices.create("ben")
    client_id = ben.add_client("Amina", "Yilmazoglu")
    ben.office.actor = replace(ben.office.actor, role=Role.CASE_MANAGER)  # no case of hers
    with pytest.raises(EraseNotAllowed):
        ben.sync.erase_client(client_id)
    assert ben.client(client_id) is not None


def _input_of(client, **overrides):  # type: ignore[no-untyped-def]
    from dataclasses import fields

    from kim_desktop.services.clients import ClientInput

    values = {
        f.name: getattr(client, f.name)
        for f in fields(ClientInput)
        if f.name not in ("language_codes", "household") and hasattr(client, f.name)
    }
    values["language_codes"] = [language.code for language in client.languages]
    values.update(overrides)
    return ClientInput(**values)
