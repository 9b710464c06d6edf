"""Consultation quick entry (Ctrl+N from anywhere): client, topics, referrals, Ctrl+Enter.

Keyboard path: type the client's name, Enter picks the first hit and jumps to the topics
(date today, 45 minutes, the last used mode and the type of the client's open case are
already filled in); type a topic and Enter (or digits 1–9) picks it; Alt+V adds a referral;
Ctrl+Enter saves everything in one transaction; Esc asks before discarding typed input.

The fields live in :mod:`entry_fields`, the pre-filling in :mod:`entry_prefill`; this module
is the window: saving, closing, shortcuts.
"""

from __future__ import annotations

import logging
from itertools import pairwise

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.errors import ValidationFailed
from kim_desktop.services.client_lookup import ClientLookup
from kim_desktop.services.consultations import ConsultationInput, ConsultationService
from kim_desktop.ui.confirm import ask_to_discard
from kim_desktop.ui.consultations.entry_fields import ConsultationFields
from kim_desktop.ui.consultations.entry_prefill import EntryPrefill
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import BusyBar

log = logging.getLogger(__name__)
CHANGED_TABLES = frozenset({"consultations", "referrals", "cases", "appointments"})


def open_consultation_entry(
    context: ViewContext, client_id: str | None = None, appointment_id: str | None = None
) -> None:
    """Open a new, non-modal quick entry (several may be open at once)."""
    dialog = ConsultationEntryDialog(context, client_id=client_id, appointment_id=appointment_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


class ConsultationEntryDialog(QDialog):
    def __init__(
        self,
        context: ViewContext,
        client_id: str | None = None,
        appointment_id: str | None = None,
    ) -> None:
        super().__init__(context.window, Qt.WindowType.Window)
        self.setObjectName("consultationEntry")
        self.setModal(False)
        self._context = context
        self._service = ConsultationService(context.office)
        lookup = ClientLookup(context.office)
        self._appointment_id = appointment_id
        self._busy = False
        self.saved_id: str | None = None
        self._discard_box: QMessageBox | None = None
        self.form = ConsultationFields(context, lookup)
        # the fields, as the tests and other modules reach them
        self.picker = self.form.picker
        self.date_edit = self.form.date_edit
        self.duration_spin = self.form.duration_spin
        self.mode_combo = self.form.mode_combo
        self.type_combo = self.form.type_combo
        self.mediation_combo = self.form.mediation_combo
        self.language_combo = self.form.language_combo
        self.topics = self.form.topics
        self.notes_edit = self.form.notes_edit
        self.referral_rows = self.form.referral_rows
        self.case_hint = self.form.case_hint
        self.errors = self.form.errors
        self.general_error = self.form.general_error
        self.prefill = EntryPrefill(self.form, self._service, lookup, context.runner)
        self._build()
        self.retranslate()
        self.picker.setFocus()
        self.prefill.start(client_id, appointment_id, self._show_general_error)

    # -- structure -----------------------------------------------------------------------
    def _build(self) -> None:
        self._heading = QLabel()
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._heading.setFont(font)
        self._busy_bar = BusyBar()
        self.cancel_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        for button in (self.cancel_button, self.save_button):
            button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self.form, 1)
        layout.addWidget(self._busy_bar)
        layout.addLayout(buttons)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        order: list[QWidget] = [*self.form.tab_order(), self.cancel_button, self.save_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.resize(940, 700)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Beratung erfassen"))
        self._heading.setText(self.tr("Beratung erfassen"))
        self.cancel_button.setText(self.tr("Abbrechen"))
        self.save_button.setText(self.tr("&Speichern (Strg+Eingabe)"))
        self.prefill.update_case_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- saving --------------------------------------------------------------------------
    def value(self) -> ConsultationInput:
        return self.form.value(self._appointment_id)

    def save(self) -> None:
        if self._busy:
            return
        data = self.value()
        errors = self._service.validate(data)
        if errors:
            self.form.show_errors(errors)
            return
        self._set_busy(True)
        self._context.runner.run(
            lambda: self._service.save(data),
            on_success=self._saved,
            on_failure=self._failed,
            writes=True,
        )

    def _saved(self, consultation_id: str) -> None:
        self._set_busy(False)
        self.saved_id = consultation_id
        self._context.changes.announce(CHANGED_TABLES)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationFailed):
            self.form.show_errors(exc.errors)
            return
        self._show_general_error(exc)

    def _show_general_error(self, exc: BaseException) -> None:
        if getattr(exc, "code", None) is None:
            log.error("consultation entry failed", exc_info=exc)
        self.general_error.show_message(error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._busy_bar.setVisible(busy)
        self.save_button.setEnabled(not busy)

    # -- closing -------------------------------------------------------------------------
    def has_input(self) -> bool:
        return self.form.has_input()

    def reject(self) -> None:
        """Esc / Abbrechen: ask before throwing typed input away."""
        if self._busy:
            return
        if self.picker.hits_visible():
            self.picker.hits.hide()
            return
        if not self.has_input() or self.saved_id is not None:
            super().reject()
            return
        self._discard_box = ask_to_discard(
            self,
            self.tr("Eingaben verwerfen?"),
            self.tr("Die Beratung ist noch nicht gespeichert. Eingaben verwerfen?"),
            lambda: QDialog.reject(self),
        )
