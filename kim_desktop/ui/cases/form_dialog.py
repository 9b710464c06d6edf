"""A small form dialog: inline field errors, Ctrl+Enter saves, Esc asks before discarding.

Subclasses add rows with :meth:`add_row`, name their labels in :meth:`retranslate_form`,
collect their input in :meth:`collect` (raising :class:`FormInputError` for input the form
itself cannot read, e.g. a malformed date) and save it in :meth:`save`, which runs on the
write worker of the operation runner.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.errors import FieldError, ValidationFailed
from kim_desktop.ui.client_file.formatting import parse_date, show_date
from kim_desktop.ui.confirm import ask_to_discard
from kim_desktop.ui.messages import error_text, message
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import BusyBar, ErrorLabel, add_field_row

log = logging.getLogger(__name__)


class FormInputError(Exception):
    """Input the form cannot read; ``errors`` are shown like validation errors."""

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        super().__init__(errors)
        self.errors = errors  # (field, translated text)


class DateField(QLineEdit):
    """A date typed as TT.MM.JJJJ."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(10)
        self.setMaximumWidth(130)

    def set_date(self, value: Any) -> None:
        self.setText(show_date(value))


class FormDialog(QDialog):
    saved = Signal(object)  # the result of save()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent or context.window)
        self.context = context
        self._busy = False
        self._errors: list[FieldError] = []
        self._input_errors: list[tuple[str, str]] = []
        self._initial: dict[str, str] = {}
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.form = QFormLayout()
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("generalError")
        self.busy_bar = BusyBar()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.cancel_button = QPushButton()
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.busy_bar, 1)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.general_error)
        layout.addLayout(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)
        self.setMinimumWidth(520)

    # -- construction ------------------------------------------------------------------------
    def add_row(self, name: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        label, error = add_field_row(self.form, name, widget)
        self.fields[name] = widget
        self.errors[name] = error
        self.labels[name] = label
        return widget

    def finish(self) -> None:
        """Call at the end of a subclass's ``__init__``."""
        self.retranslate()
        self._initial = self._snapshot()
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.save_button.setText(self.tr("&Speichern"))
        self.save_button.setToolTip(self.tr("Speichern (Strg+Eingabe)"))
        self.cancel_button.setText(self.tr("Abbrechen"))
        self.retranslate_form()
        self._show_errors(self._errors)

    def retranslate_form(self) -> None:  # pragma: no cover - overridden
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading input -----------------------------------------------------------------------
    def date_value(self, name: str, problems: list[tuple[str, str]]) -> Any:
        field = self.fields[name]
        assert isinstance(field, QLineEdit)
        try:
            return parse_date(field.text())
        except ValueError:
            problems.append(
                (name, self.tr("Bitte geben Sie das Datum als TT.MM.JJJJ ein, z. B. 31.01.2025."))
            )
            return None

    def required_date(self, name: str, problems: list[tuple[str, str]]) -> Any:
        value = self.date_value(name, problems)
        if value is None and not any(p[0] == name for p in problems):
            problems.append((name, message("required")))
        return value

    def collect(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def save(self, data: Any) -> Any:  # pragma: no cover - overridden; runs off the UI thread
        raise NotImplementedError

    # -- saving ------------------------------------------------------------------------------
    def submit(self) -> None:
        if self._busy:
            return
        self.general_error.clear_message()
        try:
            data = self.collect()
        except FormInputError as exc:
            self._input_errors = exc.errors
            self._show_errors([])
            return
        self._input_errors = []
        self._show_errors([])
        self._set_busy(True)
        self.context.runner.run(
            lambda: self.save(data),
            on_success=self._saved,
            on_failure=self._failed,
            writes=True,
        )

    def _saved(self, result: Any) -> None:
        self._set_busy(False)
        self._initial = self._snapshot()
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationFailed):
            self._show_errors(list(exc.errors), focus=True)
            return
        if getattr(exc, "code", None) is None:
            log.error("saving failed", exc_info=exc)
        self.general_error.show_message(error_text(exc))

    def _show_errors(self, errors: list[FieldError], *, focus: bool = False) -> None:
        self._errors = list(errors)
        by_field: dict[str, list[str]] = {}
        for name, text in self._input_errors:
            by_field.setdefault(name, []).append(text)
        for error in errors:
            by_field.setdefault(error.field, []).append(message(error.code, error.params))
        for name, label in self.errors.items():
            label.show_message("\n".join(by_field.get(name, [])))
        general = [
            text for name, texts in by_field.items() if name not in self.errors for text in texts
        ]
        if general:
            self.general_error.show_message("\n".join(general))
        if (focus or self._input_errors) and by_field:
            for name in self.fields:
                if name in by_field:
                    self.fields[name].setFocus()
                    break

    def field_error(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if label.isVisibleTo(self) else ""

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.save_button.setEnabled(not busy)

    # -- leaving -----------------------------------------------------------------------------
    def _snapshot(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                values[name] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                values[name] = str(widget.currentIndex())
        return values

    def has_changes(self) -> bool:
        return self._snapshot() != self._initial

    def reject(self) -> None:
        """Esc / Abbrechen: ask before throwing typed input away."""
        if self._busy:
            return
        if not self.has_changes():
            super().reject()
            return
        ask_to_discard(
            self,
            self.tr("Eingaben verwerfen?"),
            self.tr("Ihre Eingaben sind noch nicht gespeichert. Möchten Sie sie verwerfen?"),
            lambda: QDialog.reject(self),
        )
