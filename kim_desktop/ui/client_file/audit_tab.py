"""The "Protokoll" tab: who viewed or changed the file and its records (loaded on demand)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.services.client_file import AuditRow, ClientFileService
from kim_desktop.ui.client_file.audit_model import audit_model
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import BusyBar, ErrorLabel

log = logging.getLogger(__name__)


class AuditTab(QWidget):
    def __init__(self, context: ViewContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditTab")
        self._context = context
        self._client_id = client_id
        self.loaded = False
        self._loading = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = audit_model(self)
        self.view = QTableView()
        self.view.setObjectName("auditView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.busy = BusyBar()
        self.error_label = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_label)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Wer hat diese Akte oder einen ihrer Einträge angesehen oder geändert? "
                "Gezeigt werden die Namen der geänderten Felder, nie ihre Inhalte."
            )
        )
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.busy.setVisible(True)
        service = ClientFileService(self._context.office)
        client_id = self._client_id
        self._context.runner.run(
            lambda: service.audit_trail(client_id),
            on_success=self._loaded,
            on_failure=self._failed,
        )

    def _loaded(self, rows: list[AuditRow]) -> None:
        self._loading = False
        self.loaded = True
        self.busy.setVisible(False)
        self.error_label.clear_message()
        self.model.set_rows(rows)

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.busy.setVisible(False)
        log.error("loading the audit trail failed", exc_info=exc)
        self.error_label.show_message(error_text(exc))
