"""A case manager's day in the demo office, through the real widgets of one main window.

Intake with the duplicate warning → consent in the client file → consultation with two
topics and a referral (Ctrl+N, Ctrl+Enter) → the due follow-up on "Heute" → closing the
case in the client file. Every step asserts on the database rows and on what the user sees.

The new client is typed in Cyrillic ("Олена Коваленко", as on her Ukrainian papers) while
"Olena Kovalenko" is already on file with the same birth date: the duplicate check compares
transliterated consonant skeletons, so it must catch this. (It does not catch the German
transliteration "Kowalenko": w and v give different skeletons.)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QListWidget, QWidget
from sqlalchemy import func, select

from kim_desktop.db.models import Case, CasePhaseChange, Client, Consent, Consultation, Referral
from kim_desktop.domain.enums import (
    CasePhase,
    CaseType,
    ClosingReason,
    ConsentPurpose,
    ConsultationType,
    LanguageMediation,
    ReferralStatus,
)
from kim_desktop.paths import DataPaths
from kim_desktop.services.auth import AuthService
from kim_desktop.services.clients import ClientInput, ClientService
from kim_desktop.services.demo.office import DEMO_PASSWORD, create_demo_office
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.settings import AppSettings
from kim_desktop.ui.cases.case_dialogs import CloseCaseDialog
from kim_desktop.ui.client_file.consent_dialog import RECIPIENT_ROLE, ConsentDialog
from kim_desktop.ui.client_file.window import ClientFileWindow
from kim_desktop.ui.clients.clients_view import ClientsView
from kim_desktop.ui.clients.intake_dialog import IntakeDialog
from kim_desktop.ui.consultations.entry_dialog import ConsultationEntryDialog
from kim_desktop.ui.main_window import MainWindow
from kim_desktop.ui.today.today_view import TodayView

TODAY = date.today()
TODAY_TEXT = TODAY.strftime("%d.%m.%Y")
BIRTH = date(1988, 4, 12)
TARGET = "sprach-integrationskurse"
REASON = "Anmeldung zum Integrationskurs"
CLOSING_NOTE = "Integrationskurs vermittelt, weitere Begleitung nicht nötig"


@dataclass
class Day:
    """What the day's steps hand on to each other."""

    office: OfficeSession
    window: MainWindow
    existing_id: str = ""
    existing_number: str = ""
    client_id: str = ""
    file_number: str = ""
    consent_id: str = ""
    case_id: str = ""


@pytest.fixture
def day(qtbot: Any, tmp_path: Path, translator: Any, runner: Any) -> Iterator[Day]:
    paths = DataPaths(tmp_path / "demo")
    create_demo_office(paths, clients=200, seed=1)
    office = AuthService(paths).login("cm.schneider", DEMO_PASSWORD)
    window = MainWindow(
        office,
        settings=AppSettings.load(paths),
        translator=translator,
        auth=AuthService(paths),
        runner=runner,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield Day(office, window)
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.done(QDialog.DialogCode.Rejected)  # no "discard input?" question
        else:
            widget.close()
    window.close()
    assert runner.wait_for_done(10_000)
    office.close()


def _client_count(office: OfficeSession) -> int:
    with office.database.reading() as session:
        return session.scalar(select(func.count()).select_from(Client)) or 0


def _client_file(qtbot: Any, client_id: str) -> ClientFileWindow:
    windows = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ClientFileWindow) and w.client_id == client_id and w.isVisible()
    ]
    assert len(windows) == 1
    qtbot.waitExposed(windows[0])
    return windows[0]


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, key by key. ``qtbot.keyClicks`` aborts on non-ASCII characters (QTest
    maps each character to a key code), so the key events carry the text themselves."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def _rows(model: Any) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


# -- 1. intake: the duplicate warning, then "Trotzdem neu anlegen" -------------------------
def intake_with_duplicate_warning(qtbot: Any, day: Day) -> None:
    clients = ClientService(day.office)
    day.existing_number = clients.create_client(
        ClientInput("Olena", "Kovalenko", "troisdorf", birth_date=BIRTH)
    )
    day.existing_id = clients.get_client(day.existing_number).id
    before = _client_count(day.office)

    day.window.work_actions.new_client.trigger()  # Ctrl+Shift+N
    intake = day.window.findChild(IntakeDialog)
    assert intake is not None
    qtbot.waitExposed(intake)
    assert intake.windowTitle() == "Neue:r Klient:in – Aufnahme"
    type_text(intake.fields["first_name"], "Олена")
    type_text(intake.fields["last_name"], "Коваленко")
    qtbot.keyClicks(intake.fields["birth_date"], "12.4.1988")
    municipality = intake.fields["municipality_code"]
    municipality.setCurrentIndex(municipality.findData("troisdorf"))
    languages = intake.languages
    qtbot.keyClicks(languages.filter_edit, "Ukrain")
    [ukrainian] = [
        languages.language_list.item(r)
        for r in range(languages.language_list.count())
        if not languages.language_list.item(r).isHidden()
    ]
    languages.language_list.setFocus()
    languages.language_list.setCurrentItem(ukrainian)
    qtbot.keyClick(languages.language_list, Qt.Key.Key_Space)
    assert languages.codes() == ["uk"]
    languages.preferred_combo.setCurrentIndex(languages.preferred_combo.findData("uk"))
    qtbot.mouseClick(languages.interpreter_check, Qt.MouseButton.LeftButton)
    assert languages.interpreter_check.isChecked()

    qtbot.mouseClick(intake.save_button, Qt.MouseButton.LeftButton)

    # the warning names the existing client; nothing is written yet
    panel = intake.duplicates
    assert intake.pages.currentWidget() is panel and panel.isVisible()
    assert panel.candidate_list.count() == 1
    shown = panel.candidate_list.item(0).text()
    assert shown.startswith("Kovalenko, Olena, geb. 12.04.1988 · Troisdorf")
    assert day.existing_number in shown
    assert "ähnlicher Name, gleiches Geburtsdatum" in shown
    assert panel.create_button.text() == "&Trotzdem neu anlegen"
    assert _client_count(day.office) == before

    with qtbot.waitSignal(intake.finished, timeout=10_000):
        qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)

    assert _client_count(day.office) == before + 1
    with day.office.database.reading() as session:
        new = session.scalars(select(Client).where(Client.last_name == "Коваленко")).one()
        assert (new.first_name, new.birth_date, new.municipality_code) == (
            "Олена",
            BIRTH,
            "troisdorf",
        )
        assert new.interpreter_needed and new.preferred_language_code == "uk"
        assert new.id != day.existing_id
        day.client_id, day.file_number = new.id, new.file_number
        existing = session.get_one(Client, day.existing_id)
        assert (existing.first_name, existing.last_name) == ("Olena", "Kovalenko")

    # the client list finds the new client by file number
    day.window.show_area("clients")
    view = day.window.current_page()
    assert isinstance(view, ClientsView)
    qtbot.keyClicks(view.search_edit, day.file_number)
    qtbot.waitUntil(
        lambda: (
            view.model.rowCount() == 1
            and view.model.data(view.model.index(0, 1)) == "Коваленко, Олена"
        ),
        timeout=5000,
    )
    assert view.model.data(view.model.index(0, 2)) == "12.04.1988"


# -- 2. consent for referrals to language and integration courses --------------------------
def record_referral_consent(qtbot: Any, day: Day) -> None:
    day.window.context.open_client(day.client_id)
    file = _client_file(qtbot, day.client_id)
    assert file.name_label.text() == "Олена Коваленко"
    file.tabs.setCurrentWidget(file.consents_tab)
    tab = file.consents_tab
    assert tab.table.rowCount() == 0
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ConsentDialog) and dialog.isVisible()
    assert dialog.fields["purpose"].currentData() == ConsentPurpose.REFERRAL.value
    qtbot.keyClicks(dialog.fields["scope"], "Name, Anschrift, Sprachstand")
    qtbot.keyClicks(dialog.recipient_filter, "Sprach")
    recipients: QListWidget = dialog.fields["recipients"]
    [course] = [
        recipients.item(r)
        for r in range(recipients.count())
        if not recipients.item(r).isHidden()
        and recipients.item(r).data(RECIPIENT_ROLE).target_code == TARGET
        and recipients.item(r).data(RECIPIENT_ROLE).institution_id is None
    ]
    recipients.setFocus()
    recipients.setCurrentItem(course)
    qtbot.keyClick(recipients, Qt.Key.Key_Space)
    assert [r.target_code for r in dialog.checked_recipients()] == [TARGET]
    assert dialog.fields["given_on"].text() == TODAY_TEXT

    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    day.consent_id = saved.args[0]
    with day.office.database.reading() as session:
        consent = session.get_one(Consent, day.consent_id)
        assert consent.client_id == day.client_id
        assert consent.purpose is ConsentPurpose.REFERRAL
        assert [r["target_code"] for r in consent.recipients] == [TARGET]
        assert (consent.given_on, consent.valid_until, consent.withdrawn_on) == (
            TODAY,
            None,
            None,
        )
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=5000)
    assert tab.table.item(0, 4).text() == "Gültig"
    assert tab.table.item(0, 3).text() == "unbefristet"
    file.close()  # done with the file for now (it opens again from "Heute")
    qtbot.waitUntil(lambda: not file.isVisible())


# -- 3. the consultation: Ctrl+N, client, two topics, one referral, Ctrl+Enter ---------------
def record_consultation(qtbot: Any, day: Day) -> None:
    day.window.work_actions.new_consultation.trigger()  # Ctrl+N
    entry = day.window.findChild(ConsultationEntryDialog)
    assert entry is not None
    qtbot.waitExposed(entry)
    entry.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is entry)

    # the client by file number (two clients now share the name); Enter takes the hit
    qtbot.keyClicks(entry.picker.edit, day.file_number)
    qtbot.waitUntil(entry.picker.hits_visible, timeout=5000)
    assert entry.picker.hits.count() == 1
    assert entry.picker.hits.item(0).text() == f"Олена Коваленко · 12.04.1988 · {day.file_number}"
    qtbot.keyClick(entry.picker.edit, Qt.Key.Key_Return)
    assert entry.picker.client is not None and entry.picker.client.id == day.client_id
    # the client's defaults arrive: interpreter needed → language mediation in Ukrainian
    qtbot.waitUntil(lambda: entry.mediation_combo.value() is LanguageMediation.PERSON)
    assert entry.language_combo.currentText() == "Ukrainisch"
    assert entry.type_combo.value() is ConsultationType.ONE_TIME
    assert entry.case_hint.text() == "Wird als einmalige Beratung gezählt."
    # she needs more than one talk: a case-management appointment opens a case
    entry.type_combo.set_value(ConsultationType.CASE_MANAGEMENT)
    assert "beim Speichern wird ein neuer eröffnet" in entry.case_hint.text()

    # two topics: filter by typing, Enter picks
    assert QApplication.focusWidget() is entry.topics.filter_edit
    qtbot.keyClicks(entry.topics.filter_edit, "lebens")
    qtbot.keyClick(entry.topics.filter_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(entry.topics.filter_edit, "deutsch")
    qtbot.keyClick(entry.topics.filter_edit, Qt.Key.Key_Return)
    assert entry.topics.chip_texts() == ["Lebensunterhalt", "Deutsch (Kurse)"]

    # one referral, to be followed up today
    qtbot.mouseClick(entry.referral_rows.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(entry.referral_rows.rows) == 1)
    row = entry.referral_rows.rows[0]
    assert QApplication.focusWidget() is row.target_combo
    qtbot.keyClicks(row.target_combo, "Sprach")
    assert row.target_combo.currentData() == TARGET
    qtbot.keyClicks(row.reason_edit, REASON)
    # QDateEdit sections are awkward to type into with QTest; the date is set directly
    row.follow_up_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    assert row.follow_up_edit.text() == TODAY_TEXT

    with qtbot.waitSignal(entry.accepted, timeout=10_000):
        qtbot.keyClick(row.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    with day.office.database.reading() as session:
        consultation = session.scalars(
            select(Consultation).where(Consultation.client_id == day.client_id)
        ).one()
        assert consultation.id == entry.saved_id
        assert consultation.held_on == TODAY
        assert consultation.case_manager_id == day.office.actor.user_id
        assert consultation.consultation_type is ConsultationType.CASE_MANAGEMENT
        assert consultation.municipality_code == "troisdorf"
        assert sorted(t.code for t in consultation.topics) == ["deutsch-kurse", "lebensunterhalt"]
        assert consultation.language_mediation is LanguageMediation.PERSON
        assert consultation.mediation_language_code == "uk"
        case = session.get_one(Case, consultation.case_id)
        assert case.client_id == day.client_id
        assert case.case_type is CaseType.CASE_MANAGEMENT
        assert case.phase is CasePhase.INTAKE
        assert case.closed_on is None and case.opened_on == TODAY
        referral = session.scalars(
            select(Referral).where(Referral.client_id == day.client_id)
        ).one()
        assert referral.consultation_id == consultation.id
        assert referral.case_id == case.id
        assert referral.target_code == TARGET
        assert referral.reason == REASON
        assert referral.status is ReferralStatus.SUGGESTED
        assert referral.referred_on == TODAY
        assert referral.follow_up_on == TODAY
        assert referral.consent_id == day.consent_id
        day.case_id = case.id


# -- 4. Heute: the referral follow-up is due today ------------------------------------------
def follow_up_on_heute(qtbot: Any, day: Day) -> TodayView:
    today = day.window.page("today")
    assert isinstance(today, TodayView)
    assert not today.isVisible()  # the client list was shown since the intake
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        day.window.show_area("today")
    qtbot.waitUntil(lambda: not today.today_list.loading, timeout=5000)
    assert day.window.current_page() is today
    assert day.window.navigation.current_area() == "today"
    assert today.follow_up_table.isVisible()
    mine = [
        (r, row) for r, row in enumerate(_rows(today.follow_ups)) if row[2] == "Олена Коваленко"
    ]
    assert len(mine) == 1
    index, row = mine[0]
    assert row == [TODAY_TEXT, "Verweisberatung nachfassen", "Олена Коваленко", row[3]]
    assert row[3].startswith("Sprach")
    assert not any(r[2] == "Olena Kovalenko" for r in _rows(today.follow_ups))

    # the entry opens its record: Enter on the row opens the client file
    table = today.follow_up_table
    table.setFocus()
    table.setCurrentIndex(today.follow_ups.index(index, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    file = _client_file(qtbot, day.client_id)
    assert file.windowTitle() == f"Akte Олена Коваленко ({day.file_number})"
    return today


# -- 5. closing the case in the client file -------------------------------------------------
def close_the_case(qtbot: Any, day: Day) -> None:
    opened_from_heute = _client_file(qtbot, day.client_id)
    day.window.context.open_client(day.client_id)  # raises the file opened from "Heute"
    file = _client_file(qtbot, day.client_id)
    assert file is opened_from_heute
    file.tabs.setCurrentWidget(file.cases_tab)
    tab = file.cases_tab
    assert tab.case_table.rowCount() == 1
    assert [tab.case_table.item(0, c).text() for c in range(4)] == [
        "Case Management",
        "Fallaufnahme/Klärung",
        TODAY_TEXT,
        "",
    ]
    assert tab.selected_case_id() == day.case_id
    assert tab.buttons["close"].isEnabled() and not tab.buttons["reopen"].isEnabled()

    qtbot.mouseClick(tab.buttons["close"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, CloseCaseDialog) and dialog.isVisible()
    assert dialog.fields["closed_on"].text() == TODAY_TEXT
    reason = dialog.fields["closing_reason"]
    reason.setCurrentIndex(reason.findData(ClosingReason.REFERRED.value))
    assert reason.currentText() == "An andere Stelle übergeben"
    type_text(dialog.fields["closing_note"], CLOSING_NOTE)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    with day.office.database.reading() as session:
        case = session.get_one(Case, day.case_id)
        assert (case.closed_on, case.closing_reason, case.closing_note) == (
            TODAY,
            ClosingReason.REFERRED,
            CLOSING_NOTE,
        )
        assert case.phase is CasePhase.CLOSURE
        changes = session.scalars(
            select(CasePhaseChange)
            .where(CasePhaseChange.case_id == day.case_id)
            .order_by(CasePhaseChange.created_at)
        ).all()
        assert [c.to_phase for c in changes] == [CasePhase.INTAKE, CasePhase.CLOSURE]
        assert changes[-1].from_phase is CasePhase.INTAKE
        assert changes[-1].changed_on == TODAY
        # the other Olena's file is untouched
        assert (
            session.scalar(
                select(func.count()).select_from(Case).where(Case.client_id == day.existing_id)
            )
            == 0
        )

    # the file shows the case as closed
    qtbot.waitUntil(lambda: tab.buttons["reopen"].isEnabled(), timeout=5000)
    assert not tab.buttons["close"].isEnabled()
    assert [tab.case_table.item(0, c).text() for c in range(4)] == [
        "Case Management",
        "Abschluss",
        TODAY_TEXT,
        TODAY_TEXT,
    ]
    closed = file.findChild(QLabel, "case_closed")
    assert closed is not None and closed.isVisible()
    assert closed.text() == f"{TODAY_TEXT} · An andere Stelle übergeben · {CLOSING_NOTE}"
    phase = file.findChild(QLabel, "case_phase")
    assert phase is not None and phase.text() == "Abschluss"


def test_a_case_managers_day(qtbot: Any, day: Day) -> None:
    intake_with_duplicate_warning(qtbot, day)
    record_referral_consent(qtbot, day)
    record_consultation(qtbot, day)
    follow_up_on_heute(qtbot, day)
    close_the_case(qtbot, day)
