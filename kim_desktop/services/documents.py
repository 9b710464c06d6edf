"""Printed documents of a client: build in a language, store in the file, list, batch.

A document is built from the database into a PDF in memory; nothing is written to disk here.
Storing keeps the PDF inside the encrypted database as a ``Document`` row (listed in the
client's timeline). Batches put several letters, each in its client's language, into one PDF.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from kim_desktop.db.models import Appointment, Client, Document, Language, Referral
from kim_desktop.domain.enums import (
    AppointmentStatus,
    AuditAction,
    DocumentKind,
    ReferralDirection,
    ReferralStatus,
)
from kim_desktop.domain.errors import KimError, RecordMissing
from kim_desktop.printing import render as renderer
from kim_desktop.printing.catalogues import LETTER_LANGUAGES, SOURCE_LANGUAGE, letters
from kim_desktop.printing.data import DocumentInput
from kim_desktop.printing.letter import PdfMeta
from kim_desktop.services import access_report_data
from kim_desktop.services import document_data as gather
from kim_desktop.services.office_session import OfficeSession

Progress = Callable[[int, int], None]
KINDS: tuple[str, ...] = tuple(renderer.DOCUMENT_MODULES)
# Which record a document is about; consent and access report may go without one.
RELATED_MODEL = {"appointment": Appointment, "referral": Referral}
OPEN_REFERRAL_STATUSES = (ReferralStatus.SUGGESTED, ReferralStatus.ARRANGED)


@dataclass(frozen=True)
class BuiltDocument:
    kind: str
    language: str
    title: str
    client_id: str | None
    related_id: str | None
    pdf: bytes


@dataclass(frozen=True)
class StoredDocument:
    id: str
    kind: str
    language: str
    title: str
    created_at: datetime
    size_bytes: int


class DocumentService:
    def __init__(self, office: OfficeSession) -> None:
        self._office = office

    # -- languages ---------------------------------------------------------------------

    def letter_languages(self) -> list[tuple[str, str]]:
        """(code, native name) of the languages letters can be printed in."""
        with self._office.database.reading() as session:
            rows = session.scalars(
                select(Language)
                .where(Language.letters_available.is_(True), Language.deleted_at.is_(None))
                .order_by(Language.sort_order)
            ).all()
            found = [
                (r.code, r.native_name or r.label()) for r in rows if r.code in LETTER_LANGUAGES
            ]
        return found or [(code, letters(code).text("language.name")) for code in LETTER_LANGUAGES]

    def default_language(self, client_id: str | None) -> str:
        """The client's preferred language if letters exist in it, else German."""
        if client_id is None:
            return SOURCE_LANGUAGE
        with self._office.database.reading() as session:
            client = gather.client_row(session, client_id)
            return _letter_language(session, client)

    # -- building ----------------------------------------------------------------------

    def latest_related(self, kind: str, client_id: str) -> str | None:
        """The client's latest appointment, referral, consultation or consent for ``kind``."""
        from kim_desktop.db.models import Consent, Consultation

        model, order = {
            "appointment": (Appointment, Appointment.starts_at),
            "referral": (Referral, Referral.referred_on),
            "confirmation": (Consultation, Consultation.held_on),
            "consent": (Consent, Consent.given_on),
        }.get(kind, (None, None))
        if model is None:
            return None
        with self._office.database.reading() as session:
            query = select(model.id).where(model.client_id == client_id, model.deleted_at.is_(None))
            if model is Referral:
                query = query.where(Referral.direction == ReferralDirection.OUTGOING)
            return session.scalar(query.order_by(order.desc()).limit(1))

    def document_input(
        self,
        kind: str,
        client_id: str | None,
        related_id: str | None = None,
        language: str | None = None,
        today: date | None = None,
    ) -> DocumentInput:
        if kind not in KINDS:
            raise ValueError(f"unknown document kind {kind!r}")
        today = today or date.today()
        actor = self._office.actor.user_id
        with self._office.database.reading() as session:
            head = gather.letterhead(session)
            if client_id is None:
                if kind != "intake_form":
                    raise RecordMissing()
                lang = language or SOURCE_LANGUAGE
                if lang not in LETTER_LANGUAGES:
                    raise KimError("print_unknown_language", language=lang)
                return DocumentInput(kind, lang, head, gather.contact(session, actor), today)
            client = gather.client_row(session, client_id)
            lang = language or _letter_language(session, client)
            if lang not in LETTER_LANGUAGES:
                raise KimError("print_unknown_language", language=lang)
            signer = actor
            fields: dict[str, object] = {}
            if kind == "appointment":
                fields["appointment"], signer = gather.appointment(
                    session, client_id, self._required(related_id, kind, client_id)
                )
            elif kind == "referral":
                fields["referral"], signer = gather.referral(
                    session, client_id, self._required(related_id, kind, client_id)
                )
            elif kind == "confirmation":
                fields["consultation"], signer = gather.consultation(
                    session, client_id, self._required(related_id, kind, client_id)
                )
            elif kind == "consent":
                fields["consents"] = gather.consents(session, client_id, related_id, today)
            elif kind == "access_report":
                fields["report"] = access_report_data.access_report(session, client, lang)
            signature = gather.contact(session, signer)
            if not signature.name:
                signature = gather.contact(session, actor)
            return DocumentInput(
                kind=kind,
                language=lang,
                letterhead=head,
                contact=signature,
                today=today,
                client=gather.client_info(client),
                **fields,  # type: ignore[arg-type]
            )

    def _required(self, related_id: str | None, kind: str, client_id: str) -> str:
        found = related_id or self.latest_related(kind, client_id)
        if found is None:
            raise KimError("print_no_record")
        return found

    def build(
        self,
        kind: str,
        client_id: str | None,
        related_id: str | None = None,
        language: str | None = None,
        progress: Progress | None = None,
    ) -> BuiltDocument:
        """The PDF of one document, in memory."""
        data = self.document_input(kind, client_id, related_id, language)
        pdf = renderer.render(data, progress)
        return BuiltDocument(
            kind=kind,
            language=data.language,
            title=renderer.title(kind, "de"),
            client_id=client_id,
            related_id=related_id,
            pdf=pdf,
        )

    # -- the client file ---------------------------------------------------------------

    def store(self, built: BuiltDocument) -> str:
        """Keep the PDF in the client file (encrypted database); returns the document id."""
        if built.client_id is None:
            raise KimError("print_needs_client")
        with self._office.database.transaction(self._office.actor.user_id) as session:
            document = Document(
                client_id=built.client_id,
                related_record_id=built.related_id,
                kind=DocumentKind(built.kind),
                language_code=built.language,
                title=built.title,
                mime_type="application/pdf",
                sha256=hashlib.sha256(built.pdf).hexdigest(),
                size_bytes=len(built.pdf),
                content=built.pdf,
            )
            session.add(document)
            session.flush()
            return document.id

    def documents(self, client_id: str) -> list[StoredDocument]:
        with self._office.database.reading() as session:
            rows = session.scalars(
                select(Document)
                .where(Document.client_id == client_id, Document.deleted_at.is_(None))
                .order_by(Document.created_at.desc())
            ).all()
            return [
                StoredDocument(
                    d.id, d.kind.value, d.language_code, d.title, d.created_at, d.size_bytes
                )
                for d in rows
            ]

    def content(self, document_id: str) -> bytes:
        with self._office.database.reading() as session:
            document = session.get(Document, document_id)
            if document is None or document.deleted_at is not None:
                raise RecordMissing()
            return bytes(document.content)

    def record_export(self, client_id: str | None, detail: str) -> None:
        """Audit that a document left the encrypted database (printed or saved as a file)."""
        self._office.database.audit(
            self._office.actor.user_id,
            AuditAction.EXPORT,
            table_name="clients" if client_id else None,
            record_id=client_id,
            detail=detail[:500],
        )

    def client_id(self, file_number: str) -> str:
        with self._office.database.reading() as session:
            found = session.scalar(
                select(Client.id).where(
                    Client.file_number == file_number, Client.deleted_at.is_(None)
                )
            )
        if found is None:
            raise RecordMissing()
        return found

    # -- batches -----------------------------------------------------------------------

    def appointment_letters(self, day: date, progress: Progress | None = None) -> bytes | None:
        """The planned appointments of ``day``, each letter in its client's language."""
        start = datetime.combine(day, time.min).astimezone()
        end = start + timedelta(days=1)
        with self._office.database.reading() as session:
            rows = session.execute(
                select(Appointment.id, Appointment.client_id)
                .where(
                    Appointment.starts_at >= start,
                    Appointment.starts_at < end,
                    Appointment.status == AppointmentStatus.PLANNED,
                    Appointment.deleted_at.is_(None),
                )
                .order_by(Appointment.starts_at)
            ).all()
        inputs = self._inputs("appointment", rows, progress)
        if not inputs:
            return None
        title = letters("de").text("appointment.title")
        return renderer.render_batch(inputs, self._batch_meta(f"{title} – {day.isoformat()}"))

    def open_referral_notes(self, progress: Progress | None = None) -> bytes | None:
        """The client notes of all open outgoing referrals, each in its client's language."""
        with self._office.database.reading() as session:
            rows = session.execute(
                select(Referral.id, Referral.client_id)
                .join(Client, Client.id == Referral.client_id)
                .where(
                    Referral.direction == ReferralDirection.OUTGOING,
                    Referral.status.in_(OPEN_REFERRAL_STATUSES),
                    Referral.deleted_at.is_(None),
                    Client.deleted_at.is_(None),
                )
                .order_by(Referral.referred_on)
            ).all()
        inputs = [
            DocumentInput(**{**data.__dict__, "kind": "referral_note"})
            for data in self._inputs("referral", rows, progress)
        ]
        if not inputs:
            return None
        return renderer.render_batch(
            inputs, self._batch_meta(letters("de").text("referral.note.subject"))
        )

    def _inputs(self, kind: str, rows: list, progress: Progress | None) -> list[DocumentInput]:
        inputs = []
        for done, (record_id, client_id) in enumerate(rows, start=1):
            inputs.append(self.document_input(kind, client_id, record_id))
            if progress is not None:
                progress(done, len(rows) + 1)
        return inputs

    def _batch_meta(self, title: str) -> PdfMeta:
        return PdfMeta(
            title=title,
            author=self._office.actor.display_name,
            subject=title,
            language="de",
            keywords="KIM, Stapeldruck",
        )


def _letter_language(session, client: Client) -> str:  # type: ignore[no-untyped-def]
    code = client.preferred_language_code
    if code in LETTER_LANGUAGES:
        language = session.scalars(select(Language).where(Language.code == code)).first()
        if language is None or language.letters_available:
            return str(code)
    return SOURCE_LANGUAGE
