"""Filling an open office database with the demo office's synthetic, realistic data.

Everything is derived from one ``random.Random(seed)``: the same seed gives the same records,
ids included (UUIDv7 built from the record's date and bits of that generator). The only
exception are the upcoming appointments, which are placed in the three weeks after
``date.today()`` so that a demo always has a "today"; everything else is fixed in 2022–2024.
Records that point to staff carry the ids of the office's users, which the office set-up makes.

The records represent data already synchronised with the district server: they are written
with Core bulk inserts (not the ORM write path), carry version 1 and their own sync metadata,
and leave no outbox rows; one audit entry records the generation (ARCHITECTURE.md, "One write
path"). Generation streams in chunks of clients, so 100,000 clients fit in little memory.

Figures (yearly consultations, one-time/case-management split, topic and referral shares)
follow :mod:`kim_desktop.services.demo.figures` exactly, by quota allocation.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, select

from kim_desktop.db.base import Base, utcnow
from kim_desktop.db.database import Database
from kim_desktop.db.models import (
    AuditEntry,
    Client,
    Municipality,
    Office,
    User,
    office_municipalities,
    user_municipalities,
)
from kim_desktop.domain.enums import (
    AppointmentStatus,
    AuditAction,
    CasePhase,
    CaseType,
    ClosingReason,
    ConsentPurpose,
    ConsultationMode,
    ConsultationType,
    Gender,
    GoalStatus,
    GroupOfferKind,
    HouseholdRelation,
    LanguageMediation,
    NeedStatus,
    ReferralDirection,
    ReferralStatus,
    Role,
)
from kim_desktop.domain.file_numbers import file_number
from kim_desktop.domain.search_key import name_search_key, transliterate
from kim_desktop.services.demo import figures as fig
from kim_desktop.services.demo.names import (
    EMAIL_DOMAINS,
    MOBILE_PREFIXES,
    ORIGINS,
    STREETS,
    TARGET_GROUP_BY_STATUS,
    Origin,
    last_name_for,
)
from kim_desktop.sync.clock import HlcTimestamp

DEMO_DEVICE = "demo"
CHUNK_CLIENTS = 1000
INSERT_BATCH = 5000
MIN_CLIENTS = 50
GENERATION_CACHE_KIB = -131072  # negative: KiB (128 MiB of SQLite page cache while generating)
FIRST_DAY = date(2022, 1, 10)
LAST_DAY = date(2024, 12, 20)
DATA_END = date(2024, 12, 31)
REFERENCE_DAY = date(2024, 6, 30)  # ages of people are plausible on this day
HELD_APPOINTMENTS_FROM = date(2024, 7, 1)

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]

_ONE_TIME, _CASE_MANAGEMENT, _MUKIS = 0, 1, 2
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# Insert order per chunk: parents before children (foreign keys are checked immediately).
_TABLE_ORDER = (
    "clients",
    "client_languages",
    "household_members",
    "consents",
    "cases",
    "case_phase_changes",
    "goals",
    "appointments",
    "consultations",
    "consultation_topics_link",
    "referrals",
)


class DemoCancelled(Exception):
    """The user cancelled the generation; the transaction was rolled back."""


class DemoDataError(RuntimeError):
    """The database cannot take demo data (too small a size, or clients already present)."""


@dataclass
class DemoSummary:
    clients: int
    seed: int
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


# --- texts --------------------------------------------------------------------------------

_NOTES: dict[str, tuple[str, ...]] = {
    "lebensunterhalt": (
        "Bürgergeld-Bescheid erläutert, Weiterbewilligungsantrag vorbereitet.",
        "Antrag auf Kinderzuschlag und Wohngeld besprochen.",
    ),
    "deutsch-kurse": (
        "Möglichkeiten für einen Integrationskurs besprochen; Berechtigungsschein liegt vor.",
        "Anmeldung zum Alphabetisierungskurs vorbereitet.",
    ),
    "aufenthalt-einbuergerung": (
        "Unterlagen für die Verlängerung des Aufenthaltstitels zusammengestellt.",
        "Voraussetzungen der Einbürgerung erläutert (Sprachnachweis, Einbürgerungstest).",
        "Chancen-Aufenthaltsrecht: Voraussetzungen und Fristen besprochen.",
    ),
    "gesundheit": (
        "Krankenversicherung geklärt, Hausarztpraxis in der Nähe gesucht.",
        "Termin beim Gesundheitsamt vereinbart.",
    ),
    "wohnen": (
        "Wohnungssuche besprochen, Antrag auf Wohnberechtigungsschein ausgefüllt.",
        "Nebenkostenabrechnung erläutert.",
    ),
    "arbeit-ausbildung": (
        "Lebenslauf überarbeitet, Anerkennung des Berufsabschlusses angesprochen.",
        "Beschäftigungserlaubnis und Arbeitsangebot besprochen.",
    ),
    "kinderbetreuung": ("Kita-Anmeldung über den Kita-Navigator erklärt.",),
    "sprachentwicklung": (
        "Mehrsprachiges Aufwachsen besprochen, Informationsmaterial mitgegeben.",
    ),
    "schule-bildung": ("Schulanmeldung für das älteste Kind vorbereitet.",),
    "familie-soziales": ("Familiäre Situation besprochen, Kindergeldantrag geprüft.",),
    "wertevermittlung-freizeit-kultur": (
        "Freizeitangebote im Ort vorgestellt (Sportverein, Sprachcafé).",
    ),
    "finanzen-schulden": (
        "Offene Rechnungen sortiert, Termin bei der Schuldnerberatung empfohlen.",
        "Energiekostennachzahlung: Antrag auf Mittel aus dem Stärkungspakt NRW gestellt.",
    ),
    "sprachmittlung": ("Sprachmittlung für den nächsten Behördentermin organisiert.",),
    "sonstiges": ("Behördenpost durchgesehen und erläutert.",),
}
_MUKIS_NOTES = (
    "Sprachentwicklung des Kindes besprochen, Kontakt zur Logopädie hergestellt.",
    "Fehlender Kita-Platz: Anmeldung beim Jugendamt begleitet.",
    "Fragen zur Einschulung und zur Schuleingangsuntersuchung geklärt.",
    "Wartezeiten bei Facharztpraxen besprochen, Frühförderstelle angefragt.",
    "Mehrsprachiges Aufwachsen: Tipps für den Alltag (Spiele, Vorlesen in der Familiensprache).",
    "Einladung zum Heidelberger Elterntraining ausgesprochen.",
)
_MUKIS_TOPICS: dict[str, float] = {
    "sprachentwicklung": 35,
    "kinderbetreuung": 25,
    "schule-bildung": 12,
    "gesundheit": 15,
    "wertevermittlung-freizeit-kultur": 8,
    "familie-soziales": 5,
}
_REFERRAL_REASONS: dict[str, tuple[str, ...]] = {
    "freie-wohlfahrt": (
        "Allgemeine Sozialberatung",
        "Unterstützung bei Anträgen (Wohngeld, Kinderzuschlag)",
        "Beratung zu Energieschulden / Härtefallfonds",
    ),
    "aemter-buergerservice": (
        "Ummeldung / Meldebescheinigung",
        "Antrag auf Wohnberechtigungsschein",
        "Leistungen nach dem Asylbewerberleistungsgesetz",
    ),
    "sprach-integrationskurse": (
        "Anmeldung zum Integrationskurs",
        "Alphabetisierungskurs",
        "Berufssprachkurs",
    ),
    "jobcenter-afa": (
        "Antrag auf Bürgergeld",
        "Termin zur Arbeitsvermittlung",
        "Klärung eines Leistungsbescheids",
    ),
    "abh-ebh": (
        "Verlängerung des Aufenthaltstitels",
        "Vorberatung zum Einbürgerungsverfahren",
        "Beschäftigungserlaubnis",
        "Chancen-Aufenthaltsrecht",
    ),
    "migrationsberatung": ("Begleitung durch die MBE", "Familiennachzug"),
    "gesundheit": (
        "Suche nach einer Hausarztpraxis",
        "Psychosoziale Beratung / Traumaberatung",
        "Schuleingangsuntersuchung",
    ),
    "jugendmigrationsdienst": ("Begleitung durch den JMD", "Ausbildungsplatzsuche"),
    "kita-schule": ("Kita-Anmeldung", "Schulanmeldung / Seiteneinstieg"),
    "jugendamt": ("Familienhilfe",),
    "sonstige": ("Schuldnerberatung", "Anerkennungsberatung (IQ Netzwerk)", "Tafel"),
}
_TARGET_TOPICS: dict[str, frozenset[str]] = {
    "freie-wohlfahrt": frozenset(
        {"lebensunterhalt", "familie-soziales", "finanzen-schulden", "wohnen"}
    ),
    "aemter-buergerservice": frozenset({"wohnen", "lebensunterhalt", "aufenthalt-einbuergerung"}),
    "sprach-integrationskurse": frozenset({"deutsch-kurse"}),
    "jobcenter-afa": frozenset({"lebensunterhalt", "arbeit-ausbildung"}),
    "abh-ebh": frozenset({"aufenthalt-einbuergerung"}),
    "migrationsberatung": frozenset({"aufenthalt-einbuergerung", "familie-soziales"}),
    "gesundheit": frozenset({"gesundheit"}),
    "jugendmigrationsdienst": frozenset({"arbeit-ausbildung", "schule-bildung"}),
    "kita-schule": frozenset({"kinderbetreuung", "schule-bildung", "sprachentwicklung"}),
    "sonstige": frozenset({"finanzen-schulden", "sonstiges", "wertevermittlung-freizeit-kultur"}),
}
_GOALS = (
    "Anmeldung zum Integrationskurs und regelmäßige Teilnahme",
    "Sicherung des Lebensunterhalts (Leistungsantrag gestellt und bewilligt)",
    "Eigene Wohnung finden",
    "Kita-Platz für das jüngste Kind",
    "Anerkennung des Berufsabschlusses beantragen",
    "Verlängerung des Aufenthaltstitels",
    "Anbindung an eine Hausarztpraxis",
    "Eröffnung eines Bankkontos",
    "Schuldenregulierung mit der Schuldnerberatung",
    "Einbürgerungsantrag vorbereiten",
    "Aufnahme einer sozialversicherungspflichtigen Beschäftigung",
    "Schulanmeldung der Kinder",
    "Teilnahme an einem Freizeit- oder Begegnungsangebot",
    "Selbstständige Kommunikation mit dem Jobcenter",
)
_MUKIS_GOALS = (
    "Anbindung an Logopädie",
    "Kita-Platz für das Kind",
    "Teilnahme am Heidelberger Elterntraining",
    "Anmeldung bei der Frühförderstelle",
    "Einschulung vorbereiten",
    "Mehrsprachige Sprachförderung im Alltag",
)
_CLOSING_NOTES: dict[ClosingReason, str] = {
    ClosingReason.GOALS_REACHED: "Ziele des Hilfeplans erreicht.",
    ClosingReason.REFERRED: "An die zuständige Fachstelle übergeben.",
    ClosingReason.CLIENT_ENDED: "Auf Wunsch der Klientin / des Klienten beendet.",
    ClosingReason.NO_CONTACT: "Kein Kontakt mehr seit mehreren Wochen.",
    ClosingReason.MOVED_AWAY: "Umzug außerhalb des Rhein-Sieg-Kreises.",
    ClosingReason.OTHER: "",
}
_AREA_CODES: dict[str, str] = {
    "troisdorf": "02241",
    "hennef": "02242",
    "koenigswinter": "02223",
    "niederkassel": "02208",
    "lohmar": "02246",
    "rheinbach": "02226",
    "bad-honnef": "02224",
    "alfter": "0228",
    "neunkirchen-seelscheid": "02247",
    "eitorf": "02243",
    "windeck": "02292",
    "swisttal": "02255",
    "much": "02245",
    "ruppichteroth": "02295",
}
_DISTRICT_INSTITUTIONS: tuple[tuple[str, str, str | None], ...] = (
    ("Jobcenter Rhein-Sieg – Geschäftsstelle Siegburg", "jobcenter-afa", None),
    ("Jobcenter Rhein-Sieg – Geschäftsstelle Troisdorf", "jobcenter-afa", "troisdorf"),
    ("Jobcenter Rhein-Sieg – Geschäftsstelle Hennef", "jobcenter-afa", "hennef"),
    ("Agentur für Arbeit Bonn – Geschäftsstelle Siegburg", "jobcenter-afa", None),
    ("Ausländerbehörde des Rhein-Sieg-Kreises", "abh-ebh", None),
    ("Einbürgerungsbehörde des Rhein-Sieg-Kreises", "abh-ebh", None),
    ("Ausländerbehörde der Stadt Troisdorf", "abh-ebh", "troisdorf"),
    ("Einbürgerungsbehörde der Stadt Troisdorf", "abh-ebh", "troisdorf"),
    ("Jugendmigrationsdienst der Caritas Rhein-Sieg", "jugendmigrationsdienst", None),
    ("Jugendmigrationsdienst der Diakonie An Sieg und Rhein", "jugendmigrationsdienst", None),
    ("Migrationsberatung für Erwachsene (MBE) der AWO", "migrationsberatung", None),
    ("Migrationsberatung für Erwachsene (MBE) der Caritas", "migrationsberatung", None),
    ("Migrationsberatung für Erwachsene (MBE) des DRK", "migrationsberatung", None),
    ("Gesundheitsamt des Rhein-Sieg-Kreises", "gesundheit", None),
    ("Sozialpsychiatrischer Dienst des Rhein-Sieg-Kreises", "gesundheit", None),
    ("Psychosoziales Zentrum für Geflüchtete", "gesundheit", None),
    ("Kreisschulamt / Schulberatung für Seiteneinsteiger", "kita-schule", None),
    ("Kreisjugendamt Rhein-Sieg", "jugendamt", None),
    ("Schuldner- und Insolvenzberatung", "sonstige", None),
    ("IQ Netzwerk – Anerkennungsberatung", "sonstige", None),
    ("Tafel Rhein-Sieg", "sonstige", None),
)
_LOCAL_INSTITUTIONS: tuple[tuple[str, str], ...] = (
    ("Caritas – Fachdienst Integration und Migration {town}", "freie-wohlfahrt"),
    ("Diakonie – Flüchtlingsberatung {town}", "freie-wohlfahrt"),
    ("{welfare} – Beratungsstelle {town}", "freie-wohlfahrt"),
    ("Volkshochschule – Integrationskurse {town}", "sprach-integrationskurse"),
    ("Bürgerbüro {town}", "aemter-buergerservice"),
    ("Sozialamt {town}", "aemter-buergerservice"),
    ("Familienzentrum {town}", "kita-schule"),
)
_NEEDS: tuple[tuple[str, str, str, str, NeedStatus, str, str], ...] = (
    # challenge, topic, affected group, solution, status, working group, municipality key
    (
        "Fehlende Sprachförderung für Vorschulkinder mit nachgewiesenem Sprachförderbedarf",
        "sprachentwicklung",
        "Familien mit Kindern im Vorschulalter",
        "Einrichtung der Projektarbeitsgruppe DELFIN 4",
        NeedStatus.IN_WORK,
        "Projektarbeitsgruppe DELFIN 4",
        "",
    ),
    (
        "Unzureichende Deutschkenntnisse erschweren Beratungen und Behördentermine",
        "sprachmittlung",
        "Neu zugewanderte Erwachsene",
        "Sprachmittlung / Vasco Translators",
        NeedStatus.SOLVED,
        "",
        "",
    ),
    (
        "Hohe Komplexität beim Zugang zum frühkindlichen Bildungsangebot",
        "kinderbetreuung",
        "Eltern von Kindern zwischen 0 und 6 Jahren",
        "Zeitstrahl Kita-Anmeldungsverfahren; Information in 8 Sprachen (Integrationsportal RSK)",
        NeedStatus.SOLVED,
        "Konzeptarbeitsgruppe Bildung 0–6",
        "",
    ),
    (
        "Abgelaufene Ausweispapiere, kein Bankkonto, dadurch keine Leistungen",
        "lebensunterhalt",
        "Leistungsberechtigte ohne gültige Ausweisdokumente",
        "Abgesprochener Meldeweg zwischen Jobcenter und ABH",
        NeedStatus.SOLVED,
        "",
        "",
    ),
    (
        "Unzureichende Deutschkenntnisse beim Ersttermin im Jobcenter",
        "lebensunterhalt",
        "Neu zugewanderte Leistungsberechtigte",
        "Absprache zur Ausfüllhilfe durch das Jobcenter",
        NeedStatus.SOLVED,
        "",
        "",
    ),
    (
        "Fehlende Kita-Plätze für zugewanderte Familien",
        "kinderbetreuung",
        "Familien mit Kindern ab 1 Jahr",
        "",
        NeedStatus.IN_WORK,
        "Konzeptarbeitsgruppe Bildung 0–6",
        "troisdorf",
    ),
    (
        "Lange Wartezeiten bei Facharztpraxen, Ergo- und Sprachtherapie",
        "gesundheit",
        "Kinder mit Sprachauffälligkeiten (MuKi-S)",
        "",
        NeedStatus.IN_WORK,
        "",
        "niederkassel",
    ),
    (
        "Kaum bezahlbarer Wohnraum für große Familien",
        "wohnen",
        "Familien mit vier und mehr Kindern",
        "",
        NeedStatus.IN_WORK,
        "Konzeptarbeitsgruppe Wohnen",
        "hennef",
    ),
    (
        "Keine Alphabetisierungskurse im ländlichen Raum erreichbar",
        "deutsch-kurse",
        "Erwachsene ohne Schriftsprachkenntnisse",
        "",
        NeedStatus.NEW,
        "",
        "windeck",
    ),
    (
        "Schlechte ÖPNV-Anbindung zu den Integrationskursen",
        "deutsch-kurse",
        "Kursteilnehmende aus den Außenorten",
        "",
        NeedStatus.NEW,
        "",
        "ruppichteroth",
    ),
    (
        "Anerkennung ausländischer Berufsabschlüsse dauert sehr lange",
        "arbeit-ausbildung",
        "Fachkräfte mit ausländischem Abschluss",
        "Verweis an die Anerkennungsberatung des IQ Netzwerks",
        NeedStatus.IN_WORK,
        "Konzeptarbeitsgruppe Arbeitsmarkt",
        "",
    ),
    (
        "Hohe Nachzahlungen für Energiekosten",
        "finanzen-schulden",
        "Haushalte mit geringem Einkommen",
        "Anträge auf Mittel aus dem Stärkungspakt NRW",
        NeedStatus.SOLVED,
        "",
        "",
    ),
    (
        "Keine Kinderbetreuung während des Integrationskurses",
        "deutsch-kurse",
        "Mütter mit kleinen Kindern",
        "",
        NeedStatus.IN_WORK,
        "",
        "koenigswinter",
    ),
    (
        "Informationsbedarf zum Chancen-Aufenthaltsrecht",
        "aufenthalt-einbuergerung",
        "Langjährig Geduldete",
        "Einarbeitung der Case Manager:innen; Informationsblatt der ABH",
        NeedStatus.SOLVED,
        "",
        "",
    ),
    (
        "Wunsch nach Einsicht in die Fallakten anderer Stellen",
        "sonstiges",
        "Kommunale Sozialverwaltung",
        "Nicht umsetzbar ohne Einwilligung; Verweis auf Fallkonferenzen mit Einwilligung",
        NeedStatus.REJECTED,
        "",
        "",
    ),
)


# --- small helpers ------------------------------------------------------------------------


def _weekday(rng: random.Random, start: date, end: date) -> date:
    """A random working day between ``start`` and ``end`` (inclusive) where there is one."""
    span = (end - start).days
    day = start + timedelta(days=rng.randint(0, span)) if span > 0 else start
    weekday = day.weekday()
    if weekday >= 5:
        back = day - timedelta(days=weekday - 4)
        forward = day + timedelta(days=7 - weekday)
        if back >= start:
            day = back
        elif forward <= end:
            day = forward
    return day


def _next_workday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _overlap_days(start: date, end: date, year: int) -> int:
    lo = max(start, date(year, 1, 1))
    hi = min(end, date(year, 12, 31))
    return max(0, (hi - lo).days + 1)


def _quota_list(
    rng: random.Random, total: int, keys: Sequence[Any], weights: Sequence[float]
) -> list[Any]:
    """``total`` keys in exact proportion to ``weights``, in random order."""
    out: list[Any] = []
    for key, count in zip(keys, fig.largest_remainder(total, weights), strict=True):
        out.extend([key] * count)
    rng.shuffle(out)
    return out


class _Stamps:
    """Deterministic ids and sync metadata for records that are already synchronised."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def at(self, day: date) -> datetime:
        """``day`` at a plausible office time (07:00–14:59 UTC)."""
        minutes = 420 + self._rng.randrange(480)
        return datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=UTC)

    def new_id(self, when: datetime) -> str:
        ms = int((when - _EPOCH).total_seconds() * 1000)
        bits = self._rng.getrandbits(74)
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= (bits >> 62) << 64
        value |= 0b10 << 62
        value |= bits & ((1 << 62) - 1)
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def meta(self, when: datetime) -> dict[str, Any]:
        ms = int((when - _EPOCH).total_seconds() * 1000)
        return {
            "id": self.new_id(when),
            "created_at": when,
            "updated_at": when,
            "hlc": HlcTimestamp(ms, 0, DEMO_DEVICE).encode(),
            "origin_device": DEMO_DEVICE,
            "version": 1,
            "deleted_at": None,
        }

    def meta_on(self, day: date) -> dict[str, Any]:
        return self.meta(self.at(day))


class _Writer:
    """Collects rows per table and inserts them with Core in batches, parents first."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._rows: dict[str, list[dict[str, Any]]] = {}
        self.counts: Counter[str] = Counter()

    def add(self, table: str, row: dict[str, Any]) -> None:
        self._rows.setdefault(table, []).append(row)

    def flush(self, order: Sequence[str] | None = None) -> None:
        names = list(order or ()) + [t for t in self._rows if t not in (order or ())]
        for name in names:
            rows = self._rows.pop(name, None)
            if not rows:
                continue
            table = Base.metadata.tables[name]
            for start in range(0, len(rows), INSERT_BATCH):
                self._conn.execute(insert(table), rows[start : start + INSERT_BATCH])
            self.counts[name] += len(rows)


@dataclass
class _Staff:
    admin_id: str
    coordinator_id: str
    case_managers: dict[str, list[str]]  # municipality → case manager ids
    mukis_ids: list[str]
    any_case_manager: list[str]


@dataclass
class _Place:
    code: str
    town: str
    postal_codes: list[str]


@dataclass
class _Plan:
    """Per-client decisions made up front so that the yearly totals come out exactly."""

    kinds: list[int]
    municipalities: list[str]
    origins: list[int]
    counts: list[list[int]]  # consultations per year (index into fig.YEARS)
    opened: dict[int, date]  # case-management / MuKi-S cases: opening day
    ends: dict[int, date]  # … last possible day
    closed: dict[int, bool]


@dataclass
class _Case:
    kind: int
    opened_on: date
    planned_end: date
    planned_closed: bool
    consultations: list[int] = field(default_factory=list)  # indices into the chunk's list


@dataclass
class _Person:
    index: int
    row: dict[str, Any]
    origin: Origin
    case_manager_id: str
    cases: list[_Case] = field(default_factory=list)


# --- the generator ------------------------------------------------------------------------


class _Generator:
    def __init__(self, conn: Connection, clients: int, seed: int, device_id: str) -> None:
        self.conn = conn
        self.clients = clients
        self.seed = seed
        self.device_id = device_id
        self.rng = random.Random(seed)
        self.stamps = _Stamps(self.rng)
        self.writer = _Writer(conn)
        self.today = date.today()
        self.staff = self._load_staff()
        self.places = self._load_places()
        self.mukis_places = [c for c in fig.MUKIS_MUNICIPALITIES if c in self.places] or list(
            self.places
        )
        self.institutions: dict[tuple[str, str | None], list[tuple[str, str]]] = {}
        self.topic_codes = list(fig.TOPIC_SHARES)
        self.topic_stream = fig.QuotaStream(list(fig.TOPIC_SHARES.values()))
        self.target_codes = list(fig.REFERRAL_SHARES)
        self.target_stream = fig.QuotaStream(list(fig.REFERRAL_SHARES.values()))
        self.referral_stream = fig.QuotaStream([fig.REFERRAL_RATE, 1 - fig.REFERRAL_RATE])
        self.file_sequences: Counter[tuple[str, int]] = Counter()
        self._origin_cum = [
            (
                [c for c, _ in o.countries],
                _cum([w for _, w in o.countries]),
                [c for c, _ in o.languages],
                _cum([w for _, w in o.languages]),
                [c for c, _ in o.statuses],
                _cum([w for _, w in o.statuses]),
                [y for y, _ in o.arrival_years],
                _cum([w for _, w in o.arrival_years]),
            )
            for o in ORIGINS
        ]

    # - catalogue and staff -

    def _load_staff(self) -> _Staff:
        users = self.conn.execute(select(User.id, User.login, User.role).order_by(User.login)).all()
        if not users:
            raise DemoDataError("the office has no users")
        links = self.conn.execute(
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
        return _Staff(
            admin_id=admin_id,
            coordinator_id=(by_role.get(Role.COORDINATOR) or [admin_id])[0],
            case_managers=case_managers,
            mukis_ids=by_role.get(Role.MUKIS_CASE_MANAGER) or case_manager_ids,
            any_case_manager=case_manager_ids,
        )

    def _load_places(self) -> dict[str, _Place]:
        catalogue = {
            code: _Place(code, labels.get("de", code), list(postal_codes or []))
            for code, labels, postal_codes in self.conn.execute(
                select(Municipality.code, Municipality.labels, Municipality.postal_codes)
            )
        }
        served = {
            code
            for (code,) in self.conn.execute(
                select(office_municipalities.c.municipality_code).join(
                    Office, Office.id == office_municipalities.c.office_id
                )
            )
        }
        codes = [c for c in fig.MUNICIPALITY_POPULATION if c in served and c in catalogue]
        if not codes:
            codes = [c for c in fig.MUNICIPALITY_POPULATION if c in catalogue]
        return {c: catalogue[c] for c in codes}

    def case_manager_for(self, municipality: str) -> str:
        return self.rng.choice(
            self.staff.case_managers.get(municipality) or self.staff.any_case_manager
        )

    # - fixed parts: institutions, group offers, structural needs -

    def write_institutions(self) -> None:
        welfare = ("AWO", "DRK")
        start = date(2022, 1, 3)
        kreisweit = "kreisweit" if "kreisweit" in self._catalogue_codes() else None
        rows: list[tuple[str, str, str | None]] = []
        for i, place in enumerate(self.places.values()):
            for template, target in _LOCAL_INSTITUTIONS:
                name = template.format(town=place.town, welfare=welfare[i % 2])
                rows.append((name, target, place.code))
        for name, target, code in _DISTRICT_INSTITUTIONS:
            rows.append((name, target, code if code in self.places else kreisweit))
        for name, target, code in rows:
            place = self.places.get(code or "")
            town = place.town if place else "Siegburg"
            postal = place.postal_codes[0] if place and place.postal_codes else "53721"
            area = _AREA_CODES.get(code or "", "02241")
            row = self.stamps.meta_on(start) | {
                "name": name,
                "target_code": target,
                "municipality_code": code,
                "street": f"{self.rng.choice(STREETS)} {self.rng.randint(1, 90)}",
                "postal_code": postal,
                "city": town,
                "phone": f"{area} {self.rng.randint(100000, 999999)}",
                "email": f"beratung{self.rng.randint(10, 99)}@example.org",
                "note": "",
            }
            self.writer.add("institutions", row)
            local = code if code in self.places else None
            self.institutions.setdefault((target, local), []).append((row["id"], name))
        self.writer.flush()

    def _catalogue_codes(self) -> set[str]:
        return set(self.conn.scalars(select(Municipality.code)))

    def institution_for(self, target: str, municipality: str) -> tuple[str | None, str]:
        local = self.institutions.get((target, municipality))
        district = self.institutions.get((target, None))
        pool = local if local and (not district or self.rng.random() < 0.7) else district
        if not pool:
            return None, ""
        return self.rng.choice(pool)

    def write_groups(self) -> None:
        leaders = self.staff.mukis_ids
        het_places = [c for c in ("niederkassel", "troisdorf", "hennef") if c in self.places]
        offers: list[tuple[str, GroupOfferKind, str, date, int, int, str]] = []
        for year in fig.YEARS:
            for month in (3, 9):
                for code in het_places:
                    if code == "hennef" and year < 2024:
                        continue
                    if code == "niederkassel" and year == 2022 and month == 3:
                        continue  # "nicht stattgefunden"
                    offers.append(
                        (
                            f"Heidelberger Elterntraining {self.places[code].town} "
                            f"{'Frühjahr' if month == 3 else 'Herbst'} {year}",
                            GroupOfferKind.PARENTS_TRAINING,
                            code,
                            _next_workday(date(year, month, 6)),
                            5,
                            120,
                            "Elterntraining zur Sprachförderung drei- bis sechsjähriger Kinder: "
                            "Ursachen von Sprachstörungen, praktische Tipps für den Alltag "
                            "(Spiele, Übungen). Fünf Termine zu je zwei Stunden.",
                        )
                    )
        for code in self.mukis_places[:3]:
            offers.append(
                (
                    f"MuKi-S Elterncafé {self.places[code].town}",
                    GroupOfferKind.MUKIS_GROUP,
                    code,
                    date(2022, 6, 1),
                    31,
                    90,
                    "Monatlicher Austausch für Eltern mehrsprachiger Kita-Kinder.",
                )
            )
        for code in list(self.places)[:8]:
            offers.append(
                (
                    f"Informationsabend Kita-Anmeldung {self.places[code].town}",
                    GroupOfferKind.INFORMATION_EVENT,
                    code,
                    _next_workday(date(2023, 10, 10) + timedelta(days=7 * len(offers) % 60)),
                    1,
                    90,
                    "Zeitstrahl Kita-Anmeldungsverfahren; Informationsmaterial in 8 Sprachen.",
                )
            )
        for title, kind, code, starts, sessions, minutes, description in offers:
            leader = self.rng.choice(leaders)
            offer = self.stamps.meta_on(starts - timedelta(days=28)) | {
                "title": title,
                "kind": kind,
                "municipality_code": code,
                "leader_id": leader,
                "target_group_code": "familien-muki-s",
                "description": description,
                "planned_sessions": sessions,
                "session_minutes": minutes,
                "starts_on": starts,
                "ends_on": None,
            }
            held: list[dict[str, Any]] = []
            participants = self.rng.randint(8, 12)
            for n in range(sessions):
                if kind is GroupOfferKind.MUKIS_GROUP:
                    month = starts.month - 1 + n
                    day = _next_workday(date(starts.year + month // 12, month % 12 + 1, 5))
                    count = self.rng.randint(4, 12)
                else:
                    day = starts + timedelta(days=7 * n)
                    count = max(6, participants - self.rng.randint(0, 2) * (n > 0))
                if day > DATA_END:
                    break
                held.append(
                    self.stamps.meta_on(day)
                    | {
                        "offer_id": offer["id"],
                        "held_on": day,
                        "duration_minutes": minutes,
                        "participants": count,
                        "note": "",
                    }
                )
            offer["ends_on"] = held[-1]["held_on"] if held else None
            self.writer.add("group_offers", offer)
            for row in held:
                self.writer.add("group_sessions", row)
        self.writer.flush(("group_offers", "group_sessions"))

    def write_needs(self) -> None:
        for i, (challenge, topic, group, solution, status, wg, code) in enumerate(_NEEDS):
            reported = _weekday(self.rng, date(2022, 6, 1), date(2024, 10, 31))
            municipality = code if code in self.places else None
            reporter = (
                self.case_manager_for(municipality)
                if municipality
                else (self.staff.any_case_manager[i % len(self.staff.any_case_manager)])
            )
            changed = None
            if status is not NeedStatus.NEW:
                changed = min(DATA_END, reported + timedelta(days=self.rng.randint(14, 200)))
            self.writer.add(
                "structural_needs",
                self.stamps.meta_on(reported)
                | {
                    "reported_by_id": reporter,
                    "reported_on": reported,
                    "municipality_code": municipality,
                    "topic_code": topic,
                    "challenge": challenge,
                    "affected_group": group,
                    "cases_seen": self.rng.randint(3, 40),
                    "example": "",
                    "status": status,
                    "status_changed_on": changed,
                    "solution": solution,
                    "working_group": wg,
                    "owner_id": self.staff.coordinator_id,
                },
            )
        self.writer.flush()

    # - the plan -

    def make_plan(self) -> _Plan:
        rng, n = self.rng, self.clients
        n_mukis = round(n * fig.MUKIS_CLIENT_SHARE)
        rest = n - n_mukis
        n_cm = round(rest * fig.CASE_MANAGEMENT_CLIENT_SHARE)
        kinds = [_ONE_TIME] * (rest - n_cm) + [_CASE_MANAGEMENT] * n_cm + [_MUKIS] * n_mukis
        rng.shuffle(kinds)

        codes = list(self.places)
        general = _quota_list(rng, rest, codes, [fig.MUNICIPALITY_POPULATION[c] for c in codes])
        mukis = _quota_list(
            rng,
            n_mukis,
            self.mukis_places,
            [fig.MUKIS_MUNICIPALITIES.get(c, 5) for c in self.mukis_places],
        )
        municipalities = [mukis.pop() if k == _MUKIS else general.pop() for k in kinds]
        origins = _quota_list(rng, n, range(len(ORIGINS)), [o.weight for o in ORIGINS])

        counts = [[0, 0, 0] for _ in range(n)]
        opened: dict[int, date] = {}
        ends: dict[int, date] = {}
        closed: dict[int, bool] = {}
        consultations = fig.scaled(fig.CONSULTATIONS_PER_YEAR, n)
        one_time: dict[int, int] = {}
        case_management: dict[int, int] = {}
        for year, total in consultations.items():
            share = fig.ONE_TIME_SHARE[year]
            one_time[year], case_management[year] = fig.largest_remainder(total, [share, 1 - share])
        self._plan_cases(
            [i for i, k in enumerate(kinds) if k == _CASE_MANAGEMENT],
            case_management,
            (60, 540),
            counts,
            opened,
            ends,
            closed,
        )
        self._plan_cases(
            [i for i, k in enumerate(kinds) if k == _MUKIS],
            fig.scaled(fig.MUKIS_CONSULTATIONS_PER_YEAR, n),
            (90, 420),
            counts,
            opened,
            ends,
            closed,
        )
        self._plan_one_time([i for i, k in enumerate(kinds) if k == _ONE_TIME], one_time, counts)
        return _Plan(kinds, municipalities, origins, counts, opened, ends, closed)

    def _plan_cases(
        self,
        members: list[int],
        targets: dict[int, int],
        duration: tuple[int, int],
        counts: list[list[int]],
        opened: dict[int, date],
        ends: dict[int, date],
        closed: dict[int, bool],
    ) -> None:
        rng = self.rng
        years = fig.YEARS
        per_year = _fit(
            fig.largest_remainder(len(members), [targets[y] for y in years]),
            [targets[y] for y in years],
        )
        open_years = [y for y, c in zip(years, per_year, strict=True) for _ in range(c)]
        rng.shuffle(open_years)
        for i, year in zip(members, open_years, strict=True):
            start = _weekday(
                rng, max(FIRST_DAY, date(year, 1, 1)), min(LAST_DAY, date(year, 12, 20))
            )
            end = start + timedelta(days=rng.randint(*duration))
            opened[i] = start
            closed[i] = end <= LAST_DAY
            ends[i] = min(end, DATA_END)
            counts[i][years.index(year)] += 1
        for y_index, year in enumerate(years):
            extra = targets[year] - per_year[y_index]
            pool = [i for i in members if _overlap_days(opened[i], ends[i], year) > 0]
            weights = [_overlap_days(opened[i], ends[i], year) * (0.5 + rng.random()) for i in pool]
            for i, add in zip(pool, fig.largest_remainder(extra, weights), strict=True):
                counts[i][y_index] += add

    def _plan_one_time(
        self, members: list[int], targets: dict[int, int], counts: list[list[int]]
    ) -> None:
        rng = self.rng
        years = fig.YEARS
        per_year = _fit(
            fig.largest_remainder(len(members), [targets[y] for y in years]),
            [targets[y] for y in years],
        )
        first_years = [y_index for y_index, c in enumerate(per_year) for _ in range(c)]
        rng.shuffle(first_years)
        first = dict(zip(members, first_years, strict=True))
        for i, y_index in first.items():
            counts[i][y_index] += 1
        for y_index, year in enumerate(years):
            pool = [i for i in members if first[i] <= y_index]
            for _ in range(targets[year] - per_year[y_index]):
                counts[rng.choice(pool)][y_index] += 1

    # - clients, chunk by chunk -

    def write_chunk(self, plan: _Plan, indices: range) -> None:
        people = [self._person(plan, i) for i in indices]
        consultations: list[dict[str, Any]] = []
        owners: list[_Person] = []
        for person in people:
            self._consultations_of(person, plan, consultations, owners)
        topics = self._deal_topics(consultations)
        referred = self._pick_referrals(consultations, topics)
        for person in people:
            self._finish_person(person, consultations, topics, referred)
        for row, codes in zip(consultations, topics, strict=True):
            self.writer.add("consultations", row)
            for code in codes:
                self.writer.add(
                    "consultation_topics_link", {"consultation_id": row["id"], "topic_code": code}
                )
        self.writer.flush(_TABLE_ORDER)

    def _person(self, plan: _Plan, i: int) -> _Person:
        rng = self.rng
        origin = ORIGINS[plan.origins[i]]
        countries, c_cum, languages, l_cum, statuses, s_cum, years, y_cum = self._origin_cum[
            plan.origins[i]
        ]
        kind = plan.kinds[i]
        female = rng.random() < (0.9 if kind == _MUKIS else 0.55)
        raw_last = rng.choice(origin.last)
        first = rng.choice(origin.female if female else origin.male)
        last = last_name_for(raw_last, female)
        if kind == _MUKIS:
            age = rng.randint(22, 45)
        else:
            age = min(75, max(18, int(rng.triangular(18, 75, 33))))
        birth = REFERENCE_DAY - timedelta(days=365 * age + rng.randint(0, 364))
        status = rng.choices(statuses, cum_weights=s_cum)[0]
        arrival_year = rng.choices(years, cum_weights=y_cum)[0]
        if status in ("deutsch", "niederlassungserlaubnis") and arrival_year > 2017:
            arrival_year = 2015
        arrival = date(arrival_year, 1, 1) + timedelta(days=rng.randint(0, 364))
        municipality = plan.municipalities[i]
        place = self.places[municipality]
        preferred = rng.choices(languages, cum_weights=l_cum)[0]
        interpreter = rng.random() < origin.interpreter_share * (0.5 if arrival_year < 2019 else 1)
        phone = ""
        if rng.random() < 0.93:
            phone = f"{rng.choice(MOBILE_PREFIXES)} {rng.randint(1_000_000, 99_999_999)}"
        email = ""
        if rng.random() < 0.3:
            local = transliterate(first).split(" ")[0] + "." + transliterate(last).replace(" ", "")
            email = f"{local}{rng.randint(1, 99)}@{rng.choice(EMAIL_DOMAINS)}"
        street = f"{rng.choice(STREETS)} {rng.randint(1, 120)}"
        if rng.random() < 0.06:
            street += rng.choice("abc")
        valid_until = None
        if status not in (
            "niederlassungserlaubnis",
            "daueraufenthalt-eu",
            "deutsch",
            "eu-freizuegigkeit",
        ):
            valid_until = date(2025, 3, 1) + timedelta(days=rng.randint(0, 1000))
        notes = ""
        if origin.key in ("turkey", "syria") and arrival_year == 2023 and rng.random() < 0.6:
            notes = "Einreise nach dem Erdbeben in der Türkei und Syrien (Februar 2023)."
        row = {
            "file_number": "",
            "first_name": first,
            "last_name": last,
            "birth_date": birth,
            "gender": Gender.FEMALE if female else Gender.MALE,
            "nationality_code": rng.choices(countries, cum_weights=c_cum)[0],
            "residence_status_code": status,
            "residence_valid_until": valid_until,
            "target_group_code": (
                "familien-muki-s" if kind == _MUKIS else TARGET_GROUP_BY_STATUS[status]
            ),
            "arrival_date": arrival,
            "municipality_code": municipality,
            "street": street,
            "postal_code": rng.choice(place.postal_codes) if place.postal_codes else "",
            "city": place.town,
            "phone": phone,
            "email": email,
            "preferred_language_code": preferred,
            "interpreter_needed": interpreter,
            "notes": notes,
            "search_key": name_search_key(first, last),
        }
        manager = (
            rng.choice(self.staff.mukis_ids)
            if kind == _MUKIS
            else self.case_manager_for(municipality)
        )
        person = _Person(i, row, origin, manager)
        person.row["_raw_last"] = raw_last
        return person

    def _consultations_of(
        self,
        person: _Person,
        plan: _Plan,
        consultations: list[dict[str, Any]],
        owners: list[_Person],
    ) -> None:
        rng = self.rng
        i = person.index
        kind = plan.kinds[i]
        counts = plan.counts[i]
        entries: list[tuple[date, _Case]] = []
        if kind == _ONE_TIME:
            for y_index, year in enumerate(fig.YEARS):
                lo = max(FIRST_DAY, date(year, 1, 1))
                hi = min(LAST_DAY, date(year, 12, 31))
                for _ in range(counts[y_index]):
                    day = _weekday(rng, lo, hi)
                    case = _Case(_ONE_TIME, day, day, True)
                    person.cases.append(case)
                    entries.append((day, case))
        else:
            start, end = plan.opened[i], plan.ends[i]
            case = _Case(kind, start, end, plan.closed[i])
            person.cases.append(case)
            first_done = False
            for y_index, year in enumerate(fig.YEARS):
                lo = max(start, date(year, 1, 1))
                hi = min(end, date(year, 12, 31), LAST_DAY)
                for _ in range(counts[y_index]):
                    if not first_done and year == start.year:
                        day, first_done = start, True
                    else:
                        day = _weekday(rng, lo, max(lo, hi))
                    entries.append((day, case))
        entries.sort(key=lambda e: e[0])
        row = person.row
        for day, case in entries:
            if case.kind == _ONE_TIME:
                ctype, duration = ConsultationType.ONE_TIME, rng.choice((30, 45, 45, 60))
            elif case.kind == _CASE_MANAGEMENT:
                ctype, duration = ConsultationType.CASE_MANAGEMENT, rng.choice((45, 60, 60, 90))
            else:
                ctype, duration = ConsultationType.MUKIS_INDIVIDUAL, rng.choice((45, 60, 90))
            r = rng.random()
            mode = (
                ConsultationMode.IN_PERSON
                if r < 0.76
                else ConsultationMode.PHONE
                if r < 0.91
                else ConsultationMode.HOME_VISIT
                if r < 0.97
                else ConsultationMode.VIDEO
            )
            mediation, mediation_language = LanguageMediation.NONE, None
            if row["interpreter_needed"] and row["preferred_language_code"] != "de":
                r = rng.random()
                vasco = 0.35 if day.year >= 2023 else 0.05
                if r < 0.45:
                    mediation = LanguageMediation.PERSON
                elif r < 0.45 + vasco:
                    mediation = LanguageMediation.VASCO
                if mediation is not LanguageMediation.NONE:
                    mediation_language = row["preferred_language_code"]
            case.consultations.append(len(consultations))
            consultations.append(
                self.stamps.meta_on(day)
                | {
                    "client_id": None,
                    "case_id": None,
                    "appointment_id": None,
                    "case_manager_id": person.case_manager_id,
                    "municipality_code": row["municipality_code"],
                    "held_on": day,
                    "duration_minutes": duration,
                    "mode": mode,
                    "consultation_type": ctype,
                    "language_mediation": mediation,
                    "mediation_language_code": mediation_language,
                    "notes": "",
                }
            )
            owners.append(person)

    def _deal_topics(self, consultations: list[dict[str, Any]]) -> list[list[str]]:
        """Topics per consultation; the case management's mentions follow the shares exactly."""
        rng = self.rng
        topics: list[list[str]] = [[] for _ in consultations]
        general = [
            j
            for j, c in enumerate(consultations)
            if c["consultation_type"] is not ConsultationType.MUKIS_INDIVIDUAL
        ]
        sizes = list(fig.TOPICS_PER_CONSULTATION)
        size_cum = _cum(list(fig.TOPICS_PER_CONSULTATION.values()))
        k = {j: rng.choices(sizes, cum_weights=size_cum)[0] for j in general}
        quota = self.topic_stream.take(sum(k.values()))
        deck_order = list(range(len(self.topic_codes)))
        rng.shuffle(deck_order)
        deck = [self.topic_codes[t] for t in deck_order for _ in range(quota[t])]
        order = general[:]
        rng.shuffle(order)
        order.sort(key=lambda j: -k[j])
        slots = [j for level in range(3) for j in order if k[j] > level]
        for j, code in zip(slots, deck, strict=True):
            topics[j].append(code)
        self._repair_duplicates(topics, general)
        mukis_codes = list(_MUKIS_TOPICS)
        mukis_cum = _cum(list(_MUKIS_TOPICS.values()))
        for j, c in enumerate(consultations):
            if c["consultation_type"] is ConsultationType.MUKIS_INDIVIDUAL:
                chosen = {rng.choices(mukis_codes, cum_weights=mukis_cum)[0]}
                if rng.random() < 0.4:
                    chosen.add(rng.choices(mukis_codes, cum_weights=mukis_cum)[0])
                topics[j] = sorted(chosen)
        return topics

    def _repair_duplicates(self, topics: list[list[str]], general: list[int]) -> None:
        """Swap a topic that landed twice on one consultation with one of another."""
        for j in general:
            seen: set[str] = set()
            for pos, code in enumerate(topics[j]):
                if code not in seen:
                    seen.add(code)
                    continue
                for _ in range(200):
                    other = self.rng.choice(general)
                    if code in topics[other]:
                        continue
                    for opos, ocode in enumerate(topics[other]):
                        if ocode not in seen:
                            topics[j][pos], topics[other][opos] = ocode, code
                            seen.add(ocode)
                            break
                    else:
                        continue
                    break

    def _pick_referrals(
        self, consultations: list[dict[str, Any]], topics: list[list[str]]
    ) -> dict[int, str]:
        """Which consultations lead to an outgoing referral, and to which target."""
        rng = self.rng
        general = [
            j
            for j, c in enumerate(consultations)
            if c["consultation_type"] is not ConsultationType.MUKIS_INDIVIDUAL
        ]
        if not general:
            return {}
        count = self.referral_stream.take(len(general))[0]
        targets = [
            code
            for code, n in zip(self.target_codes, self.target_stream.take(count), strict=True)
            for _ in range(n)
        ]
        rng.shuffle(targets)
        referred: dict[int, str] = {}
        for target in targets:
            related = _TARGET_TOPICS.get(target, frozenset())
            chosen = None
            for _ in range(8):
                j = rng.choice(general)
                if j not in referred and related.intersection(topics[j]):
                    chosen = j
                    break
            if chosen is None:
                start = rng.randrange(len(general))
                for step in range(len(general)):
                    j = general[(start + step) % len(general)]
                    if j not in referred:
                        chosen = j
                        break
            if chosen is not None:
                referred[chosen] = target
        return referred

    def _finish_person(
        self,
        person: _Person,
        consultations: list[dict[str, Any]],
        topics: list[list[str]],
        referred: dict[int, str],
    ) -> None:
        rng = self.rng
        row = person.row
        raw_last = row.pop("_raw_last")
        manager = person.case_manager_id
        municipality = row["municipality_code"]
        all_days = [consultations[j]["held_on"] for c in person.cases for j in c.consultations]
        first_contact = min(all_days) if all_days else FIRST_DAY
        last_contact = max(all_days) if all_days else FIRST_DAY
        if row["arrival_date"] >= first_contact - timedelta(days=7):
            row["arrival_date"] = first_contact - timedelta(days=rng.randint(14, 150))
        year = first_contact.year
        self.file_sequences[(municipality, year)] += 1
        row["file_number"] = file_number(
            municipality, year, self.file_sequences[(municipality, year)], DEMO_DEVICE
        )
        client = self.stamps.meta_on(first_contact) | row
        client_id = client["id"]
        self.writer.add("clients", client)

        languages = [row["preferred_language_code"]]
        if rng.random() < 0.35:
            languages.append(rng.choice(person.origin.second_languages))
        if row["arrival_date"].year < 2020 and rng.random() < 0.6:
            languages.append("de")
        for code in dict.fromkeys(languages):
            self.writer.add("client_languages", {"client_id": client_id, "language_code": code})

        self._household(person, client_id, raw_last, client["created_at"])

        consent = self.stamps.meta_on(first_contact) | {
            "client_id": client_id,
            "purpose": ConsentPurpose.CASE_MANAGEMENT,
            "scope": "Verarbeitung personenbezogener Daten für Beratung und Case Management "
            "im Kommunalen Integrationsmanagement",
            "recipients": [],
            "given_on": first_contact,
            "valid_until": None,
            "withdrawn_on": None,
            "recorded_by_id": manager,
            "document_id": None,
        }
        if rng.random() < 0.02:
            consent["withdrawn_on"] = min(DATA_END, last_contact + timedelta(days=30))
        self.writer.add("consents", consent)

        outgoing = [
            (j, referred[j]) for c in person.cases for j in c.consultations if j in referred
        ]
        referral_consent_id = None
        recipients: dict[str, dict[str, Any]] = {}
        chosen_institutions: dict[int, tuple[str | None, str]] = {}
        for j, target in outgoing:
            institution = self.institution_for(target, municipality)
            chosen_institutions[j] = institution
            key = institution[0] or target
            recipients.setdefault(
                key,
                {"target_code": target, "institution_id": institution[0], "name": institution[1]},
            )
        if outgoing:
            first_referral = min(consultations[j]["held_on"] for j, _ in outgoing)
            referral_consent = self.stamps.meta_on(first_referral) | {
                "client_id": client_id,
                "purpose": ConsentPurpose.REFERRAL,
                "scope": "Weitergabe von Kontaktdaten und Anliegen an die genannten Stellen",
                "recipients": list(recipients.values()),
                "given_on": first_referral,
                "valid_until": None,
                "withdrawn_on": None,
                "recorded_by_id": manager,
                "document_id": None,
            }
            referral_consent_id = referral_consent["id"]
            self.writer.add("consents", referral_consent)

        for case in person.cases:
            self._case(person, client_id, case, consultations, topics, referred)

        for j, target in outgoing:
            consultation = consultations[j]
            institution_id, institution_name = chosen_institutions[j]
            self.writer.add(
                "referrals",
                self._referral(
                    client_id,
                    consultation["case_id"],
                    j,
                    consultation,
                    target,
                    institution_id,
                    institution_name,
                    referral_consent_id,
                ),
            )

    def _household(self, person: _Person, client_id: str, raw_last: str, created: datetime) -> None:
        rng = self.rng
        row = person.row
        origin = person.origin
        mukis = row["target_group_code"] == "familien-muki-s"
        parent_birth: date = row["birth_date"]
        members: list[dict[str, Any]] = []
        if rng.random() < (0.85 if mukis else 0.5):
            partner_female = row["gender"] is Gender.MALE
            partner_last = (
                last_name_for(raw_last, partner_female)
                if rng.random() < 0.7
                else last_name_for(rng.choice(origin.last), partner_female)
            )
            members.append(
                {
                    "first_name": rng.choice(origin.female if partner_female else origin.male),
                    "last_name": partner_last,
                    "birth_date": parent_birth + timedelta(days=rng.randint(-2200, 1500)),
                    "gender": Gender.FEMALE if partner_female else Gender.MALE,
                    "relation": HouseholdRelation.PARTNER,
                    "attends_kita": False,
                    "speech_support_needed": False,
                }
            )
        parent_age = (REFERENCE_DAY - parent_birth).days // 365
        children: list[int] = []
        if mukis:
            children = [rng.randint(3, 6)] + [rng.randint(0, 10) for _ in range(rng.randint(0, 2))]
        elif 21 <= parent_age <= 55 and rng.random() < 0.5:
            children = [rng.randint(0, min(17, parent_age - 19)) for _ in range(rng.randint(1, 4))]
        for n, age in enumerate(children):
            female = rng.random() < 0.5
            kita_age = 1 <= age <= 6
            members.append(
                {
                    "first_name": rng.choice(origin.female if female else origin.male),
                    "last_name": last_name_for(raw_last, female),
                    "birth_date": REFERENCE_DAY - timedelta(days=365 * age + rng.randint(0, 364)),
                    "gender": Gender.FEMALE if female else Gender.MALE,
                    "relation": HouseholdRelation.CHILD,
                    "attends_kita": kita_age and rng.random() < (0.75 if mukis else 0.6),
                    "speech_support_needed": mukis
                    and (n == 0 or (kita_age and rng.random() < 0.3)),
                }
            )
        for member in members:
            self.writer.add(
                "household_members",
                self.stamps.meta(created) | member | {"client_id": client_id, "notes": ""},
            )

    def _case(
        self,
        person: _Person,
        client_id: str,
        case: _Case,
        consultations: list[dict[str, Any]],
        topics: list[list[str]],
        referred: dict[int, str],
    ) -> None:
        rng = self.rng
        row = person.row
        manager = person.case_manager_id
        days = [consultations[j]["held_on"] for j in case.consultations]
        opened_on = min(days) if days else case.opened_on
        last = max(days) if days else opened_on
        record = self.stamps.meta_on(opened_on)
        case_id = record["id"]
        phases: list[tuple[CasePhase, date]] = [(CasePhase.INTAKE, opened_on)]
        closing_reason: ClosingReason | None = None
        closed_on: date | None = None
        if case.kind == _ONE_TIME:
            case_type = CaseType.ONE_TIME
            closed_on = opened_on
            closing_reason = (
                ClosingReason.REFERRED
                if any(j in referred for j in case.consultations)
                else ClosingReason.GOALS_REACHED
            )
            phases.append((CasePhase.CLOSURE, closed_on))
        else:
            case_type = (
                CaseType.CASE_MANAGEMENT if case.kind == _CASE_MANAGEMENT else CaseType.MUKIS
            )
            if case.planned_closed:
                closed_on = min(DATA_END, last + timedelta(days=rng.randint(0, 14)))
            limit = closed_on or DATA_END
            day = opened_on
            for phase, (lo, hi) in (
                (CasePhase.ASSESSMENT, (5, 21)),
                (CasePhase.PLANNING, (10, 35)),
                (CasePhase.IMPLEMENTATION, (10, 40)),
            ):
                day = day + timedelta(days=rng.randint(lo, hi))
                if day >= limit:
                    break
                phases.append((phase, day))
            if closed_on is not None:
                closing_reason = rng.choices(list(ClosingReason), cum_weights=_CLOSING_CUM)[0]
                phases.append((CasePhase.CLOSURE, closed_on))
        record |= {
            "client_id": client_id,
            "case_type": case_type,
            "case_manager_id": manager,
            "municipality_code": row["municipality_code"],
            "phase": phases[-1][0],
            "opened_on": opened_on,
            "closed_on": closed_on,
            "closing_reason": closing_reason,
            "closing_note": _CLOSING_NOTES[closing_reason] if closing_reason else "",
        }
        if closed_on is not None:
            record["updated_at"] = self.stamps.at(closed_on)
            record["hlc"] = HlcTimestamp(
                int((record["updated_at"] - _EPOCH).total_seconds() * 1000), 0, DEMO_DEVICE
            ).encode()
        self.writer.add("cases", record)
        previous: CasePhase | None = None
        for phase, day in phases:
            self.writer.add(
                "case_phase_changes",
                self.stamps.meta_on(day)
                | {
                    "case_id": case_id,
                    "from_phase": previous,
                    "to_phase": phase,
                    "changed_on": day,
                    "changed_by_id": manager,
                    "note": "",
                },
            )
            previous = phase
        if case.kind != _ONE_TIME:
            self._goals(case, case_id, phases, closing_reason)
            self._incoming_referral(person, client_id, case_id, opened_on)
        mukis = case.kind == _MUKIS
        for j in case.consultations:
            consultation = consultations[j]
            consultation["client_id"] = client_id
            consultation["case_id"] = case_id
            if rng.random() < 0.6:
                if mukis:
                    consultation["notes"] = rng.choice(_MUKIS_NOTES)
                elif topics[j]:
                    consultation["notes"] = rng.choice(_NOTES[topics[j][0]])
            if case.kind != _ONE_TIME and consultation["held_on"] >= HELD_APPOINTMENTS_FROM:
                consultation["appointment_id"] = self._appointment(
                    client_id,
                    case_id,
                    manager,
                    row,
                    consultation["held_on"],
                    AppointmentStatus.HELD,
                )
                if rng.random() < 0.07:
                    missed = _weekday(
                        rng,
                        consultation["held_on"] - timedelta(days=10),
                        consultation["held_on"] - timedelta(days=2),
                    )
                    self._appointment(
                        client_id, case_id, manager, row, missed, AppointmentStatus.MISSED
                    )
        if case.kind != _ONE_TIME and closed_on is None and rng.random() < 0.5:
            upcoming = _next_workday(self.today + timedelta(days=rng.randint(1, 19)))
            self._appointment(client_id, case_id, manager, row, upcoming, AppointmentStatus.PLANNED)

    def _goals(
        self,
        case: _Case,
        case_id: str,
        phases: list[tuple[CasePhase, date]],
        closing_reason: ClosingReason | None,
    ) -> None:
        rng = self.rng
        planning = next((d for p, d in phases if p is CasePhase.PLANNING), None)
        if planning is None:
            return
        pool = _MUKIS_GOALS if case.kind == _MUKIS else _GOALS
        for text in rng.sample(pool, rng.randint(1, 3)):
            due = planning + timedelta(days=rng.randint(60, 240))
            if closing_reason is None:
                status = rng.choice(
                    (
                        GoalStatus.OPEN,
                        GoalStatus.IN_PROGRESS,
                        GoalStatus.IN_PROGRESS,
                        GoalStatus.REACHED,
                    )
                )
            elif closing_reason is ClosingReason.GOALS_REACHED:
                status = rng.choice(
                    (GoalStatus.REACHED, GoalStatus.REACHED, GoalStatus.PARTLY_REACHED)
                )
            else:
                status = rng.choice(
                    (
                        GoalStatus.PARTLY_REACHED,
                        GoalStatus.NOT_REACHED,
                        GoalStatus.DROPPED,
                        GoalStatus.REACHED,
                    )
                )
            self.writer.add(
                "goals",
                self.stamps.meta_on(planning)
                | {
                    "case_id": case_id,
                    "text": text,
                    "due_on": due,
                    "review_on": due - timedelta(days=30),
                    "status": status,
                    "result_note": "",
                },
            )

    def _incoming_referral(
        self, person: _Person, client_id: str, case_id: str, opened_on: date
    ) -> None:
        rng = self.rng
        if rng.random() >= fig.INCOMING_REFERRAL_RATE:
            return
        source = rng.choices(
            list(fig.INCOMING_REFERRAL_SOURCES), list(fig.INCOMING_REFERRAL_SOURCES.values())
        )[0]
        referred_on = opened_on - timedelta(days=rng.randint(3, 21))
        institution_id, institution_name = self.institution_for(
            source, person.row["municipality_code"]
        )
        self.writer.add(
            "referrals",
            self.stamps.meta_on(referred_on)
            | {
                "client_id": client_id,
                "case_id": case_id,
                "consultation_id": None,
                "case_manager_id": person.case_manager_id,
                "municipality_code": person.row["municipality_code"],
                "direction": ReferralDirection.INCOMING,
                "target_code": source,
                "institution_id": institution_id,
                "institution_name": institution_name,
                "consent_id": None,
                "referred_on": referred_on,
                "reason": "Übergabe zur Begleitung im Case Management",
                "status": ReferralStatus.ACCEPTED,
                "status_changed_on": opened_on,
                "declined_reason": "",
                "follow_up_on": None,
                "outcome": "",
            },
        )

    def _referral(
        self,
        client_id: str,
        case_id: str,
        j: int,
        consultation: dict[str, Any],
        target: str,
        institution_id: str | None,
        institution_name: str,
        consent_id: str | None,
    ) -> dict[str, Any]:
        rng = self.rng
        referred_on: date = consultation["held_on"]
        age = (DATA_END - referred_on).days
        if age < 45:
            status = rng.choice(
                (ReferralStatus.SUGGESTED, ReferralStatus.ARRANGED, ReferralStatus.ACCEPTED)
            )
        else:
            r = rng.random()
            status = (
                ReferralStatus.COMPLETED
                if r < 0.62
                else ReferralStatus.ACCEPTED
                if r < 0.78
                else ReferralStatus.DECLINED
                if r < 0.88
                else ReferralStatus.ARRANGED
            )
        changed = None
        if status is not ReferralStatus.SUGGESTED:
            changed = min(DATA_END, referred_on + timedelta(days=rng.randint(2, 30)))
        follow_up = None
        if status in (ReferralStatus.SUGGESTED, ReferralStatus.ARRANGED, ReferralStatus.ACCEPTED):
            follow_up = referred_on + timedelta(days=rng.randint(14, 28))
        return self.stamps.meta_on(referred_on) | {
            "client_id": client_id,
            "case_id": case_id,
            "consultation_id": consultation["id"],
            "case_manager_id": consultation["case_manager_id"],
            "municipality_code": consultation["municipality_code"],
            "direction": ReferralDirection.OUTGOING,
            "target_code": target,
            "institution_id": institution_id,
            "institution_name": institution_name,
            "consent_id": consent_id,
            "referred_on": referred_on,
            "reason": rng.choice(_REFERRAL_REASONS[target]),
            "status": status,
            "status_changed_on": changed,
            "declined_reason": (
                "Kein freier Termin in absehbarer Zeit" if status is ReferralStatus.DECLINED else ""
            ),
            "follow_up_on": follow_up,
            "outcome": "Anliegen geklärt" if status is ReferralStatus.COMPLETED else "",
        }

    def _appointment(
        self,
        client_id: str,
        case_id: str,
        manager: str,
        row: dict[str, Any],
        day: date,
        status: AppointmentStatus,
    ) -> str:
        rng = self.rng
        starts = datetime(
            day.year,
            day.month,
            day.day,
            7 + rng.randrange(8),
            rng.choice((0, 15, 30, 45)),
            tzinfo=UTC,
        )
        created = self.stamps.at(day - timedelta(days=rng.randint(3, 21)))
        record = self.stamps.meta(created) | {
            "client_id": client_id,
            "case_id": case_id,
            "case_manager_id": manager,
            "starts_at": starts,
            "duration_minutes": rng.choice((45, 60)),
            "location": f"Rathaus {row['city']}",
            "purpose": "Beratungstermin Case Management",
            "bring_along": rng.choice(
                (
                    "",
                    "Pass und Aufenthaltstitel",
                    "Aktuelle Bescheide des Jobcenters",
                    "Mietvertrag und Nebenkostenabrechnung",
                )
            ),
            "status": status,
        }
        self.writer.add("appointments", record)
        return record["id"]


_CLOSING_CUM = [45, 60, 72, 87, 97, 100]  # order of ClosingReason members


def _cum(weights: Sequence[float]) -> list[float]:
    out: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def _fit(counts: list[int], limits: list[int]) -> list[int]:
    """Move surplus from categories over their limit to ones with room; error if impossible."""
    counts = counts[:]
    surplus = 0
    for i, limit in enumerate(limits):
        if counts[i] > limit:
            surplus += counts[i] - limit
            counts[i] = limit
    for i, limit in enumerate(limits):
        room = min(surplus, limit - counts[i])
        counts[i] += room
        surplus -= room
    if surplus:
        raise DemoDataError("too few consultations for the number of clients")
    return counts


def populate(
    database: Database,
    *,
    clients: int = fig.DEFAULT_CLIENTS,
    seed: int = 1,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> DemoSummary:
    """Fill ``database`` (an office without clients) with the demo office's data.

    Raises :class:`DemoCancelled` (nothing written) when ``cancelled()`` turns true, and
    :class:`DemoDataError` when the office already has clients or ``clients`` is too small.
    """
    if clients < MIN_CLIENTS:
        raise DemoDataError(f"at least {MIN_CLIENTS} clients are needed")
    began = time.perf_counter()
    report = progress or (lambda _done, _total, _phase: None)
    stop = cancelled or (lambda: False)
    total = clients + 1
    with database.engine.begin() as conn:
        if conn.scalar(select(func.count()).select_from(Client)):
            raise DemoDataError("the office already has clients")
        # A larger page cache for this one big transaction keeps index pages from spilling
        # into the WAL again and again (100,000 clients: ~200 s → ~130 s); reset afterwards.
        default_cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size = {GENERATION_CACHE_KIB}")
        try:
            report(0, total, "Stammdaten")
            generator = _Generator(conn, clients, seed, database.device_id)
            generator.write_institutions()
            generator.write_groups()
            generator.write_needs()
            plan = generator.make_plan()
            for start in range(0, clients, CHUNK_CLIENTS):
                if stop():
                    raise DemoCancelled()
                report(start, total, "Klient:innen und Beratungen")
                generator.write_chunk(plan, range(start, min(clients, start + CHUNK_CLIENTS)))
            if stop():
                raise DemoCancelled()
            report(clients, total, "Abschluss")
            conn.execute(
                insert(AuditEntry),
                [
                    {
                        "at": utcnow(),
                        "user_id": generator.staff.admin_id,
                        "device_id": database.device_id,
                        "action": AuditAction.ADMIN,
                        "table_name": None,
                        "record_id": None,
                        "field_names": [],
                        "detail": f"Demo-Daten erzeugt: {clients} Klient:innen, seed {seed}",
                    }
                ],
            )
            rows = dict(generator.writer.counts)
        finally:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(default_cache or -2000)}")
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    report(total, total, "Fertig")
    return DemoSummary(clients=clients, seed=seed, rows=rows, seconds=time.perf_counter() - began)
