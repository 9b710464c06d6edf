"""PDF inspection helpers of the printing tests."""

from __future__ import annotations

import io

import pdfplumber


def pdf_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def pdf_metadata(pdf: bytes) -> dict[str, object]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return dict(document.metadata)


def pdf_page_count(pdf: bytes) -> int:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return len(document.pages)
