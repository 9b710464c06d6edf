"""The page frame of every document: DIN 5008-like letter (form B) on A4.

A PDF is built from one or more *parts* (one letter each: the referral letter and the note
for the client, or the day's appointment letters in a batch). Every part has its own
letterhead, address field, information block, language and page numbering
("Seite 1 von 2" in the part's language).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from babel.numbers import format_decimal
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak
from reportlab.platypus.doctemplate import PageTemplate

from kim_desktop.printing.catalogues import letters
from kim_desktop.printing.data import Contact, Letterhead
from kim_desktop.printing.flowables import MUTED_COLOUR, TextStyle, draw_fitted_line, draw_line
from kim_desktop.printing.fonts import BOLD, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = PAGE_WIDTH - 20 * mm
TEXT_WIDTH = RIGHT - LEFT
BOTTOM = 22 * mm
LETTER_BODY_TOP = 98.5 * mm  # below the address field and information block (form B)
FORM_BODY_TOP = 40 * mm  # forms and reports: below the letterhead
LATER_BODY_TOP = 22 * mm
INFO_LEFT = 125 * mm


def from_top(distance: float) -> float:
    return PAGE_HEIGHT - distance


@dataclass
class Part:
    """One letter (or form) within a PDF."""

    language: str
    letterhead: Letterhead
    contact: Contact
    subject: str
    story: list[Flowable]
    address_lines: list[str] | None = None  # None: a form or report without address field
    info: list[tuple[str, str]] = field(default_factory=list)  # information block


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str
    subject: str
    language: str
    keywords: str = ""


def build_pdf(parts: list[Part], meta: PdfMeta) -> bytes:
    """Lay the parts out on A4 pages; returns the PDF."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        keywords=meta.keywords,
        creator="KIM Desktop",
        producer="KIM Desktop (reportlab)",
        lang=meta.language,
        leftMargin=LEFT,
        rightMargin=PAGE_WIDTH - RIGHT,
        topMargin=LATER_BODY_TOP,
        bottomMargin=BOTTOM,
        invariant=1,
    )
    templates: list[PageTemplate] = []
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        top = LETTER_BODY_TOP if part.address_lines is not None else FORM_BODY_TOP
        templates.append(
            PageTemplate(
                id=f"first{index}",
                frames=[_frame(top, f"f{index}")],
                onPage=_first_page(index, part),
            )
        )
        templates.append(
            PageTemplate(
                id=f"later{index}",
                frames=[_frame(LATER_BODY_TOP, f"l{index}")],
                onPage=_later_page(index, part),
            )
        )
        if index:
            story += [NextPageTemplate(f"first{index}"), PageBreak()]
        story.append(NextPageTemplate(f"later{index}"))
        story += part.story
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=_numbered_canvas(parts))
    return buffer.getvalue()


def _frame(top: float, frame_id: str) -> Frame:
    return Frame(
        LEFT,
        BOTTOM,
        TEXT_WIDTH,
        PAGE_HEIGHT - top - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=frame_id,
    )


def _first_page(index: int, part: Part) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.kim_part = index  # type: ignore[attr-defined]
        canvas.saveState()
        _letterhead(canvas, part.letterhead)
        if part.address_lines is not None:
            _address_field(canvas, part)
            _fold_marks(canvas)
        _info_block(canvas, part)
        canvas.restoreState()

    return draw


def _later_page(index: int, part: Part) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.kim_part = index  # type: ignore[attr-defined]
        canvas.saveState()
        style = TextStyle(size=8, colour=MUTED_COLOUR)
        line = f"{part.letterhead.name} · {part.subject}"
        draw_fitted_line(canvas, line, LEFT, RIGHT, from_top(13 * mm), style)
        canvas.setStrokeColor(MUTED_COLOUR)
        canvas.setLineWidth(0.3)
        canvas.line(LEFT, from_top(15 * mm), RIGHT, from_top(15 * mm))
        canvas.restoreState()

    return draw


def _letterhead(canvas: Canvas, head: Letterhead) -> None:
    logo_right = RIGHT
    if head.logo_path and Path(head.logo_path).is_file():
        try:
            canvas.drawImage(
                head.logo_path,
                RIGHT - 40 * mm,
                from_top(32 * mm),
                width=40 * mm,
                height=20 * mm,
                preserveAspectRatio=True,
                anchor="ne",
                mask="auto",
            )
            logo_right = RIGHT - 44 * mm
        except OSError:
            pass  # a missing or unreadable logo leaves the letterhead without it
    draw_fitted_line(
        canvas, head.name, LEFT, logo_right, from_top(17 * mm), TextStyle(size=13).bold()
    )
    small = TextStyle(size=8.5, colour=MUTED_COLOUR)
    address = " · ".join(part for part in (head.street, head.place) if part)
    contact = " · ".join(part for part in (head.phone, head.email) if part)
    draw_line(canvas, address, LEFT, logo_right, from_top(23 * mm), small)
    draw_line(canvas, contact, LEFT, logo_right, from_top(27.5 * mm), small)
    canvas.setStrokeColor(MUTED_COLOUR)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, from_top(34 * mm), RIGHT, from_top(34 * mm))


def _address_field(canvas: Canvas, part: Part) -> None:
    head = part.letterhead
    sender = " · ".join(p for p in (head.name, head.street, head.place) if p)
    return_style = TextStyle(size=6.5, colour=MUTED_COLOUR)
    draw_fitted_line(canvas, sender, LEFT, LEFT + 85 * mm, from_top(52 * mm), return_style)
    style = TextStyle(size=10)
    for number, line in enumerate((part.address_lines or [])[:6]):
        y = from_top(62 * mm + number * 4.6 * mm)
        draw_fitted_line(canvas, line, LEFT, LEFT + 85 * mm, y, style)


def _info_block(canvas: Canvas, part: Part) -> None:
    rtl = letters(part.language).rtl
    label_style = TextStyle(size=7, colour=MUTED_COLOUR, rtl=rtl)
    value_style = TextStyle(size=9, rtl=rtl)
    top = 50 * mm if part.address_lines is not None else 38 * mm
    if part.address_lines is None:
        return
    y = top
    for label, value in part.info:
        draw_fitted_line(canvas, label, INFO_LEFT, RIGHT, from_top(y), label_style)
        draw_fitted_line(canvas, value, INFO_LEFT, RIGHT, from_top(y + 3.8 * mm), value_style)
        y += 8.2 * mm


def _fold_marks(canvas: Canvas) -> None:
    canvas.setStrokeColor(MUTED_COLOUR)
    canvas.setLineWidth(0.3)
    for distance, length in ((105 * mm, 5 * mm), (148.5 * mm, 7 * mm), (210 * mm, 5 * mm)):
        canvas.line(3 * mm, from_top(distance), 3 * mm + length, from_top(distance))


def _numbered_canvas(parts: list[Part]) -> type[Canvas]:
    """A canvas that writes "page x of y" per part once all pages are known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            totals: dict[int, int] = {}
            for state in self._pages:
                index = state.get("kim_part", 0)
                totals[index] = totals.get(index, 0) + 1
            seen: dict[int, int] = {}
            for state in self._pages:
                self.__dict__.update(state)
                index = state.get("kim_part", 0)
                seen[index] = seen.get(index, 0) + 1
                self._page_number(parts[index], seen[index], totals[index])
                Canvas.showPage(self)
            Canvas.save(self)

        def _page_number(self, part: Part, page: int, pages: int) -> None:
            texts = letters(part.language)
            locale = part.language
            label = texts.text(
                "page.number",
                page=format_decimal(page, locale=locale),
                pages=format_decimal(pages, locale=locale),
            )
            # always at the bottom right, the office name at the bottom left
            align = "start" if texts.rtl else "end"
            style = TextStyle(size=8, colour=MUTED_COLOUR, rtl=texts.rtl, align=align)
            draw_line(self, label, LEFT, RIGHT, 12 * mm, style)
            footer = TextStyle(size=7, colour=MUTED_COLOUR, align="start")
            head = part.letterhead
            draw_fitted_line(self, head.name, LEFT, RIGHT - 45 * mm, 12 * mm, footer)

    return NumberedCanvas


def heading_style(rtl: bool) -> TextStyle:
    return TextStyle(size=12, leading=16, fonts=BOLD, rtl=rtl, space_after=6)
