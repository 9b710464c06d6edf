"""Adding or changing one session of a group offer."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.errors import ValidationFailed
from kim_desktop.services.group_offers import (
    MAX_SESSION_MINUTES,
    GroupOfferService,
    SessionInput,
    SessionRow,
)
from kim_desktop.ui.messages import error_text, message
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import ErrorLabel

log = logging.getLogger(__name__)
CHANGED = frozenset({"group_sessions"})


class SessionDialog(QDialog):
    sessionSaved = Signal(str)  # noqa: N815

    def __init__(
        self,
        context: ViewContext,
        offer_id: str,
        *,
        session: SessionRow | None = None,
        default_minutes: int = 120,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self._context = context
        self._service = GroupOfferService(context.office)
        self._offer_id = offer_id
        self._session = session
        self._busy = False
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("held_on")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("duration_minutes")
        self.duration_spin.setRange(0, MAX_SESSION_MINUTES)
        self.duration_spin.setSingleStep(15)
        self.participants_spin = QSpinBox()
        self.participants_spin.setObjectName("participants")
        self.participants_spin.setRange(0, 999)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        held = session.held_on if session else date.today()
        self.date_edit.setDate(QDate(held.year, held.month, held.day))
        self.duration_spin.setValue(session.duration_minutes if session else default_minutes)
        self.participants_spin.setValue(session.participants if session else 0)
        self.note_edit.setText(session.note if session else "")
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for text_label, widget in zip(
            self._labels,
            (self.date_edit, self.duration_spin, self.participants_spin, self.note_edit),
            strict=True,
        ):
            text_label.setBuddy(widget)
            form.addRow(text_label, widget)
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("sessionError")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveSession")
        self.cancel_button = QPushButton()
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.participants_spin.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Termin bearbeiten") if self._session else self.tr("Termin hinzufügen")
        )
        for text_label, text in zip(
            self._labels,
            (self.tr("&Datum:"), self.tr("D&auer:"), self.tr("&Teilnehmende:"), self.tr("&Notiz:")),
            strict=True,
        ):
            text_label.setText(text)
        self.duration_spin.setSuffix(self.tr(" Minuten"))
        self.save_button.setText(self.tr("Speichern"))
        self.cancel_button.setText(self.tr("Abbrechen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)

    def session_input(self) -> SessionInput:
        qdate = self.date_edit.date()
        return SessionInput(
            held_on=date(qdate.year(), qdate.month(), qdate.day()),
            duration_minutes=self.duration_spin.value(),
            participants=self.participants_spin.value(),
            note=self.note_edit.text(),
        )

    def submit(self) -> None:
        if self._busy:
            return
        data = self.session_input()
        errors = self._service.validate_session(data)
        if errors:
            self.error_label.show_message("\n".join(message(e.code, e.params) for e in errors))
            return
        self._busy = True
        service, offer_id, existing = self._service, self._offer_id, self._session

        def work() -> str:
            if existing is None:
                return service.add_session(offer_id, data)
            service.update_session(existing.id, data)
            return existing.id

        self._context.runner.run(work, on_success=self._saved, on_failure=self._failed, writes=True)

    def _saved(self, session_id: str) -> None:
        self._busy = False
        self._context.changes.announce(CHANGED)
        self.sessionSaved.emit(session_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, ValidationFailed):
            self.error_label.show_message("\n".join(message(e.code, e.params) for e in exc.errors))
            return
        log.error("saving the group session failed", exc_info=exc)
        self.error_label.show_message(error_text(exc))
