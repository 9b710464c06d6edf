"""Asking before typed input is thrown away — without blocking (the answer arrives by callback)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

OBJECT_NAME = "discardQuestion"


def ask_to_discard(
    parent: QWidget, title: str, text: str, on_discard: Callable[[], None]
) -> QMessageBox:
    """Open a window-modal Discard/Cancel question; ``on_discard`` runs only for Discard.

    ``title`` and ``text`` come translated from the caller. Cancel is the default button.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName(OBJECT_NAME)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        answer = box.standardButton(clicked) if clicked else None
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Discard:
            on_discard()

    box.finished.connect(answered)
    box.open()
    return box
