"""Beratungsbestätigung: a consultation took place (date, duration, topics)."""

from __future__ import annotations

from kim_desktop.printing.catalogues import Letters
from kim_desktop.printing.common import (
    bullets,
    closing,
    info_block,
    long_date,
    number,
    signature_lines,
    styles,
)
from kim_desktop.printing.data import DocumentInput
from kim_desktop.printing.flowables import TextBlock
from kim_desktop.printing.letter import Part

TITLE_KEY = "confirmation.title"


def parts(data: DocumentInput, texts: Letters) -> list[Part]:
    assert data.client is not None and data.consultation is not None
    style = styles(texts.rtl)
    lang = texts.language
    client = data.client
    consultation = data.consultation
    held_on = long_date(consultation.held_on, lang)
    office = data.letterhead.name
    if client.birth_date:
        text = texts.text(
            "confirmation.text_born",
            name=client.full_name,
            birth_date=long_date(client.birth_date, lang),
            date=held_on,
            office=office,
        )
    else:
        text = texts.text("confirmation.text", name=client.full_name, date=held_on, office=office)
    topics = [texts.text_or(f"topic.{code}", label) for code, label in consultation.topics]
    story = [
        TextBlock(texts.text("confirmation.title"), style.subject),
        TextBlock(text, style.body),
        TextBlock(
            texts.text(
                "confirmation.details",
                minutes=number(consultation.duration_minutes, lang),
                mode=texts.text(f"mode.{consultation.mode}"),
            ),
            style.body,
        ),
        TextBlock(texts.text("confirmation.topics"), style.bold),
        *bullets(topics or [texts.text("confirmation.no_topics")], style.body),
        TextBlock(texts.text("confirmation.purpose"), style.small),
        *closing(texts, data.contact, style),
        signature_lines([texts.text("signature.case_manager")], style),
    ]
    return [
        Part(
            language=lang,
            letterhead=data.letterhead,
            contact=data.contact,
            subject=texts.text("confirmation.title"),
            story=story,
            address_lines=client.address_lines(),
            info=info_block(texts, data),
        )
    ]
