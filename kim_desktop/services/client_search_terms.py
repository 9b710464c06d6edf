"""What a typed search text means: name words, a birth date, phone digits or a file number.

Plain Python (no SQL): ``parse_search_text("Müller 12.3.85")`` says which parts of the client
list query the text asks for. The rules are forgiving, as people type in town halls:

* letters are name words, matched as prefixes of the words of the name (transliterated, or
  their consonant skeleton, so Müller = Mueller = Muller and Olena = Олена);
* ``12.03.1985``, ``12.3.85`` and ``1985-03-12`` are birth dates; ``12.03.`` (no year, or a
  year still being typed) is a birthday: any year;
* three or more digits (spaces, ``-``, ``/``, ``+`` allowed between them) are the start of a
  phone number, compared digit by digit;
* ``TRO-24`` (letters, a hyphen, more) is the start of a file number (Aktenzeichen).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kim_desktop.domain.search_key import skeleton, transliterate

_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})(?:\.(\d{0,4}))?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_FILE_NUMBER = re.compile(r"^[A-Za-z]{2,4}-[0-9A-Za-z-]*$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()/\-]*$")
_NON_DIGITS = re.compile(r"[^0-9]")
MIN_PHONE_DIGITS = 3
# A typed word's skeleton is used only when it still says something (not just one letter).
MIN_SKELETON_LENGTH = 2
# Two-digit years: up to this value 20xx, above 19xx (birth dates lie in the past).
TWO_DIGIT_YEAR_PIVOT = 30


@dataclass(frozen=True)
class NameWord:
    """One typed word: its transliteration and (if useful) its skeleton; both are prefixes."""

    plain: str
    skeleton: str | None


@dataclass(frozen=True)
class Birthday:
    """Day and month without a year (``12.03.``)."""

    day: int
    month: int


@dataclass
class SearchTerms:
    words: list[NameWord] = field(default_factory=list)
    birth_date: date | None = None
    birthday: Birthday | None = None
    phone_digits: str | None = None
    file_number_prefix: str | None = None
    # Something was typed that can match nothing (e.g. the date 31.02.1990).
    impossible: bool = False

    @property
    def empty(self) -> bool:
        return not (
            self.words
            or self.birth_date
            or self.birthday
            or self.phone_digits
            or self.file_number_prefix
            or self.impossible
        )


def canonical_file_number(text: str) -> str:
    """File numbers are ``TRO-24-0017-3f2a``: upper-case parts, then a lower-case device tag."""
    parts = text.split("-")
    return "-".join(p.upper() if i < 3 else p.lower() for i, p in enumerate(parts))


def phone_digits(text: str) -> str:
    """The digits of a phone number: ``0176-123 4567`` → ``01761234567``."""
    return _NON_DIGITS.sub("", text)


def name_words(text: str) -> list[NameWord]:
    """The typed words of a name, transliterated, each with its skeleton."""
    words = []
    for word in transliterate(text).split():
        shape = skeleton(word)
        words.append(NameWord(word, shape if len(shape) >= MIN_SKELETON_LENGTH else None))
    return words


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        value += 2000 if value <= TWO_DIGIT_YEAR_PIVOT else 1900
    return value


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    """A full date typed German style or ISO style; None if it is not one."""
    text = text.strip()
    german = _GERMAN_DATE.match(text)
    if german and german.group(3) and len(german.group(3)) in (2, 4):
        return _date(_year(german.group(3)), int(german.group(2)), int(german.group(1)))
    iso = _ISO_DATE.match(text)
    if iso:
        return _date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    return None


def _token(terms: SearchTerms, token: str) -> bool:
    """Apply a token that is a date, file number or phone; False if it is a name word."""
    german = _GERMAN_DATE.match(token)
    iso = _ISO_DATE.match(token)
    if german or iso:
        if german and len(german.group(3) or "") not in (2, 4):
            day, month = int(german.group(1)), int(german.group(2))
            if _date(2000, month, day) is None:
                terms.impossible = True
            else:
                terms.birthday = Birthday(day, month)
            return True
        found = parse_date(token)
        if found is None:
            terms.impossible = True
        else:
            terms.birth_date = found
        return True
    if _FILE_NUMBER.match(token):
        terms.file_number_prefix = canonical_file_number(token)
        return True
    return False


def parse_search_text(text: str) -> SearchTerms:
    """Split what was typed into the parts of the query (see the module's description)."""
    terms = SearchTerms()
    text = text.strip()
    if not text:
        return terms
    # A phone number is typed with spaces inside ("0176 123"): look at the whole text first.
    if _PHONE.match(text) and not _GERMAN_DATE.match(text) and not _ISO_DATE.match(text):
        digits = phone_digits(text)
        if len(digits) >= MIN_PHONE_DIGITS:
            terms.phone_digits = digits
            return terms
    rest: list[str] = []
    for token in text.split():
        if not _token(terms, token):
            rest.append(token)
    for token in rest:
        digits = phone_digits(token)
        if _PHONE.match(token) and len(digits) >= MIN_PHONE_DIGITS:
            terms.phone_digits = (terms.phone_digits or "") + digits
        else:
            terms.words.extend(name_words(token))
    return terms
