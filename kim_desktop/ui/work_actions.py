"""Actions available from anywhere in the main window: record a consultation (Ctrl+N),
take a new client in, batch printing. An action whose screen is not built yet is disabled."""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar, QWidget

from kim_desktop.ui.view_context import ViewContext


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


class WorkActions(QObject):
    def __init__(self, context: ViewContext, window: QWidget) -> None:
        super().__init__(window)
        self._context = context
        style = window.style()
        self.new_consultation = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder), "", window
        )
        self.new_consultation.setObjectName("newConsultationAction")
        self.new_consultation.setShortcut(QKeySequence("Ctrl+N"))
        self.new_consultation.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.new_consultation.triggered.connect(lambda: context.new_consultation())

        self.new_client = QAction(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), "", window)
        self.new_client.setObjectName("newClientAction")
        self.new_client.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_client.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.new_client.triggered.connect(lambda: context.new_client())

        self.batch_print = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), "", window
        )
        self.batch_print.setObjectName("batchPrintAction")
        self.batch_print.triggered.connect(self._open_batch_print)

        self.intake_form = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView), "", window
        )
        self.intake_form.setObjectName("blankIntakeFormAction")
        self.intake_form.triggered.connect(lambda: context.print_document("intake_form", None))

        self._available = {
            self.new_consultation: _module_exists("kim_desktop.ui.consultations.entry_dialog"),
            self.new_client: _module_exists("kim_desktop.ui.clients.intake_dialog"),
            self.batch_print: _module_exists("kim_desktop.ui.printing.batch_dialog"),
            self.intake_form: _module_exists("kim_desktop.ui.printing.preview_dialog"),
        }
        self.set_unlocked(True)

        self.menu = QMenu(window)
        self.menu.addAction(self.new_consultation)
        self.menu.addAction(self.new_client)
        self.menu.addSeparator()
        self.menu.addAction(self.batch_print)
        self.menu.addAction(self.intake_form)

        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("workToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.new_consultation)
        self.toolbar.addAction(self.new_client)
        self.retranslate()
        window.installEventFilter(self)

    @property
    def actions(self) -> list[QAction]:
        return [self.new_consultation, self.new_client, self.batch_print, self.intake_form]

    def set_unlocked(self, unlocked: bool) -> None:
        """While locked nothing is available; afterwards what is built."""
        for action, available in self._available.items():
            action.setEnabled(unlocked and available)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Erfassen"))
        self.toolbar.setWindowTitle(self.tr("Erfassen"))
        self.new_consultation.setText(self.tr("&Beratung erfassen"))
        self.new_consultation.setToolTip(self.tr("Beratung erfassen (Strg+N)"))
        self.new_client.setText(self.tr("Neue:r &Klient:in"))
        self.new_client.setToolTip(self.tr("Neue:n Klient:in aufnehmen (Strg+Umschalt+N)"))
        self.batch_print.setText(self.tr("&Stapeldruck …"))
        self.intake_form.setText(self.tr("Leeren &Aufnahmebogen drucken …"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _open_batch_print(self) -> None:
        from kim_desktop.ui.printing.batch_dialog import open_batch_print

        open_batch_print(self._context)
