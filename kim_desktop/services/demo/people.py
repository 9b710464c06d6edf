"""People: clients (names, origin, residence, contact data), their languages, households
and case-management consents.

A client is drawn up front (:func:`new_person`); it is written (:func:`write_client`) once its
consultations are known, since the file number and first contact depend on them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from kim_desktop.domain.enums import ConsentPurpose, Gender, HouseholdRelation
from kim_desktop.domain.file_numbers import file_number
from kim_desktop.domain.search_key import name_search_key, transliterate
from kim_desktop.services.demo.context import MUKIS, DemoContext, Person
from kim_desktop.services.demo.dates import DATA_END, FIRST_DAY, REFERENCE_DAY
from kim_desktop.services.demo.names import (
    EMAIL_DOMAINS,
    MOBILE_PREFIXES,
    ORIGINS,
    STREETS,
    TARGET_GROUP_BY_STATUS,
    last_name_for,
)
from kim_desktop.services.demo.plan import Plan
from kim_desktop.services.demo.quota import cumulative

# Per origin group: countries, languages, residence statuses and arrival years with their
# cumulative weights (for random.choices).
_ORIGIN_CUM = [
    (
        [c for c, _ in o.countries],
        cumulative([w for _, w in o.countries]),
        [c for c, _ in o.languages],
        cumulative([w for _, w in o.languages]),
        [c for c, _ in o.statuses],
        cumulative([w for _, w in o.statuses]),
        [y for y, _ in o.arrival_years],
        cumulative([w for _, w in o.arrival_years]),
    )
    for o in ORIGINS
]
_UNLIMITED_STATUSES = (
    "niederlassungserlaubnis",
    "daueraufenthalt-eu",
    "deutsch",
    "eu-freizuegigkeit",
)
_CONSENT_SCOPE = (
    "Verarbeitung personenbezogener Daten für Beratung und Case Management "
    "im Kommunalen Integrationsmanagement"
)


def new_person(ctx: DemoContext, plan: Plan, i: int) -> Person:
    """Client ``i`` of the plan: the client row (not yet written) and a case manager."""
    rng = ctx.rng
    origin = ORIGINS[plan.origins[i]]
    countries, c_cum, languages, l_cum, statuses, s_cum, years, y_cum = _ORIGIN_CUM[plan.origins[i]]
    kind = plan.kinds[i]
    female = rng.random() < (0.9 if kind == MUKIS else 0.55)
    raw_last = rng.choice(origin.last)
    first = rng.choice(origin.female if female else origin.male)
    last = last_name_for(raw_last, female)
    if kind == MUKIS:
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
    place = ctx.places[municipality]
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
    if status not in _UNLIMITED_STATUSES:
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
            "familien-muki-s" if kind == MUKIS else TARGET_GROUP_BY_STATUS[status]
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
        rng.choice(ctx.staff.mukis_ids) if kind == MUKIS else ctx.case_manager_for(municipality)
    )
    return Person(i, row, origin, manager, raw_last)


def write_client(ctx: DemoContext, person: Person, consultations: list[dict[str, Any]]) -> str:
    """Write the client with languages, household and case-management consent; its id."""
    rng = ctx.rng
    row = person.row
    municipality = row["municipality_code"]
    all_days = [consultations[j]["held_on"] for c in person.cases for j in c.consultations]
    first_contact = min(all_days) if all_days else FIRST_DAY
    last_contact = max(all_days) if all_days else FIRST_DAY
    if row["arrival_date"] >= first_contact - timedelta(days=7):
        row["arrival_date"] = first_contact - timedelta(days=rng.randint(14, 150))
    year = first_contact.year
    ctx.file_sequences[(municipality, year)] += 1
    row["file_number"] = file_number(
        municipality, year, ctx.file_sequences[(municipality, year)], ctx.device_id
    )
    client = ctx.stamps.meta_on(first_contact) | row
    client_id = client["id"]
    ctx.writer.add("clients", client)

    languages = [row["preferred_language_code"]]
    if rng.random() < 0.35:
        languages.append(rng.choice(person.origin.second_languages))
    if row["arrival_date"].year < 2020 and rng.random() < 0.6:
        languages.append("de")
    for code in dict.fromkeys(languages):
        ctx.writer.add("client_languages", {"client_id": client_id, "language_code": code})

    _write_household(ctx, person, client_id, client["created_at"])

    consent = ctx.stamps.meta_on(first_contact) | {
        "client_id": client_id,
        "purpose": ConsentPurpose.CASE_MANAGEMENT,
        "scope": _CONSENT_SCOPE,
        "recipients": [],
        "given_on": first_contact,
        "valid_until": None,
        "withdrawn_on": None,
        "recorded_by_id": person.case_manager_id,
        "document_id": None,
    }
    if rng.random() < 0.02:
        consent["withdrawn_on"] = min(DATA_END, last_contact + timedelta(days=30))
    ctx.writer.add("consents", consent)
    person.consent = consent
    return client_id


def _write_household(ctx: DemoContext, person: Person, client_id: str, created: datetime) -> None:
    """A partner (often) and children: MuKi-S families always have a child of kita age."""
    rng = ctx.rng
    row = person.row
    origin = person.origin
    raw_last = person.raw_last
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
                "speech_support_needed": mukis and (n == 0 or (kita_age and rng.random() < 0.3)),
            }
        )
    for member in members:
        ctx.writer.add(
            "household_members",
            ctx.stamps.meta(created) | member | {"client_id": client_id, "notes": ""},
        )
