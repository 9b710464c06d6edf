"""Server address and enrolment of this device (address + one-time code), or who it is
enrolled as."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.ui.widgets import ErrorLabel


class EnrolPanel(QGroupBox):
    """Emits ``enrolRequested(server_url, code, ca_bundle)``; the view runs the enrolment."""

    enrolRequested = Signal(str, str, str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolPanel")
        self._overview: Any = None
        self._editing = False

        # enrolled state
        self.server_value = QLabel()
        self.server_value.setObjectName("enrolledServer")
        self.device_value = QLabel()
        self.device_value.setObjectName("enrolledDevice")
        self.account_value = QLabel()
        self.account_value.setObjectName("enrolledAccount")
        for value in (self.server_value, self.device_value, self.account_value):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
        self.reenrol_button = QPushButton()
        self.reenrol_button.setObjectName("reenrolButton")
        self.reenrol_button.setAutoDefault(False)
        self.reenrol_button.clicked.connect(lambda: self._set_editing(True))
        self.enrolled_box = QWidget()
        enrolled_form = QFormLayout(self.enrolled_box)
        enrolled_form.setContentsMargins(0, 0, 0, 0)
        self._server_caption = QLabel()
        self._device_caption = QLabel()
        self._account_caption = QLabel()
        enrolled_form.addRow(self._server_caption, self.server_value)
        enrolled_form.addRow(self._device_caption, self.device_value)
        enrolled_form.addRow(self._account_caption, self.account_value)
        reenrol_row = QHBoxLayout()
        reenrol_row.addStretch(1)
        reenrol_row.addWidget(self.reenrol_button)
        enrolled_form.addRow(reenrol_row)

        # enrolment form
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.server_edit = QLineEdit()
        self.server_edit.setObjectName("serverEdit")
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("codeEdit")
        self.ca_edit = QLineEdit()
        self.ca_edit.setObjectName("caBundleEdit")
        self.ca_button = QPushButton()
        self.ca_button.setObjectName("caBundleButton")
        self.ca_button.setAutoDefault(False)
        self.ca_button.clicked.connect(self._choose_ca_bundle)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        self.enrol_button = QPushButton()
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.setAutoDefault(True)
        self.enrol_button.clicked.connect(self._submit)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelEnrolButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(lambda: self._set_editing(False))
        for edit in (self.server_edit, self.code_edit, self.ca_edit):
            edit.returnPressed.connect(self._submit)
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("enrolError")
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        self._server_label = QLabel()
        self._server_label.setBuddy(self.server_edit)
        self._code_label = QLabel()
        self._code_label.setBuddy(self.code_edit)
        self._ca_label = QLabel()
        self._ca_label.setBuddy(self.ca_edit)
        form.addRow(self.intro)
        form.addRow(self._server_label, self.server_edit)
        form.addRow(self._code_label, self.code_edit)
        form.addRow(self._ca_label, ca_row)
        form.addRow(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.enrol_button)
        form.addRow(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.enrolled_box)
        layout.addWidget(self.form_box)
        layout.addStretch(1)
        self.retranslate()
        self.set_overview(None)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Server und Gerät"))
        self._server_caption.setText(self.tr("Server:"))
        self._device_caption.setText(self.tr("Gerät:"))
        self._account_caption.setText(self.tr("Angemeldet als:"))
        self.reenrol_button.setText(self.tr("&Neu anmelden …"))
        self.reenrol_button.setToolTip(
            self.tr("Gerät mit einem neuen Anmeldecode (auch bei einem anderen Server) anmelden")
        )
        self.intro.setText(
            self.tr(
                "Geben Sie die Adresse des Synchronisationsservers des Kreises und den "
                "einmaligen Anmeldecode ein, den Sie von der Administration erhalten haben."
            )
        )
        self._server_label.setText(self.tr("Server&adresse:"))
        self.server_edit.setPlaceholderText(self.tr("https://kim.rhein-sieg-kreis.de"))
        self._code_label.setText(self.tr("Anmelde&code:"))
        self.code_edit.setPlaceholderText(self.tr("z. B. K7QM-2XPA"))
        self._ca_label.setText(self.tr("&Zertifikat (optional):"))
        self.ca_edit.setPlaceholderText(self.tr("Zertifikatsdatei des Kreises (PEM)"))
        self.ca_button.setText(self.tr("Durchsuchen …"))
        self.enrol_button.setText(self.tr("&Gerät anmelden"))
        self.cancel_button.setText(self.tr("Abbrechen"))
        self._show_enrolled()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state -----------------------------------------------------------------------------
    def set_overview(self, overview: Any) -> None:
        self._overview = overview
        url = getattr(overview, "server_url", None) if overview is not None else None
        if url and not self.server_edit.text():
            self.server_edit.setText(url)
        self._set_editing(self._editing and self.enrolled())

    def enrolled(self) -> bool:
        return bool(self._overview is not None and self._overview.enrolled)

    def set_busy(self, busy: bool) -> None:
        self.enrol_button.setEnabled(not busy)
        self.reenrol_button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.error_label.show_message(text)

    def _set_editing(self, editing: bool) -> None:
        self._editing = editing
        enrolled = self.enrolled()
        self.enrolled_box.setVisible(enrolled and not editing)
        self.form_box.setVisible(not enrolled or editing)
        self.cancel_button.setVisible(enrolled and editing)
        if editing:
            self.code_edit.clear()
            self.code_edit.setFocus()
        self._show_enrolled()

    def enrolled_done(self) -> None:
        """After a successful enrolment: clear the one-time code, show the enrolled state."""
        self.code_edit.clear()
        self.error_label.clear_message()
        self._editing = False

    def _show_enrolled(self) -> None:
        overview = self._overview
        if overview is None or not overview.enrolled:
            return
        self.server_value.setText(str(overview.server_url or ""))
        self.device_value.setText(str(overview.device_id or ""))
        account = getattr(overview, "account_login", None) or getattr(overview, "login", None)
        self.account_value.setText(str(account or self.tr("(unbekannt)")))

    # -- input -----------------------------------------------------------------------------
    def _submit(self) -> None:
        if not self.enrol_button.isEnabled() or not self.form_box.isVisible():
            return
        self.error_label.clear_message()
        self.enrolRequested.emit(
            self.server_edit.text().strip(), self.code_edit.text().strip(), self.ca_edit.text()
        )

    def _choose_ca_bundle(self) -> None:
        dialog = QFileDialog(self, self.tr("Zertifikatsdatei wählen"))
        dialog.setObjectName("caBundleDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Zertifikate (*.pem *.crt *.cer)"), self.tr("Alle (*)")])
        dialog.fileSelected.connect(self.ca_edit.setText)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
