"""Turning document input into PDF bytes: one document, or many letters in one PDF."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from kim_desktop.printing import (
    access_report,
    appointment,
    confirmation,
    consent,
    intake_form,
    referral,
)
from kim_desktop.printing.catalogues import letters
from kim_desktop.printing.common import meta
from kim_desktop.printing.data import DocumentInput
from kim_desktop.printing.letter import Part, PdfMeta, build_pdf

DOCUMENT_MODULES: dict[str, ModuleType] = {
    "consent": consent,
    "appointment": appointment,
    "referral": referral,
    "confirmation": confirmation,
    "access_report": access_report,
    "intake_form": intake_form,
}
Progress = Callable[[int, int], None]


def title(kind: str, language: str) -> str:
    return letters(language).text(DOCUMENT_MODULES[kind].TITLE_KEY)


def document_parts(data: DocumentInput, progress: Progress | None = None) -> list[Part]:
    texts = letters(data.language)
    if data.kind == "referral_note":  # batch of open referrals: only the client's note
        return [referral.client_note(data, texts)]
    module = DOCUMENT_MODULES[data.kind]
    if module is access_report:
        return access_report.parts(data, texts, progress)
    result: list[Part] = module.parts(data, texts)
    return result


def render(data: DocumentInput, progress: Progress | None = None) -> bytes:
    """The PDF of one document."""
    texts = letters(data.language)
    parts = document_parts(data, progress)
    pdf = build_pdf(parts, meta(texts, data, DOCUMENT_MODULES[data.kind].TITLE_KEY))
    if progress is not None:
        progress(1, 1)
    return pdf


def render_batch(documents: list[DocumentInput], pdf_meta: PdfMeta) -> bytes:
    """Several documents in one PDF (each with its own letterhead and page numbers)."""
    parts: list[Part] = []
    for data in documents:
        parts += document_parts(data)
    return build_pdf(parts, pdf_meta)
