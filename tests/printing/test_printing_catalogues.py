"""Every letter text exists in all eight languages and keeps the German placeholders."""

from __future__ import annotations

import re
import string

import pytest
from babel.messages.pofile import read_po

from kim_desktop.printing.catalogues import (
    DOMAIN,
    LETTER_LANGUAGES,
    SERVICE_DOMAIN,
    SOURCE_LANGUAGE,
    letters,
    po_path,
    service_letters,
)


def _catalogue(language: str, domain: str = DOMAIN) -> dict[str, str]:
    with po_path(language, domain).open("rb") as handle:
        catalogue = read_po(handle, locale=language, domain=domain)
    return {str(m.id): str(m.string or "") for m in catalogue if m.id}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


GERMAN = _catalogue(SOURCE_LANGUAGE)


def test_the_eight_letter_languages() -> None:
    assert set(LETTER_LANGUAGES) == {"de", "en", "uk", "ru", "ar", "fa", "tr", "fr"}
    assert len(GERMAN) > 150


@pytest.mark.parametrize("language", LETTER_LANGUAGES)
def test_every_text_is_translated_with_its_placeholders(language: str) -> None:
    translations = _catalogue(language)
    missing = [key for key in GERMAN if not translations.get(key, "").strip()]
    assert not missing, f"{language}: untranslated {missing}"
    assert set(translations) == set(GERMAN), f"{language}: ids not in the German catalogue"
    wrong = [
        key
        for key, german in GERMAN.items()
        if _placeholders(german) - _placeholders(translations[key])
        or _placeholders(translations[key]) - _placeholders(german)
    ]
    assert not wrong, f"{language}: placeholders differ in {wrong}"


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_cyrillic_translations_contain_no_latin_words_by_mistake(language: str) -> None:
    # names of programmes (KIM, MuKi-S, GDPR …) are allowed; whole Latin sentences are not
    suspicious = [
        key
        for key, text in _catalogue(language).items()
        if len(re.findall(r"[A-Za-z]{4,}", re.sub(r"\{\w+\}", "", text))) > 2
    ]
    assert not suspicious


def test_arabic_script_translations_are_in_arabic_script() -> None:
    for language in ("ar", "fa"):
        texts = _catalogue(language)
        latin_only = [k for k, t in texts.items() if not re.search(r"[\u0600-\u06ff]", t)]
        # "{start} – {end}" is the only text without words
        assert latin_only == ["appointment.time_value"], (language, latin_only)


def test_the_service_letter_texts_are_german_only_and_complete() -> None:
    texts = _catalogue(SOURCE_LANGUAGE, SERVICE_DOMAIN)
    assert texts and all(value.strip() for value in texts.values())
    assert not set(texts) & set(GERMAN)
    assert service_letters().text("referral.reason") == "Anliegen:"


def test_placeholders_are_filled() -> None:
    assert letters("de").text("unit.minutes", minutes="45") == "45 Minuten"
    arabic = letters("ar").text("appointment.cancel", phone="02241 900-0", email="a@b.de")
    assert "02241 900-0" in arabic and "a@b.de" in arabic


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        letters("xx")
