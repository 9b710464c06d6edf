"""Erasure of a client's personal data (DSGVO Art. 17) from the client file, for authorised
roles, after a strong confirmation: typing the client's name or file number."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.services.erasure_rights import may_erase_client
from kim_desktop.ui.confirm import inform
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.sync.controller import sync_controller
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import ERROR_STYLE, ErrorLabel

log = logging.getLogger(__name__)


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


class EraseClientDialog(QDialog):
    """Window-modal; emits ``erased(client_id)`` once the erasure is recorded."""

    erased = Signal(str)

    def __init__(
        self,
        context: ViewContext,
        client_id: str,
        full_name: str,
        file_number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eraseClientDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._context = context
        self._client_id = client_id
        self._name = full_name
        self._number = file_number
        self.note: Any = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(ERROR_STYLE)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("eraseConfirmEdit")
        self.prompt.setBuddy(self.confirm_edit)
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("eraseError")
        self.buttons = QDialogButtonBox()
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        self.confirm_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.prompt)
        layout.addWidget(self.confirm_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, 300)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Personenbezogene Daten endgültig löschen (Art. 17 DSGVO)"))
        self.explanation.setText(
            self.tr(
                "Alle personenbezogenen Daten von {name} ({number}) – Stammdaten, Haushalt, "
                "Einwilligungen, Fälle, Beratungen, Verweisungen, Termine und Dokumente – werden "
                "auf diesem Gerät, auf dem Server und bei der nächsten Synchronisation auf allen "
                "anderen Geräten gelöscht. Das kann nicht rückgängig gemacht werden; übrig "
                "bleibt nur ein Vermerk ohne personenbezogene Daten."
            ).format(name=self._name, number=self._number)
        )
        self.prompt.setText(
            self.tr(
                "Zur Bestätigung geben Sie den Namen „{name}“ oder das Aktenzeichen „{number}“ ein:"
            ).format(name=self._name, number=self._number)
        )
        self.erase_button.setText(self.tr("Endgültig &löschen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def confirmed(self) -> bool:
        typed = _normalised(self.confirm_edit.text())
        return bool(typed) and typed in (_normalised(self._name), _normalised(self._number))

    def _check(self) -> None:
        self.erase_button.setEnabled(self.confirmed())
        self.error_label.clear_message()

    def erase(self) -> None:
        if not self.confirmed():
            return
        controller = sync_controller(self._context)
        service = controller.service
        client_id = self._client_id
        self.erase_button.setEnabled(False)
        started = controller.run_job(
            lambda: service.erase_client(client_id),
            on_success=self._erased,
            on_failure=self._failed,
        )
        if not started:
            self.error_label.show_message(
                self.tr("Eine Synchronisation läuft gerade. Bitte versuchen Sie es gleich erneut.")
            )
            self._check()

    def _erased(self, _result: object) -> None:
        self.erased.emit(self._client_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", None) is None:
            log.error("erasing the client failed", exc_info=exc)
        self.error_label.show_message(error_text(exc))
        self.erase_button.setEnabled(self.confirmed())


class EraseClientButton(QPushButton):
    """The client file's "Endgültig löschen (Art. 17) …" button; only for authorised roles."""

    def __init__(self, context: ViewContext, window: Any) -> None:
        super().__init__()
        self.setObjectName("eraseClientButton")
        self.setAutoDefault(False)
        self._context = context
        self._window = window
        self.dialog: EraseClientDialog | None = None
        self.clicked.connect(self.open_dialog)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Endgültig lö&schen …"))
        self.setToolTip(
            self.tr("Alle personenbezogenen Daten dieser Person löschen (Art. 17 DSGVO)")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_dialog(self) -> EraseClientDialog:
        master = self._window.file.master
        dialog = EraseClientDialog(
            self._context, master.id, master.full_name, master.file_number, self._window
        )
        dialog.erased.connect(self._erased)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _erased(self, _client_id: str) -> None:
        parent = self._context.window
        title = self.tr("Daten gelöscht")
        text = self.tr(
            "Die personenbezogenen Daten wurden auf diesem Gerät gelöscht. Der Server und "
            "die anderen Geräte löschen sie bei ihrer nächsten Synchronisation."
        )
        # The file window closes itself: its reload after the announced change finds the
        # client gone (closing it here would orphan that reload's failure callback).
        inform(parent, title, text)


def erase_button(context: ViewContext, window: Any) -> EraseClientButton | None:
    """The erase button for the client file ``window``, or None if the user may not erase."""
    try:
        allowed = may_erase_client(context.office, window.client_id)
    except Exception:
        log.exception("checking the right to erase failed")
        return None
    return EraseClientButton(context, window) if allowed else None
