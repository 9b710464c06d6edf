"""The client list and the intake dialog, driven through their real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from kim_desktop.db.models import Client, HouseholdMember
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.ui.clients.clients_view import ClientsView
from kim_desktop.ui.clients.intake_dialog import IntakeDialog, open_intake
from kim_desktop.ui.view_context import ViewContext


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    monkeypatch.setattr(ViewContext, "open_client", lambda self, cid: calls.append(cid))
    return calls


@pytest.fixture
def context(
    qtbot: Any, translator: Any, runner: Any, office_session: OfficeSession
) -> Iterator[ViewContext]:
    window = QWidget()
    qtbot.addWidget(window)
    yield ViewContext(office_session, runner, window)
    assert runner.wait_for_done(10_000)


def _clients(office: OfficeSession) -> list[Client]:
    with office.database.reading() as session:
        return list(session.scalars(select(Client)))


def _add(office: OfficeSession, first: str, last: str, **values: object) -> str:
    data = ClientInput(first_name=first, last_name=last, municipality_code="troisdorf")
    for name, value in values.items():
        setattr(data, name, value)
    return ClientService(office).save_client(data).id


def test_typing_finds_and_enter_opens(qtbot: Any, context: ViewContext, opened: list[str]) -> None:
    anna = _add(context.office, "Anna", "Müller", birth_date=date(1985, 3, 12))
    _add(context.office, "Olena", "Kovalenko")
    view = ClientsView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    qtbot.keyClicks(view.search_edit, "mueller")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    index = view.model.index(0, 1)
    assert view.model.data(index) == "Müller, Anna"
    assert view.model.data(view.model.index(0, 2)) == "12.03.1985"
    assert view.status_label.text() == "1 Treffer"
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert opened == [anna]
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [anna, anna]


def test_invalid_intake_shows_messages_and_writes_nothing(qtbot: Any, context: ViewContext) -> None:
    dialog = open_intake(context)
    qtbot.addWidget(dialog)
    dialog.fields["first_name"].setText("Olena")
    dialog.fields["birth_date"].setText("01.01.2090")
    dialog.fields["phone"].setText("abc")
    dialog.fields["email"].setText("olena@")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("last_name") == "Bitte füllen Sie dieses Feld aus."
    assert dialog.field_error("birth_date") == "Das Datum darf nicht in der Zukunft liegen."
    assert "Telefonnummer" in dialog.field_error("phone")
    assert "E-Mail-Adresse" in dialog.field_error("email")
    assert dialog.isVisible()
    assert _clients(context.office) == []
    dialog.done(0)


def test_duplicate_shows_list_and_open_existing_writes_nothing(
    qtbot: Any, context: ViewContext, opened: list[str]
) -> None:
    existing = _add(context.office, "Mohammed", "Haddad", birth_date=date(1980, 2, 3))
    dialog = open_intake(context)
    qtbot.addWidget(dialog)
    dialog.fields["first_name"].setText("Muhammad")
    dialog.fields["last_name"].setText("Hadad")
    dialog.fields["birth_date"].setText("3.2.80")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.pages.currentWidget() is dialog.duplicates
    assert dialog.duplicates.candidate_list.count() == 1
    assert "Haddad, Mohammed" in dialog.duplicates.candidate_list.item(0).text()
    qtbot.mouseClick(dialog.duplicates.open_button, Qt.MouseButton.LeftButton)
    assert opened == [existing]
    assert not dialog.isVisible()
    assert len(_clients(context.office)) == 1


def test_valid_intake_writes_client_and_household(qtbot: Any, context: ViewContext) -> None:
    announced: list[frozenset[str]] = []
    context.changes.changed.connect(announced.append)
    dialog = open_intake(context)
    qtbot.addWidget(dialog)
    dialog.fields["first_name"].setText("Olena")
    dialog.fields["last_name"].setText("Kovalenko")
    dialog.fields["birth_date"].setText("12.3.85")
    dialog.fields["phone"].setText("0176 1234567")
    row = dialog.household.add_member()
    dialog.household.widget(row, 0).setText("Sofiia")
    dialog.household.widget(row, 2).setText("01.05.2020")
    dialog.household.widget(row, 4).setChecked(True)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [client] = _clients(context.office)
    assert (client.first_name, client.last_name, client.birth_date) == (
        "Olena",
        "Kovalenko",
        date(1985, 3, 12),
    )
    assert client.municipality_code == "troisdorf"
    with context.office.database.reading() as session:
        [member] = session.scalars(select(HouseholdMember)).all()
    assert (member.first_name, member.birth_date, member.attends_kita) == (
        "Sofiia",
        date(2020, 5, 1),
        True,
    )
    assert announced == [frozenset({"clients", "household_members"})]


def test_escape_with_input_asks_first(qtbot: Any, context: ViewContext) -> None:
    from PySide6.QtWidgets import QMessageBox

    dialog = open_intake(context)
    qtbot.addWidget(dialog)
    dialog.fields["last_name"].setText("Kovalenko")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.findChild(QMessageBox, "discardQuestion")
    assert box is not None and dialog.isVisible()
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_edit_master_data(qtbot: Any, context: ViewContext) -> None:
    client_id = _add(context.office, "Ivan", "Petrenko")
    dialog: IntakeDialog = open_intake(context, client_id)
    qtbot.addWidget(dialog)
    assert dialog.fields["last_name"].text() == "Petrenko"
    dialog.fields["city"].setText("Troisdorf")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [client] = _clients(context.office)
    assert client.city == "Troisdorf"
