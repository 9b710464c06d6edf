"""Gruppenangebote: offers per municipality with their sessions, and the monthly MuKi-S
counts (individual and group counselling)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.errors import ValidationFailed
from kim_desktop.services.group_offers import GroupOfferRow, GroupOfferService, SessionRow
from kim_desktop.ui.confirm import ask_to_delete
from kim_desktop.ui.groups.group_models import offer_model, session_model
from kim_desktop.ui.groups.monthly_panel import MonthlyCountsPanel
from kim_desktop.ui.groups.offer_form import OfferForm
from kim_desktop.ui.groups.session_dialog import SessionDialog
from kim_desktop.ui.messages import error_text, message
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import ErrorLabel, row_table

log = logging.getLogger(__name__)
CHANGED = frozenset({"group_offers"})
RELOAD_ON = frozenset({"group_offers", "group_sessions"})


class GroupsView(QWidget):
    loaded = Signal()
    sessionsLoaded = Signal()  # noqa: N815
    saved = Signal(str)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("area_groups")
        self._context = context
        self._service = GroupOfferService(context.office)
        self._generation = 0
        self._select_after_load: str | None = None
        self._deleted_session: str | None = None
        self.session_dialog: SessionDialog | None = None
        municipalities = context.catalogues.choices("municipalities", context.language)
        target_groups = context.catalogues.choices("target_groups", context.language)
        labels = {c.code: c.label for c in municipalities}
        office_places = context.office.office_info().municipalities
        self._home = office_places[0][0] if office_places else None

        self._title = QLabel()
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._title.setFont(font)

        self.municipality_filter = QComboBox()
        self.municipality_filter.setObjectName("municipalityFilter")
        self.municipality_filter.addItem("", None)
        for choice in municipalities:
            self.municipality_filter.addItem(choice.label, choice.code)
        self.municipality_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button = QPushButton()
        self.new_button.setObjectName("newOffer")
        self.new_button.clicked.connect(self.new_offer)
        self.offers = offer_model(lambda code: labels.get(code, code))
        self.offer_table = row_table(self.offers, "offerTable", fit_to_contents=True)
        self.offer_table.selectionModel().selectionChanged.connect(self._offer_selected)
        offer_top = QHBoxLayout()
        offer_top.addWidget(self.municipality_filter, 1)
        offer_top.addWidget(self.new_button)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addLayout(offer_top)
        left_box.addWidget(self.offer_table, 1)

        self.form = OfferForm(municipalities, target_groups, self._service.leader_choices())
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("offerError")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveOffer")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteOffer")
        self.delete_button.clicked.connect(self.delete_offer)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.delete_button)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save_button)
        self._offer_box = QGroupBox()
        offer_box = QVBoxLayout(self._offer_box)
        offer_box.addWidget(self.form)
        offer_box.addWidget(self.error_label)
        offer_box.addLayout(form_buttons)

        self.sessions = session_model()
        self.session_table = row_table(self.sessions, "sessionTable", fit_to_contents=True)
        self.session_table.activated.connect(lambda _index: self.edit_session())
        self.add_session_button = QPushButton()
        self.add_session_button.setObjectName("addSession")
        self.add_session_button.clicked.connect(self.add_session)
        self.edit_session_button = QPushButton()
        self.edit_session_button.clicked.connect(self.edit_session)
        self.delete_session_button = QPushButton()
        self.delete_session_button.setObjectName("deleteSession")
        self.delete_session_button.clicked.connect(self.delete_session)
        self.restore_session_button = QPushButton()
        self.restore_session_button.setVisible(False)
        self.restore_session_button.clicked.connect(self._restore_session)
        session_buttons = QHBoxLayout()
        for button in (
            self.add_session_button,
            self.edit_session_button,
            self.delete_session_button,
            self.restore_session_button,
        ):
            session_buttons.addWidget(button)
        session_buttons.addStretch(1)
        self._session_box = QGroupBox()
        session_box = QVBoxLayout(self._session_box)
        session_box.addWidget(self.session_table, 1)
        session_box.addLayout(session_buttons)

        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self._offer_box)
        right_box.addWidget(self._session_box, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([1000, 1000])

        self.counts = MonthlyCountsPanel(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(self.counts, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self._title)
        layout.addWidget(self.tabs, 1)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), right, activated=self.save)
        context.changes.changed.connect(self._changed)
        self.retranslate()
        self.new_offer()
        self.reload()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._title.setText(self.tr("Gruppenangebote"))
        self.tabs.setTabText(0, self.tr("&Angebote und Termine"))
        self.tabs.setTabText(1, self.tr("MuKi-S-Beratungen je &Monat"))
        self.municipality_filter.setItemText(0, self.tr("Alle Kommunen"))
        self.new_button.setText(self.tr("&Neues Angebot"))
        self.save_button.setText(self.tr("&Speichern"))
        self.delete_button.setText(self.tr("Angebot &löschen …"))
        self._offer_box.setTitle(self.tr("Angebot"))
        self._session_box.setTitle(self.tr("Durchgeführte Termine"))
        self.add_session_button.setText(self.tr("Termin &hinzufügen …"))
        self.edit_session_button.setText(self.tr("&Bearbeiten …"))
        self.delete_session_button.setText(self.tr("Termin l&öschen …"))
        self.restore_session_button.setText(self.tr("Gelöschten Termin wiederherstellen"))
        self.offers.retranslate()
        self.sessions.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- offers --------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        municipality = self.municipality_filter.currentData()
        self._context.runner.run(
            lambda: self._service.list_offers(municipality),
            on_success=lambda rows: self._loaded(generation, rows),
            on_failure=lambda exc: self.error_label.show_message(error_text(exc)),
        )

    def _loaded(self, generation: int, rows: list[GroupOfferRow]) -> None:
        if generation != self._generation:
            return
        current = self._select_after_load or (self.form.row.id if self.form.row else None)
        self._select_after_load = None
        selection = self.offer_table.selectionModel()
        selection.blockSignals(True)
        self.offers.set_rows(rows)
        found = next((n for n, row in enumerate(rows) if row.id == current), None)
        if found is not None:
            self.offer_table.selectRow(found)
        selection.blockSignals(False)
        self.offer_table.viewport().update()
        if found is not None and (self.form.row is None or self.form.row.id != current):
            self._show_offer(rows[found])  # a new offer was saved
        elif found is not None:
            self.form.row = rows[found]
        self.loaded.emit()

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & RELOAD_ON:
            self.reload()
            if self.form.row is not None:
                self._load_sessions(self.form.row.id)

    def _offer_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._show_offer(self.offers.row_at(indexes[0].row()))

    def select_offer(self, offer_id: str) -> None:
        for number, row in enumerate(self.offers.rows()):
            if row.id == offer_id:
                self.offer_table.selectRow(number)

    def _show_offer(self, row: GroupOfferRow | None) -> None:
        self.form.load(row, self.municipality_filter.currentData() or self._home)
        self.error_label.clear_message()
        self.delete_button.setEnabled(row is not None)
        for button in (
            self.add_session_button,
            self.edit_session_button,
            self.delete_session_button,
        ):
            button.setEnabled(row is not None)
        self.restore_session_button.setVisible(False)
        self._deleted_session = None
        if row is None:
            self.sessions.set_rows([])
        else:
            self._load_sessions(row.id)

    def new_offer(self) -> None:
        self.offer_table.clearSelection()
        self._show_offer(None)
        self.form.title_edit.setFocus()

    def save(self) -> None:
        data = self.form.offer_input()
        errors = self._service.validate_offer(data)
        if errors:
            rest = self.form.show_errors(errors)
            self.error_label.show_message("\n".join(message(e.code, e.params) for e in rest))
            return
        self.form.show_errors([])
        existing = self.form.row
        service = self._service

        def work() -> str:
            if existing is None:
                return service.create_offer(data)
            service.update_offer(existing.id, data)
            return existing.id

        self._context.runner.run(work, on_success=self._saved, on_failure=self._failed, writes=True)

    def _saved(self, offer_id: str) -> None:
        self._select_after_load = offer_id
        self._context.changes.announce(CHANGED)
        self.saved.emit(offer_id)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            self.form.show_errors(list(exc.errors))
            return
        log.error("saving the group offer failed", exc_info=exc)
        self.error_label.show_message(error_text(exc))

    def delete_offer(self) -> None:
        row = self.form.row
        if row is None:
            return
        ask_to_delete(
            self,
            self.tr("Angebot löschen?"),
            self.tr("Das Gruppenangebot „{title}“ mit seinen Terminen löschen?").format(
                title=row.title
            ),
            self.tr("Löschen"),
            lambda: self._write(lambda: self._service.delete_offer(row.id), self.new_offer),
        )

    # -- sessions ------------------------------------------------------------------------
    def _load_sessions(self, offer_id: str) -> None:
        self._context.runner.run(
            lambda: self._service.sessions(offer_id),
            on_success=lambda rows: self._sessions_loaded(offer_id, rows),
            on_failure=lambda exc: self.error_label.show_message(error_text(exc)),
        )

    def _sessions_loaded(self, offer_id: str, rows: list[SessionRow]) -> None:
        if self.form.row is None or self.form.row.id != offer_id:
            return
        self.sessions.set_rows(rows)
        self.sessionsLoaded.emit()

    def current_session(self) -> SessionRow | None:
        index = self.session_table.currentIndex()
        return self.sessions.row_at(index.row()) if index.isValid() else None

    def add_session(self) -> SessionDialog | None:
        return self._open_session(None)

    def edit_session(self) -> SessionDialog | None:
        session = self.current_session()
        return self._open_session(session) if session is not None else None

    def _open_session(self, session: SessionRow | None) -> SessionDialog | None:
        offer = self.form.row
        if offer is None:
            return None
        dialog = SessionDialog(
            self._context,
            offer.id,
            session=session,
            default_minutes=offer.session_minutes,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session_dialog = dialog
        dialog.open()
        return dialog

    def delete_session(self) -> None:
        session = self.current_session()
        if session is None:
            return

        def deleted() -> None:
            self._deleted_session = session.id
            self.restore_session_button.setVisible(True)

        ask_to_delete(
            self,
            self.tr("Termin löschen?"),
            self.tr("Den Termin vom {date} löschen?").format(
                date=session.held_on.strftime("%d.%m.%Y")
            ),
            self.tr("Löschen"),
            lambda: self._write(lambda: self._service.delete_session(session.id), deleted),
        )

    def _restore_session(self) -> None:
        if self._deleted_session is None:
            return
        session_id, self._deleted_session = self._deleted_session, None
        self.restore_session_button.setVisible(False)
        self._write(lambda: self._service.restore_session(session_id), lambda: None)

    def _write(self, change: object, done: object) -> None:
        def succeeded(_result: object) -> None:
            done()  # type: ignore[operator]
            self._context.changes.announce(RELOAD_ON)

        self._context.runner.run(
            change,  # type: ignore[arg-type]
            on_success=succeeded,
            on_failure=lambda exc: self.error_label.show_message(error_text(exc)),
            writes=True,
        )


def create_view(context: ViewContext) -> QWidget:
    return GroupsView(context)
