"""Picking a client by typing: name, birth date or file number prefix, at most 10 hits.

Small and fast on purpose (the consultation entry asks on every keystroke): each typed word
must match the start of a name word (forgiving of umlauts and transliteration through
``clients.search_key``), a birth date (``12.03.1985``, ``12.03.`` or ``1985``) or the start of
the file number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, or_, select

from kim_desktop.db.models import Client
from kim_desktop.domain.search_key import skeleton, transliterate
from kim_desktop.services.office_session import OfficeSession

LOOKUP_LIMIT = 10
_FULL_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?$")
_YEAR = re.compile(r"^(19|20)\d{2}$")
_FILE_NUMBER = re.compile(r"^[A-Za-z]{2,3}-[0-9A-Za-z-]*$")


@dataclass(frozen=True)
class ClientHit:
    """One client as the picker shows it."""

    id: str
    file_number: str
    first_name: str
    last_name: str
    birth_date: date | None
    municipality_code: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class ClientLookup:
    def __init__(self, office: OfficeSession) -> None:
        self._office = office

    def search(self, text: str, limit: int = LOOKUP_LIMIT) -> list[ClientHit]:
        conditions = [c for c in (_condition(word) for word in text.split()) if c is not None]
        if not conditions:
            return []
        query = (
            select(Client)
            .where(Client.deleted_at.is_(None), *conditions)
            .order_by(Client.last_name, Client.first_name, Client.file_number)
            .limit(limit)
        )
        with self._office.database.reading() as session:
            return [_hit(client) for client in session.scalars(query)]

    def get(self, client_id: str) -> ClientHit | None:
        with self._office.database.reading() as session:
            client = session.get(Client, client_id)
            if client is None or client.deleted_at is not None:
                return None
            return _hit(client)


def _hit(client: Client) -> ClientHit:
    return ClientHit(
        id=client.id,
        file_number=client.file_number,
        first_name=client.first_name,
        last_name=client.last_name,
        birth_date=client.birth_date,
        municipality_code=client.municipality_code,
    )


def _condition(word: str) -> ColumnElement[bool] | None:
    """What one typed word must match."""
    if match := _FULL_DATE.match(word):
        day, month, year = (int(g) for g in match.groups())
        try:
            return Client.birth_date == date(year, month, day)
        except ValueError:
            return Client.id.is_(None)  # an impossible date matches nobody
    if match := _DAY_MONTH.match(word):
        day, month = (int(g) for g in match.groups())
        return Client.birth_date.like(f"%-{month:02d}-{day:02d}")
    if _YEAR.match(word):
        return Client.birth_date.like(f"{word}-%")
    if _FILE_NUMBER.match(word) and "-" in word:
        return Client.file_number.like(f"{_escape(word.upper())}%", escape="\\")
    key = transliterate(word).replace(" ", "")
    if not key:
        return None
    alternatives = [_word_start(key)]
    if len(key) >= 4:
        alternatives.append(_word_start(skeleton(key)))
    return or_(*alternatives)


def _word_start(prefix: str) -> ColumnElement[bool]:
    escaped = _escape(prefix)
    return or_(
        Client.search_key.like(f"{escaped}%", escape="\\"),
        Client.search_key.like(f"% {escaped}%", escape="\\"),
    )


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


__all__ = ["LOOKUP_LIMIT", "ClientHit", "ClientLookup"]
