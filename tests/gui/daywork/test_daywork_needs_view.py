"""Strukturelle Bedarfe: a case manager reports, the coordination solves."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import select

from kim_desktop.db.models import StructuralNeed, User
from kim_desktop.domain.enums import NeedStatus, Role
from kim_desktop.services.office_session import Actor, OfficeSession
from kim_desktop.services.users import NewUserRequest, UserService
from kim_desktop.ui.needs.needs_view import NeedsView, create_view
from kim_desktop.ui.operations import OperationRunner
from kim_desktop.ui.view_context import ViewContext

CHALLENGE = "Fehlende Sprachförderung für Kinder vor der Einschulung"


def office_as(office: OfficeSession, role: Role, login: str) -> OfficeSession:
    UserService(office).add_user(
        NewUserRequest(login.title(), login, "Passwort-2024", "Passwort-2024", role, ["troisdorf"])
    )
    with office.database.reading() as session:
        user_id = session.scalars(select(User.id).where(User.login == login)).one()
    return OfficeSession(office.paths, office.database, Actor(user_id, login, login, role), b"")


@pytest.fixture
def make_view(qtbot: Any, translator: Any, runner: OperationRunner) -> Any:
    def build(office: OfficeSession) -> NeedsView:
        window = QMainWindow()
        qtbot.addWidget(window)
        view = create_view(ViewContext(office, runner, window))
        assert isinstance(view, NeedsView)
        qtbot.addWidget(view)
        view.resize(1300, 750)
        with qtbot.waitSignal(view.loaded, timeout=5000):
            view.show()
        return view

    return build


def test_case_manager_reports_a_need(
    qtbot: Any, make_view: Any, office_session: OfficeSession
) -> None:
    view = make_view(office_as(office_session, Role.CASE_MANAGER, "cm.test"))
    assert view.form.hint.text().startswith("Bitte keine Namen oder identifizierenden Angaben")
    assert view.form.decision_note.text() == (
        "Status, Lösung und Arbeitsgruppe trägt die KIM-Koordination ein."
    )
    assert not view.form.status_combo.isEnabled()

    view.save()  # empty challenge
    assert view.form.field_error("challenge") == "Bitte füllen Sie dieses Feld aus."

    qtbot.keyClicks(view.form.challenge_edit, "Fehlende Sprachfoerderung")  # ASCII only in QTest
    view.form.challenge_edit.setPlainText(CHALLENGE)
    view.form.municipality_combo.setCurrentIndex(view.form.municipality_combo.findData("troisdorf"))
    view.form.group_edit.setText("Familien mit Kindern von 4–6 Jahren")
    view.form.cases_spin.setValue(12)
    with qtbot.waitSignal(view.saved, timeout=5000):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)

    texts = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert "Neu" in texts and "Troisdorf" in texts and CHALLENGE in texts and "12" in texts
    assert view.count_label.text() == "1 Bedarfe"
    with office_session.database.reading() as session:
        need = session.scalars(select(StructuralNeed)).one()
    assert need.challenge == CHALLENGE
    assert need.cases_seen == 12
    assert need.status is NeedStatus.NEW


def test_coordinator_sets_need_solved_with_solution(
    qtbot: Any, make_view: Any, office_session: OfficeSession
) -> None:
    from kim_desktop.services.structural_needs import NeedReport, StructuralNeedService

    manager = office_as(office_session, Role.CASE_MANAGER, "cm.test")
    need_id = StructuralNeedService(manager).report(NeedReport(CHALLENGE, "troisdorf"))
    coordinator = office_as(office_session, Role.COORDINATOR, "koordination")
    view = make_view(coordinator)
    view.table.selectRow(0)
    assert view.form.status_combo.isEnabled()

    view.form.set_status(NeedStatus.SOLVED)
    view.save()
    assert view.form.field_error("solution") == (
        "Bitte beschreiben Sie die Lösung, bevor Sie den Bedarf als gelöst markieren."
    )
    view.form.solution_edit.setPlainText("Sprachförderung im letzten Kita-Jahr")
    view.form.working_group_edit.setText("Projektarbeitsgruppe DELFIN 4")
    view.form.owner_combo.setCurrentIndex(view.form.owner_combo.findData(coordinator.actor.user_id))
    with qtbot.waitSignal(view.saved, timeout=5000):
        view.save()
    qtbot.waitUntil(lambda: view.model.index(0, 1).data() == "Gelöst", timeout=5000)

    with office_session.database.reading() as session:
        need = session.get(StructuralNeed, need_id)
    assert need is not None
    assert need.status is NeedStatus.SOLVED
    assert need.solution == "Sprachförderung im letzten Kita-Jahr"
    assert need.working_group == "Projektarbeitsgruppe DELFIN 4"
    assert need.owner_id == coordinator.actor.user_id
    assert view.model.index(0, 6).data() == "Projektarbeitsgruppe DELFIN 4"


def test_status_filter(qtbot: Any, make_view: Any, office_session: OfficeSession) -> None:
    from kim_desktop.services.structural_needs import NeedReport, StructuralNeedService

    StructuralNeedService(office_session).report(NeedReport(CHALLENGE))
    view = make_view(office_session)
    assert view.model.rowCount() == 1
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.status_filter.setCurrentIndex(view.status_filter.findData("solved"))
    assert view.model.rowCount() == 0
