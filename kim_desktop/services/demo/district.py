"""The fixed parts of the demo office: institutions, group offers with their sessions, and
structural needs reported to the coordination (Module 1).

Written before the clients; institutions are registered in the context for referrals.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, select

from kim_desktop.db.models import Municipality
from kim_desktop.domain.enums import GroupOfferKind, NeedStatus
from kim_desktop.services.demo import figures as fig
from kim_desktop.services.demo.context import DemoContext
from kim_desktop.services.demo.dates import DATA_END, next_workday, random_weekday
from kim_desktop.services.demo.names import STREETS
from kim_desktop.services.demo.texts import (
    AREA_CODES,
    DISTRICT_INSTITUTIONS,
    LOCAL_INSTITUTIONS,
    NEEDS,
)


def _catalogue_codes(conn: Connection) -> set[str]:
    return set(conn.scalars(select(Municipality.code)))


def write_institutions(ctx: DemoContext) -> None:
    """Local institutions per town and district-wide ones; registered for referrals."""
    rng, places = ctx.rng, ctx.places
    welfare = ("AWO", "DRK")
    start = date(2022, 1, 3)
    kreisweit = "kreisweit" if "kreisweit" in _catalogue_codes(ctx.conn) else None
    rows: list[tuple[str, str, str | None]] = []
    for i, place in enumerate(places.values()):
        for template, target in LOCAL_INSTITUTIONS:
            name = template.format(town=place.town, welfare=welfare[i % 2])
            rows.append((name, target, place.code))
    for name, target, code in DISTRICT_INSTITUTIONS:
        rows.append((name, target, code if code in places else kreisweit))
    for name, target, code in rows:
        place = places.get(code or "")
        town = place.town if place else "Siegburg"
        postal = place.postal_codes[0] if place and place.postal_codes else "53721"
        area = AREA_CODES.get(code or "", "02241")
        row = ctx.stamps.meta_on(start) | {
            "name": name,
            "target_code": target,
            "municipality_code": code,
            "street": f"{rng.choice(STREETS)} {rng.randint(1, 90)}",
            "postal_code": postal,
            "city": town,
            "phone": f"{area} {rng.randint(100000, 999999)}",
            "email": f"beratung{rng.randint(10, 99)}@example.org",
            "note": "",
        }
        ctx.writer.add("institutions", row)
        local = code if code in places else None
        ctx.institutions.setdefault((target, local), []).append((row["id"], name))
    ctx.writer.flush()


# (title, kind, municipality, first day, planned sessions, minutes per session, description)
_Offer = tuple[str, GroupOfferKind, str, date, int, int, str]


def _group_offers(ctx: DemoContext) -> list[_Offer]:
    """The parents' trainings, MuKi-S parents' cafés and information evenings (no draws)."""
    places = ctx.places
    het_places = [c for c in ("niederkassel", "troisdorf", "hennef") if c in places]
    offers: list[_Offer] = []
    for year in fig.YEARS:
        for month in (3, 9):
            for code in het_places:
                if code == "hennef" and year < 2024:
                    continue
                if code == "niederkassel" and year == 2022 and month == 3:
                    continue  # "nicht stattgefunden"
                offers.append(
                    (
                        f"Heidelberger Elterntraining {places[code].town} "
                        f"{'Frühjahr' if month == 3 else 'Herbst'} {year}",
                        GroupOfferKind.PARENTS_TRAINING,
                        code,
                        next_workday(date(year, month, 6)),
                        5,
                        120,
                        "Elterntraining zur Sprachförderung drei- bis sechsjähriger Kinder: "
                        "Ursachen von Sprachstörungen, praktische Tipps für den Alltag "
                        "(Spiele, Übungen). Fünf Termine zu je zwei Stunden.",
                    )
                )
    for code in ctx.mukis_places[:3]:
        offers.append(
            (
                f"MuKi-S Elterncafé {places[code].town}",
                GroupOfferKind.MUKIS_GROUP,
                code,
                date(2022, 6, 1),
                31,
                90,
                "Monatlicher Austausch für Eltern mehrsprachiger Kita-Kinder.",
            )
        )
    for code in list(places)[:8]:
        offers.append(
            (
                f"Informationsabend Kita-Anmeldung {places[code].town}",
                GroupOfferKind.INFORMATION_EVENT,
                code,
                next_workday(date(2023, 10, 10) + timedelta(days=7 * len(offers) % 60)),
                1,
                90,
                "Zeitstrahl Kita-Anmeldungsverfahren; Informationsmaterial in 8 Sprachen.",
            )
        )
    return offers


def write_groups(ctx: DemoContext) -> None:
    """Group offers led by the MuKi-S case managers, and their sessions held until the end."""
    rng, stamps = ctx.rng, ctx.stamps
    leaders = ctx.staff.mukis_ids
    for title, kind, code, starts, sessions, minutes, description in _group_offers(ctx):
        leader = rng.choice(leaders)
        offer = stamps.meta_on(starts - timedelta(days=28)) | {
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
        participants = rng.randint(8, 12)
        for n in range(sessions):
            if kind is GroupOfferKind.MUKIS_GROUP:
                month = starts.month - 1 + n
                day = next_workday(date(starts.year + month // 12, month % 12 + 1, 5))
                count = rng.randint(4, 12)
            else:
                day = starts + timedelta(days=7 * n)
                count = max(6, participants - rng.randint(0, 2) * (n > 0))
            if day > DATA_END:
                break
            held.append(
                stamps.meta_on(day)
                | {
                    "offer_id": offer["id"],
                    "held_on": day,
                    "duration_minutes": minutes,
                    "participants": count,
                    "note": "",
                }
            )
        offer["ends_on"] = held[-1]["held_on"] if held else None
        ctx.writer.add("group_offers", offer)
        for row in held:
            ctx.writer.add("group_sessions", row)
    ctx.writer.flush(("group_offers", "group_sessions"))


def write_needs(ctx: DemoContext) -> None:
    """The structural needs, reported by case managers and owned by the coordination."""
    rng, staff = ctx.rng, ctx.staff
    for i, (challenge, topic, group, solution, status, wg, code) in enumerate(NEEDS):
        reported = random_weekday(rng, date(2022, 6, 1), date(2024, 10, 31))
        municipality = code if code in ctx.places else None
        reporter = (
            ctx.case_manager_for(municipality)
            if municipality
            else (staff.any_case_manager[i % len(staff.any_case_manager)])
        )
        changed = None
        if status is not NeedStatus.NEW:
            changed = min(DATA_END, reported + timedelta(days=rng.randint(14, 200)))
        ctx.writer.add(
            "structural_needs",
            ctx.stamps.meta_on(reported)
            | {
                "reported_by_id": reporter,
                "reported_on": reported,
                "municipality_code": municipality,
                "topic_code": topic,
                "challenge": challenge,
                "affected_group": group,
                "cases_seen": rng.randint(3, 40),
                "example": "",
                "status": status,
                "status_changed_on": changed,
                "solution": solution,
                "working_group": wg,
                "owner_id": staff.coordinator_id,
            },
        )
    ctx.writer.flush()
