"""Deleting a client from the Klient:innen list, undoing it, finding it under "Gelöschte"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import select, update

from kim_desktop.db.base import utcnow
from kim_desktop.db.models import Client, OutboxEntry
from kim_desktop.domain.enums import OutboxOp
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.ui.clients.clients_view import ClientsView
from kim_desktop.ui.view_context import ViewContext


@pytest.fixture
def context(
    qtbot: Any, translator: Any, runner: Any, office_session: OfficeSession
) -> Iterator[ViewContext]:
    window = QWidget()
    qtbot.addWidget(window)
    yield ViewContext(office_session, runner, window)
    assert runner.wait_for_done(10_000)


def _add(office: OfficeSession, first: str, last: str) -> str:
    data = ClientInput(first_name=first, last_name=last, municipality_code="troisdorf")
    return ClientService(office).save_client(data).id


def _deleted_at(office: OfficeSession, client_id: str) -> object:
    with office.database.reading() as session:
        return session.scalar(select(Client.deleted_at).where(Client.id == client_id))


def _confirm(view: QWidget) -> QMessageBox:
    boxes = [b for b in view.findChildren(QMessageBox, "deleteQuestion") if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def _accept(box: QMessageBox) -> None:
    button = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    assert button.text() == "Löschen"
    button.click()


def _show(qtbot: Any, context: ViewContext) -> ClientsView:
    view = ClientsView(context)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    return view


def test_delete_asks_naming_the_client_then_undo_brings_it_back(
    qtbot: Any, context: ViewContext
) -> None:
    office = context.office
    _add(office, "Anna", "Müller")
    olena = _add(office, "Olena", "Kovalenko")
    view = _show(qtbot, context)
    row = next(r for r in range(2) if "Kovalenko" in view.model.index(r, 1).data())
    view.table.setFocus()
    view.table.selectRow(row)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    box = _confirm(view)
    assert "Kovalenko, Olena" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)

    box.button(QMessageBox.StandardButton.Cancel).click()  # no: nothing happens
    assert _deleted_at(office, olena) is None

    view.delete_current()
    _accept(_confirm(view))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert _deleted_at(office, olena) is not None
    assert view.undo_bar.isVisible()
    number = _file_number(office, olena)
    assert view.undo_bar.text_label.text() == (
        f"Die Akte von Kovalenko, Olena ({number}) wurde gelöscht."
    )

    qtbot.mouseClick(view.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _deleted_at(office, olena) is None, timeout=5000)
    assert not view.undo_bar.isVisible()
    with office.database.reading() as session:
        ops = session.scalars(
            select(OutboxEntry.op).where(OutboxEntry.record_id == olena).order_by(OutboxEntry.seq)
        ).all()
    assert ops[-2:] == [OutboxOp.DELETE, OutboxOp.RESTORE]


def _file_number(office: OfficeSession, client_id: str) -> str:
    with office.database.reading() as session:
        return session.scalars(select(Client.file_number).where(Client.id == client_id)).one()


def test_deleted_client_is_found_under_deleted_and_restored(
    qtbot: Any, context: ViewContext
) -> None:
    office = context.office
    anna = _add(office, "Anna", "Müller")
    olena = _add(office, "Olena", "Kovalenko")
    view = _show(qtbot, context)
    row = next(r for r in range(2) if "Müller" in view.model.index(r, 1).data())
    view.table.selectRow(row)
    view.delete_current()
    _accept(_confirm(view))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    view.undo_bar.dismiss()

    with qtbot.waitSignal(view.deleted_panel.loaded, timeout=5000):
        view.deleted_check.click()
    assert view.deleted_panel.isVisible() and not view.table.isVisible()
    panel = view.deleted_panel
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "Anna Müller"
    assert panel.table.item(0, 5).text() == "möglich"
    assert panel.restore_button.isEnabled()

    # the search text filters the deleted ones too (forgiving of umlauts)
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        view.search_edit.setText("Mueller")
        view.search()
    assert panel.table.rowCount() == 1
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        view.search_edit.setText("Kovalenko")
        view.search()
    assert panel.table.rowCount() == 0 and panel.empty_label.isVisible()
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        view.search_edit.clear()
        view.search()

    with qtbot.waitSignal(panel.loaded, timeout=5000):
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert _deleted_at(office, anna) is None
    assert panel.table.rowCount() == 0
    with qtbot.waitSignal(view.model.loaded, timeout=5000):
        view.deleted_check.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    assert _deleted_at(office, olena) is None


def test_a_synced_deletion_is_shown_but_cannot_be_restored(
    qtbot: Any, context: ViewContext
) -> None:
    office = context.office
    anna = _add(office, "Anna", "Müller")
    _add(office, "Olena", "Kovalenko")
    view = _show(qtbot, context)
    view.table.selectRow(next(r for r in range(2) if "Müller" in view.model.index(r, 1).data()))
    view.delete_current()
    _accept(_confirm(view))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    with office.database.transaction(None) as session:  # the server acknowledged the upload
        session.execute(update(OutboxEntry).values(acknowledged_at=utcnow()))

    qtbot.mouseClick(view.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.error_label.isVisible(), timeout=5000)
    assert "bereits mit dem Kreis-Server abgeglichen" in view.error_label.text()
    assert _deleted_at(office, anna) is not None

    with qtbot.waitSignal(view.deleted_panel.loaded, timeout=5000):
        view.deleted_check.click()
    panel = view.deleted_panel
    assert panel.table.item(0, 5).text() == "nicht mehr (synchronisiert)"
    assert not panel.restore_button.isEnabled()
