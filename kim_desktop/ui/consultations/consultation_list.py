"""Recent consultations with filters: date range, mine/all, type, topic. Enter opens the client."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import ConsultationType
from kim_desktop.services.consultations import (
    ConsultationFilter,
    ConsultationRow,
    ConsultationService,
)
from kim_desktop.ui.consultations.formatting import from_qdate, german_date, label, to_qdate
from kim_desktop.ui.paged_table_model import PagedTableModel, offset_pages
from kim_desktop.ui.table_model import Column
from kim_desktop.ui.view_context import ViewContext

RECENT_DAYS = 365


class ConsultationListPage(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._service = ConsultationService(context.office)
        topic_label = {
            c.code: c.label
            for c in context.catalogues.choices("consultation_topics", context.language)
        }
        columns: list[Column[ConsultationRow]] = [
            Column(
                lambda: QCoreApplication.translate("ConsultationListPage", "Datum"),
                lambda r: german_date(r.held_on),
            ),
            Column(
                lambda: QCoreApplication.translate("ConsultationListPage", "Klient:in"),
                lambda r: r.client_name,
            ),
            Column(
                lambda: QCoreApplication.translate("ConsultationListPage", "Aktenzeichen"),
                lambda r: r.file_number,
            ),
            Column(
                lambda: QCoreApplication.translate("ConsultationListPage", "Art"),
                lambda r: label(r.consultation_type),
            ),
            Column(
                lambda: QCoreApplication.translate("ConsultationListPage", "Form"),
                lambda r: label(r.mode),
            ),
            Column(
                lambda: QCoreApplication.translate("ConsultationListPage", "Dauer"),
                lambda r: QCoreApplication.translate(
                    "ConsultationListPage", "{minutes} Min."
                ).format(minutes=r.duration_minutes),
            ),
            Column(
                lambda: QCoreApplication.translate("ConsultationListPage", "Themen"),
                lambda r: ", ".join(topic_label.get(code, code) for code in r.topic_codes),
            ),
            Column(
                lambda: QCoreApplication.translate("ConsultationListPage", "Beraten von"),
                lambda r: r.case_manager_name,
            ),
        ]
        self.model: PagedTableModel[ConsultationRow] = PagedTableModel(columns, context.runner)
        self.from_edit = QDateEdit(to_qdate(date.today() - timedelta(days=RECENT_DAYS)))
        self.to_edit = QDateEdit(to_qdate(date.today()))
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self.reload)
        self.mine_check = QCheckBox()
        self.mine_check.setChecked(True)
        self.mine_check.toggled.connect(self.reload)
        self.type_combo = QComboBox()
        self.type_combo.addItem("", None)
        for value in ConsultationType:
            self.type_combo.addItem(label(value), value.value)
        self.type_combo.currentIndexChanged.connect(self.reload)
        self.topic_combo = QComboBox()
        self.topic_combo.addItem("", None)
        for code, text in topic_label.items():
            self.topic_combo.addItem(text, code)
        self.topic_combo.currentIndexChanged.connect(self.reload)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: context.new_consultation())
        self._labels = [QLabel() for _ in range(4)]
        filters = QHBoxLayout()
        for caption, widget in zip(
            self._labels,
            (self.from_edit, self.to_edit, self.type_combo, self.topic_combo),
            strict=True,
        ):
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.mine_check)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        self.table = QTableView()
        self.table.setObjectName("consultationTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open_client)
        self.count_label = QLabel()
        self.model.loaded.connect(self._update_count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        for caption, text in zip(
            self._labels,
            (
                QCoreApplication.translate("ConsultationListPage", "&Von:"),
                QCoreApplication.translate("ConsultationListPage", "b&is:"),
                QCoreApplication.translate("ConsultationListPage", "A&rt:"),
                QCoreApplication.translate("ConsultationListPage", "&Thema:"),
            ),
            strict=True,
        ):
            caption.setText(text)
        self.mine_check.setText(
            QCoreApplication.translate("ConsultationListPage", "Nur &meine Beratungen")
        )
        self.type_combo.setItemText(
            0, QCoreApplication.translate("ConsultationListPage", "alle Arten")
        )
        for index, value in enumerate(ConsultationType, start=1):
            self.type_combo.setItemText(index, label(value))
        self.topic_combo.setItemText(
            0, QCoreApplication.translate("ConsultationListPage", "alle Themen")
        )
        self.new_button.setText(
            QCoreApplication.translate("ConsultationListPage", "&Neue Beratung …")
        )
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current_filter(self) -> ConsultationFilter:
        type_value = self.type_combo.currentData()
        return ConsultationFilter(
            date_from=from_qdate(self.from_edit.date()),
            date_to=from_qdate(self.to_edit.date()),
            mine_only=self.mine_check.isChecked(),
            consultation_type=ConsultationType(type_value) if type_value else None,
            topic_code=self.topic_combo.currentData(),
        )

    def reload(self) -> None:
        service, consultation_filter = self._service, self.current_filter()

        def fetch(offset: int, limit: int) -> list[ConsultationRow]:
            return service.recent(consultation_filter, limit=limit, offset=offset)

        self.model.reload(offset_pages(fetch))

    def _update_count(self) -> None:
        count = self.model.rowCount()
        more = "+" if self.model.has_more() else ""
        self.count_label.setText(
            QCoreApplication.translate("ConsultationListPage", "{count} Beratungen").format(
                count=f"{count}{more}"
            )
        )

    def _open_client(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self._context.open_client(row.client_id)
