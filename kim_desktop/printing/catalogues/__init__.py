"""Letter texts per language: Babel catalogues ``<lang>/LC_MESSAGES/letters.po``.

Message ids are stable keys (``appointment.subject``, ``topic.wohnen`` …), not German
sentences: the German catalogue ``de`` holds the source texts, and every other catalogue
translates the German text. Placeholders are ``{name}``, filled after looking up the text.
A test checks that every id of the German catalogue has a non-empty translation in all
languages of :data:`LETTER_LANGUAGES` that keeps the German placeholders.

``de/LC_MESSAGES/service_letters.po`` holds the texts of letters that always go out in German
(the referral letter to the receiving service); it has no translations by design.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po

CATALOGUE_DIR = Path(__file__).resolve().parent
DOMAIN = "letters"
SERVICE_DOMAIN = "service_letters"
SOURCE_LANGUAGE = "de"
# The languages letters can be printed in (the ``letters_available`` of the languages seed).
LETTER_LANGUAGES: tuple[str, ...] = ("de", "en", "uk", "ru", "ar", "fa", "tr", "fr")
RTL_LETTER_LANGUAGES = frozenset({"ar", "fa"})

_lock = threading.Lock()
_loaded: dict[str, dict[str, str]] = {}


def po_path(language: str, domain: str = DOMAIN) -> Path:
    return CATALOGUE_DIR / language / "LC_MESSAGES" / f"{domain}.po"


def load_messages(language: str, domain: str = DOMAIN) -> dict[str, str]:
    """All (id → text) of one catalogue; empty translations are left out."""
    key = f"{language}/{domain}"
    with _lock:
        if key not in _loaded:
            with po_path(language, domain).open("rb") as handle:
                catalogue = read_po(handle, locale=language, domain=domain)
            _loaded[key] = {
                str(message.id): str(message.string)
                for message in catalogue
                if message.id and isinstance(message.string, str) and message.string
            }
        return _loaded[key]


@dataclass(frozen=True)
class Letters:
    """The letter texts of one language."""

    language: str
    domains: tuple[str, ...] = (DOMAIN,)

    def _messages(self) -> dict[str, str]:
        if len(self.domains) == 1:
            return load_messages(self.language, self.domains[0])
        merged: dict[str, str] = {}
        for domain in self.domains:
            merged.update(load_messages(self.language, domain))
        return merged

    @property
    def rtl(self) -> bool:
        return self.language in RTL_LETTER_LANGUAGES

    def has(self, key: str) -> bool:
        return key in self._messages()

    def text(self, key: str, **params: Any) -> str:
        """The text of ``key`` with its placeholders filled; KeyError if it is missing."""
        template = self._messages()[key]
        return template.format(**params) if params else template

    def text_or(self, key: str, fallback: str) -> str:
        """The text of ``key``, or ``fallback`` (a catalogue label entered by an admin)."""
        return self._messages().get(key, fallback)


def letters(language: str) -> Letters:
    if language not in LETTER_LANGUAGES:
        raise ValueError(f"no letter texts for language {language!r}")
    return Letters(language)


def service_letters() -> Letters:
    """German texts for letters to services, with the shared German letter texts."""
    return Letters(SOURCE_LANGUAGE, (DOMAIN, SERVICE_DOMAIN))
