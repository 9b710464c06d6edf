"""What can be done with an appointment from the dialog and from the lists.

Each action reports problems through ``show_error(text)``; writes run as operations and
announce the change so every list reloads.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kim_desktop.services.appointments import AppointmentRow, AppointmentService
from kim_desktop.ui.confirm import ask
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.view_context import ViewContext

CHANGED = frozenset({"appointments"})
ShowError = Callable[[str], None]


def record_held(context: ViewContext, row: AppointmentRow, show_error: ShowError) -> bool:
    """Open the consultation entry for the appointment; it marks it held when saved."""
    try:
        context.new_consultation(client_id=row.client_id, appointment_id=row.id)
    except ImportError:
        show_error(
            QCoreApplication.translate(
                "AppointmentActions", "Die Beratungserfassung ist noch nicht verfügbar."
            )
        )
        return False
    return True


def print_confirmation(context: ViewContext, row: AppointmentRow, show_error: ShowError) -> None:
    try:
        context.print_document("appointment", row.client_id, row.id)
    except ImportError:
        show_error(
            QCoreApplication.translate("AppointmentActions", "Drucken ist noch nicht verfügbar.")
        )


def ask_missed(
    context: ViewContext,
    parent: QWidget,
    row: AppointmentRow,
    show_error: ShowError,
    done: Callable[[], None] = lambda: None,
) -> None:
    ask(
        parent,
        QCoreApplication.translate("AppointmentActions", "Nicht erschienen?"),
        QCoreApplication.translate(
            "AppointmentActions",
            "Den Termin von {name} am {date} als „nicht erschienen“ vermerken?",
        ).format(name=row.client_name, date=row.starts_at.strftime("%d.%m.%Y %H:%M")),
        QCoreApplication.translate("AppointmentActions", "Nicht erschienen"),
        lambda: _write(context, lambda s: s.mark_missed(row.id), show_error, done),
    )


def ask_cancel(
    context: ViewContext,
    parent: QWidget,
    row: AppointmentRow,
    show_error: ShowError,
    done: Callable[[], None] = lambda: None,
) -> None:
    ask(
        parent,
        QCoreApplication.translate("AppointmentActions", "Termin absagen?"),
        QCoreApplication.translate(
            "AppointmentActions", "Den Termin von {name} am {date} absagen?"
        ).format(name=row.client_name, date=row.starts_at.strftime("%d.%m.%Y %H:%M")),
        QCoreApplication.translate("AppointmentActions", "Termin absagen"),
        lambda: _write(context, lambda s: s.cancel(row.id), show_error, done),
    )


def _write(
    context: ViewContext,
    change: Callable[[AppointmentService], None],
    show_error: ShowError,
    done: Callable[[], None],
) -> None:
    service = AppointmentService(context.office)

    def succeeded(_result: object) -> None:
        context.changes.announce(CHANGED)
        done()

    context.runner.run(
        lambda: change(service),
        on_success=succeeded,
        on_failure=lambda exc: show_error(error_text(exc)),
        writes=True,
    )
