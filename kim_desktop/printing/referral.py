"""Verweisschreiben: a German letter to the receiving service naming the consent it rests
on, and a short note for the client in the client's language."""

from __future__ import annotations

from reportlab.platypus import Flowable

from kim_desktop.domain.enums import ConsentPurpose
from kim_desktop.domain.labels import german_label
from kim_desktop.printing.catalogues import Letters, service_letters
from kim_desktop.printing.common import (
    closing,
    grid,
    info_block,
    long_date,
    salutation,
    styles,
)
from kim_desktop.printing.data import DocumentInput
from kim_desktop.printing.flowables import TextBlock
from kim_desktop.printing.letter import Part

TITLE_KEY = "referral.title"


def parts(data: DocumentInput, texts: Letters) -> list[Part]:
    return [service_letter(data), client_note(data, texts)]


def service_letter(data: DocumentInput) -> Part:
    """The letter to the service, always German."""
    assert data.client is not None and data.referral is not None
    de = service_letters()
    style = styles(False)
    client = data.client
    referral = data.referral
    born = long_date(client.birth_date, "de")
    place = ", ".join(
        p for p in (client.street, f"{client.postal_code} {client.city}".strip()) if p
    )
    story: list[Flowable] = [
        TextBlock(de.text("referral.subject", name=client.full_name, born=born), style.subject),
        TextBlock(de.text("referral.salutation"), style.body),
        TextBlock(
            de.text(
                "referral.intro",
                name=client.full_name,
                born=born,
                address=place or "–",
                target=de.text_or(f"target.{referral.target_code}", referral.target_label_de),
            ),
            style.body,
        ),
    ]
    if referral.reason:
        story += [
            TextBlock(de.text("referral.reason"), style.bold),
            TextBlock(referral.reason, style.body),
        ]
    consent = referral.consent
    if consent is not None:
        story.append(
            TextBlock(
                de.text(
                    "referral.consent",
                    name=client.full_name,
                    date=long_date(consent.given_on, "de"),
                    purpose=german_label(ConsentPurpose(consent.purpose)),
                    recipients=", ".join(consent.recipients) or referral.recipient.name,
                ),
                style.body,
            )
        )
    else:
        story.append(TextBlock(de.text("referral.no_consent"), style.body))
    reach = ", ".join(p for p in (client.phone, client.email) if p)
    if reach and consent is not None:
        story.append(
            TextBlock(
                de.text("referral.client_contact", name=client.full_name, contact=reach), style.body
            )
        )
    story += [
        TextBlock(de.text("referral.request"), style.body),
        *closing(de, data.contact, style),
    ]
    return Part(
        language="de",
        letterhead=data.letterhead,
        contact=data.contact,
        subject=de.text("referral.title"),
        story=story,
        address_lines=referral.recipient.address_lines(),
        info=info_block(de, data),
    )


def client_note(data: DocumentInput, texts: Letters) -> Part:
    """The short note for the client, in the client's language."""
    assert data.client is not None and data.referral is not None
    style = styles(texts.rtl)
    recipient = data.referral.recipient
    name = recipient.name
    if data.referral.recipient_is_target:
        name = texts.text_or(f"target.{data.referral.target_code}", name)
    rows = [[texts.text("referral.note.service"), name]]
    address = ", ".join(
        p for p in (recipient.street, f"{recipient.postal_code} {recipient.city}".strip()) if p
    )
    if address:
        rows.append([texts.text("referral.note.address"), address])
    if recipient.phone:
        rows.append([texts.text("info.phone"), recipient.phone])
    if recipient.email:
        rows.append([texts.text("info.email"), recipient.email])
    phone = data.contact.phone or data.letterhead.phone
    story: list[Flowable] = [
        TextBlock(texts.text("referral.note.subject"), style.subject),
        TextBlock(salutation(texts, data.client), style.body),
        TextBlock(
            texts.text(
                "referral.note.text", date=long_date(data.referral.referred_on, texts.language)
            ),
            style.body,
        ),
        grid(None, rows, [1, 2.6], style, label_column=True),
        TextBlock(texts.text("referral.note.next", phone=phone), style.body),
        *closing(texts, data.contact, style),
    ]
    return Part(
        language=texts.language,
        letterhead=data.letterhead,
        contact=data.contact,
        subject=texts.text("referral.note.subject"),
        story=story,
        address_lines=data.client.address_lines(),
        info=info_block(texts, data),
    )
