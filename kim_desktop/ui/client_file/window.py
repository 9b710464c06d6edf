"""The client file: one window per client with master data, cases, timeline, consents, audit."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.services.client_file import ClientFile, ClientFileService
from kim_desktop.services.trash import DeletedKind
from kim_desktop.ui.client_file import actions
from kim_desktop.ui.client_file.audit_tab import AuditTab
from kim_desktop.ui.client_file.cases_tab import CasesTab
from kim_desktop.ui.client_file.consents_tab import ConsentsTab
from kim_desktop.ui.client_file.formatting import show_date
from kim_desktop.ui.client_file.summary_tab import SummaryTab
from kim_desktop.ui.client_file.timeline_tab import TimelineTab
from kim_desktop.ui.client_file.trash_tab import TrashTab
from kim_desktop.ui.confirm import inform
from kim_desktop.ui.deletion import RecordDeleter
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.sync.erase_dialog import erase_button
from kim_desktop.ui.undo_bar import UndoBar
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import ErrorLabel

log = logging.getLogger(__name__)

# Tables whose changes can alter what a client file shows.
WATCHED_TABLES = frozenset(
    {
        "clients",
        "household_members",
        "cases",
        "goals",
        "consultations",
        "referrals",
        "consents",
        "documents",
        "appointments",
    }
)
PRINT_KINDS = ("consent", "appointment", "confirmation", "referral", "access_report")
_REGISTRY_ATTRIBUTE = "_client_file_windows"


def _open_windows(context: ViewContext) -> dict[str, ClientFileWindow]:
    """The client files open in this office session (kept on the context, no globals)."""
    windows = getattr(context, _REGISTRY_ATTRIBUTE, None)
    if windows is None:
        windows = {}
        setattr(context, _REGISTRY_ATTRIBUTE, windows)
    return windows


def open_client_file(
    context: ViewContext, client_id: str, case_id: str | None = None
) -> ClientFileWindow | None:
    """Show the client's file (raising an open one), optionally at one of its cases."""
    windows = _open_windows(context)
    window = windows.get(client_id)
    if window is None:
        try:
            file = ClientFileService(context.office).load(client_id)
        except Exception as exc:
            if getattr(exc, "code", None) is None:
                log.error("opening the client file failed", exc_info=exc)
            inform(
                context.window,
                QCoreApplication.translate("ClientFileWindow", "Akte"),
                error_text(exc),
                object_name="clientFileError",
                icon=QMessageBox.Icon.Warning,
            )
            return None
        window = ClientFileWindow(context, file)
        windows[client_id] = window
        window.destroyed.connect(lambda *_: windows.pop(client_id, None))
    window.show()
    window.raise_()
    window.activateWindow()
    if case_id is not None:
        window.show_case(case_id)
    return window


class ClientFileWindow(QWidget):
    def __init__(self, context: ViewContext, file: ClientFile) -> None:
        super().__init__(context.window, Qt.WindowType.Window)
        self.setObjectName("clientFileWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._context = context
        self.client_id = file.master.id
        self.file = file
        self.note: QMessageBox | None = None
        self.question: QMessageBox | None = None
        self._reloading = False

        self.name_label = QLabel()
        self.name_label.setObjectName("clientName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.sub_label = QLabel()
        self.sub_label.setObjectName("clientSubtitle")
        self.sub_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.consultation_button = QPushButton()
        self.consultation_button.setObjectName("newConsultationButton")
        self.consultation_button.clicked.connect(self.new_consultation)
        self.appointment_button = QPushButton()
        self.appointment_button.setObjectName("newAppointmentButton")
        self.appointment_button.clicked.connect(self.new_appointment)
        self.print_button = QToolButton()
        self.print_button.setObjectName("printButton")
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = QMenu(self)
        self.print_actions: dict[str, QAction] = {}
        for kind in PRINT_KINDS:
            action = self.print_menu.addAction("")
            action.triggered.connect(lambda _checked=False, k=kind: self.print_kind(k))
            self.print_actions[kind] = action
        self.print_button.setMenu(self.print_menu)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.sub_label)
        header.addLayout(titles, 1)
        header.addWidget(self.consultation_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.appointment_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        self.erase_button = erase_button(context, self)  # None unless the user may erase
        if self.erase_button is not None:
            header.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignTop)

        self.undo_bar = UndoBar()
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("clientFileMessage")
        self.deleter = RecordDeleter(context, self, self.error_label.show_message, self.undo_bar)
        self.summary_tab = SummaryTab(context)
        self.summary_tab.editRequested.connect(self.edit_client)
        self.summary_tab.deleteRequested.connect(self.delete_client)
        self.cases_tab = CasesTab(context, self.client_id, self.deleter)
        self.timeline_tab = TimelineTab(context, self.deleter)
        self.timeline_tab.caseRequested.connect(self.show_case)
        self.timeline_tab.consentRequested.connect(self.show_consent)
        self.consents_tab = ConsentsTab(context, self.client_id)
        self.audit_tab = AuditTab(context, self.client_id)
        self.trash_tab = TrashTab(context, self.client_id, self.deleter)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("clientFileTabs")
        for tab in (
            self.summary_tab,
            self.cases_tab,
            self.timeline_tab,
            self.consents_tab,
            self.audit_tab,
            self.trash_tab,
        ):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.undo_bar)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.close)
        QShortcut(QKeySequence("Ctrl+Shift+B"), self, activated=self.new_consultation)

        context.changes.changed.connect(self._changes_announced)
        self.resize(1100, 700)
        self.apply(file)
        self.tabs.setCurrentWidget(self.timeline_tab)
        self.retranslate()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        master = self.file.master
        self.setWindowTitle(
            self.tr("Akte {name} ({number})").format(
                name=master.full_name, number=master.file_number
            )
        )
        self.name_label.setText(master.full_name)
        parts = [self.tr("Aktenzeichen {number}").format(number=master.file_number)]
        if master.birth_date:
            parts.append(self.tr("geb. {date}").format(date=show_date(master.birth_date)))
        self.sub_label.setText(" · ".join(parts))
        self.consultation_button.setText(self.tr("&Beratung erfassen"))
        self.consultation_button.setToolTip(self.tr("Beratung erfassen (Strg+Umschalt+B)"))
        self.appointment_button.setText(self.tr("&Termin anlegen …"))
        self.appointment_button.setToolTip(
            self.tr("Termin für diese Klient:in anlegen, beim gewählten Fall")
        )
        self.print_button.setText(self.tr("&Drucken …"))
        texts = {
            "consent": self.tr("&Einwilligungserklärung"),
            "appointment": self.tr("&Terminbestätigung (nächster Termin)"),
            "confirmation": self.tr("&Beratungsbestätigung (letzte Beratung)"),
            "referral": self.tr("&Verweisschreiben (letzte Verweisung)"),
            "access_report": self.tr("&Auskunft nach Art. 15 DSGVO"),
        }
        for kind, text in texts.items():
            self.print_actions[kind].setText(text)
        titles = (
            self.tr("&Stammdaten"),
            self.tr("&Fälle"),
            self.tr("&Zeitstrahl"),
            self.tr("&Einwilligungen"),
            self.tr("&Protokoll"),
            self.tr("Papier&korb"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content -----------------------------------------------------------------------------
    def apply(self, file: ClientFile) -> None:
        self.file = file
        self.summary_tab.set_master(file.master)
        self.cases_tab.set_cases(file.cases)
        self.timeline_tab.set_entries(file.timeline)
        self.consents_tab.set_consents(file.consents)
        if self.audit_tab.loaded or self.tabs.currentWidget() is self.audit_tab:
            self.audit_tab.reload()
        if self.trash_tab.loaded or self.tabs.currentWidget() is self.trash_tab:
            self.trash_tab.reload()
        self.retranslate()

    def reload(self) -> None:
        """Reload the file off the UI thread (after a change announced by any view)."""
        if self._reloading:
            return
        self._reloading = True
        service = ClientFileService(self._context.office)
        client_id = self.client_id
        self._context.runner.run(
            lambda: service.load(client_id, record_view=False),
            # plain callables: the file may close (and be freed) while it reloads
            on_success=lambda file: shiboken6.isValid(self) and self._reloaded(file),
            on_failure=lambda exc: shiboken6.isValid(self) and self._reload_failed(exc),
        )

    def _reloaded(self, file: ClientFile) -> None:
        self._reloading = False
        self.apply(file)

    def _reload_failed(self, exc: BaseException) -> None:
        self._reloading = False
        if getattr(exc, "code", None) == "record_missing":  # deleted meanwhile
            self.close()
            return
        log.error("reloading the client file failed", exc_info=exc)

    def _changes_announced(self, tables: Any) -> None:
        if WATCHED_TABLES & set(tables):
            self.reload()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.audit_tab and not self.audit_tab.loaded:
            self.audit_tab.reload()

    # -- navigation --------------------------------------------------------------------------
    def show_case(self, case_id: str) -> None:
        self.tabs.setCurrentWidget(self.cases_tab)
        self.cases_tab.select_case(case_id)

    def show_consent(self, consent_id: str) -> None:
        self.tabs.setCurrentWidget(self.consents_tab)
        self.consents_tab.select_consent(consent_id)

    # -- actions -----------------------------------------------------------------------------
    def new_consultation(self) -> None:
        self.note = actions.new_consultation(self._context, self, self.client_id)

    def new_appointment(self) -> None:
        """An appointment for this client, for the case selected on the Fälle tab if any."""
        from kim_desktop.ui.appointments.appointment_dialog import open_appointment_dialog

        open_appointment_dialog(
            self._context, client_id=self.client_id, case_id=self.cases_tab.selected_case_id()
        )

    def delete_client(self) -> None:
        """Delete the whole client (asks first); the file closes, and the main window offers
        Rückgängig (later: Klient:innen → Gelöschte anzeigen)."""
        client_deleter = RecordDeleter(self._context, self, self.error_label.show_message)
        self.question = client_deleter.delete(
            DeletedKind.CLIENT,
            self.client_id,
            f"{self.file.master.full_name} ({self.file.master.file_number})",
        )  # the file closes itself when its reload finds the client deleted

    def edit_client(self) -> None:
        self.note = actions.edit_client(self._context, self, self.client_id)

    def print_kind(self, kind: str) -> None:
        related: str | None = None
        if kind == "consent":
            selected = self.consents_tab.selected()
            related = (
                selected.id
                if selected
                else (self.file.consents[0].id if self.file.consents else None)
            )
        self.note = actions.print_document(self._context, self, kind, self.client_id, related)

    def closeEvent(self, event: QCloseEvent) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self._context.changes.changed.disconnect(self._changes_announced)
        _open_windows(self._context).pop(self.client_id, None)
        super().closeEvent(event)
