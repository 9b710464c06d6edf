"""A typical consultation (two topics, one referral) takes at most 12 user actions.

Counting rule (issue 3): every key press that is not typing text, every click and every
shortcut is one action; typed text (the client's name, the topic filter, the reason) is free.
Keys go to whatever widget has the focus, as they would for a user.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from kim_desktop.db.models import Case, Consultation, Referral
from kim_desktop.domain.enums import ConsultationType, LanguageMediation, ReferralStatus

MAX_ACTIONS = 12


class ActionCounter:
    """Sends keys to the focused widget and counts every non-typing interaction."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.count = 0
        self.log: list[str] = []

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.count += 1
        self.log.append(f"{modifier.name}+{key.name}")
        self.qtbot.keyClick(self.focus(), key, modifier)

    def shortcut(self, name: str, trigger: Any) -> None:
        self.count += 1
        self.log.append(name)
        trigger()

    def type(self, text: str) -> None:
        """Typed text: free."""
        self.qtbot.keyClicks(self.focus(), text)


def test_typical_consultation_in_at_most_twelve_actions(
    qtbot: Any, context: Any, world: Any, open_entry: Any
) -> None:
    actions = ActionCounter(qtbot)
    holder: dict[str, Any] = {}
    actions.shortcut("Ctrl+N", lambda: holder.setdefault("dialog", open_entry()))
    dialog = holder["dialog"]

    # the client: typed name, the first hit is highlighted, Enter takes it
    assert actions.focus() is dialog.picker.edit
    actions.type("Kovalenko")
    qtbot.waitUntil(lambda: dialog.picker.hits_visible())
    assert (
        dialog.picker.hits.item(0).text() == f"Olena Kovalenko · 12.04.1988 · {world.file_number}"
    )
    actions.press(Qt.Key.Key_Return)
    assert dialog.picker.client is not None and dialog.picker.client.id == world.client_id
    # the client's defaults arrive: interpreter needed → language mediation in Ukrainian
    qtbot.waitUntil(lambda: dialog.mediation_combo.value() is LanguageMediation.PERSON)
    assert dialog.language_combo.currentText() == "Ukrainisch"
    assert dialog.type_combo.value() is ConsultationType.ONE_TIME

    # two topics: filter by typing, Enter picks
    assert actions.focus() is dialog.topics.filter_edit
    actions.type("lebens")
    actions.press(Qt.Key.Key_Return)
    actions.type("deutsch")
    actions.press(Qt.Key.Key_Return)
    assert dialog.topics.chip_texts() == ["Lebensunterhalt", "Deutsch (Kurse)"]

    # one referral: Alt+V adds a row, type the category, Tab to the reason, type it
    actions.press(Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(dialog.referral_rows.rows) == 1)  # buttons animate the click
    row = dialog.referral_rows.rows[0]
    assert actions.focus() is row.target_combo
    actions.type("Sprach")
    assert row.target_combo.currentData() == "sprach-integrationskurse"
    while actions.focus() is not row.reason_edit:
        actions.press(Qt.Key.Key_Tab)
        assert actions.count <= MAX_ACTIONS, actions.log
    actions.type("Anmeldung zum Integrationskurs")

    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        actions.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert actions.count <= MAX_ACTIONS, actions.log
    print(f"actions: {actions.count} {actions.log}")

    office = world.office
    with office.database.reading() as session:
        consultation = session.scalars(select(Consultation)).one()
        assert consultation.client_id == world.client_id
        assert consultation.municipality_code == "troisdorf"
        assert consultation.case_manager_id == office.actor.user_id
        assert consultation.duration_minutes == 45
        assert sorted(t.code for t in consultation.topics) == ["deutsch-kurse", "lebensunterhalt"]
        assert consultation.language_mediation is LanguageMediation.PERSON
        assert consultation.mediation_language_code == "uk"
        case = session.get(Case, consultation.case_id)
        assert case is not None and case.client_id == world.client_id
        assert case.municipality_code == "troisdorf"
        referral = session.scalars(select(Referral)).one()
        assert referral.consultation_id == consultation.id
        assert referral.client_id == world.client_id
        assert referral.case_id == case.id
        assert referral.municipality_code == "troisdorf"
        assert referral.target_code == "sprach-integrationskurse"
        assert referral.reason == "Anmeldung zum Integrationskurs"
        assert referral.status is ReferralStatus.SUGGESTED
        assert referral.consent_id is not None
