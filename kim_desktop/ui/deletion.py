"""Deleting a record from any screen: ask first (naming it), delete, offer "Rückgängig".

Restoring (from the undo offer or from a Papierkorb list) goes through the same object, so
the "already synchronised" refusal of the service shows the same way everywhere. Writes run
as operations; every change is announced so lists and files reload.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kim_desktop.services.trash import DeletedKind, TrashService
from kim_desktop.ui.confirm import ask_to_delete
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.undo_bar import UndoBar
from kim_desktop.ui.view_context import ViewContext

CHANGED: dict[DeletedKind, frozenset[str]] = {
    DeletedKind.CLIENT: frozenset({"clients"}),
    DeletedKind.CASE: frozenset({"cases"}),
    DeletedKind.GOAL: frozenset({"goals", "cases"}),
    DeletedKind.CONSULTATION: frozenset({"consultations"}),
    DeletedKind.REFERRAL: frozenset({"referrals"}),
    DeletedKind.APPOINTMENT: frozenset({"appointments"}),
}
_CONTEXT = "RecordDeleter"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_text(kind: DeletedKind) -> str:
    texts = {
        DeletedKind.CLIENT: _tr("Klient:in"),
        DeletedKind.CASE: _tr("Fall"),
        DeletedKind.GOAL: _tr("Ziel"),
        DeletedKind.CONSULTATION: _tr("Beratung"),
        DeletedKind.REFERRAL: _tr("Verweisung"),
        DeletedKind.APPOINTMENT: _tr("Termin"),
    }
    return texts[kind]


def delete_texts(kind: DeletedKind, name: str) -> tuple[str, str, str]:
    """Title and question of the confirmation, and the note shown after deleting."""
    later = _tr(
        "Bis zur nächsten Synchronisation können Sie den Eintrag im Papierkorb der Akte "
        "wiederherstellen."
    )
    if kind is DeletedKind.CLIENT:
        return (
            _tr("Klient:in löschen?"),
            _tr(
                "Die Akte von {name} löschen? Sie verschwindet mit allen Fällen und Beratungen "
                "aus den Listen. Bis zur nächsten Synchronisation finden Sie sie unter "
                "Klient:innen → „Gelöschte anzeigen“."
            ).format(name=name),
            _tr("Die Akte von {name} wurde gelöscht.").format(name=name),
        )
    questions = {
        DeletedKind.CASE: _tr(
            "Den Fall {name} löschen? Beratungen und Verweisungen der Klient:in bleiben erhalten."
        ),
        DeletedKind.GOAL: _tr("Das Ziel „{name}“ löschen?"),
        DeletedKind.CONSULTATION: _tr(
            "Die Beratung {name} löschen? Verweisungen aus dieser Beratung bleiben erhalten."
        ),
        DeletedKind.REFERRAL: _tr("Die Verweisung {name} löschen?"),
        DeletedKind.APPOINTMENT: _tr("Den Termin {name} löschen?"),
    }
    notes = {
        DeletedKind.CASE: _tr("Der Fall {name} wurde gelöscht."),
        DeletedKind.GOAL: _tr("Das Ziel „{name}“ wurde gelöscht."),
        DeletedKind.CONSULTATION: _tr("Die Beratung {name} wurde gelöscht."),
        DeletedKind.REFERRAL: _tr("Die Verweisung {name} wurde gelöscht."),
        DeletedKind.APPOINTMENT: _tr("Der Termin {name} wurde gelöscht."),
    }
    title = _tr("{kind} löschen?").format(kind=kind_text(kind))
    return title, f"{questions[kind].format(name=name)} {later}", notes[kind].format(name=name)


class RecordDeleter:
    """Deletes and restores records for one window; shows the undo offer in ``undo_bar``
    (or, without one, in the main window's status bar through ``context.undo_offers``)."""

    def __init__(
        self,
        context: ViewContext,
        parent: QWidget,
        show_error: Callable[[str], None],
        undo_bar: UndoBar | None = None,
    ) -> None:
        self._context = context
        self._parent = parent
        self._show_error = show_error
        self._undo_bar = undo_bar
        self.question: QMessageBox | None = None

    def delete(
        self,
        kind: DeletedKind,
        record_id: str,
        name: str,
        on_deleted: Callable[[], None] | None = None,
    ) -> QMessageBox:
        """Ask; on yes delete, announce, offer Rückgängig and call ``on_deleted``."""
        title, question, note = delete_texts(kind, name)
        self.question = ask_to_delete(
            self._parent,
            title,
            question,
            _tr("Löschen"),
            lambda: self._delete(kind, record_id, note, on_deleted),
        )
        return self.question

    def restore(
        self, kind: DeletedKind, record_id: str, on_restored: Callable[[], None] | None = None
    ) -> None:
        trash = TrashService(self._context.office)

        def restored(_result: object) -> None:
            self._context.changes.announce(CHANGED[kind])
            if on_restored is not None:
                on_restored()

        self._context.runner.run(
            lambda: trash.restore(kind, record_id),
            on_success=restored,
            on_failure=self._failed,
            writes=True,
        )

    def _delete(
        self,
        kind: DeletedKind,
        record_id: str,
        note: str,
        on_deleted: Callable[[], None] | None,
    ) -> None:
        self.question = None
        trash = TrashService(self._context.office)

        def deleted(_result: object) -> None:
            self._context.changes.announce(CHANGED[kind])
            undo = lambda: self.restore(kind, record_id)  # noqa: E731
            if self._undo_bar is not None and shiboken6.isValid(self._undo_bar):
                self._undo_bar.offer(note, undo)
            else:
                self._context.undo_offers.offer(note, undo)
            if on_deleted is not None:
                on_deleted()

        self._context.runner.run(
            lambda: trash.delete(kind, record_id),
            on_success=deleted,
            on_failure=self._failed,
            writes=True,
        )

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        if shiboken6.isValid(self._parent):
            self._show_error(text)
        else:
            self._context.undo_offers.failed.emit(text)
