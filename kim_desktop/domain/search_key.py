"""A forgiving search key for names: umlauts, transliteration, vowel-insensitive skeleton.

``Müller``, ``Mueller`` and ``Muller`` share a key, and so do ``Olena`` and ``Олена``,
``Kowalenko`` and ``Kovalenko``, or ``Mohammed``, ``Muhammad`` and ``Mohamad``.
"""

from __future__ import annotations

import re
import unicodedata

_GERMAN = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
# Latin letters without a Unicode decomposition into a base letter (Turkish, Polish, …).
_LATIN_EXTRA = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ə": "e", "æ": "ae", "œ": "oe", "þ": "th"}
_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ю": "iu",
    "я": "ia",
    "ё": "e",
    "ы": "y",
    "э": "e",
    "ъ": "",
}
_DIGRAPHS = [("sch", "sh"), ("ph", "f"), ("th", "t"), ("kh", "h"), ("ck", "k"), ("dz", "z")]
_VOWELS = re.compile(r"[aeiouy]")
_REPEATS = re.compile(r"(.)\1+")
_NON_ALNUM = re.compile(r"[^a-z0-9 ]+")


def transliterate(text: str) -> str:
    """Lower-case ASCII letters for a Latin or Cyrillic name."""
    out = []
    for char in text.casefold():
        if char in _GERMAN:
            out.append(_GERMAN[char])
        elif char in _LATIN_EXTRA:
            out.append(_LATIN_EXTRA[char])
        elif char in _CYRILLIC:
            out.append(_CYRILLIC[char])
        else:
            out.append(char)
    decomposed = unicodedata.normalize("NFKD", "".join(out))
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_ALNUM.sub(" ", ascii_text).split())


def skeleton(word: str) -> str:
    """First letter plus the consonants, digraphs simplified, repeats collapsed."""
    if not word:
        return ""
    for long, short in _DIGRAPHS:
        word = word.replace(long, short)
    word = word.replace("ue", "u").replace("ae", "a").replace("oe", "o")
    # German spellings of Slavic names write w where the transliteration has v (Kowalenko).
    word = word.replace("w", "v")
    head, tail = word[0], _VOWELS.sub("", word[1:])
    return _REPEATS.sub(r"\1", head + tail)


def name_search_key(*parts: str) -> str:
    """Words of the name transliterated, followed by their skeletons."""
    words = transliterate(" ".join(p for p in parts if p)).split()
    return " ".join(words + [skeleton(w) for w in words])
