"""The six documents built from a demo office: content, languages, metadata, storing."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest
from babel.dates import format_date
from printing_pdf_helpers import pdf_metadata, pdf_page_count, pdf_text
from sqlalchemy import func, select

from kim_desktop.db.models import (
    Appointment,
    AuditEntry,
    Client,
    Consent,
    Consultation,
    Document,
    OutboxEntry,
    Referral,
)
from kim_desktop.domain.enums import ConsentPurpose, ReferralDirection
from kim_desktop.domain.errors import KimError
from kim_desktop.printing.catalogues import LETTER_LANGUAGES, letters
from kim_desktop.services.documents import KINDS, DocumentService
from kim_desktop.services.office_session import OfficeSession


def _client_with(office: OfficeSession, model: type) -> str:
    with office.database.reading() as session:
        return str(session.scalar(select(model.client_id).order_by(model.id).limit(1)))


def _client(office: OfficeSession, client_id: str) -> Client:
    with office.database.reading() as session:
        client = session.get(Client, client_id)
        assert client is not None
        return client


@pytest.mark.parametrize("language", LETTER_LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_document_in_every_language(
    demo_office: OfficeSession, kind: str, language: str
) -> None:
    service = DocumentService(demo_office)
    model = {"appointment": Appointment, "referral": Referral, "confirmation": Consultation}
    client_id = _client_with(demo_office, model.get(kind, Consent))
    built = service.build(kind, client_id, None, language)
    assert built.pdf.startswith(b"%PDF") and built.language == language
    meta = pdf_metadata(built.pdf)
    title = letters(language).text(f"{_title_key(kind)}")
    assert meta["Title"] == title
    assert meta["Author"].endswith("Demo-Büro")
    assert meta["Creator"] == "KIM Desktop"
    assert b"/Lang" in built.pdf and f"({language})".encode() in built.pdf
    text = pdf_text(built.pdf)
    if kind != "intake_form":
        assert _client(demo_office, client_id).last_name in text
    pages = pdf_page_count(built.pdf)
    if language == "de":
        assert f"Seite 1 von {pages}" in text or kind == "referral"


def _title_key(kind: str) -> str:
    return {"access_report": "report.title", "intake_form": "intake.title"}.get(
        kind, f"{kind}.title"
    )


def test_appointment_letter_dates_in_the_letter_language(demo_office: OfficeSession) -> None:
    service = DocumentService(demo_office)
    with demo_office.database.reading() as session:
        appointment = session.scalars(select(Appointment).order_by(Appointment.id)).first()
        assert appointment is not None
    local = appointment.starts_at.astimezone()
    for language, expected in (
        ("de", format_date(local.date(), "full", locale="de")),
        ("uk", format_date(local.date(), "full", locale="uk")),
        ("tr", format_date(local.date(), "full", locale="tr")),
    ):
        built = service.build("appointment", appointment.client_id, appointment.id, language)
        text = pdf_text(built.pdf)
        assert " ".join(expected.split()) in " ".join(text.split())
        assert f"{local:%H:%M}" in text
    german = pdf_text(service.build("appointment", appointment.client_id, appointment.id, "de").pdf)
    assert "Einladung zu Ihrem Beratungstermin" in german
    assert appointment.location in german


def test_date_formats_follow_babel() -> None:
    assert format_date(date(2025, 3, 12), "long", locale="de") == "12. März 2025"
    assert format_date(date(2025, 3, 12), "long", locale="uk") == "12 березня 2025\u202fр."


def test_consent_names_purposes_and_recipients_in_both_languages(
    demo_office: OfficeSession,
) -> None:
    with demo_office.database.reading() as session:
        consent = session.scalars(
            select(Consent)
            .where(Consent.purpose == ConsentPurpose.REFERRAL, Consent.withdrawn_on.is_(None))
            .order_by(Consent.id)
        ).first()
        assert consent is not None and consent.recipients
    service = DocumentService(demo_office)
    text = " ".join(
        pdf_text(service.build("consent", consent.client_id, consent.id, "uk").pdf).split()
    )
    assert "Einwilligungserklärung" in text and "Заява про згоду" in text
    assert "Weitergabe von Daten an die unten genannten Stellen" in text
    assert "Передача даних зазначеним нижче установам" in text
    for recipient in consent.recipients:
        assert " ".join(recipient["name"].split()[:2]) in text
    assert "Art. 15 DSGVO" in text and "ст. 15 GDPR" in text
    assert " ".join(format_date(date.today(), "long", locale="uk").split()) in text


def test_confirmation_lists_the_topics(demo_office: OfficeSession) -> None:
    with demo_office.database.reading() as session:
        consultation = session.scalars(
            select(Consultation).where(Consultation.topics.any()).order_by(Consultation.id)
        ).first()
        assert consultation is not None
        codes = [topic.code for topic in consultation.topics]
    service = DocumentService(demo_office)
    for language in ("de", "ru"):
        built = service.build("confirmation", consultation.client_id, consultation.id, language)
        text = pdf_text(built.pdf)
        for code in codes:
            assert letters(language).text(f"topic.{code}") in text
        held_on = format_date(consultation.held_on, "long", locale=language)
        assert " ".join(held_on.split()) in " ".join(text.split())


def test_referral_letter_names_the_consent_and_adds_the_client_note(
    demo_office: OfficeSession,
) -> None:
    with demo_office.database.reading() as session:
        referral = session.scalars(
            select(Referral)
            .where(
                Referral.consent_id.is_not(None),
                Referral.direction == ReferralDirection.OUTGOING,
            )
            .order_by(Referral.id)
        ).first()
        assert referral is not None
        consent = session.get(Consent, referral.consent_id)
        assert consent is not None
    built = DocumentService(demo_office).build("referral", referral.client_id, referral.id, "ru")
    text = " ".join(pdf_text(built.pdf).split())
    assert "Sehr geehrte Damen und Herren" in text
    assert "Einwilligung von" in text and format_date(consent.given_on, "long", locale="de") in text
    assert "Ваше направление в учреждение" in text  # the note for the client, in Russian
    assert "Seite 1 von 1" in text and "Страница 1 из 1" in text


def test_access_report_has_every_section(demo_office: OfficeSession) -> None:
    with demo_office.database.reading() as session:
        client_id = session.scalar(
            select(Consultation.client_id)
            .group_by(Consultation.client_id)
            .order_by(func.count().desc())
            .limit(1)
        )
    progress: list[tuple[int, int]] = []
    service = DocumentService(demo_office)
    built = service.build(
        "access_report", client_id, None, "de", progress=lambda d, t: progress.append((d, t))
    )
    text = pdf_text(built.pdf)
    for heading in (
        "Stammdaten",
        "Einwilligungen",
        "Fälle",
        "Beratungen",
        "Verweisungen",
        "Termine",
        "Dokumente",
        "Zugriffe auf Ihre Akte",
    ):
        assert heading in text
    assert progress and progress[-1] == (1, 1)
    assert _client(demo_office, client_id).file_number in text


def test_store_keeps_the_pdf_in_the_encrypted_file(demo_office: OfficeSession) -> None:
    service = DocumentService(demo_office)
    client_id = _client_with(demo_office, Consent)
    built = service.build("consent", client_id, None, "ar")
    document_id = service.store(built)
    listed = service.documents(client_id)
    assert listed[0].id == document_id and listed[0].language == "ar"
    assert service.content(document_id) == built.pdf
    with demo_office.database.reading() as session:
        row = session.get(Document, document_id)
        assert row is not None and row.sha256 == hashlib.sha256(built.pdf).hexdigest()
        assert session.scalar(select(func.count()).where(OutboxEntry.record_id == document_id))
        assert session.scalar(select(func.count()).where(AuditEntry.record_id == document_id))
    report = pdf_text(service.build("access_report", client_id, None, "de").pdf)
    assert "Einwilligungserklärung" in report  # the stored document is listed


def test_default_language_is_the_clients_if_letters_exist(demo_office: OfficeSession) -> None:
    service = DocumentService(demo_office)
    with demo_office.database.reading() as session:
        ukrainian = session.scalar(select(Client.id).where(Client.preferred_language_code == "uk"))
        pashto = session.scalar(select(Client.id).where(Client.preferred_language_code == "ps"))
    assert service.default_language(ukrainian) == "uk"
    assert service.default_language(pashto) == "de"
    assert service.build("intake_form", None).language == "de"
    assert [code for code, _ in service.letter_languages()] == list(LETTER_LANGUAGES)


def test_missing_record_and_unknown_language_give_messages(demo_office: OfficeSession) -> None:
    service = DocumentService(demo_office)
    with demo_office.database.reading() as session:
        without = session.scalar(
            select(Client.id).where(~Client.id.in_(select(Appointment.client_id))).limit(1)
        )
    with pytest.raises(KimError) as missing:
        service.build("appointment", without)
    assert missing.value.code == "print_no_record"
    with pytest.raises(KimError) as language:
        service.build("consent", without, None, "xx")
    assert language.value.code == "print_unknown_language"


def test_batch_of_a_days_appointment_letters(demo_office: OfficeSession) -> None:
    service = DocumentService(demo_office)
    with demo_office.database.reading() as session:
        planned = session.scalars(
            select(Appointment)
            .where(Appointment.status == "planned")
            .order_by(Appointment.starts_at)
        ).first()
        assert planned is not None
        day = planned.starts_at.astimezone().date()
        same_day = [
            a
            for a in session.scalars(select(Appointment).where(Appointment.status == "planned"))
            if a.starts_at.astimezone().date() == day
        ]
        names = [session.get(Client, a.client_id).last_name for a in same_day]  # type: ignore[union-attr]
    pdf = service.appointment_letters(day)
    assert pdf is not None
    text = pdf_text(pdf)
    for name in names:
        assert name in text
    assert pdf_page_count(pdf) >= len(same_day)
    assert service.appointment_letters(date(1990, 1, 1)) is None


def test_batch_of_open_referral_notes(demo_office: OfficeSession) -> None:
    pdf = DocumentService(demo_office).open_referral_notes()
    assert pdf is not None
    assert pdf_page_count(pdf) >= 1
    assert isinstance(datetime.now(), datetime)
