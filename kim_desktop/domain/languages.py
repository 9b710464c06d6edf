"""Languages of the user interface (Qt translations) and their writing direction."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UiLanguage:
    code: str
    native_name: str
    rtl: bool = False


# German is the source language of every UI string. Further languages (uk, ar, fa, tr, ru)
# are added here together with their translations/kim_<code>.ts.
UI_LANGUAGES: list[UiLanguage] = [
    UiLanguage("de", "Deutsch"),
    UiLanguage("en", "English"),
]

RTL_LANGUAGE_CODES = frozenset({"ar", "fa", "prs", "ps", "ur", "ckb"})
DEFAULT_UI_LANGUAGE = "de"


def ui_language(code: str) -> UiLanguage:
    for language in UI_LANGUAGES:
        if language.code == code:
            return language
    return UiLanguage(code, code, code in RTL_LANGUAGE_CODES)
