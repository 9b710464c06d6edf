"""Arabic and Farsi lines: joined letters, words right to left, Latin runs left to right."""

from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pytest

from kim_desktop.printing.bidi_text import shape, visual_line, wrap
from kim_desktop.printing.data import ClientInfo, Contact, DocumentInput, Letterhead
from kim_desktop.printing.flowables import TextBlock, TextStyle
from kim_desktop.printing.fonts import REGULAR, register_fonts
from kim_desktop.printing.letter import Part, PdfMeta, build_pdf
from kim_desktop.printing.render import render

HEAD = Letterhead("KIM Troisdorf", "Kölner Straße 176", "53840", "Troisdorf", "02241 900-0")


def _visual_word(word: str) -> str:
    """How an Arabic word appears in the PDF: joined forms, drawn right to left."""
    return shape(word)[::-1]


def _lines(pdf: bytes) -> list[list[dict[str, object]]]:
    """Words of the first page line by line (same baseline), each line left to right.

    Grouped by baseline rather than by top: Noto Sans and Noto Naskh Arabic have different
    ascents, so words of one line have different tops.
    """
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        chars = document.pages[0].chars
    baselines: dict[float, list[dict[str, object]]] = {}
    for char in chars:
        baselines.setdefault(round(float(char["matrix"][5]), 1), []).append(char)
    lines = []
    for _, line_chars in sorted(baselines.items(), reverse=True):
        line_chars.sort(key=lambda c: float(c["x0"]))
        words: list[dict[str, object]] = []
        current: list[dict[str, object]] = []
        for char in [*line_chars, None]:
            gap = (
                char is not None and current and float(char["x0"]) - float(current[-1]["x1"]) > 2.5
            )
            if char is None or char["text"] == " " or gap:
                if current:
                    words.append(
                        {
                            "text": "".join(str(c["text"]) for c in current),
                            "x0": float(current[0]["x0"]),
                            "x1": float(current[-1]["x1"]),
                        }
                    )
                current = []
                if char is None or char["text"] == " ":
                    continue
            current.append(char)
        lines.append(words)
    return lines


def _single_paragraph_pdf(text: str, width: float = 400) -> bytes:
    register_fonts()
    style = TextStyle(size=12, leading=16, rtl=True)
    part = Part("ar", HEAD, Contact("A"), "x", [TextBlock(text, style)])
    return build_pdf([part], PdfMeta("t", "a", "s", "ar"))


def test_visual_line_reverses_arabic_words_and_mirrors_brackets() -> None:
    line = visual_line("مرحبا (بكم) في", rtl=True)
    words = line.split(" ")
    assert words[-1] == _visual_word("مرحبا")  # first logical word: rightmost
    assert words[0] == _visual_word("في")
    assert "(" + _visual_word("بكم") + ")" in line  # "(" drawn left after mirroring


def test_latin_runs_and_digits_stay_left_to_right() -> None:
    line = visual_line("اتصلوا بـ Zabihullah Habibi على 02241 900-0", rtl=True)
    assert "Zabihullah Habibi" in line
    assert line.startswith("02241 900-0 ")  # last logical words: leftmost, in their order
    bracketed = visual_line("الإدارة البلدية للاندماج (KIM)", rtl=True)
    assert bracketed.startswith("(KIM) ")
    assert line.index("Zabihullah") < line.index("Habibi")


def test_harakat_are_kept() -> None:
    assert "\u064e" in shape("كَتَبَ")


def test_wrapped_arabic_paragraph_word_order_in_the_pdf() -> None:
    words = ["الإدارة", "البلدية", "للاندماج", "تدعوكم", "إلى", "موعد", "استشارة"] * 6
    pdf = _single_paragraph_pdf(" ".join(words), width=400)
    lines = [
        line for line in _lines(pdf) if any(_visual_word("الإدارة") == w["text"] for w in line)
    ]
    assert len(lines) >= 2, "the paragraph should wrap"
    first = lines[0]
    # in a right-to-left line the first logical word is the rightmost one
    assert first[-1]["text"] == _visual_word(words[0])
    assert first[-2]["text"] == _visual_word(words[1])
    # lines are right-aligned: they end at the same right edge
    rights = {round(float(line[-1]["x1"])) for line in lines[:-1]}
    assert len(rights) == 1
    # the second line continues where the first stopped (logical order over lines)
    count_first = len(first)
    assert lines[1][-1]["text"] == _visual_word(words[count_first])


def test_wrap_keeps_every_word() -> None:
    register_fonts()
    text = "Sehr geehrte Frau Habibi, dies ist ein längerer Satz mit vielen Wörtern."
    lines = wrap(text, 120, REGULAR, 10)
    assert len(lines) > 1 and " ".join(lines) == text


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_appointment_letter_in_arabic_script_reads_right_to_left(language: str) -> None:
    from datetime import datetime

    from kim_desktop.printing.data import AppointmentInfo

    client = ClientInfo(
        "TRO-25-0001",
        "Zabihullah",
        "Habibi",
        "male",
        date(1997, 10, 2),
        "Eichendorffstraße 49",
        "53773",
        "Hennef",
    )
    data = DocumentInput(
        "appointment",
        language,
        HEAD,
        Contact("Katharina Schneider", "02241 900-123", "k.schneider@example.org"),
        date(2025, 3, 14),
        client,
        appointment=AppointmentInfo(datetime(2025, 3, 12, 9, 30), 45, "Rathaus Troisdorf"),
    )
    pdf = render(data)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = document.pages[0].extract_text()
    # the Latin name is real text in the PDF (drawn with Noto Sans), in reading order
    assert "Habibi" in text and "Zabihullah Habibi" in text
    assert "02241 900-123" in text
    assert "k.schneider@example.org" in text
    # the salutation line: the title word (logically first) is the rightmost word
    salutation = {"ar": "السيد", "fa": "آقای"}[language]
    line = next(
        words
        for words in _lines(pdf)
        if {"Habibi"} <= {w["text"] for w in words} and "Zabihullah" not in str(words)
    )
    texts = [w["text"] for w in line]
    assert texts[-1] == _visual_word(salutation)
    assert texts.index("Habibi") < len(texts) - 1
