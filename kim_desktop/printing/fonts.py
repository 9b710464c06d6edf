"""The shipped Noto fonts, registered once with reportlab and embedded in every PDF."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kim_desktop.about import resource_dir

LATIN = "NotoSans"
LATIN_BOLD = "NotoSans-Bold"
LATIN_ITALIC = "NotoSans-Italic"
ARABIC = "NotoNaskhArabic"
ARABIC_BOLD = "NotoNaskhArabic-Bold"

_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    LATIN_ITALIC: "NotoSans-Italic.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


@dataclass(frozen=True)
class FontPair:
    """The font for Latin/Cyrillic runs and the one for Arabic-script runs of one weight."""

    latin: str
    arabic: str


REGULAR = FontPair(LATIN, ARABIC)
BOLD = FontPair(LATIN_BOLD, ARABIC_BOLD)
ITALIC = FontPair(LATIN_ITALIC, ARABIC)


def register_fonts() -> None:
    """Register the fonts with reportlab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = resource_dir() / "fonts"
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        pdfmetrics.registerFontFamily(
            LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN_ITALIC, boldItalic=LATIN_BOLD
        )
        _registered = True
