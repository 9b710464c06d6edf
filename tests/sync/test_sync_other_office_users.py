"""Users of other offices arrive with a sync: listed and offered for hand-over, marked."""

from __future__ import annotations

import pytest
from sync_helpers import PASSWORD, DeviceFactory

from kim_desktop.cli import main
from kim_desktop.domain.enums import CaseType, Role
from kim_desktop.services.auth import AuthService, LoginError
from kim_desktop.services.case_queries import CaseQueries, StaffChoice
from kim_desktop.services.cases import CaseService, OpenCaseInput
from kim_desktop.services.users import NewUserRequest, UserService


def test_a_colleague_of_another_office_is_marked_and_may_take_over_a_case(
    sqlite_devices: DeviceFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    anna, ben = sqlite_devices.create("anna"), sqlite_devices.create("ben")
    carla_id = _case_manager(anna, "carla", "Carla Elsewhere")
    dora_id = _case_manager(ben, "dora", "Dora Here")
    anna.sync.sync_now()
    ben.sync.sync_now()

    users = {u.login: u for u in UserService(ben.office).list_users()}
    assert users["anna"].active and not users["anna"].local
    assert users["ben"].local
    assert [u.login for u in UserService(ben.office).list_users()] == [
        "ben",
        "dora",
        "anna",
        "carla",
    ]
    with pytest.raises(LoginError):  # no key slot here: she cannot log in on ben's device
        AuthService(ben.paths).login("anna", PASSWORD)

    choices = CaseQueries(ben.office).case_manager_choices()
    assert choices == [
        StaffChoice(dora_id, "Dora Here", other_office=False),
        StaffChoice(carla_id, "Carla Elsewhere", other_office=True),
    ]
    client_id = ben.add_client("Olena", "Kovalenko")
    case_id = CaseService(ben.office).open_case(OpenCaseInput(client_id, CaseType.CASE_MANAGEMENT))
    CaseService(ben.office).hand_over(case_id, carla_id, note="zieht nach Siegburg")
    ben.sync.sync_now()
    anna.sync.sync_now()
    assert anna.scalar(f"select case_manager_id from cases where id = '{case_id}'") == carla_id

    monkeypatch.setenv("KIM_DATA_DIR", str(ben.paths.root))
    monkeypatch.setenv("KIM_LOGIN", "ben")
    monkeypatch.setenv("KIM_PASSWORD", PASSWORD)
    assert main(["user", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Büro" in lines[0]
    anna_line = next(line for line in lines if line.startswith("anna"))
    assert "anderes (keine Anmeldung hier)" in anna_line
    assert "dieses" in next(line for line in lines if line.startswith("ben"))


def _case_manager(device, login: str, name: str) -> str:  # type: ignore[no-untyped-def]
    UserService(device.office).add_user(
        NewUserRequest(name, login, PASSWORD, PASSWORD, Role.CASE_MANAGER, ["troisdorf"])
    )
    return str(device.scalar(f"select id from users where login = '{login}'"))
