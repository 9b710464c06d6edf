"""Lines of text in any of the letter scripts: wrapping, Arabic shaping, bidi reordering.

reportlab draws glyphs left to right as given. For Arabic and Farsi a paragraph is wrapped
first (in logical order, measuring the shaped words), then each line is reshaped with
``arabic_reshaper`` (harakat kept) and reordered with ``bidi.algorithm.get_display`` at the
paragraph's base direction (which also mirrors brackets). The visual line is cut into runs by
script, so Latin names, e-mail addresses and digits are drawn with Noto Sans and Arabic script
with Noto Naskh Arabic.
"""

from __future__ import annotations

import re
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

from kim_desktop.printing.fonts import FontPair

_RESHAPER = ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})

# Characters drawn with the Arabic font: the Arabic blocks and their presentation forms.
_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
LRE, PDF = "\u202a", "\u202c"  # left-to-right embedding (python-bidi knows no isolates)
# Directional marks are invisible: dropped before drawing and measuring.
_INVISIBLE = str.maketrans(dict.fromkeys("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e", None))


def is_arabic(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _ARABIC_RANGES)


def has_arabic(text: str) -> bool:
    return any(is_arabic(char) for char in text)


def shape(text: str) -> str:
    """Arabic letters in their joined (presentation) forms; other text unchanged."""
    return _RESHAPER.reshape(text) if has_arabic(text) else text


# A number with inner spaces or separators: phone numbers, times, dates written with digits.
_NUMBER_RUN = re.compile(r"\+?\d[\d \-/.:]*\d")


def embed_numbers(text: str) -> str:
    """Embed numbers with inner spaces left to right, so that in a right-to-left line
    ``02241 900-123`` keeps its order (the bidi algorithm alone would show ``900-123 02241``).
    Latin words need no help: a run of Latin words stays left to right by itself."""
    return _NUMBER_RUN.sub(lambda m: f"{LRE}{m.group(0)}{PDF}", text.translate(_INVISIBLE))


def right_to_left_base(text: str, rtl_letter: bool) -> bool:
    """Whether a paragraph of a letter reads right to left: in an Arabic or Farsi letter,
    every paragraph with Arabic script, or with no letters at all (a time range, a phone
    number); a Latin-only value there (an address, a German note) stays left to right."""
    if not rtl_letter:
        return False
    return has_arabic(text) or not any(char.isalpha() for char in text)


def visual_line(logical: str, rtl: bool) -> str:
    """One wrapped line in drawing order (left to right); ``rtl``: right-to-left base."""
    if not rtl and not has_arabic(logical):
        return logical.translate(_INVISIBLE)
    if rtl:
        logical = embed_numbers(logical)
    display = get_display(shape(logical), base_dir="R" if rtl else "L")
    return display.translate(_INVISIBLE)


def runs(visual: str, fonts: FontPair) -> list[tuple[str, str]]:
    """Split a visual line into (text, font name) runs; spaces stay with the current run."""
    result: list[tuple[str, str]] = []
    current = ""
    font = ""
    for char in visual:
        if char == " " and current:
            current += char
            continue
        wanted = fonts.arabic if is_arabic(char) else fonts.latin
        if wanted != font and current:
            result.append((current, font))
            current = ""
        font = wanted
        current += char
    if current:
        result.append((current, font))
    return result


@lru_cache(maxsize=8192)
def _width(text: str, latin: str, arabic: str, size: float) -> float:
    visible = shape(text).translate(_INVISIBLE)
    return sum(
        stringWidth(part, font, size) for part, font in runs(visible, FontPair(latin, arabic))
    )


def text_width(text: str, fonts: FontPair, size: float) -> float:
    """Width of a piece of text as drawn (Arabic measured in its joined forms)."""
    return _width(text, fonts.latin, fonts.arabic, size)


def wrap(text: str, width: float, fonts: FontPair, size: float) -> list[str]:
    """Break ``text`` into logical lines no wider than ``width``; ``\\n`` breaks hard."""
    lines: list[str] = []
    space = text_width(" ", fonts, size)
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        line: list[str] = []
        used = 0.0
        for word in words:
            for piece in _fit_word(word, width, fonts, size):
                piece_width = text_width(piece, fonts, size)
                needed = piece_width if not line else used + space + piece_width
                if line and needed > width:
                    lines.append(" ".join(line))
                    line, used = [piece], piece_width
                else:
                    line.append(piece)
                    used = needed
        lines.append(" ".join(line))
    return lines


def _fit_word(word: str, width: float, fonts: FontPair, size: float) -> list[str]:
    """A word wider than a line (a long e-mail address) is cut into pieces that fit."""
    if text_width(word, fonts, size) <= width:
        return [word]
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, fonts, size) > width:
            pieces.append(current)
            current = ""
        current += char
    if current:
        pieces.append(current)
    return pieces
