"""Heute remembers per user after how many weeks a case counts as "ohne Kontakt"."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QMainWindow

from kim_desktop.db.models import Case, Consultation
from kim_desktop.domain.enums import CaseType, ConsultationType, Role
from kim_desktop.paths import DataPaths
from kim_desktop.services.auth import AuthService
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.users import NewUserRequest, UserService
from kim_desktop.ui.operations import OperationRunner
from kim_desktop.ui.today.today_view import TodayView
from kim_desktop.ui.view_context import ViewContext

SEVEN_WEEKS_AGO = date.today() - timedelta(weeks=7)


def _quiet_case(office: OfficeSession) -> None:
    """A case whose last consultation was seven weeks ago."""
    number = ClientService(office).create_client(ClientInput("Olena", "Koval", "troisdorf"))
    client_id = ClientService(office).get_client(number).id
    with office.database.transaction(office.actor.user_id) as session:
        case = Case(
            client_id=client_id,
            case_type=CaseType.CASE_MANAGEMENT,
            case_manager_id=office.actor.user_id,
            municipality_code="troisdorf",
            opened_on=SEVEN_WEEKS_AGO - timedelta(weeks=4),
        )
        session.add(case)
        session.flush()
        session.add(
            Consultation(
                client_id=client_id,
                case_id=case.id,
                case_manager_id=office.actor.user_id,
                municipality_code="troisdorf",
                held_on=SEVEN_WEEKS_AGO,
                consultation_type=ConsultationType.CASE_MANAGEMENT,
            )
        )


def _show(qtbot: Any, office: OfficeSession, runner: OperationRunner) -> TodayView:
    window = QMainWindow()
    qtbot.addWidget(window)
    view = TodayView(ViewContext(office, runner, window))
    qtbot.addWidget(view)
    view.resize(1366, 700)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.show()
    qtbot.waitUntil(lambda: not view.today_list.loading and not view.week_list.loading)
    return view


def test_weeks_are_remembered_per_user_across_logins(
    qtbot: Any,
    translator: Any,
    runner: OperationRunner,
    office_paths: DataPaths,
    office_login: str,
    office_password: str,
) -> None:
    office = AuthService(office_paths).login(office_login, office_password)
    _quiet_case(office)
    UserService(office).add_user(
        NewUserRequest(
            display_name="Birte Berg",
            login="cm.berg",
            password="Passwort-2024",
            password_repeat="Passwort-2024",
            role=Role.CASE_MANAGER,
            municipality_codes=["troisdorf"],
        )
    )
    user_id = office.actor.user_id
    view = _show(qtbot, office, runner)
    assert view.weeks_spin.value() == 6  # the default
    assert view.overview is not None and view.overview.quiet_weeks == 6
    assert view.quiet.rowCount() == 1  # seven weeks without contact > six

    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.weeks_spin.setValue(8)
    assert view.overview.quiet_weeks == 8
    assert view.quiet.rowCount() == 0 and view.quiet_empty.isVisible()
    stored = json.loads(office_paths.preferences_file.read_text("utf-8"))
    assert stored == {user_id: {"quiet_weeks": 8}}  # an opaque id and a number, nothing else
    view.close()
    assert runner.wait_for_done(10_000)
    office.close()

    # next login: the value is back and the list uses it
    office = AuthService(office_paths).login(office_login, office_password)
    view = _show(qtbot, office, runner)
    assert view.weeks_spin.value() == 8
    assert view.overview is not None and view.overview.quiet_weeks == 8
    assert view.quiet.rowCount() == 0
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.weeks_spin.setValue(5)
    assert view.quiet.rowCount() == 1
    view.close()
    assert runner.wait_for_done(10_000)
    office.close()

    # another user of the same device keeps their own value
    office = AuthService(office_paths).login("cm.berg", "Passwort-2024")
    view = _show(qtbot, office, runner)
    assert view.weeks_spin.value() == 6
    view.close()
    assert runner.wait_for_done(10_000)
    office.close()
    stored = json.loads(office_paths.preferences_file.read_text("utf-8"))
    assert stored[user_id] == {"quiet_weeks": 5}
