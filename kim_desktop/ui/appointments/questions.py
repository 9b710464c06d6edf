"""Asking before destructive actions, without blocking (the answer arrives by callback)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

QUESTION_NAME = "dayworkQuestion"


def ask(
    parent: QWidget, title: str, text: str, yes_text: str, on_yes: Callable[[], None]
) -> QMessageBox:
    """A window-modal question; ``on_yes`` runs only if the user confirms."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName(QUESTION_NAME)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)

    def answered(_result: int) -> None:
        confirmed = box.clickedButton() is yes
        box.deleteLater()
        if confirmed:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box


def inform(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName(QUESTION_NAME)
    box.finished.connect(lambda _result: box.deleteLater())
    box.open()
    return box
