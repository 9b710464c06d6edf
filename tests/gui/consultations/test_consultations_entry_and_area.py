"""The entry refuses bad input in place; appointments pre-fill; the area lists and follows up."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from kim_desktop.db.models import Appointment, Consultation, Referral
from kim_desktop.domain.enums import AppointmentStatus, ReferralStatus
from kim_desktop.services.consultations import ConsultationInput, ConsultationService
from kim_desktop.services.referrals import ReferralInput
from kim_desktop.ui.consultations.consultations_view import create_view


def choose_client(qtbot: Any, dialog: Any, name: str) -> None:
    qtbot.keyClicks(dialog.picker.edit, name)
    qtbot.waitUntil(lambda: dialog.picker.hits_visible())
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.case_hint.text() != "")


def consultations(world: Any) -> int:
    with world.office.database.reading() as session:
        return session.scalar(select(func.count()).select_from(Consultation)) or 0


def test_empty_entry_says_what_is_missing(
    qtbot: Any, context: Any, world: Any, open_entry: Any
) -> None:
    dialog = open_entry()
    dialog.duration_spin.setValue(0)
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.errors["client"].text().startswith("Bitte wählen Sie die Klient:in aus")
    assert dialog.errors["topics"].text() == "Bitte wählen Sie mindestens ein Beratungsthema aus."
    assert dialog.errors["duration"].text() == "Die Dauer muss zwischen 1 und 600 Minuten liegen."
    assert dialog.isVisible() and consultations(world) == 0


def test_referral_without_consent_is_shown_on_its_row_and_input_kept(
    qtbot: Any, context: Any, world: Any, open_entry: Any
) -> None:
    dialog = open_entry()
    choose_client(qtbot, dialog, "Kovalenko")
    qtbot.keyClick(dialog.topics.filter_edit, Qt.Key.Key_1)
    row = dialog.referral_rows.add_row()
    row.target_combo.setCurrentIndex(row.target_combo.findData("abh-ebh"))
    row.reason_edit.setText("Termin Ausländerbehörde")
    qtbot.keyClick(row.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: row.error_label.isVisible())
    assert row.error_label.text() == (
        "Für eine Weitergabe an Ausländerbehörde/Einbürgerungsbehörde liegt keine gültige "
        "Einwilligung vor. Bitte erfassen Sie zuerst die Einwilligung."
    )
    assert dialog.isVisible()
    assert row.reason_edit.text() == "Termin Ausländerbehörde"
    assert dialog.topics.chip_texts() == ["Lebensunterhalt"]
    assert consultations(world) == 0


def test_escape_asks_before_discarding(
    qtbot: Any, context: Any, world: Any, open_entry: Any
) -> None:
    dialog = open_entry()
    qtbot.keyClick(dialog.topics.filter_edit, Qt.Key.Key_2)
    qtbot.keyClick(dialog.topics.filter_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog._discard_box is not None and dialog._discard_box.isVisible())
    box = dialog._discard_box
    assert "noch nicht gespeichert" in box.text()
    with qtbot.waitSignal(dialog.rejected):
        box.button(box.StandardButton.Discard).click()


def test_entry_for_an_appointment_prefills_and_marks_it_held(
    qtbot: Any, context: Any, world: Any, open_entry: Any
) -> None:
    office = world.office
    starts = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    with office.database.transaction(office.actor.user_id) as session:
        appointment = Appointment(
            client_id=world.client_id,
            case_manager_id=office.actor.user_id,
            starts_at=starts,
            duration_minutes=90,
        )
        session.add(appointment)
        session.flush()
        appointment_id = appointment.id
    dialog = open_entry(appointment_id=appointment_id)
    qtbot.waitUntil(lambda: dialog.picker.client is not None)
    assert dialog.picker.edit.text().startswith("Olena Kovalenko · 12.04.1988")
    assert dialog.duration_spin.value() == 90
    assert dialog.date_edit.date().toString("dd.MM.yyyy") == starts.astimezone().strftime(
        "%d.%m.%Y"
    )
    qtbot.keyClicks(dialog.topics.filter_edit, "wohn")
    qtbot.keyClick(dialog.topics.filter_edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(
            dialog.topics.filter_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    with office.database.reading() as session:
        consultation = session.scalars(select(Consultation)).one()
        assert consultation.appointment_id == appointment_id
        assert consultation.duration_minutes == 90
        assert session.get(Appointment, appointment_id).status is AppointmentStatus.HELD  # type: ignore[union-attr]


def test_area_lists_consultations_and_saves_a_referral_status(
    qtbot: Any, context: Any, world: Any
) -> None:
    ConsultationService(world.office).save(
        ConsultationInput(
            client_id=world.client_id,
            held_on=date.today() - timedelta(days=2),
            topic_codes=["deutsch-kurse", "wohnen"],
            referrals=[ReferralInput(target_code="sprach-integrationskurse", reason="Kursplatz")],
        )
    )
    view = create_view(context)
    qtbot.addWidget(view)
    view.show()
    page = view.consultations
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert texts[:3] == [
        (date.today() - timedelta(days=2)).strftime("%d.%m.%Y"),
        "Olena Kovalenko",
        world.file_number,
    ]
    assert "Deutsch (Kurse), Wohnen" in texts
    assert page.count_label.text() == "1 Beratungen"

    view.tabs.setCurrentIndex(1)
    referrals = view.referrals
    qtbot.waitUntil(lambda: referrals.model.rowCount() == 1)
    referrals.table.selectRow(0)
    editor = referrals.editor
    assert editor.referral is not None and "Kursplatz" in editor.summary.text()
    editor.status_combo.set_value(ReferralStatus.DECLINED)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.error_label.isVisible())
    assert editor.error_label.text() == "Bitte geben Sie den Grund der Ablehnung an."

    editor.status_combo.set_value(ReferralStatus.ARRANGED)
    editor.outcome_edit.setPlainText("Beratungstermin beim Kursträger am Montag")
    with qtbot.waitSignal(context.changes.changed, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with world.office.database.reading() as session:
        referral = session.scalars(select(Referral)).one()
        assert referral.status is ReferralStatus.ARRANGED
        assert referral.outcome == "Beratungstermin beim Kursträger am Montag"
    qtbot.waitUntil(
        lambda: (
            referrals.model.rowCount() == 1 and referrals.model.index(0, 1).data() == "Vermittelt"
        )
    )
    assert runner_done(context)


def runner_done(context: Any) -> bool:
    return bool(context.runner.wait_for_done(5000))
