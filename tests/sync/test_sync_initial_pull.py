"""An initial sync of 100,000 records interrupted half-way and resumed (issue 5, 10).

The server store is seeded directly (``benchmarks/sync_seed.py``) to keep the test fast; the
full 100,000 on the SQLite store, 20,000 on PostgreSQL (the desktop side is the same).
"""

from __future__ import annotations

import pytest
from sync_helpers import DeviceFactory
from sync_proxy import FaultProxy

from benchmarks.sync_seed import seed_clients
from kim_desktop.sync.errors import ServerUnreachable

CLIENT_STATES = "select count(*) from sync_record_state where table_name = 'clients'"
PAGE = 5000


@pytest.mark.slow
def test_an_initial_pull_interrupted_half_way_resumes_where_it_stopped(
    devices: DeviceFactory, server_url_for_store: str
) -> None:
    RECORDS = 100_000 if server_url_for_store.startswith("sqlite") else 20_000  # noqa: N806
    ids = seed_clients(devices.server, RECORDS)
    with FaultProxy(devices.server.url) as proxy:
        anna = devices.create("anna", server_url=proxy.url, retries=0, pull_limit=PAGE)
        half = RECORDS // PAGE // 2
        pulls = {"n": 0}

        def cut_in_the_middle(_i: int, _method: str, path: str) -> str:
            if path.endswith("/pull"):
                pulls["n"] += 1
                if pulls["n"] == half + 1:
                    return "cut_after"
            return "pass"

        proxy.reset(cut_in_the_middle)
        with pytest.raises(ServerUnreachable):
            anna.sync.sync_now()
        received = anna.scalar("select count(*) from clients")
        cursor = int(anna.scalar("select value from local_meta where key = 'sync_cursor'"))
        assert received == half * PAGE
        assert anna.scalar(CLIENT_STATES) == received
        # The cursor is the seq of the last applied record: nothing before it is missing.
        assert (
            devices.server_count(
                "select count(*) from records where table_name = 'clients' and last_seq <= :c",
                c=cursor,
            )
            == received
        )

        proxy.reset()
        report = anna.sync.sync_now()
        pull_requests = [entry for entry in proxy.log if entry[2].endswith("/pull")]

    assert report.pulled >= RECORDS - received
    assert len(pull_requests) <= RECORDS // PAGE - half + 2  # resumed, not restarted
    assert anna.scalar("select count(*) from clients") == RECORDS
    assert anna.scalar("select count(*) from clients where id = :i", i=ids[-1]) == 1
    assert report.repaired_tables == []  # checksums agree without a re-pull
