"""After a sync the offices of other devices are stored here too; this office stays its own."""

from __future__ import annotations

from sqlalchemy import text
from sync_helpers import PASSWORD, DeviceFactory

from kim_desktop.services.document_data import letterhead
from kim_desktop.services.integrity import check_office


def test_office_info_letterhead_and_check_use_this_devices_office(
    sqlite_devices: DeviceFactory,
) -> None:
    anna, ben = sqlite_devices.create("anna"), sqlite_devices.create("ben")
    anna.sync.sync_now()
    ben.sync.sync_now()
    assert ben.scalar("select count(*) from offices") == 2
    # The order of rows in the table means nothing (a re-pull rewrites them): put ben's last.
    with ben.office.database.engine.begin() as conn:
        conn.execute(
            text(
                "update offices set rowid = (select max(rowid) + 1 from offices)"
                " where name = 'KIM Büro Ben'"
            )
        )

    assert ben.office.office_info().name == "KIM Büro Ben"
    with ben.office.database.reading() as session:
        assert letterhead(session).name == "KIM Büro Ben"
    ben.office.close()
    try:
        report = check_office(ben.paths, "ben", PASSWORD)
    finally:
        ben.reopen_after_close()
    assert report.problems == []
