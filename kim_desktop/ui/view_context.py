"""What every area view and window of the logged-in office is given (no globals).

Views call services with ``context.office``, run slow work with ``context.runner``, announce
what they changed with ``context.changes.announce(...)`` and listen to ``changed`` to reload,
instead of signalling each other (STYLE.md: operations tell the views what changed).
Cross-area actions (open a client file, record a consultation, print) go through the
methods here, which import their windows lazily.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kim_desktop.services.catalogues import CatalogueService
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.ui.operations import OperationRunner

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable


class ChangeNotifier(QObject):
    """Broadcasts the names of tables whose rows changed (e.g. "clients", "consultations")."""

    changed = Signal(object)  # frozenset[str]

    def announce(self, tables: Iterable[str]) -> None:
        self.changed.emit(frozenset(tables))


class UndoOffers(QObject):
    """Undo offers of deletions whose own window has closed (e.g. a deleted client's file);
    the main window shows them."""

    offered = Signal(str, object)  # text, the callable that undoes
    failed = Signal(str)  # a restore failed after its window closed

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        self.offered.emit(text, undo)


class ViewContext:
    def __init__(
        self,
        office: OfficeSession,
        runner: OperationRunner,
        window: QWidget,
        language: str = "de",
    ) -> None:
        self.office = office
        self.runner = runner
        self.window = window
        self.language = language
        self.catalogues = CatalogueService(office)
        self.changes = ChangeNotifier(window)
        self.undo_offers = UndoOffers(window)

    # -- cross-area actions (implemented by the modules named; imported on first use) -------

    def open_client(self, client_id: str, case_id: str | None = None) -> None:
        """Open the client file window (one per client; raises an open one), optionally at
        one of its cases."""
        from kim_desktop.ui.client_file.window import open_client_file

        open_client_file(self, client_id, case_id)

    def new_client(self) -> None:
        """Open the intake dialog for a new client."""
        from kim_desktop.ui.clients.intake_dialog import open_intake

        open_intake(self)

    def new_consultation(
        self, client_id: str | None = None, appointment_id: str | None = None
    ) -> None:
        """Open the consultation quick entry, optionally for a client or a held appointment."""
        from kim_desktop.ui.consultations.entry_dialog import open_consultation_entry

        open_consultation_entry(self, client_id=client_id, appointment_id=appointment_id)

    def print_document(self, kind: str, client_id: str, related_id: str | None = None) -> None:
        """Open the print preview of a document (consent, appointment, referral …); the blank
        intake form needs no client."""
        from kim_desktop.ui.printing.preview_dialog import open_print_preview

        open_print_preview(self, kind, client_id, related_id)
