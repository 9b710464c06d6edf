"""An unlocked office: the open database and the person working with it."""

from __future__ import annotations

from dataclasses import dataclass

from kim_desktop.db.database import Database
from kim_desktop.domain.enums import Role
from kim_desktop.paths import DataPaths
from kim_desktop.services.own_office import own_office


@dataclass(frozen=True)
class Actor:
    """The logged-in user."""

    user_id: str
    login: str
    display_name: str
    role: Role


@dataclass(frozen=True)
class OfficeInfo:
    name: str
    street: str
    postal_code: str
    city: str
    phone: str
    email: str
    municipalities: list[tuple[str, str]]  # (code, German label)


class OfficeSession:
    """What the main window and every service work with after login."""

    def __init__(self, paths: DataPaths, database: Database, actor: Actor, key: bytes) -> None:
        self.paths = paths
        self.database = database
        self.actor = actor
        self._key = key

    @property
    def database_key(self) -> bytes:
        """The raw database key (for wrapping it for a new user or a new password)."""
        return self._key

    def office_info(self) -> OfficeInfo:
        with self.database.reading() as session:
            office = own_office(session)
            if office is None:
                return OfficeInfo("", "", "", "", "", "", [])
            return OfficeInfo(
                name=office.name,
                street=office.street,
                postal_code=office.postal_code,
                city=office.city,
                phone=office.phone,
                email=office.email,
                municipalities=[(m.code, m.label("de")) for m in office.municipalities],
            )

    def close(self) -> None:
        self.database.close()
