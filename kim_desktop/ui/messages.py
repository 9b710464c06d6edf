"""Showing the domain's message codes in the user's language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from kim_desktop.domain.messages import CONTEXT, MESSAGES, format_message


def message(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The translated, filled-in text of a message code (the code itself if unknown)."""
    source = MESSAGES.get(code)
    if source is None:
        return format_message(code, params)
    return format_message(code, params, QCoreApplication.translate(CONTEXT, source))


def error_text(error: BaseException) -> str:
    """The translated text of a ``KimError``; other exceptions show their own text."""
    code = getattr(error, "code", None)
    if isinstance(code, str):
        return message(code, getattr(error, "params", None))
    return str(error) or type(error).__name__
