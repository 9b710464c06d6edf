"""Catalogue entries (country, residence status, target group, language, referral target)
print in the letter's language, not with the database's German label."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from printing_pdf_helpers import pdf_text
from sqlalchemy import select

from kim_desktop.db.models import Client, Language
from kim_desktop.printing.bidi_text import shape
from kim_desktop.printing.catalogues import LETTER_LANGUAGES, letters
from kim_desktop.printing.data import (
    ClientInfo,
    ConsentItem,
    Contact,
    DocumentInput,
    Letterhead,
    Recipient,
    ReferralInfo,
)
from kim_desktop.printing.render import render
from kim_desktop.services.documents import DocumentService
from kim_desktop.services.office_session import OfficeSession


def _visual(word: str) -> str:
    """An Arabic word as it appears in the PDF: joined forms, drawn right to left."""
    return shape(word)[::-1]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _syrian_client_with_duldung(office: OfficeSession) -> str:
    with office.database.transaction(office.actor.user_id) as session:
        client = session.scalars(
            select(Client).where(Client.deleted_at.is_(None)).order_by(Client.file_number)
        ).first()
        assert client is not None
        client.nationality_code = "SY"
        client.residence_status_code = "duldung"
        client.target_group_code = "geduldete"
        client.preferred_language_code = "ar"
        client.languages = list(
            session.scalars(select(Language).where(Language.code.in_(["ar", "en"])))
        )
        return client.id


def test_access_report_prints_catalogue_labels_in_ukrainian(demo_office: OfficeSession) -> None:
    client_id = _syrian_client_with_duldung(demo_office)
    text = _flat(
        pdf_text(DocumentService(demo_office).build("access_report", client_id, None, "uk").pdf)
    )
    assert "Сирія" in text
    assert "Тимчасове зупинення депортації (Duldung)" in text
    assert "Особи з тимчасовим зупиненням депортації" in text
    assert "Арабська" in text and "Англійська" in text
    for german in ("Syrien", "Geduldete", "Arabisch", "Englisch", "العربية"):
        assert german not in text


def test_access_report_prints_catalogue_labels_in_arabic(demo_office: OfficeSession) -> None:
    client_id = _syrian_client_with_duldung(demo_office)
    text = pdf_text(DocumentService(demo_office).build("access_report", client_id, None, "ar").pdf)
    for word in ("سوريا", "الترحيل", "العربية", "الإنجليزية"):
        assert _visual(word) in text, word
    # the German legal term stays in brackets, the German labels are gone
    assert "Duldung" in text
    for german in ("Syrien", "Geduldete", "Arabisch", "Englisch"):
        assert german not in text


def test_german_report_keeps_the_german_labels(demo_office: OfficeSession) -> None:
    client_id = _syrian_client_with_duldung(demo_office)
    text = _flat(
        pdf_text(DocumentService(demo_office).build("access_report", client_id, None, "de").pdf)
    )
    assert "Syrien" in text and "Duldung" in text and "Geduldete" in text
    assert "Arabisch" in text


def test_catalogue_ids_of_every_language_and_country_exist() -> None:
    from kim_desktop.db.seed_data import COUNTRIES, LANGUAGES, RESIDENCE_STATUSES, TARGET_GROUPS

    german = letters("de")
    for code, label, *_ in COUNTRIES:
        assert german.text(f"country.{code}") == label
    for code, label, *_ in RESIDENCE_STATUSES:
        assert german.text(f"residence.{code}") == label
    for code, label, *_ in TARGET_GROUPS:
        assert german.text(f"target_group.{code}") == label
    for code, label, *_ in LANGUAGES:
        assert german.text(f"language.{code}") == label
    for language in LETTER_LANGUAGES:
        assert letters(language).has("country.SY") and letters(language).has("language.ps")


def _referral_input(language: str, *, is_target: bool) -> DocumentInput:
    consent = ConsentItem(
        "referral",
        "",
        ["Ausländerbehörde/Einbürgerungsbehörde", "Caritas Troisdorf"],
        date(2025, 3, 1),
        recipient_targets=["abh-ebh", ""],
    )
    name = "Ausländerbehörde/Einbürgerungsbehörde" if is_target else "Caritas Troisdorf"
    return DocumentInput(
        "referral",
        language,
        Letterhead("KIM Troisdorf", "Kölner Straße 176", "53840", "Troisdorf", "02241 900-0"),
        Contact("Katharina Schneider", "02241 900-123"),
        date(2025, 3, 14),
        ClientInfo("TRO-25-0001", "Olena", "Kovalenko", "female", date(1990, 5, 1)),
        consents=[consent],
        referral=ReferralInfo(
            Recipient(name),
            "abh-ebh",
            "Ausländerbehörde/Einbürgerungsbehörde",
            date(2025, 3, 10),
            consent=consent,
            recipient_is_target=is_target,
        ),
    )


def test_referral_note_names_a_target_category_in_the_clients_language() -> None:
    text = _flat(pdf_text(render(_referral_input("uk", is_target=True))))
    assert "Відомство у справах іноземців/натуралізації" in text  # the note for the client
    assert "Ausländerbehörde/Einbürgerungsbehörde" in text  # the German letter to the service
    institution = _flat(pdf_text(render(_referral_input("uk", is_target=False))))
    assert "Відомство у справах іноземців" not in institution


def test_consent_names_category_recipients_in_both_languages() -> None:
    data = _referral_input("uk", is_target=True)
    text = _flat(pdf_text(render(replace(data, kind="consent"))))
    assert "Ausländerbehörde/Einbürgerungsbehörde" in text  # German, binding section
    assert "Відомство у справах іноземців/натуралізації" in text  # Ukrainian section
    assert text.count("Caritas Troisdorf") == 2  # institutions as stored
