"""Yes/no questions and notes for the whole app — without blocking (answers by callback).

Every question is window-modal, Cancel is the default and the Escape button, and the action
runs only when the user confirms. Texts come translated from the caller.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

QUESTION_NAME = "confirmQuestion"
DISCARD_NAME = "discardQuestion"
DELETE_NAME = "deleteQuestion"
NOTE_NAME = "confirmNote"


def ask(
    parent: QWidget,
    title: str,
    text: str,
    yes: str | QMessageBox.StandardButton,
    on_yes: Callable[[], None],
    *,
    object_name: str = QUESTION_NAME,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    """Ask ``text``; ``yes`` is the confirming button's text (or a standard button)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(object_name)
    if isinstance(yes, QMessageBox.StandardButton):
        yes_button = box.addButton(yes)
    else:
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)

    def answered(_result: int) -> None:
        confirmed = box.clickedButton() is yes_button
        box.deleteLater()
        if confirmed:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box


def ask_to_discard(
    parent: QWidget, title: str, text: str, on_discard: Callable[[], None]
) -> QMessageBox:
    """Before typed input is thrown away: Discard/Cancel."""
    return ask(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Discard,
        on_discard,
        object_name=DISCARD_NAME,
    )


def ask_to_delete(
    parent: QWidget, title: str, text: str, yes_text: str, on_delete: Callable[[], None]
) -> QMessageBox:
    """Before a record is deleted (the text names the record)."""
    return ask(
        parent,
        title,
        text,
        yes_text,
        on_delete,
        object_name=DELETE_NAME,
        icon=QMessageBox.Icon.Warning,
    )


def inform(
    parent: QWidget,
    title: str,
    text: str,
    *,
    object_name: str = NOTE_NAME,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> QMessageBox:
    """A window-modal note with OK."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(object_name)
    box.finished.connect(lambda _result: box.deleteLater())
    box.open()
    return box
