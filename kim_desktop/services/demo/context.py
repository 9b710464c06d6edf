"""What the demo generator works with: the office's staff and places, and shared state.

:class:`DemoContext` holds the one ``random.Random`` every record is derived from (and the
id stamps drawing from it), the row writer, the staff and municipalities of the office, and
what the generation builds up as it goes (institutions, file-number sequences). The small
records passed between the generator modules (:class:`Case`, :class:`Person`) live here too.
"""

from __future__ import annotations

import copy
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from kim_desktop.db.models import (
    Municipality,
    Office,
    User,
    office_municipalities,
    user_municipalities,
)
from kim_desktop.domain.enums import ClosingReason, Role
from kim_desktop.services.demo import figures as fig
from kim_desktop.services.demo.errors import DemoDataError
from kim_desktop.services.demo.ids import Stamps
from kim_desktop.services.demo.names import Origin
from kim_desktop.services.demo.writer import Writer

# Kinds of clients (and of their cases).
ONE_TIME, CASE_MANAGEMENT, MUKIS = 0, 1, 2


@dataclass
class Staff:
    admin_id: str
    coordinator_id: str
    case_managers: dict[str, list[str]]  # municipality → case manager ids
    mukis_ids: list[str]
    any_case_manager: list[str]


@dataclass
class Place:
    code: str
    town: str
    postal_codes: list[str]


@dataclass
class Case:
    kind: int
    opened_on: date
    planned_end: date
    planned_closed: bool
    consultations: list[int] = field(default_factory=list)  # indices into the chunk's list
    case_id: str | None = None  # set once the case is written …
    closed_on: date | None = None  # … with its closing day (None: still open)
    # The current period (:mod:`.current`) of a case open at the end of the data: closed
    # after the data's end (day and reason), or open today with consultations (indices into
    # the chunk's list of the current period), its next appointment unless it is quiet (day and
    # block of the day), and the day its client's case-management consent expires (None: not
    # limited).
    closes_on: date | None = None
    closing_reason: ClosingReason | None = None
    current: list[int] = field(default_factory=list)
    next_visit: date | None = None
    visit_block: int = 0  # the next appointment's two-hour block of its day
    consent_until: date | None = None

    @property
    def open_today(self) -> bool:
        """Open at the end of the data and not closed since."""
        return self.kind != ONE_TIME and not self.planned_closed and self.closes_on is None


@dataclass
class Person:
    index: int
    row: dict[str, Any]  # the client row, without id and file number until it is written
    origin: Origin
    case_manager_id: str
    raw_last: str  # the last name before gender-specific forms (for household members)
    cases: list[Case] = field(default_factory=list)
    consent: dict[str, Any] | None = None  # the case-management consent row, once written


class DemoContext:
    """Shared state of one generation run on ``conn`` for ``seed``."""

    def __init__(
        self, conn: Connection, seed: int, today: date | None = None, *, device_id: str = "demo"
    ) -> None:
        self.conn = conn
        self.seed = seed
        # File numbers carry this device's tag (domain/file_numbers.py) like numbers issued in
        # the office, so two demo offices enrolled on one server never issue the same number.
        self.device_id = device_id
        self.rng = random.Random(seed)
        # Draws that depend on "today" (what is still open at generation time, the current
        # period) come from their own generator, so the records of 2022–2024 are the same
        # whatever the day; :attr:`present` is this context drawing from it.
        self.present_rng = random.Random(f"{seed}:present")
        self.stamps = Stamps(self.rng)
        self.writer = Writer(conn)
        self.today = today or date.today()
        self.staff = load_staff(conn)
        self.places = load_places(conn)
        self.mukis_places = [c for c in fig.MUKIS_MUNICIPALITIES if c in self.places] or list(
            self.places
        )
        # (target code, municipality or None for district-wide) → [(id, name)]
        self.institutions: dict[tuple[str, str | None], list[tuple[str, str]]] = {}
        self.file_sequences: Counter[tuple[str, int]] = Counter()
        self.present = self._present_twin()

    def _present_twin(self) -> DemoContext:
        """This context with ``rng`` and ``stamps`` drawing from ``present_rng``; the writer,
        staff, places and institutions are shared."""
        twin = copy.copy(self)
        twin.rng = self.present_rng
        twin.stamps = Stamps(self.present_rng)
        twin.present = twin
        return twin

    def case_manager_for(self, municipality: str) -> str:
        """A case manager serving ``municipality`` (any case manager if none does)."""
        return self.rng.choice(
            self.staff.case_managers.get(municipality) or self.staff.any_case_manager
        )

    def institution_for(self, target: str, municipality: str) -> tuple[str | None, str]:
        """An institution of ``target``: mostly a local one, else district-wide."""
        local = self.institutions.get((target, municipality))
        district = self.institutions.get((target, None))
        pool = local if local and (not district or self.rng.random() < 0.7) else district
        if not pool:
            return None, ""
        return self.rng.choice(pool)


def load_staff(conn: Connection) -> Staff:
    """The office's users by role, and which case managers serve which municipality."""
    users = conn.execute(select(User.id, User.login, User.role).order_by(User.login)).all()
    if not users:
        raise DemoDataError("the office has no users")
    links = conn.execute(
        select(user_municipalities.c.user_id, user_municipalities.c.municipality_code)
    ).all()
    served: dict[str, list[str]] = {}
    for user_id, code in sorted(links):
        served.setdefault(user_id, []).append(code)
    by_role: dict[Role, list[str]] = {}
    for user_id, _login, role in users:
        by_role.setdefault(Role(role), []).append(user_id)
    admins = by_role.get(Role.ADMINISTRATOR) or [users[0][0]]
    admin_id = next((uid for uid, login, _ in users if login == "demo"), admins[0])
    case_manager_ids = by_role.get(Role.CASE_MANAGER) or [admin_id]
    case_managers: dict[str, list[str]] = {}
    for user_id in case_manager_ids:
        for code in served.get(user_id, []):
            case_managers.setdefault(code, []).append(user_id)
    return Staff(
        admin_id=admin_id,
        coordinator_id=(by_role.get(Role.COORDINATOR) or [admin_id])[0],
        case_managers=case_managers,
        mukis_ids=by_role.get(Role.MUKIS_CASE_MANAGER) or case_manager_ids,
        any_case_manager=case_manager_ids,
    )


def load_places(conn: Connection) -> dict[str, Place]:
    """The municipalities the office serves (catalogue entries), largest first."""
    catalogue = {
        code: Place(code, labels.get("de", code), list(postal_codes or []))
        for code, labels, postal_codes in conn.execute(
            select(Municipality.code, Municipality.labels, Municipality.postal_codes)
        )
    }
    served = {
        code
        for (code,) in conn.execute(
            select(office_municipalities.c.municipality_code).join(
                Office, Office.id == office_municipalities.c.office_id
            )
        )
    }
    codes = [c for c in fig.MUNICIPALITY_POPULATION if c in served and c in catalogue]
    if not codes:
        codes = [c for c in fig.MUNICIPALITY_POPULATION if c in catalogue]
    return {c: catalogue[c] for c in codes}
