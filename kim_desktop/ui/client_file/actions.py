"""Cross-area actions of the client file whose windows other slices build (may be missing)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kim_desktop.ui.confirm import inform
from kim_desktop.ui.view_context import ViewContext

log = logging.getLogger(__name__)


def _inform(parent: QWidget, text: str) -> QMessageBox:
    title = QCoreApplication.translate("ClientFileActions", "KIM Desktop")
    return inform(parent, title, text, object_name="notAvailableNote")


def print_document(
    context: ViewContext, parent: QWidget, kind: str, client_id: str, related_id: str | None
) -> QMessageBox | None:
    """Open the print preview; says so plainly if printing is not built yet."""
    try:
        context.print_document(kind, client_id, related_id)
    except ImportError as exc:
        log.info("printing not available: %s", exc)
        return _inform(
            parent,
            QCoreApplication.translate("ClientFileActions", "Drucken ist noch nicht verfügbar."),
        )
    return None


def edit_client(context: ViewContext, parent: QWidget, client_id: str) -> QMessageBox | None:
    try:
        from kim_desktop.ui.clients.intake_dialog import open_intake
    except ImportError as exc:
        log.info("intake dialog not available: %s", exc)
        return _inform(
            parent,
            QCoreApplication.translate(
                "ClientFileActions", "Das Bearbeiten der Stammdaten ist noch nicht verfügbar."
            ),
        )
    open_intake(context, client_id)  # type: ignore[call-arg]
    return None


def new_consultation(context: ViewContext, parent: QWidget, client_id: str) -> QMessageBox | None:
    try:
        context.new_consultation(client_id=client_id)
    except ImportError as exc:
        log.info("consultation entry not available: %s", exc)
        return _inform(
            parent,
            QCoreApplication.translate(
                "ClientFileActions", "Die Erfassung von Beratungen ist noch nicht verfügbar."
            ),
        )
    return None
