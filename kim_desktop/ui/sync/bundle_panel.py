"""Sync files for offices without any connection: export pending changes to an encrypted file
(USB stick), import the district's reply file."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

BUNDLE_SUFFIX = "kimsync"


class BundlePanel(QGroupBox):
    exportRequested = Signal(str)  # noqa: N815
    importRequested = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundlePanel")
        self.dialog: QFileDialog | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportBundleButton")
        self.export_button.clicked.connect(self.choose_export)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importBundleButton")
        self.import_button.clicked.connect(self.choose_import)
        for button in (self.export_button, self.import_button):
            button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.addWidget(self.intro, 1)
        layout.addWidget(self.export_button)
        layout.addWidget(self.import_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ohne Verbindung: Synchronisationsdatei"))
        self.intro.setText(
            self.tr(
                "Ohne Netz können Sie die ausstehenden Änderungen verschlüsselt in eine Datei "
                "schreiben (z. B. für einen USB-Stick) und die Antwortdatei des Kreises einlesen."
            )
        )
        self.export_button.setText(self.tr("Änderungen &exportieren …"))
        self.import_button.setText(self.tr("Ant&wortdatei einlesen …"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_enabled_for(self, enrolled: bool, running: bool) -> None:
        self.export_button.setEnabled(enrolled and not running)
        self.import_button.setEnabled(enrolled and not running)

    def _filters(self) -> list[str]:
        return [
            self.tr("KIM-Synchronisationsdateien (*.{suffix})").format(suffix=BUNDLE_SUFFIX),
            self.tr("Alle Dateien (*)"),
        ]

    def choose_export(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Änderungen exportieren"))
        dialog.setObjectName("exportBundleDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters(self._filters())
        dialog.setDefaultSuffix(BUNDLE_SUFFIX)
        dialog.selectFile(f"kim-aenderungen-{date.today().isoformat()}.{BUNDLE_SUFFIX}")
        dialog.fileSelected.connect(self.exportRequested)
        return self._open(dialog)

    def choose_import(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Antwortdatei einlesen"))
        dialog.setObjectName("importBundleDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(self._filters())
        dialog.fileSelected.connect(self.importRequested)
        return self._open(dialog)

    def _open(self, dialog: QFileDialog) -> QFileDialog:
        self.dialog = dialog

        def finished(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog
