"""Pulled clients of other devices do not disturb this device's file numbers."""

from __future__ import annotations

from datetime import date

from sync_helpers import DeviceFactory

from kim_desktop.domain.file_numbers import file_number


def test_numbers_stay_unique_after_pulling_another_devices_clients(
    sqlite_devices: DeviceFactory,
) -> None:
    anna, ben = sqlite_devices.create("anna"), sqlite_devices.create("ben")
    anna_ids = [anna.add_client("Person", f"Anna {n}") for n in range(3)]
    ben.add_client("Person", "Ben 0")
    anna.sync.sync_now()
    ben.sync.sync_now()
    assert all(ben.client(i) is not None for i in anna_ids)

    second = ben.add_client("Person", "Ben 1")
    year = date.today().year
    assert ben.clients.file_number_of(second) == file_number(
        "troisdorf", year, 2, ben.office.database.device_id
    )
    ben.sync.sync_now()
    anna.sync.sync_now()
    anna_numbers = {anna.clients.file_number_of(i) for i in anna_ids}
    fourth = anna.add_client("Person", "Anna 3")  # ben's clients now here do not count
    assert anna.clients.file_number_of(fourth) == file_number(
        "troisdorf", year, 4, anna.office.database.device_id
    )
    assert anna.scalar("select count(distinct file_number) from clients") == 6
    assert len(anna_numbers) == 3
