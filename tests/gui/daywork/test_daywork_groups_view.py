"""Gruppenangebote: a session is added and the monthly MuKi-S count changes."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox
from sqlalchemy import select

from kim_desktop.db.models import GroupOffer, GroupSession
from kim_desktop.domain.enums import GroupOfferKind
from kim_desktop.services.group_offers import GroupOfferInput, GroupOfferService
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.ui.groups.groups_view import GroupsView, create_view
from kim_desktop.ui.operations import OperationRunner
from kim_desktop.ui.view_context import ViewContext


def show_groups(qtbot: Any, office: OfficeSession, runner: OperationRunner) -> GroupsView:
    window = QMainWindow()
    qtbot.addWidget(window)
    view = create_view(ViewContext(office, runner, window))
    assert isinstance(view, GroupsView)
    qtbot.addWidget(view)
    view.resize(1300, 750)
    with qtbot.waitSignal(view.counts.loaded, timeout=5000):
        view.show()
    return view


def test_new_offer_is_saved(
    qtbot: Any, office_session: OfficeSession, translator: Any, runner: OperationRunner
) -> None:
    view = show_groups(qtbot, office_session, runner)
    view.save()  # no title
    assert view.form.errors["title"].text() == "Bitte füllen Sie dieses Feld aus."
    qtbot.keyClicks(view.form.title_edit, "Heidelberger Elterntraining Troisdorf")
    with qtbot.waitSignal(view.saved, timeout=5000):
        view.save_button.click()
    qtbot.waitUntil(lambda: view.offers.rowCount() == 1, timeout=5000)
    assert view.offers.index(0, 1).data() == "Heidelberger Elterntraining Troisdorf"
    with office_session.database.reading() as session:
        offer = session.scalars(select(GroupOffer)).one()
    assert offer.kind is GroupOfferKind.PARENTS_TRAINING
    assert (offer.planned_sessions, offer.session_minutes) == (5, 120)
    assert offer.municipality_code == "troisdorf"


def test_added_session_changes_the_monthly_count(
    qtbot: Any, office_session: OfficeSession, translator: Any, runner: OperationRunner
) -> None:
    this_year = date.today().year
    GroupOfferService(office_session).create_offer(
        GroupOfferInput(
            "Heidelberger Elterntraining Troisdorf",
            GroupOfferKind.PARENTS_TRAINING,
            "troisdorf",
            starts_on=date(this_year, 3, 2),
        )
    )
    view = show_groups(qtbot, office_session, runner)
    qtbot.waitUntil(lambda: view.offers.rowCount() == 1, timeout=5000)
    assert view.counts.empty_label.text() == "In diesem Jahr keine MuKi-S-Beratungen erfasst."
    with qtbot.waitSignal(view.sessionsLoaded, timeout=5000):
        view.offer_table.selectRow(0)

    dialog = view.add_session()
    assert dialog is not None and dialog.isVisible()
    assert dialog.duration_spin.value() == 120
    dialog.date_edit.setDate(QDate(this_year, 3, 2))
    dialog.participants_spin.setValue(9)
    dialog.note_edit.setText("Kennenlernen")
    with qtbot.waitSignal(view.counts.loaded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert view.counts.summary_label.text() == "0 Einzelberatungen · 1 Gruppentermine"
    lines = view.counts.model.rows()
    group = next(line for line in lines if line.kind == "group")
    assert group.months[2] == 1
    march = 2 + 2  # Kommune, Beratung, Jan, Feb, Mär
    group_row = lines.index(group)
    assert view.counts.model.index(group_row, march).data() == "1"
    qtbot.waitUntil(lambda: view.sessions.rowCount() == 1, timeout=5000)
    assert view.sessions.index(0, 2).data() == "9"
    with office_session.database.reading() as session:
        saved = session.scalars(select(GroupSession)).one()
    assert (saved.participants, saved.note) == (9, "Kennenlernen")

    view.session_table.selectRow(0)
    view.delete_session()
    box = view.findChild(QMessageBox, "deleteQuestion")
    assert box is not None
    confirm = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    with qtbot.waitSignal(view.counts.loaded, timeout=5000):
        confirm.click()
    assert view.counts.summary_label.text() == "0 Einzelberatungen · 0 Gruppentermine"
    assert view.restore_session_button.isVisible()
