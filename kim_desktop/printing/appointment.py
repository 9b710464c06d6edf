"""Terminbestätigung / Einladung: date, time, place, what to bring, whom to call."""

from __future__ import annotations

from datetime import timedelta

from reportlab.platypus import Flowable

from kim_desktop.printing.catalogues import Letters
from kim_desktop.printing.common import (
    closing,
    full_date,
    grid,
    info_block,
    number,
    salutation,
    short_time,
    styles,
)
from kim_desktop.printing.data import DocumentInput
from kim_desktop.printing.flowables import TextBlock
from kim_desktop.printing.letter import Part

TITLE_KEY = "appointment.title"


def parts(data: DocumentInput, texts: Letters) -> list[Part]:
    assert data.client is not None and data.appointment is not None
    style = styles(texts.rtl)
    lang = texts.language
    appointment = data.appointment
    end = appointment.starts_at + timedelta(minutes=appointment.duration_minutes)
    rows = [
        [texts.text("appointment.date"), full_date(appointment.starts_at.date(), lang)],
        [
            texts.text("appointment.time"),
            texts.text(
                "appointment.time_value",
                start=short_time(appointment.starts_at, lang),
                end=short_time(end, lang),
            ),
        ],
        [
            texts.text("appointment.duration"),
            texts.text("unit.minutes", minutes=number(appointment.duration_minutes, lang)),
        ],
        [texts.text("appointment.place"), appointment.location or data.letterhead.name],
    ]
    if appointment.purpose:
        rows.append([texts.text("appointment.purpose"), appointment.purpose])
    phone = data.contact.phone or data.letterhead.phone
    email = data.contact.email or data.letterhead.email
    story: list[Flowable] = [
        TextBlock(texts.text("appointment.subject"), style.subject),
        TextBlock(salutation(texts, data.client), style.body),
        TextBlock(texts.text("appointment.intro"), style.body),
        grid(None, rows, [1, 2.6], style, label_column=True),
        TextBlock(texts.text("appointment.bring"), style.bold),
        TextBlock(texts.text("appointment.bring_default"), style.body),
    ]
    if appointment.bring_along:
        story.append(TextBlock(appointment.bring_along, style.body))
    story += [
        TextBlock(texts.text("appointment.cancel", phone=phone, email=email), style.body),
        TextBlock(texts.text("appointment.interpreter"), style.body),
        *closing(texts, data.contact, style),
    ]
    return [
        Part(
            language=lang,
            letterhead=data.letterhead,
            contact=data.contact,
            subject=texts.text("appointment.subject"),
            story=story,
            address_lines=data.client.address_lines(),
            info=info_block(texts, data),
        )
    ]
