"""Deleting in the client file: ask first, gone from the timeline, Rückgängig, Papierkorb."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import func, select, update

from kim_desktop.db.base import utcnow
from kim_desktop.db.models import Client, Consultation, Goal, OutboxEntry, Referral
from kim_desktop.services.cases import CaseService, GoalInput
from kim_desktop.services.client_file import TimelineKind
from kim_desktop.ui.client_file.window import ClientFileWindow, open_client_file


def _client_with_referral(context: Any) -> str:
    with context.office.database.reading() as session:
        return session.execute(
            select(Consultation.client_id)
            .join(Referral, Referral.client_id == Consultation.client_id)
            .where(Consultation.deleted_at.is_(None), Referral.deleted_at.is_(None))
            .group_by(Consultation.client_id)
            .order_by(func.count().desc())
        ).first()[0]


def _open(qtbot: Any, context: Any, client_id: str) -> ClientFileWindow:
    window = open_client_file(context, client_id)
    assert isinstance(window, ClientFileWindow)
    qtbot.waitExposed(window)
    return window


def _ids(window: ClientFileWindow) -> list[str]:
    return [e.record_id for e in window.timeline_tab.model.rows()]


def _row_of(window: ClientFileWindow, kind: TimelineKind) -> int:
    entries = window.timeline_tab.model.rows()
    return next(r for r, e in enumerate(entries) if e.kind is kind)


def _question(parent: QWidget) -> QMessageBox:
    boxes = [b for b in parent.findChildren(QMessageBox, "deleteQuestion") if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def _yes(box: QMessageBox) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()


def _deleted_at(context: Any, model: type, record_id: str) -> object:
    with context.office.database.reading() as session:
        return session.get(model, record_id).deleted_at


def test_delete_consultation_confirm_gone_undo_back(qtbot: Any, context: Any) -> None:
    window = _open(qtbot, context, _client_with_referral(context))
    tab = window.timeline_tab
    assert not tab.delete_button.isEnabled()  # nothing chosen yet
    row = _row_of(window, TimelineKind.CONSULTATION)
    entry = tab.model.row_at(row)
    window.activateWindow()
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus, timeout=2000)
    tab.view.selectRow(row)
    assert tab.delete_button.isEnabled()

    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    box = _question(window)
    assert box.windowTitle() == "Beratung löschen?"
    assert f"Die Beratung vom {entry.on.strftime('%d.%m.%Y')} (" in box.text()
    assert "Papierkorb" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert _deleted_at(context, Consultation, entry.record_id) is None
    assert not window.undo_bar.isVisible()

    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    _yes(_question(window))
    qtbot.waitUntil(lambda: entry.record_id not in _ids(window), timeout=5000)
    assert _deleted_at(context, Consultation, entry.record_id) is not None
    assert window.undo_bar.isVisible()
    assert window.undo_bar.text_label.text().startswith("Die Beratung vom ")
    assert window.undo_bar.text_label.text().endswith("wurde gelöscht.")

    qtbot.mouseClick(window.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: entry.record_id in _ids(window), timeout=5000)
    assert _deleted_at(context, Consultation, entry.record_id) is None
    assert not window.undo_bar.isVisible()


def test_deleted_referral_is_restored_from_the_papierkorb(qtbot: Any, context: Any) -> None:
    window = _open(qtbot, context, _client_with_referral(context))
    tab = window.timeline_tab
    row = _row_of(window, TimelineKind.REFERRAL)
    entry = tab.model.row_at(row)
    tab.view.selectRow(row)
    tab.delete_current()
    box = _question(window)
    assert box.windowTitle() == "Verweisung löschen?"
    _yes(box)
    qtbot.waitUntil(lambda: entry.record_id not in _ids(window), timeout=5000)
    window.undo_bar.dismiss()  # later: the Papierkorb still has it

    window.tabs.setCurrentWidget(window.trash_tab)
    trash = window.trash_tab
    qtbot.waitUntil(lambda: trash.loaded and trash.table.rowCount() == 1, timeout=5000)
    assert trash.table.item(0, 1).text() == "Verweisung"
    assert trash.table.item(0, 2).text() == entry.on.strftime("%d.%m.%Y")
    assert trash.table.item(0, 4).text() == "möglich"
    trash.table.selectRow(0)
    assert trash.restore_button.isEnabled()
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: entry.record_id in _ids(window), timeout=5000)
    qtbot.waitUntil(lambda: trash.table.rowCount() == 0, timeout=5000)
    assert trash.empty_label.isVisible()
    assert _deleted_at(context, Referral, entry.record_id) is None


def test_synced_deletion_stays_in_papierkorb_without_restore(qtbot: Any, context: Any) -> None:
    window = _open(qtbot, context, _client_with_referral(context))
    cases_tab = window.cases_tab
    case_id = cases_tab.selected_case_id()
    assert case_id is not None
    goal_id = CaseService(context.office).add_goal(case_id, GoalInput("Kita-Platz finden"))
    context.changes.announce({"goals"})
    window.tabs.setCurrentWidget(cases_tab)
    cases_tab.select_case(case_id)
    row = next(r for r, g in enumerate(cases_tab.detail.goals) if g.id == goal_id)
    cases_tab.goal_table.selectRow(row)
    assert cases_tab.delete_goal_button.isEnabled()
    qtbot.mouseClick(cases_tab.delete_goal_button, Qt.MouseButton.LeftButton)
    box = _question(window)
    assert "„Kita-Platz finden“" in box.text()
    _yes(box)
    qtbot.waitUntil(lambda: _deleted_at(context, Goal, goal_id) is not None, timeout=5000)
    with context.office.database.transaction(None) as session:  # uploaded and acknowledged
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.record_id == goal_id)
            .values(acknowledged_at=utcnow())
        )

    window.tabs.setCurrentWidget(window.trash_tab)
    trash = window.trash_tab
    qtbot.waitUntil(lambda: trash.loaded and trash.table.rowCount() >= 1, timeout=5000)
    row = next(r for r, e in enumerate(trash.entries) if e.record_id == goal_id)
    assert trash.table.item(row, 4).text() == "nicht mehr (synchronisiert)"
    trash.table.selectRow(row)
    assert not trash.restore_button.isEnabled()
    trash.restore_selected()  # e.g. a double click: the service refuses and says why
    qtbot.waitUntil(lambda: window.error_label.isVisible(), timeout=5000)
    assert "bereits mit dem Kreis-Server abgeglichen" in window.error_label.text()
    assert _deleted_at(context, Goal, goal_id) is not None


def test_deleting_the_client_closes_the_file_and_offers_undo(qtbot: Any, context: Any) -> None:
    client_id = _client_with_referral(context)
    window = _open(qtbot, context, client_id)
    offers: list[tuple[str, Any]] = []
    context.undo_offers.offered.connect(lambda text, undo: offers.append((text, undo)))
    window.tabs.setCurrentWidget(window.summary_tab)
    qtbot.mouseClick(window.summary_tab.delete_button, Qt.MouseButton.LeftButton)
    box = _question(window)
    assert box.windowTitle() == "Klient:in löschen?"
    assert window.file.master.full_name in box.text()
    _yes(box)
    qtbot.waitUntil(lambda: len(offers) == 1, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            not any(w.objectName() == "clientFileWindow" for w in QApplication.topLevelWidgets())
        ),
        timeout=5000,
    )
    assert _deleted_at(context, Client, client_id) is not None
    assert offers[0][0].endswith("wurde gelöscht.")
    offers[0][1]()  # Rückgängig in the main window
    qtbot.waitUntil(lambda: _deleted_at(context, Client, client_id) is None, timeout=5000)
