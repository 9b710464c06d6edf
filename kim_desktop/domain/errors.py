"""Error values shared by services, CLI and UI; they carry message codes, not text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kim_desktop.domain.messages import format_message


@dataclass(frozen=True)
class FieldError:
    """What is wrong with one input field: ``field`` names the form field."""

    field: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def german(self) -> str:
        return format_message(self.code, self.params)


class KimError(Exception):
    """Base of the errors that carry a user-facing message code."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(format_message(code, params))


class ValidationFailed(KimError):
    """Input was invalid; nothing was saved. ``errors`` says what to fix, field by field."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        self.code = errors[0].code if errors else "required"
        self.params = dict(errors[0].params) if errors else {}
        Exception.__init__(self, str(self))

    def __str__(self) -> str:
        return "; ".join(f"{e.field}: {e.german()}" for e in self.errors)


class PermissionDenied(KimError):
    def __init__(self) -> None:
        super().__init__("not_allowed")


class RecordMissing(KimError):
    def __init__(self) -> None:
        super().__init__("record_missing")
