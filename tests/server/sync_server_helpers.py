"""A minimal protocol client for the server tests: real HTTP with httpx, no desktop code."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

import httpx

from kim_desktop.server.embedded import ServerThread
from kim_desktop.sync.protocol import PROTOCOL_VERSION

PROTOCOL_HEADERS = {
    "X-KIM-Protocol": str(PROTOCOL_VERSION),
    "X-KIM-Schema": "0005",
    "X-KIM-Device-Time": "2025-03-01T10:00:00Z",
}
_wall = itertools.count(1_740_000_000_000)


def hlc(device_id: str) -> str:
    """A fresh, increasing hybrid-logical-clock value of ``device_id``."""
    return f"{next(_wall):013d}-00000-{device_id}"


def new_id() -> str:
    return str(uuid.uuid4())


def client_fields(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "file_number": "KIM-2025-0001",
        "first_name": "Mariam",
        "last_name": "Haddad",
        "birth_date": "1987-04-12",
        "gender": "female",
        "municipality_code": "troisdorf",
        "street": "Kölner Straße 12",
        "postal_code": "53840",
        "city": "Troisdorf",
        "phone": "0176 5550123",
        "email": "mariam.haddad@example.org",
        "notes": "Sucht einen Sprachkurs für ihren Sohn",
        "interpreter_needed": False,
        "languages": ["ar", "de"],
    }
    fields.update(overrides)
    return fields


def user_fields(login: str, municipality: str = "troisdorf") -> dict[str, Any]:
    """A ``users`` record of a case manager with ``login``."""
    return {
        "login": login,
        "display_name": login.title(),
        "role": "case_manager",
        "email": "",
        "phone": "",
        "active": True,
        "municipalities": [municipality],
    }


def case_fields(client: str, manager: str, municipality: str = "troisdorf") -> dict[str, Any]:
    """An open case of ``client`` with the case manager (users record id) ``manager``."""
    return {
        "client_id": client,
        "case_type": "case_management",
        "case_manager_id": manager,
        "municipality_code": municipality,
        "phase": "intake",
        "opened_on": "2025-02-01",
        "closing_note": "",
    }


class Device:
    """An enrolled device: pushes ops with its own increasing seqs and pulls pages."""

    def __init__(self, server: ServerThread, login: str, device_id: str | None = None) -> None:
        self.server = server
        self.device_id = device_id or uuid.uuid4().hex[:16]
        code = server.admin.issue_enrolment_code(login)
        self.http = httpx.Client(base_url=server.url, headers=PROTOCOL_HEADERS, timeout=60)
        answer = self.http.post(
            "/v1/enrol",
            json={"code": code, "device_name": f"Laptop {login}", "device_id": self.device_id},
        )
        assert answer.status_code == 200, answer.text
        self.enrolment = answer.json()
        self.token = self.enrolment["device_token"]
        self.http.headers["Authorization"] = f"Bearer {self.token}"
        self.login = login
        self.seq = 0
        self.versions: dict[str, int] = {}

    def close(self) -> None:
        self.http.close()

    def op(
        self,
        op: str,
        table: str,
        record_id: str,
        fields: dict[str, Any] | None = None,
        *,
        base_version: int | None = None,
        seq: int | None = None,
    ) -> dict[str, Any]:
        """The next op of this device (``seq`` assigned unless given)."""
        if seq is None:
            self.seq += 1
            seq = self.seq
        return {
            "seq": seq,
            "change_id": new_id(),
            "op": op,
            "table": table,
            "record_id": record_id,
            "base_version": self.versions.get(record_id, 0)
            if base_version is None
            else base_version,
            "fields": fields or {},
            "hlc": hlc(self.device_id),
            "user_login": self.login,
        }

    def push(self, ops: list[dict[str, Any]], expect: int = 200) -> dict[str, Any]:
        answer = self.http.post("/v1/push", json={"device_id": self.device_id, "ops": ops})
        assert answer.status_code == expect, answer.text
        return answer.json()

    def push_one(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        result = self.push([self.op(*args, **kwargs)])["results"][0]
        return result

    def pull_all(self, after: int = 0, limit: int = 1000, **params: Any) -> tuple[list[Any], int]:
        changes: list[Any] = []
        while True:
            answer = self.http.get("/v1/pull", params={"after": after, "limit": limit, **params})
            assert answer.status_code == 200, answer.text
            page = answer.json()
            changes += page["changes"]
            after = page["cursor"]
            if not page["more"]:
                return changes, after

    def pulled_state(self) -> dict[str, dict[str, Any]]:
        """record id -> latest pulled change; also remembers the versions for the next edit."""
        changes, _ = self.pull_all()
        state = {change["record_id"]: change for change in changes}
        self.versions.update({rid: change["version"] for rid, change in state.items()})
        return state
