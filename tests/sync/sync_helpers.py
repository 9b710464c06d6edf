"""Devices for sync tests: each is a real office (SQLCipher database) enrolled on the server."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from kim_desktop.db.models import Client, OutboxEntry
from kim_desktop.domain.enums import Role
from kim_desktop.paths import DataPaths
from kim_desktop.server.embedded import ServerThread
from kim_desktop.services.auth import AuthService
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.office_setup import OfficeSetupRequest, OfficeSetupService
from kim_desktop.services.sync_service import SyncService
from kim_desktop.sync.records import replicated_tables

PASSWORD = "Passwort-2024"


@dataclass
class Device:
    """One desktop: its office, its sync service and shortcuts for test edits."""

    login: str
    paths: DataPaths
    office: OfficeSession
    server: ServerThread
    service_options: dict[str, Any] = field(default_factory=dict)

    @property
    def sync(self) -> SyncService:
        return SyncService(self.office, **self.service_options)

    @property
    def clients(self) -> ClientService:
        return ClientService(self.office)

    def add_client(self, first: str, last: str, **extra: Any) -> str:
        data = ClientInput(
            first_name=first,
            last_name=last,
            municipality_code=extra.pop("municipality_code", "troisdorf"),
            **extra,
        )
        return self.clients.save_client(data).id

    def edit_client(self, client_id: str, **changes: Any) -> None:
        """Change fields of a client through the write path (like the intake dialog)."""
        with self.office.database.transaction(self.office.actor.user_id) as session:
            client = session.get(Client, client_id)
            assert client is not None
            for name, value in changes.items():
                setattr(client, name, value)

    def client(self, client_id: str) -> Client | None:
        with self.office.database.reading() as session:
            return session.get(Client, client_id)

    def pending(self) -> int:
        with self.office.database.reading() as session:
            return len(
                list(
                    session.scalars(
                        select(OutboxEntry.seq).where(OutboxEntry.acknowledged_at.is_(None))
                    )
                )
            )

    def rows(self, table: str) -> dict[str, dict[str, Any]]:
        """Synced column values of every row of ``table`` (plus deleted flag), by id."""
        info = replicated_tables()[table]
        columns = sorted(name for name in info.columns if name != "deleted_at")
        result: dict[str, dict[str, Any]] = {}
        with self.office.database.engine.connect() as conn:
            for row in conn.execute(
                select(
                    info.table.c.id, info.table.c.deleted_at, *[info.table.c[c] for c in columns]
                )
            ):
                values = dict(row._mapping)
                record_id = values.pop("id")
                values["deleted"] = values.pop("deleted_at") is not None
                result[record_id] = values
        return result

    def scalar(self, sql: str, **params: Any) -> Any:
        with self.office.database.engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()

    def reopen(self) -> None:
        self.office.close()
        self.office = AuthService(self.paths).login(self.login, PASSWORD)

    def reopen_after_close(self) -> None:
        self.office = AuthService(self.paths).login(self.login, PASSWORD)

    def close(self) -> None:
        self.office.close()


class DeviceFactory:
    """Creates offices, accounts on the server and enrols each office's device."""

    def __init__(self, server: ServerThread, root: Path) -> None:
        self.server = server
        self.root = root
        self.made: list[Device] = []
        self._accounts: set[str] = set()

    def account(
        self, login: str, role: str = "case_manager", municipalities: list[str] | None = None
    ) -> None:
        if login not in self._accounts:
            self.server.admin.create_account(
                login, login.title(), role, municipalities or ["troisdorf"]
            )
            self._accounts.add(login)

    def create(
        self,
        login: str,
        role: str = "case_manager",
        municipalities: list[str] | None = None,
        *,
        enrol: bool = True,
        server_url: str | None = None,
        **service_options: Any,
    ) -> Device:
        paths = DataPaths(self.root / f"office-{login}-{len(self.made)}")
        request = OfficeSetupRequest(
            office_name=f"KIM Büro {login.title()}",
            street="Kölner Straße 176",
            postal_code="53840",
            city="Troisdorf",
            phone="02241 900-0",
            email="kim@troisdorf.example",
            municipality_codes=municipalities or ["troisdorf"],
            display_name=login.title(),
            login=login,
            password=PASSWORD,
            password_repeat=PASSWORD,
            role=Role.ADMINISTRATOR,
        )
        OfficeSetupService(paths).create_office(request).close()
        office = AuthService(paths).login(login, PASSWORD)
        device = Device(login, paths, office, self.server, dict(service_options))
        self.made.append(device)
        self.account(login, role, municipalities)
        if enrol:
            code = self.server.admin.issue_enrolment_code(login)
            device.sync.enrol(server_url or self.server.url, code)
        return device

    def server_count(self, sql: str, **params: Any) -> int:
        """A count from the server's own database (to prove what it stored)."""
        with self.server.store.read() as conn:
            return int(conn.execute(text(sql), params).scalar() or 0)

    def close_all(self) -> None:
        for device in self.made:
            device.close()


def born(year: int) -> date:
    return date(year, 5, 17)
