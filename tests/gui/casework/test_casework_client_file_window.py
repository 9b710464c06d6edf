"""The client file window driven as a case manager would: timeline, cases, goals, consents."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from kim_desktop.db.models import (
    AuditEntry,
    Case,
    CasePhaseChange,
    Client,
    Consent,
    Consultation,
    Goal,
)
from kim_desktop.domain.enums import AuditAction, CasePhase, ClosingReason, ConsentPurpose
from kim_desktop.services.case_queries import CaseQueries
from kim_desktop.ui.client_file.window import ClientFileWindow, open_client_file

TODAY = date.today()


def _busiest_client(context: Any) -> Client:
    with context.office.database.reading() as session:
        client_id = session.execute(
            select(Consultation.client_id, func.count())
            .group_by(Consultation.client_id)
            .order_by(func.count().desc())
        ).first()[0]
        return session.get_one(Client, client_id)


def _window_count() -> int:
    return sum(w.objectName() == "clientFileWindow" for w in QApplication.topLevelWidgets())


def test_file_shows_name_and_timeline_newest_first(qtbot: Any, context: Any) -> None:
    client = _busiest_client(context)
    window = open_client_file(context, client.id)
    assert isinstance(window, ClientFileWindow)
    qtbot.waitExposed(window)
    assert window.name_label.text() == client.full_name
    assert window.summary_tab.values["file_number"].text() == client.file_number
    assert window.tabs.currentWidget() is window.timeline_tab
    model = window.timeline_tab.model
    assert model.rowCount() > 5
    shown = [
        date(*reversed([int(p) for p in model.index(r, 0).data().split(".")]))
        for r in range(model.rowCount())
    ]
    assert shown == sorted(shown, reverse=True)
    kinds = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert {"Beratung", "Fallphase"} <= kinds

    window.timeline_tab.view.selectRow(0)
    assert "Datum" in window.timeline_tab.details.text()

    # a second call raises the open window instead of opening another
    assert open_client_file(context, client.id) is window
    assert _window_count() == 1
    with context.office.database.reading() as session:
        views = session.scalar(
            select(func.count()).where(
                AuditEntry.action == AuditAction.VIEW, AuditEntry.record_id == client.id
            )
        )
    assert views == 1

    window.tabs.setCurrentWidget(window.audit_tab)
    qtbot.waitUntil(lambda: window.audit_tab.loaded, timeout=5000)
    audit = window.audit_tab.model
    assert audit.index(0, 1).data() == "Katharina Schneider"
    assert audit.index(0, 2).data() == "angesehen"


def test_case_phase_goal_and_closure(qtbot: Any, context: Any) -> None:
    case = CaseQueries(context.office).my_open_cases()[0]
    window = open_client_file(context, case.client_id, case.id)
    assert window is not None
    qtbot.waitExposed(window)
    tab = window.cases_tab
    assert window.tabs.currentWidget() is tab
    assert tab.selected_case_id() == case.id
    before = case.phase

    if tab.buttons["forward"].isEnabled():
        qtbot.mouseClick(tab.buttons["forward"], Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(tab.buttons["back"], Qt.MouseButton.LeftButton)

    def phase_now() -> CasePhase:
        with context.office.database.reading() as session:
            return session.get_one(Case, case.id).phase

    qtbot.waitUntil(lambda: phase_now() is not before, timeout=5000)
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.summary.phase is phase_now())
    assert tab._summary_values["phase"].text() != ""

    # add a goal through the dialog
    qtbot.mouseClick(tab.add_goal_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.fields["text"].setText("Anmeldung zum B1-Sprachkurs")
    dialog.fields["due_on"].setText("31.12.1999")  # before the case began: refused inline
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.field_error("due_on")), timeout=5000)
    assert "nicht vor dem Beginn des Falls" in dialog.field_error("due_on")
    dialog.fields["due_on"].setText(TODAY.strftime("%d.%m.%Y"))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with context.office.database.reading() as session:
        goal = session.scalars(
            select(Goal).where(Goal.case_id == case.id, Goal.text == "Anmeldung zum B1-Sprachkurs")
        ).one()
    assert goal.due_on == TODAY
    qtbot.waitUntil(
        lambda: any(
            tab.goal_table.item(r, 0).text() == "Anmeldung zum B1-Sprachkurs"
            for r in range(tab.goal_table.rowCount())
        ),
        timeout=5000,
    )

    # close the case: without a reason the dialog says what is missing
    qtbot.mouseClick(tab.buttons["close"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.fields["closing_note"].setPlainText("Arbeitsstelle gefunden")
    dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.field_error("closing_reason")), timeout=5000)
    assert dialog.field_error("closing_reason") == "Bitte wählen Sie einen Grund für den Abschluss."
    combo = dialog.fields["closing_reason"]
    combo.setCurrentIndex(combo.findData(ClosingReason.GOALS_REACHED.value))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.submit()
    with context.office.database.reading() as session:
        closed = session.get_one(Case, case.id)
        last = session.scalars(
            select(CasePhaseChange)
            .where(CasePhaseChange.case_id == case.id)
            .order_by(CasePhaseChange.created_at.desc())
        ).first()
    assert (closed.closed_on, closed.closing_reason, closed.closing_note) == (
        TODAY,
        ClosingReason.GOALS_REACHED,
        "Arbeitsstelle gefunden",
    )
    assert last is not None and last.to_phase is CasePhase.CLOSURE
    qtbot.waitUntil(lambda: tab.buttons["reopen"].isEnabled(), timeout=5000)
    assert "Ziele erreicht" in tab._summary_values["closed"].text()


def test_record_and_withdraw_consent(qtbot: Any, context: Any) -> None:
    client = _busiest_client(context)
    window = open_client_file(context, client.id)
    assert window is not None
    window.tabs.setCurrentWidget(window.consents_tab)
    tab = window.consents_tab
    before = tab.table.rowCount()
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    dialog.set_recipient_checked("migrationsberatung")
    dialog.fields["scope"].setPlainText("Name, Anschrift und Anliegen")
    dialog.fields["valid_until"].setText("01.01.2000")
    dialog.submit()
    assert "TT.MM.JJJJ" not in dialog.field_error("valid_until")
    qtbot.waitUntil(lambda: bool(dialog.field_error("valid_until")), timeout=5000)
    assert "nicht vor dem Datum der Einwilligung" in dialog.field_error("valid_until")
    dialog.fields["valid_until"].clear()
    with qtbot.waitSignal(dialog.saved, timeout=5000) as blocker:
        dialog.submit()
    consent_id = blocker.args[0]
    with context.office.database.reading() as session:
        consent = session.get_one(Consent, consent_id)
    assert consent.purpose is ConsentPurpose.REFERRAL
    assert consent.recipients[0]["target_code"] == "migrationsberatung"
    qtbot.waitUntil(lambda: tab.table.rowCount() == before + 1, timeout=5000)

    tab.select_consent(consent_id)
    assert tab.table.item(tab.table.currentRow(), 4).text() == "Gültig"
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    withdraw = tab.dialog
    with qtbot.waitSignal(withdraw.saved, timeout=5000):
        withdraw.submit()
    with context.office.database.reading() as session:
        assert session.get_one(Consent, consent_id).withdrawn_on == TODAY
    expected = f"Widerrufen am {TODAY.strftime('%d.%m.%Y')}"
    qtbot.waitUntil(
        lambda: any(tab.table.item(r, 4).text() == expected for r in range(tab.table.rowCount())),
        timeout=5000,
    )
    assert tab.table.rowCount() == before + 1  # still listed, as history


def test_print_menu_opens_the_preview(qtbot: Any, context: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from kim_desktop.ui.printing.preview_dialog import PrintPreviewDialog

    client = _busiest_client(context)
    window = open_client_file(context, client.id)
    assert window is not None
    assert [a.text() for a in window.print_menu.actions()] == [
        "&Einwilligungserklärung",
        "&Terminbestätigung (nächster Termin)",
        "&Beratungsbestätigung (letzte Beratung)",
        "&Verweisschreiben (letzte Verweisung)",
        "&Auskunft nach Art. 15 DSGVO",
    ]
    window.print_kind("confirmation")

    def preview() -> PrintPreviewDialog | None:
        return next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog)), None
        )

    qtbot.waitUntil(lambda: preview() is not None and preview().isVisible())
    dialog = preview()
    assert dialog is not None
    dialog.close()  # at once, while the document is still being built: it is cancelled
    qtbot.waitUntil(lambda: not context.runner.busy(), timeout=10_000)
    window.close()


def test_new_appointment_from_the_client_file(qtbot: Any, context: Any, monkeypatch: Any) -> None:
    """The client file offers 'Termin anlegen' for its client and the selected case."""
    import kim_desktop.ui.appointments.appointment_dialog as dialogs

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(dialogs, "open_appointment_dialog", lambda _context, **kw: calls.append(kw))
    client = _busiest_client(context)
    window = open_client_file(context, client.id)
    assert window is not None
    window.appointment_button.click()
    assert calls == [{"client_id": client.id, "case_id": window.cases_tab.selected_case_id()}]
    window.close()
