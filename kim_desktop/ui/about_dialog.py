"""Help → About KIM Desktop: version, shipped libraries and fonts with their licences."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kim_desktop import __version__, about


class AboutDialog(QDialog):
    """Lists every shipped component; selecting one shows its licence text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.components = about.shipped_components()
        self._heading = QLabel()
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._heading.setFont(font)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self.table = QTableWidget(len(self.components), 4)
        self.table.setObjectName("components")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row in range(len(self.components)):
            for column in range(4):
                self.table.setItem(row, column, QTableWidgetItem())
        self.table.currentCellChanged.connect(lambda row, *_: self.show_licence(row))
        self._licence_heading = QLabel()
        self.licence_view = QPlainTextEdit()
        self.licence_view.setObjectName("licenceText")
        self.licence_view.setReadOnly(True)
        self.licence_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._text)
        layout.addWidget(self.table, 3)
        layout.addWidget(self._licence_heading)
        layout.addWidget(self.licence_view, 2)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self._shown_row = -1
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Über KIM Desktop"))
        self._heading.setText(self.tr("KIM Desktop {version}").format(version=__version__))
        self._text.setText(
            self.tr(
                "Fallmanagement für das Kommunale Integrationsmanagement (KIM) "
                "im Rhein-Sieg-Kreis. "
                "KIM Desktop arbeitet auch ohne Netzverbindung und speichert alle Daten "
                "verschlüsselt. Es enthält die folgenden Bibliotheken und Schriften:"
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Komponente"), self.tr("Version"), self.tr("Lizenz"), self.tr("Art")]
        )
        for row, component in enumerate(self.components):
            version = component.version
            if version == about.NOT_INSTALLED:
                version = self.tr("nicht installiert")
            kind = self.tr("Schrift") if component.kind == "font" else self.tr("Bibliothek")
            for column, text in enumerate((component.name, version, component.licence, kind)):
                self.table.item(row, column).setText(text)
            self.table.item(row, 0).setToolTip(component.url)
        self._update_licence_heading()

    def show_licence(self, row: int) -> None:
        """Show the licence text of the component in ``row``."""
        self._shown_row = row
        if 0 <= row < len(self.components):
            text = about.licence_text(self.components[row])
            self.licence_view.setPlainText(text or "")
        else:
            self.licence_view.clear()
        self._update_licence_heading()

    def select_component(self, name: str) -> None:
        for row, component in enumerate(self.components):
            if component.name == name:
                self.table.setCurrentCell(row, 0)
                return
        raise KeyError(name)

    def _update_licence_heading(self) -> None:
        row = self._shown_row
        if not 0 <= row < len(self.components):
            self._licence_heading.setText(
                self.tr("Wählen Sie eine Komponente, um ihren Lizenztext zu sehen.")
            )
        elif self.licence_view.toPlainText():
            self._licence_heading.setText(
                self.tr("Lizenztext von {name}:").format(name=self.components[row].name)
            )
        else:
            self._licence_heading.setText(
                self.tr("Für {name} liegt kein Lizenztext bei; siehe {url}.").format(
                    name=self.components[row].name, url=self.components[row].url
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
