"""Pieces shared by the documents: styles, dates, salutation, signature, tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from babel.dates import format_date, format_time
from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from kim_desktop.printing.catalogues import SOURCE_LANGUAGE, Letters
from kim_desktop.printing.data import ClientInfo, Contact, DocumentInput
from kim_desktop.printing.flowables import MUTED_COLOUR, TextBlock, TextStyle, bullet
from kim_desktop.printing.fonts import BOLD
from kim_desktop.printing.letter import TEXT_WIDTH, PdfMeta

GRID_COLOUR = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#ececec")


@dataclass(frozen=True)
class Styles:
    body: TextStyle
    bold: TextStyle
    small: TextStyle
    label: TextStyle
    heading: TextStyle
    subheading: TextStyle
    subject: TextStyle
    cell: TextStyle
    cell_head: TextStyle


def styles(rtl: bool) -> Styles:
    body = TextStyle(size=10, leading=14, rtl=rtl, space_after=6)
    cell = TextStyle(size=8.5, leading=11, rtl=rtl)
    return Styles(
        body=body,
        bold=replace(body, fonts=BOLD, keep_with_next=True),
        small=TextStyle(size=8.5, leading=11.5, rtl=rtl, space_after=4, colour=MUTED_COLOUR),
        label=TextStyle(size=8, leading=10, rtl=rtl, colour=MUTED_COLOUR),
        heading=TextStyle(size=14, leading=19, fonts=BOLD, rtl=rtl, space_after=8),
        subheading=TextStyle(
            size=11,
            leading=15,
            fonts=BOLD,
            rtl=rtl,
            space_before=8,
            space_after=4,
            keep_with_next=True,
        ),
        subject=TextStyle(size=11, leading=15, fonts=BOLD, rtl=rtl, space_after=12),
        cell=cell,
        cell_head=replace(cell, fonts=BOLD),
    )


def long_date(value: date | None, language: str) -> str:
    return format_date(value, "long", locale=language) if value else "–"


def full_date(value: date, language: str) -> str:
    return format_date(value, "full", locale=language)


def short_time(value: time | datetime, language: str) -> str:
    return format_time(value, "short", locale=language)


def number(value: int, language: str) -> str:
    return format_decimal(value, locale=language)


def salutation(texts: Letters, client: ClientInfo) -> str:
    key = {"female": "salutation.female", "male": "salutation.male"}.get(
        client.gender, "salutation.neutral"
    )
    return texts.text(key, last_name=client.last_name, full_name=client.full_name)


def recipient_label(texts: Letters, name: str, target_code: str) -> str:
    """A consent recipient: a whole referral target category in the letter's language; an
    institution, and every recipient in German (the binding text), as stored."""
    if not target_code or texts.language == SOURCE_LANGUAGE:
        return name
    return texts.text_or(f"target.{target_code}", name)


def info_block(texts: Letters, data: DocumentInput) -> list[tuple[str, str]]:
    rows = [(texts.text("info.contact"), data.contact.name)]
    if data.contact.phone:
        rows.append((texts.text("info.phone"), data.contact.phone))
    if data.contact.email:
        rows.append((texts.text("info.email"), data.contact.email))
    if data.client is not None:
        rows.append((texts.text("info.file_number"), data.client.file_number))
    rows.append((texts.text("info.date"), long_date(data.today, texts.language)))
    return rows


def closing(texts: Letters, contact: Contact, style: Styles) -> list[Flowable]:
    return [
        Spacer(1, 6),
        TextBlock(texts.text("closing.regards"), style.body),
        Spacer(1, 18),
        TextBlock(contact.name, replace(style.body, space_after=0)),
        TextBlock(texts.text("closing.role"), style.small),
    ]


def signature_lines(labels: Sequence[str], style: Styles) -> Flowable:
    """Empty lines to sign on, each with its caption underneath, side by side."""
    count = len(labels)
    cells = [[TextBlock(label, style.label) for label in labels]]
    width = TEXT_WIDTH / count
    table = Table([["" for _ in labels], *cells], colWidths=[width] * count, rowHeights=[28, None])
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for column in range(count):
        commands.append(("LINEABOVE", (column, 1), (column, 1), 0.6, colors.black))
        commands.append(("RIGHTPADDING", (column, 0), (column, -1), 14))
    table.setStyle(TableStyle(commands))
    return table


def bullets(items: Sequence[str], style: TextStyle) -> list[Flowable]:
    return [bullet(item, replace(style, space_after=2)) for item in items]


def grid(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    style: Styles,
    *,
    label_column: bool = False,
) -> Table:
    """A table of wrapped text; columns run right to left in Arabic and Farsi."""
    rtl = style.cell.rtl
    total = sum(widths)
    col_widths = [TEXT_WIDTH * w / total for w in widths]
    data: list[list[Flowable]] = []
    if header is not None:
        data.append([TextBlock(text, style.cell_head) for text in header])
    for row in rows:
        data.append(
            [
                TextBlock(text, style.cell_head if label_column and i == 0 else style.cell)
                for i, text in enumerate(row)
            ]
        )
    if rtl:
        data = [list(reversed(row)) for row in data]
        col_widths = list(reversed(col_widths))
    table = Table(data, colWidths=col_widths, repeatRows=1 if header is not None else 0)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_COLOUR),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    table.setStyle(TableStyle(commands))
    table.spaceAfter = 8
    return table


def meta(texts: Letters, data: DocumentInput, title_key: str) -> PdfMeta:
    title = texts.text(title_key)
    subject = title
    if data.client is not None:
        subject = f"{title} – {data.client.full_name} ({data.client.file_number})"
    return PdfMeta(
        title=title,
        author=f"{data.contact.name}, {data.letterhead.name}",
        subject=subject,
        language=texts.language,
        keywords=f"KIM, {data.kind}",
    )
