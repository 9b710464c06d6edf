"""Auskunft nach Art. 15 DSGVO: everything stored about a client, for handing over."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from reportlab.platypus import Flowable

from kim_desktop.printing.catalogues import Letters
from kim_desktop.printing.common import (
    bullets,
    closing,
    grid,
    info_block,
    long_date,
    number,
    salutation,
    short_time,
    styles,
)
from kim_desktop.printing.data import DocumentInput, Term
from kim_desktop.printing.flowables import TextBlock
from kim_desktop.printing.letter import Part

TITLE_KEY = "report.title"
Progress = Callable[[int, int], None]


def cell_text(value: object, texts: Letters) -> str:
    """A report cell as text in the letter's language."""
    if value is None or value == "":
        return "–"
    if isinstance(value, Term):
        return texts.text_or(value.key, value.fallback or value.key)
    if isinstance(value, bool):
        return texts.text("value.yes" if value else "value.no")
    if isinstance(value, datetime):
        return f"{long_date(value.date(), texts.language)}, {short_time(value, texts.language)}"
    if isinstance(value, date):
        return long_date(value, texts.language)
    if isinstance(value, int):
        return number(value, texts.language)
    if isinstance(value, list):
        return ", ".join(cell_text(item, texts) for item in value) or "–"
    return str(value)


def parts(data: DocumentInput, texts: Letters, progress: Progress | None = None) -> list[Part]:
    assert data.client is not None and data.report is not None
    style = styles(texts.rtl)
    report = data.report
    story: list[Flowable] = [
        TextBlock(texts.text("report.title"), style.subject),
        TextBlock(salutation(texts, data.client), style.body),
        TextBlock(
            texts.text("report.intro", date=long_date(data.today, texts.language)), style.body
        ),
        TextBlock(texts.text("report.section.master"), style.subheading),
        grid(
            None,
            [[texts.text(f"field.{key}"), cell_text(value, texts)] for key, value in report.master],
            [1, 2.2],
            style,
            label_column=True,
        ),
    ]
    total = len(report.sections)
    for done, section in enumerate(report.sections, start=1):
        story.append(
            TextBlock(
                texts.text(f"report.section.{section.key}")
                + f" ({number(len(section.rows), texts.language)})",
                style.subheading,
            )
        )
        if section.rows:
            story.append(
                grid(
                    [texts.text(f"column.{name}") for name in section.columns],
                    [[cell_text(cell, texts) for cell in row.cells] for row in section.rows],
                    section.widths or [1] * len(section.columns),
                    style,
                )
            )
        else:
            story.append(TextBlock(texts.text("report.none"), style.small))
        if progress is not None:
            progress(done, total + 1)
    story += [
        TextBlock(texts.text("report.information_heading"), style.subheading),
        *bullets(
            [
                texts.text("report.info.purposes"),
                texts.text("report.info.recipients"),
                texts.text("report.info.storage"),
                texts.text("report.info.origin"),
            ],
            style.body,
        ),
        TextBlock(texts.text("consent.rights_heading"), style.bold),
        *bullets(
            [
                texts.text("rights.rectification"),
                texts.text("rights.erasure"),
                texts.text("rights.restriction"),
                texts.text("rights.withdrawal"),
                texts.text("rights.complaint"),
            ],
            style.body,
        ),
        *closing(texts, data.contact, style),
    ]
    return [
        Part(
            language=texts.language,
            letterhead=data.letterhead,
            contact=data.contact,
            subject=texts.text("report.title"),
            story=story,
            address_lines=data.client.address_lines(),
            info=info_block(texts, data),
        )
    ]
