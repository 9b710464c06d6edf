"""Platypus flowables that lay text out with :mod:`kim_desktop.printing.bidi_text`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from kim_desktop.printing.bidi_text import (
    right_to_left_base,
    runs,
    text_width,
    visual_line,
    wrap,
)
from kim_desktop.printing.fonts import BOLD, REGULAR, FontPair

TEXT_COLOUR = colors.HexColor("#1a1a1a")
MUTED_COLOUR = colors.HexColor("#555555")


@dataclass(frozen=True)
class TextStyle:
    size: float = 10.0
    leading: float = 13.5
    fonts: FontPair = REGULAR
    align: str = "start"  # start | end | center, in reading direction
    rtl: bool = False
    space_before: float = 0.0
    space_after: float = 0.0
    colour: Any = TEXT_COLOUR
    indent: float = 0.0  # at the start side (bullets)
    keep_with_next: bool = False  # headings stay with what follows

    def bold(self) -> TextStyle:
        return replace(self, fonts=BOLD)

    def sized(self, size: float) -> TextStyle:
        return replace(self, size=size, leading=size * 1.35)


def draw_line(
    canvas: Any,
    logical: str,
    x_left: float,
    x_right: float,
    y: float,
    style: TextStyle,
    base_rtl: bool | None = None,
) -> None:
    """Draw one logical line between ``x_left`` and ``x_right`` with baseline ``y``.

    Alignment follows the letter (``style.rtl``); the bidi base direction is ``base_rtl``,
    by default decided from the line itself.
    """
    if base_rtl is None:
        base_rtl = right_to_left_base(logical, style.rtl)
    visual = visual_line(logical, base_rtl)
    parts = runs(visual, style.fonts)
    width = text_width(logical, style.fonts, style.size)
    start_is_right = style.rtl
    if style.align == "center":
        x = (x_left + x_right - width) / 2
    elif (style.align == "start") != start_is_right:
        x = x_left
    else:
        x = x_right - width
    canvas.setFillColor(style.colour)
    for text, font in parts:
        canvas.setFont(font, style.size)
        canvas.drawString(x, y, text)
        x += canvas.stringWidth(text, font, style.size)


class TextBlock(Flowable):
    """A paragraph of one style, wrapped and drawn line by line (splits across pages).

    ``marker`` (e.g. a bullet) is drawn before the first line, at the start side.
    """

    def __init__(
        self, text: str, style: TextStyle, lines: list[str] | None = None, marker: str = ""
    ) -> None:
        super().__init__()
        self.text = text
        self.marker = marker
        self.style = replace(style, indent=style.indent + 12) if marker else style
        self._lines = lines
        self._width = 0.0
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self.keepWithNext = style.keep_with_next

    def _wrap_lines(self, width: float) -> list[str]:
        if self._lines is None or self._width != width:
            usable = max(width - self.style.indent, 10.0)
            self._lines = wrap(self.text, usable, self.style.fonts, self.style.size)
            self._width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        lines = self._wrap_lines(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._wrap_lines(availWidth)
        fit = int(availHeight // self.style.leading)
        if fit < 1 or fit >= len(lines) or (len(lines) > 2 and fit < 2):
            return []
        first = TextBlock(self.text, replace(self.style, space_after=0), lines[:fit])
        rest = TextBlock(self.text, replace(self.style, space_before=0), lines[fit:])
        first.marker = self.marker
        first._width = rest._width = availWidth
        return [first, rest]

    def draw(self) -> None:
        style = self.style
        drop = style.size * 0.93 + (style.leading - style.size * 1.2) / 2
        left, right = 0.0, self.width
        if style.rtl:
            right -= style.indent
        else:
            left += style.indent
        base_rtl = right_to_left_base(self.text, style.rtl)
        for index, line in enumerate(self._lines or []):
            y = self.height - index * style.leading - drop
            draw_line(self.canv, line, left, right, y, style, base_rtl)
        if self.marker and self._lines:
            marker_x = right + 4 if style.rtl else left - 10
            self.canv.setFont(style.fonts.latin, style.size)
            self.canv.drawString(marker_x, self.height - drop, self.marker)


def bullet(text: str, style: TextStyle) -> TextBlock:
    return TextBlock(text, style, marker="•")


class Rule(Flowable):
    """A thin horizontal line (under headings, signature lines)."""

    def __init__(self, space_before: float = 2, space_after: float = 4, width: float = 0.5):
        super().__init__()
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.line_width = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.line_width

    def draw(self) -> None:
        self.canv.setStrokeColor(MUTED_COLOUR)
        self.canv.setLineWidth(self.line_width)
        self.canv.line(0, 0, self.width, 0)


class Choices(Flowable):
    """Options to tick on paper: an empty square before each label (in reading order).

    Options stand side by side; a single long option wraps under its own square.
    """

    box = 7.0
    gap = 14.0

    def __init__(self, labels: list[str], style: TextStyle) -> None:
        super().__init__()
        self.labels = labels
        self.style = style
        self._lines: list[str] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        if len(self.labels) == 1:
            usable = max(availWidth - self.box - 3, 10.0)
            self._lines = wrap(self.labels[0], usable, self.style.fonts, self.style.size)
        else:
            self._lines = []
        self.height = self.style.leading * max(len(self._lines), 1)
        return availWidth, self.height

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setStrokeColor(TEXT_COLOUR)
        canvas.setLineWidth(0.6)
        baseline = self.height - style.leading + (style.leading - style.size) / 2
        baseline += style.size * 0.15
        if self._lines:
            x_box = self.width - self.box if style.rtl else 0.0
            canvas.rect(x_box, baseline, self.box, self.box)
            left, right = (0.0, x_box - 3) if style.rtl else (self.box + 3, self.width)
            base_rtl = right_to_left_base(self.labels[0], style.rtl)
            for index, line in enumerate(self._lines):
                y = baseline - index * style.leading
                draw_line(canvas, line, left, right, y, style, base_rtl)
            return
        cursor = self.width if style.rtl else 0.0
        for label in self.labels:
            width = text_width(label, style.fonts, style.size)
            if style.rtl:
                canvas.rect(cursor - self.box, baseline, self.box, self.box)
                right = cursor - self.box - 3
                draw_line(canvas, label, right - width, right, baseline, style)
                cursor = right - width - self.gap
            else:
                canvas.rect(cursor, baseline, self.box, self.box)
                left = cursor + self.box + 3
                draw_line(canvas, label, left, left + width, baseline, style)
                cursor = left + width + self.gap


def draw_fitted_line(
    canvas: Any,
    logical: str,
    x_left: float,
    x_right: float,
    y: float,
    style: TextStyle,
    min_size: float = 5.0,
) -> None:
    """Draw one line, smaller if it is too wide, cut off with "…" if still too wide."""
    width = x_right - x_left
    size = style.size
    while size > min_size and text_width(logical, style.fonts, size) > width:
        size -= 0.25
    text = logical
    while text and text_width(text, style.fonts, size) > width:
        text = text[:-2] + "…"
    draw_line(canvas, text, x_left, x_right, y, replace(style, size=size))
