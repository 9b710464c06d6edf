"""The consultation entry's GUI tests: a client with a referral consent and a view context."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kim_desktop.db.models import Consent, Institution
from kim_desktop.domain.enums import ConsentPurpose
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.ui.consultations.entry_dialog import ConsultationEntryDialog
from kim_desktop.ui.operations import OperationRunner
from kim_desktop.ui.view_context import ViewContext


@dataclass(frozen=True)
class World:
    office: OfficeSession
    client_id: str
    file_number: str
    institution_id: str


@pytest.fixture
def world(office_session: OfficeSession) -> World:
    clients = ClientService(office_session)
    number = clients.create_client(
        ClientInput(
            first_name="Olena",
            last_name="Kovalenko",
            municipality_code="troisdorf",
            birth_date=date(1988, 4, 12),
            interpreter_needed=True,
            preferred_language_code="uk",
        )
    )
    for first, last in (("Oleg", "Kowalczyk"), ("Amina", "Haddad")):
        clients.create_client(ClientInput(first, last, "troisdorf", birth_date=date(1990, 1, 2)))
    client_id = clients.get_client(number).id
    with office_session.database.transaction(office_session.actor.user_id) as session:
        jobcenter = Institution(name="Jobcenter Rhein-Sieg, Troisdorf", target_code="jobcenter-afa")
        session.add(jobcenter)
        session.flush()
        session.add(
            Consent(
                client_id=client_id,
                purpose=ConsentPurpose.REFERRAL,
                recipients=[
                    {"target_code": "sprach-integrationskurse", "institution_id": None, "name": ""},
                    {"target_code": "jobcenter-afa", "institution_id": jobcenter.id, "name": ""},
                ],
                given_on=date.today() - timedelta(days=30),
            )
        )
        institution_id = jobcenter.id
    return World(office_session, client_id, number, institution_id)


@pytest.fixture
def context(
    qtbot: Any, translator: Any, runner: OperationRunner, world: World
) -> Iterator[ViewContext]:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    yield ViewContext(world.office, runner, window)
    assert runner.wait_for_done(10_000)
    for dialog in window.findChildren(ConsultationEntryDialog):
        dialog._busy = False
        dialog.saved_id = "closing"
        dialog.close()


@pytest.fixture
def open_entry(qtbot: Any, context: ViewContext) -> Any:
    """``open_entry(**kwargs)`` opens the entry the way Ctrl+N does and returns it."""

    def open_(**kwargs: Any) -> ConsultationEntryDialog:
        return _open_entry(qtbot, context, **kwargs)

    return open_


def _open_entry(qtbot: Any, context: ViewContext, **kwargs: Any) -> ConsultationEntryDialog:
    context.new_consultation(**kwargs)
    dialogs = context.window.findChildren(ConsultationEntryDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog
