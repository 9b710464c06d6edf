"""The "Papierkorb" tab: the file's deleted cases, goals, consultations, referrals and
appointments, restorable until their deletion is synchronised (loaded when shown)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kim_desktop.services.trash import DeletedEntry, DeletedKind, TrashService
from kim_desktop.ui.client_file.formatting import label, show_date, show_datetime
from kim_desktop.ui.deletion import RecordDeleter, kind_text
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.simple_table import fill_table, make_table, selected_id
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import BusyBar, ErrorLabel

log = logging.getLogger(__name__)


class TrashTab(QWidget):
    def __init__(
        self,
        context: ViewContext,
        client_id: str,
        deleter: RecordDeleter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trashTab")
        self._context = context
        self._client_id = client_id
        self._deleter = deleter
        self.entries: list[DeletedEntry] = []
        self.loaded = False
        self._generation = 0
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = make_table(5)
        self.table.setObjectName("trashTable")
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty_label = QLabel()
        self.empty_label.setObjectName("trashEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreEntryButton")
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.busy = BusyBar()
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("trashError")
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.retranslate()
        self._show_entries([])

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Gelöschte Einträge dieser Akte. Sie lassen sich wiederherstellen, bis die "
                "Löschung mit dem Kreis-Server synchronisiert ist."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Gelöscht am"),
                self.tr("Art"),
                self.tr("Datum"),
                self.tr("Beschreibung"),
                self.tr("Wiederherstellen"),
            ]
        )
        self.empty_label.setText(self.tr("Der Papierkorb dieser Akte ist leer."))
        self.restore_button.setText(self.tr("&Wiederherstellen"))
        self.restore_button.setToolTip(self.tr("Den gewählten Eintrag zurück in die Akte holen"))
        self._show_entries(self.entries)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        service = TrashService(self._context.office)
        client_id = self._client_id
        self.busy.setVisible(True)
        self._context.runner.run(
            lambda: service.deleted_in_file(client_id),
            on_success=lambda entries: self._loaded(generation, entries),
            on_failure=lambda exc: self._failed(generation, exc),
        )

    def _loaded(self, generation: int, entries: list[DeletedEntry]) -> None:
        if generation != self._generation:
            return
        self.busy.setVisible(False)
        self.loaded = True
        self._show_entries(entries)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy.setVisible(False)
        log.error("loading the Papierkorb failed", exc_info=exc)
        self.error_label.show_message(error_text(exc))

    def _show_entries(self, entries: list[DeletedEntry]) -> None:
        selected = selected_id(self.table)
        self.entries = entries
        rows = [
            [
                show_datetime(e.deleted_at),
                kind_text(e.kind),
                show_date(e.on),
                self._description(e),
                self.tr("möglich") if e.restorable else self.tr("nicht mehr (synchronisiert)"),
            ]
            for e in entries
        ]
        fill_table(self.table, rows, [e.record_id for e in entries])
        self.table.setVisible(bool(entries))
        self.empty_label.setVisible(not entries)
        for row, entry in enumerate(entries):
            if entry.record_id == selected:
                self.table.selectRow(row)
        self._update_button()

    def _description(self, entry: DeletedEntry) -> str:
        kind = entry.kind
        value = label(entry.type_value) if entry.type_value is not None else ""  # type: ignore[arg-type]
        if kind is DeletedKind.REFERRAL:
            target = self._context.catalogues.label(
                "referral_targets", entry.code, self._context.language
            )
            where = f"{target} ({entry.text})" if entry.text else target
            return f"{value}: {where}"
        if kind is DeletedKind.GOAL:
            return self.tr("{goal} (Fall: {type})").format(goal=entry.text, type=value)
        parts = [part for part in (value, entry.text.replace("\n", " ")) if part]
        return " – ".join(parts) or "–"

    # -- restoring ---------------------------------------------------------------------------
    def selected_entry(self) -> DeletedEntry | None:
        record_id = selected_id(self.table)
        return next((e for e in self.entries if e.record_id == record_id), None)

    def _update_button(self) -> None:
        entry = self.selected_entry()
        self.restore_button.setEnabled(entry is not None and entry.restorable)

    def restore_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self.error_label.clear_message()
        self._deleter.restore(entry.kind, entry.record_id)
