"""Einwilligungserklärung: German and the client's language one after the other."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from kim_desktop.printing.catalogues import Letters, letters
from kim_desktop.printing.common import (
    bullets,
    grid,
    long_date,
    recipient_label,
    signature_lines,
    styles,
)
from kim_desktop.printing.data import ConsentItem, DocumentInput
from kim_desktop.printing.flowables import TextBlock
from kim_desktop.printing.letter import Part

TITLE_KEY = "consent.title"
PURPOSES = ("case_management", "referral", "statistics", "contact")


def parts(data: DocumentInput, texts: Letters) -> list[Part]:
    assert data.client is not None
    german = letters("de")
    languages = [german] if texts.language == "de" else [german, texts]
    style = styles(texts.rtl)
    title = " / ".join(dict.fromkeys(t.text("consent.title") for t in languages))
    client = data.client
    rows = [
        [_both(languages, "field.name"), client.full_name],
        [_both(languages, "field.birth_date"), long_date(client.birth_date, texts.language)],
        [_both(languages, "info.file_number"), client.file_number],
        [_both(languages, "info.date"), long_date(data.today, texts.language)],
    ]
    story: list[Flowable] = [
        TextBlock(title, style.heading),
        grid(None, rows, [1, 2.2], style, label_column=True),
    ]
    for section in languages:
        story += _section(data, section, translation=section is not german)
    story += [
        Spacer(1, 14),
        signature_lines(
            [
                _both(languages, "signature.place_date"),
                _both(languages, "signature.client"),
                _both(languages, "signature.case_manager"),
            ],
            style,
        ),
    ]
    return [
        Part(
            language=texts.language,
            letterhead=data.letterhead,
            contact=data.contact,
            subject=title,
            story=story,
        )
    ]


def _both(languages: list[Letters], key: str) -> str:
    return " / ".join(dict.fromkeys(t.text(key) for t in languages))


def _section(data: DocumentInput, texts: Letters, *, translation: bool) -> list[Flowable]:
    assert data.client is not None
    style = styles(texts.rtl)
    head = data.letterhead
    story: list[Flowable] = [TextBlock(texts.text("language.name"), style.subheading)]
    if translation:
        story.append(TextBlock(texts.text("consent.translation_note"), style.small))
    story.append(
        TextBlock(
            texts.text("consent.intro", name=data.client.full_name, office=head.name), style.body
        )
    )
    consents = data.consents or [
        ConsentItem(purpose="case_management", scope="", recipients=[], given_on=data.today)
    ]
    purposes = []
    for consent in consents:
        label = texts.text(f"purpose.{consent.purpose}")
        if consent.scope and texts.language == "de":
            label = f"{label}: {consent.scope}"
        purposes.append(label)
    story.append(TextBlock(texts.text("consent.purposes"), style.bold))
    story += bullets(list(dict.fromkeys(purposes)), style.body)
    recipients = sorted(
        {
            recipient_label(texts, name, code)
            for consent in consents
            for name, code in consent.recipient_entries()
        }
    )
    story.append(TextBlock(texts.text("consent.recipients"), style.bold))
    story += bullets(recipients or [texts.text("consent.no_recipients")], style.body)
    address = ", ".join(p for p in (head.street, head.place) if p)
    contact = ", ".join(p for p in (head.phone, head.email) if p)
    story += [
        TextBlock(texts.text("consent.voluntary"), style.body),
        TextBlock(texts.text("consent.controller_heading"), style.bold),
        TextBlock(
            texts.text("consent.controller", office=head.name, address=address, contact=contact),
            style.body,
        ),
        TextBlock(texts.text("consent.rights_heading"), style.bold),
        *bullets(
            [
                texts.text("rights.access"),
                texts.text("rights.rectification"),
                texts.text("rights.erasure"),
                texts.text("rights.restriction"),
                texts.text("rights.withdrawal"),
                texts.text("rights.complaint"),
            ],
            style.body,
        ),
        TextBlock(texts.text("consent.storage"), style.body),
    ]
    return story
