"""Verweisberatungen: open/due/all referrals, the follow-up editor, incoming referrals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import ReferralDirection
from kim_desktop.services.referrals import ReferralFilter, ReferralRow, ReferralService
from kim_desktop.ui.consultations.formatting import german_date, label
from kim_desktop.ui.consultations.referral_editor import ReferralEditor
from kim_desktop.ui.paged_table_model import PagedTableModel, offset_pages
from kim_desktop.ui.table_model import Column
from kim_desktop.ui.view_context import ViewContext

CONTEXT = "ReferralListPage"


class ReferralListPage(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._service = ReferralService(context.office)
        self._select_after_load: str | None = None
        targets = {
            c.code: c.label
            for c in context.catalogues.choices("referral_targets", context.language)
        }
        columns: list[Column[ReferralRow]] = [
            Column(
                lambda: QCoreApplication.translate("ReferralListPage", "Wiedervorlage"),
                lambda r: german_date(r.follow_up_on),
            ),
            Column(
                lambda: QCoreApplication.translate("ReferralListPage", "Status"),
                lambda r: label(r.status),
            ),
            Column(
                lambda: QCoreApplication.translate("ReferralListPage", "Klient:in"),
                lambda r: r.client_name,
            ),
            Column(
                lambda: QCoreApplication.translate("ReferralListPage", "Richtung"),
                lambda r: label(r.direction),
            ),
            Column(
                lambda: QCoreApplication.translate("ReferralListPage", "Stelle"),
                lambda r: r.institution_name or targets.get(r.target_code, r.target_code),
            ),
            Column(
                lambda: QCoreApplication.translate("ReferralListPage", "Verwiesen am"),
                lambda r: german_date(r.referred_on),
            ),
            Column(
                lambda: QCoreApplication.translate("ReferralListPage", "Anlass"), lambda r: r.reason
            ),
        ]
        self.model: PagedTableModel[ReferralRow] = PagedTableModel(columns, context.runner)
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("referralScope")
        for scope in ("open", "due", "all"):
            self.scope_combo.addItem("", scope)
        self.scope_combo.currentIndexChanged.connect(self.reload)
        self.direction_combo = QComboBox()
        self.direction_combo.addItem("", None)
        for direction in ReferralDirection:
            self.direction_combo.addItem(label(direction), direction.value)
        self.direction_combo.currentIndexChanged.connect(self.reload)
        self.mine_check = QCheckBox()
        self.mine_check.setChecked(True)
        self.mine_check.toggled.connect(self.reload)
        self.incoming_button = QPushButton()
        self.incoming_button.setObjectName("recordIncoming")
        self.incoming_button.clicked.connect(self._record_incoming)
        self._scope_label = QLabel()
        self._scope_label.setBuddy(self.scope_combo)
        self._direction_label = QLabel()
        self._direction_label.setBuddy(self.direction_combo)
        filters = QHBoxLayout()
        for widget in (
            self._scope_label,
            self.scope_combo,
            self._direction_label,
            self.direction_combo,
            self.mine_check,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.incoming_button)
        self.table = QTableView()
        self.table.setObjectName("referralTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.editor = ReferralEditor(context)
        self.editor.saved.connect(self._editor_saved)
        self.editor.setMinimumWidth(340)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.model.loaded.connect(self._loaded)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self._scope_label.setText(self.tr("&Anzeigen:"))
        for index, text in enumerate(
            (self.tr("offene"), self.tr("fällige Wiedervorlagen"), self.tr("alle"))
        ):
            self.scope_combo.setItemText(index, text)
        self._direction_label.setText(self.tr("&Richtung:"))
        self.direction_combo.setItemText(0, self.tr("beide"))
        for index, direction in enumerate(ReferralDirection, start=1):
            self.direction_combo.setItemText(index, label(direction))
        self.mine_check.setText(self.tr("Nur &meine"))
        self.incoming_button.setText(self.tr("&Eingehende Verweisung erfassen …"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        scope = self.scope_combo.currentData()
        direction = self.direction_combo.currentData()
        referral_filter = ReferralFilter(
            mine_only=self.mine_check.isChecked(),
            open_only=scope in ("open", "due"),
            due_only=scope == "due",
            direction=ReferralDirection(direction) if direction else None,
        )
        current = self.editor.referral
        self._select_after_load = current.id if current is not None else None
        service = self._service

        def fetch(offset: int, limit: int) -> list[ReferralRow]:
            return service.list_referrals(referral_filter, limit=limit, offset=offset)

        self.model.reload(offset_pages(fetch))

    def _loaded(self) -> None:
        wanted = self._select_after_load
        self._select_after_load = None
        for row, referral in enumerate(self.model.rows()):
            if referral.id == wanted:
                self.table.selectRow(row)
                self.editor.show_referral(referral)
                return
        if wanted is not None:
            self.editor.show_referral(None)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        self.editor.show_referral(self.model.row_at(rows[0].row()) if rows else None)

    def _editor_saved(self, referral_id: str) -> None:
        self._select_after_load = referral_id

    def _record_incoming(self) -> None:
        from kim_desktop.ui.consultations.incoming_dialog import IncomingReferralDialog

        dialog = IncomingReferralDialog(self._context, self)
        dialog.open()
