"""Reading the catalogues (DESIGN rule 7) as (code, label) choices in a language."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kim_desktop.db.models import (
    ConsultationTopic,
    Country,
    Language,
    Municipality,
    ReferralTarget,
    ResidenceStatus,
    TargetGroup,
)
from kim_desktop.services.office_session import OfficeSession

CATALOGUES = {
    "municipalities": Municipality,
    "consultation_topics": ConsultationTopic,
    "referral_targets": ReferralTarget,
    "residence_statuses": ResidenceStatus,
    "target_groups": TargetGroup,
    "languages": Language,
    "countries": Country,
}


@dataclass(frozen=True)
class Choice:
    code: str
    label: str


class CatalogueService:
    """Active catalogue entries in display order; cached per language for the session."""

    def __init__(self, office: OfficeSession) -> None:
        self._office = office
        self._cache: dict[tuple[str, str], list[Choice]] = {}

    def choices(self, catalogue: str, language: str = "de") -> list[Choice]:
        key = (catalogue, language)
        if key not in self._cache:
            model = CATALOGUES[catalogue]
            with self._office.database.reading() as session:
                rows = session.scalars(
                    select(model)
                    .where(model.active.is_(True), model.deleted_at.is_(None))
                    .order_by(model.sort_order, model.code)
                ).all()
                self._cache[key] = [Choice(row.code, row.label(language)) for row in rows]
        return self._cache[key]

    def label(self, catalogue: str, code: str | None, language: str = "de") -> str:
        if code is None:
            return ""
        for choice in self.choices(catalogue, language):
            if choice.code == code:
                return choice.label
        return code

    def invalidate(self) -> None:
        self._cache.clear()
