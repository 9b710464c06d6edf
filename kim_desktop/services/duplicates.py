"""Possible duplicates of a client about to be taken in (no Qt).

A client is a possible duplicate if the name sounds alike (the same consonant skeletons of
first and last name, in either order: Mohammed Ali = Muhammad Aly) and the birth date is the
same, or if the phone number has the same digits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, or_, select

from kim_desktop.db.models import Client
from kim_desktop.domain.search_key import skeleton, transliterate
from kim_desktop.services.client_search import phone_digits_expression
from kim_desktop.services.client_search_terms import MIN_PHONE_DIGITS, phone_digits
from kim_desktop.services.office_session import OfficeSession

MAX_CANDIDATES = 20


@dataclass(frozen=True)
class DuplicateCandidate:
    id: str
    file_number: str
    first_name: str
    last_name: str
    birth_date: date | None
    municipality_code: str
    phone: str
    same_name_and_birth_date: bool
    same_phone: bool

    @property
    def display_name(self) -> str:
        return ", ".join(part for part in (self.last_name, self.first_name) if part)


def name_skeletons(first_name: str, last_name: str) -> tuple[str, ...]:
    """The sorted skeletons of all words of the name: equal for names that sound alike."""
    words = transliterate(f"{first_name} {last_name}").split()
    return tuple(sorted(skeleton(word) for word in words))


def _key_skeletons(search_key: str) -> tuple[str, ...]:
    """The skeleton half of a stored search key (words first, then their skeletons)."""
    words = search_key.split()
    return tuple(sorted(words[len(words) // 2 :]))


class DuplicateService:
    def __init__(self, office: OfficeSession) -> None:
        self._office = office

    def find(
        self,
        first_name: str,
        last_name: str,
        birth_date: date | None,
        phone: str = "",
        exclude_id: str | None = None,
    ) -> list[DuplicateCandidate]:
        """Clients that may be the same person, best matches first."""
        wanted = name_skeletons(first_name, last_name)
        digits = phone_digits(phone)
        alternatives = []
        if birth_date is not None and wanted:
            alternatives.append(Client.birth_date == birth_date)
        if len(digits) >= MIN_PHONE_DIGITS:
            alternatives.append(phone_digits_expression() == digits)
        if not alternatives:
            return []
        conditions = [Client.deleted_at.is_(None), or_(*alternatives)]
        if exclude_id is not None:
            conditions.append(Client.id != exclude_id)
        with self._office.database.reading() as session:
            rows = session.execute(
                select(
                    Client.id,
                    Client.file_number,
                    Client.first_name,
                    Client.last_name,
                    Client.birth_date,
                    Client.municipality_code,
                    Client.phone,
                    Client.search_key,
                ).where(and_(*conditions))
            ).all()
        found = []
        for row in rows:
            same_name = (
                birth_date is not None
                and row.birth_date == birth_date
                and _key_skeletons(row.search_key) == wanted
            )
            same_phone = len(digits) >= MIN_PHONE_DIGITS and phone_digits(row.phone) == digits
            if same_name or same_phone:
                found.append(
                    DuplicateCandidate(
                        row.id,
                        row.file_number,
                        row.first_name,
                        row.last_name,
                        row.birth_date,
                        row.municipality_code,
                        row.phone,
                        same_name,
                        same_phone,
                    )
                )
        found.sort(key=lambda c: (not c.same_name_and_birth_date, c.last_name, c.first_name))
        return found[:MAX_CANDIDATES]
