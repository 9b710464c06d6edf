"""``kim check``: is this office database whole, consistent and at the current schema?"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError

from kim_desktop.db.database import DEVICE_ID_KEY
from kim_desktop.db.engine import DatabaseLocked, open_engine
from kim_desktop.db.keystore import KeyFileMissing, KeyStore, WrongPassword
from kim_desktop.db.migrate import HEAD_REVISION, current_revision
from kim_desktop.db.models import Client, LocalMeta, Office, User
from kim_desktop.paths import DataPaths
from kim_desktop.services.own_office import OFFICE_ID_KEY


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def verdict(self) -> str:
        if self.ok:
            return "OK: " + "; ".join(self.facts)
        return "FEHLER: " + "; ".join(self.problems)


def check_office(paths: DataPaths, login: str, password: str) -> CheckReport:
    report = CheckReport()
    if not paths.is_initialised():
        report.problems.append(f"kein Büro in {paths.root}")
        return report
    try:
        key = KeyStore(paths.key_file).unwrap(login.strip().lower(), password)
    except (WrongPassword, KeyFileMissing):
        report.problems.append("Anmeldung oder Passwort ist falsch")
        return report
    try:
        engine = open_engine(paths.database, key)
    except DatabaseLocked:
        report.problems.append("Datenbank lässt sich mit dem Schlüssel nicht öffnen")
        return report
    try:
        _run_checks(engine, report)
    except DBAPIError as exc:
        report.problems.append(f"Datenbank beschädigt ({exc.orig})")
    finally:
        engine.dispose()
    return report


def _run_checks(engine: Engine, report: CheckReport) -> None:
    with engine.connect() as conn:
        integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            report.problems.append("SQLite-Integrität: " + ", ".join(integrity[:5]))
        cipher = [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
        if cipher:
            report.problems.append("SQLCipher-Seitenprüfung: " + ", ".join(cipher[:5]))
        foreign = list(conn.exec_driver_sql("PRAGMA foreign_key_check"))
        if foreign:
            tables = sorted({row[0] for row in foreign})
            report.problems.append(
                f"{len(foreign)} verletzte Fremdschlüssel in: {', '.join(tables)}"
            )
    revision = current_revision(engine)
    if revision != HEAD_REVISION:
        report.problems.append(f"Schema-Version {revision or 'keine'}, erwartet {HEAD_REVISION}")
    with engine.connect() as conn:
        device = conn.scalar(select(LocalMeta.value).where(LocalMeta.key == DEVICE_ID_KEY))
        office_id = conn.scalar(select(LocalMeta.value).where(LocalMeta.key == OFFICE_ID_KEY))
        own_office = conn.scalar(
            select(func.count()).select_from(Office).where(Office.id == (office_id or ""))
        )
        users = conn.scalar(select(func.count()).select_from(User))
        clients = (
            conn.scalar(select(func.count()).select_from(Client).where(Client.deleted_at.is_(None)))
            if revision == HEAD_REVISION
            else conn.scalar(text("SELECT count(*) FROM clients"))
        )
    if not device:
        report.problems.append("Geräte-Kennung fehlt")
    if not own_office:  # other offices' rows arrive with a sync; this one must exist
        report.problems.append("Eigener Büro-Eintrag fehlt")
    report.facts += [
        "Integrität ok",
        "Verschlüsselung ok",
        "Fremdschlüssel ok",
        f"Schema {revision} aktuell",
        f"{users} Benutzer:innen",
        f"{clients} Klient:innen",
    ]
