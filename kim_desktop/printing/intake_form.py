"""Blank intake form (paper fallback) with the fields of the intake screen."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from kim_desktop.printing.catalogues import Letters, letters
from kim_desktop.printing.common import GRID_COLOUR, Styles, grid, signature_lines, styles
from kim_desktop.printing.data import DocumentInput
from kim_desktop.printing.flowables import Choices, TextBlock
from kim_desktop.printing.letter import TEXT_WIDTH, Part

TITLE_KEY = "intake.title"

SECTIONS: list[tuple[str, list[str]]] = [
    (
        "intake.section.person",
        [
            "last_name",
            "first_name",
            "birth_date",
            "gender",
            "nationality",
            "residence_status",
            "residence_valid_until",
            "target_group",
            "arrival_date",
        ],
    ),
    ("intake.section.contact", ["street", "postal_code_city", "municipality", "phone", "email"]),
    ("intake.section.languages", ["preferred_language", "languages", "interpreter_needed"]),
]
CHOICES = {
    "gender": ["gender.female", "gender.male", "gender.diverse", "gender.unknown"],
    "interpreter_needed": ["value.yes", "value.no"],
}
HOUSEHOLD_COLUMNS = ["first_name", "last_name", "birth_date", "relation", "kita"]


def parts(data: DocumentInput, texts: Letters) -> list[Part]:
    style = styles(texts.rtl)
    story: list[Flowable] = [
        TextBlock(_label(texts, "intake.title"), style.heading),
        TextBlock(texts.text("intake.hint"), style.small),
    ]
    for section_key, fields in SECTIONS:
        story.append(TextBlock(_label(texts, section_key), style.subheading))
        story.append(_field_table(texts, fields, style))
    story.append(TextBlock(_label(texts, "intake.section.household"), style.subheading))
    header = [_label(texts, f"field.{name}") for name in HOUSEHOLD_COLUMNS]
    story.append(grid(header, [[" \n "] * len(header)] * 4, [1.3, 1.3, 1, 1, 0.7], style))
    story.append(TextBlock(_label(texts, "field.notes"), style.subheading))
    story.append(_writing_box(5))
    story.append(TextBlock(_label(texts, "intake.section.consent"), style.subheading))
    story.append(Choices([_label(texts, "intake.consent_given")], style.body))
    story += [
        Spacer(1, 16),
        signature_lines(
            [_label(texts, "signature.place_date"), _label(texts, "signature.case_manager")],
            style,
        ),
    ]
    return [
        Part(
            language=texts.language,
            letterhead=data.letterhead,
            contact=data.contact,
            subject=_label(texts, "intake.title"),
            story=story,
        )
    ]


def _label(texts: Letters, key: str) -> str:
    """The label in the form's language; on a foreign-language form the German one too,
    for the case manager who types the form in later."""
    text = texts.text(key)
    if texts.language == "de":
        return text
    return f"{text} / {letters('de').text(key)}"


def _field_table(texts: Letters, fields: list[str], style: Styles) -> Table:
    rows: list[list[Flowable | str]] = []
    for name in fields:
        label = TextBlock(_label(texts, f"field.{name}"), style.cell_head)
        if name in CHOICES:
            value: Flowable | str = Choices([texts.text(k) for k in CHOICES[name]], style.cell)
        else:
            value = ""
        rows.append([label, value])
    widths = [TEXT_WIDTH * 0.36, TEXT_WIDTH * 0.64]
    if texts.rtl:
        rows = [list(reversed(row)) for row in rows]
        widths.reverse()
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID_COLOUR),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _writing_box(lines: int) -> Table:
    table = Table([[""] for _ in range(lines)], colWidths=[TEXT_WIDTH], rowHeights=[18] * lines)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]))
    return table
