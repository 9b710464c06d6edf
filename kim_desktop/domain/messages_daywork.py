"""User-facing messages of the daywork work area (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

from kim_desktop.domain.translate_noop import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # "code": QT_TRANSLATE_NOOP("Messages", "German text with {placeholders}."),
}

__all__ = ["MESSAGES", "QT_TRANSLATE_NOOP"]
