"""Creating the demo office: the office, its (synthetic) staff and the demo data.

All staff share one documented demo password; the names are invented. The data directory
holds an ordinary encrypted office afterwards — only its ``demo_office`` flag tells it apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kim_desktop.domain.enums import Role
from kim_desktop.paths import DataPaths
from kim_desktop.services.demo.figures import DEFAULT_CLIENTS, MUNICIPALITY_POPULATION
from kim_desktop.services.demo.generator import CancelledFn, ProgressFn, populate
from kim_desktop.services.office_setup import FurtherUser, OfficeSetupRequest, OfficeSetupService

DEMO_LOGIN = "demo"
DEMO_PASSWORD = "kim-demo-2024"  # synthetic demo office only; shown in the login dialog
DEMO_OFFICE_NAME = "KIM Case Management Rhein-Sieg-Kreis – Demo-Büro"

# The 14 municipalities with KIM case management on site (seed_data: kim_participant, without
# the district-wide pseudo-entry), largest first.
DEMO_MUNICIPALITIES: list[str] = list(MUNICIPALITY_POPULATION)

# (login, display name, role, municipalities): eleven case managers covering the 14
# municipalities (Troisdorf and Hennef with two), two MuKi-S case managers working district-wide,
# and the coordination (Module 1).
DEMO_STAFF: list[tuple[str, str, Role, list[str]]] = [
    ("cm.schneider", "Katharina Schneider", Role.CASE_MANAGER, ["troisdorf"]),
    ("cm.yilmaz", "Elif Yılmaz", Role.CASE_MANAGER, ["troisdorf"]),
    ("cm.hoffmann", "Jan Hoffmann", Role.CASE_MANAGER, ["hennef"]),
    ("cm.haddad", "Rania Haddad", Role.CASE_MANAGER, ["hennef", "much"]),
    ("cm.kowalski", "Tomasz Kowalski", Role.CASE_MANAGER, ["koenigswinter"]),
    ("cm.becker", "Sabine Becker", Role.CASE_MANAGER, ["niederkassel"]),
    ("cm.rahimi", "Farid Rahimi", Role.CASE_MANAGER, ["lohmar", "neunkirchen-seelscheid"]),
    ("cm.wagner", "Julia Wagner", Role.CASE_MANAGER, ["rheinbach", "swisttal"]),
    ("cm.osei", "Ama Osei", Role.CASE_MANAGER, ["bad-honnef", "alfter"]),
    ("cm.petrenko", "Iryna Petrenko", Role.CASE_MANAGER, ["eitorf", "windeck"]),
    ("cm.schulz", "Lukas Schulz", Role.CASE_MANAGER, ["ruppichteroth", "much"]),
    ("muki.demir", "Aylin Demir", Role.MUKIS_CASE_MANAGER, ["kreisweit", "troisdorf"]),
    ("muki.nowak", "Magdalena Nowak", Role.MUKIS_CASE_MANAGER, ["kreisweit", "niederkassel"]),
    ("koordination", "Stefanie Krämer", Role.COORDINATOR, ["kreisweit", *DEMO_MUNICIPALITIES]),
]


@dataclass(frozen=True)
class DemoCredentials:
    login: str
    password: str


def demo_setup_request() -> OfficeSetupRequest:
    return OfficeSetupRequest(
        office_name=DEMO_OFFICE_NAME,
        street="Kaiser-Wilhelm-Platz 1",
        postal_code="53721",
        city="Siegburg",
        phone="02241 13-0",
        email="kim-demo@example.org",
        municipality_codes=list(DEMO_MUNICIPALITIES),
        display_name="Demo Administration",
        login=DEMO_LOGIN,
        password=DEMO_PASSWORD,
        password_repeat=DEMO_PASSWORD,
        role=Role.ADMINISTRATOR,
    )


def demo_staff() -> list[FurtherUser]:
    return [
        FurtherUser(
            display_name=name,
            login=login,
            password=DEMO_PASSWORD,
            role=role,
            municipality_codes=list(codes),
            email=f"{login}@example.org",
        )
        for login, name, role, codes in DEMO_STAFF
    ]


def create_demo_office(
    paths: DataPaths,
    *,
    clients: int = DEFAULT_CLIENTS,
    seed: int = 1,
    consultations: int | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    today: date | None = None,
) -> DemoCredentials:
    """Create the demo office in ``paths`` and fill it; returns the login to show.

    On cancellation (:class:`~kim_desktop.services.demo.generator.DemoCancelled`) or any other
    failure the half-made office is removed again, so the directory can be used afresh.
    """
    if progress is not None:
        progress(0, clients + 1, "Büro anlegen")
    database = OfficeSetupService(paths).create_office(
        demo_setup_request(), demo_staff(), demo=True
    )
    try:
        populate(
            database,
            clients=clients,
            seed=seed,
            consultations=consultations,
            progress=progress,
            cancelled=cancelled,
            today=today,
        )
    except BaseException:
        database.close()
        _remove_office(paths)
        raise
    database.close()
    return DemoCredentials(DEMO_LOGIN, DEMO_PASSWORD)


def _remove_office(paths: DataPaths) -> None:
    db = paths.database
    for path in (
        db,
        db.with_name(db.name + "-wal"),
        db.with_name(db.name + "-shm"),
        paths.key_file,
    ):
        path.unlink(missing_ok=True)
