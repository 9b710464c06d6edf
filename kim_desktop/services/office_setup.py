"""Creating an office: key file, encrypted database at the newest schema, catalogues, first user.

This is what the set-up dialog and ``kim init`` do.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from sqlalchemy import insert, select

from kim_desktop.db.database import DEVICE_ID_KEY, Database
from kim_desktop.db.engine import open_engine
from kim_desktop.db.keystore import KeyStore
from kim_desktop.db.migrate import upgrade_to
from kim_desktop.db.models import LocalMeta, Municipality, Office, User
from kim_desktop.db.seed import seed_catalogues
from kim_desktop.db.seed_data import MUNICIPALITIES
from kim_desktop.domain import validation
from kim_desktop.domain.enums import Role
from kim_desktop.domain.errors import FieldError, KimError, ValidationFailed
from kim_desktop.paths import DataPaths
from kim_desktop.services.own_office import OFFICE_ID_KEY
from kim_desktop.sync.ids import new_id

DEMO_KEY = "demo_office"


@dataclass
class OfficeSetupRequest:
    office_name: str
    street: str
    postal_code: str
    city: str
    phone: str
    email: str
    municipality_codes: list[str]
    display_name: str
    login: str
    password: str
    password_repeat: str
    role: Role = Role.ADMINISTRATOR


@dataclass
class FurtherUser:
    """A user created together with the office (used by the demo office)."""

    display_name: str
    login: str
    password: str
    role: Role
    municipality_codes: list[str] = field(default_factory=list)
    email: str = ""
    phone: str = ""


class OfficeSetupService:
    def __init__(self, paths: DataPaths) -> None:
        self._paths = paths

    @staticmethod
    def municipality_choices() -> list[tuple[str, str]]:
        return [(code, de) for code, de, _en, _kim, _plz in MUNICIPALITIES]

    @staticmethod
    def role_choices() -> list[Role]:
        return list(Role)

    def validate(self, request: OfficeSetupRequest) -> list[FieldError]:
        errors: list[FieldError] = []
        errors += validation.required("office_name", request.office_name)
        errors += validation.optional_postal_code("postal_code", request.postal_code)
        errors += validation.optional_phone("phone", request.phone)
        errors += validation.optional_email("email", request.email)
        known = {code for code, _ in self.municipality_choices()}
        if not request.municipality_codes:
            errors.append(FieldError("municipality_codes", "municipality_required"))
        for code in request.municipality_codes:
            if code not in known:
                errors.append(
                    FieldError("municipality_codes", "municipality_unknown", {"code": code})
                )
        errors += validation.required("display_name", request.display_name)
        errors += validation.login("login", request.login)
        errors += validation.new_password(
            "password", request.password, request.password_repeat, "password_repeat"
        )
        if request.role is not Role.ADMINISTRATOR:
            # Somebody must be able to add colleagues: the first person administers the office.
            errors.append(FieldError("role", "role_admin_required"))
        return errors

    def create_office(
        self,
        request: OfficeSetupRequest,
        further_users: list[FurtherUser] | None = None,
        *,
        demo: bool = False,
    ) -> Database:
        """Create the office; returns its open database (callers close it when done)."""
        errors = self.validate(request)
        if errors:
            raise ValidationFailed(errors)
        if self._paths.database.exists() or self._paths.key_file.exists():
            raise KimError("office_exists")
        self._paths.ensure_root()
        login = request.login.strip().lower()
        keystore = KeyStore(self._paths.key_file)
        try:
            key = keystore.create(login, request.password)
            for user in further_users or []:
                keystore.add_user(user.login, user.password, key)
            engine = open_engine(self._paths.database, key, create=True)
            upgrade_to(engine, "head")
            with engine.begin() as conn:
                seed_catalogues(conn)
                conn.execute(
                    insert(LocalMeta),
                    [
                        {"key": DEVICE_ID_KEY, "value": secrets.token_hex(6)},
                        {"key": DEMO_KEY, "value": "1" if demo else "0"},
                    ],
                )
            database = Database(engine)
            self._write_office_and_users(database, request, login, further_users or [])
        except BaseException:
            self._remove_partial_office()
            raise
        return database

    def _write_office_and_users(
        self,
        database: Database,
        request: OfficeSetupRequest,
        login: str,
        further_users: list[FurtherUser],
    ) -> None:
        first_user_id = new_id()
        with database.transaction(first_user_id) as session:
            municipalities = list(
                session.scalars(
                    select(Municipality).where(Municipality.code.in_(request.municipality_codes))
                )
            )
            office = Office(
                name=request.office_name.strip(),
                street=request.street.strip(),
                postal_code=request.postal_code.strip(),
                city=request.city.strip(),
                phone=request.phone.strip(),
                email=request.email.strip(),
                municipalities=municipalities,
            )
            session.add(office)
            session.add(
                User(
                    id=first_user_id,
                    login=login,
                    display_name=request.display_name.strip(),
                    role=request.role,
                    municipalities=list(municipalities),
                )
            )
            for extra in further_users:
                codes = extra.municipality_codes or request.municipality_codes
                session.add(
                    User(
                        login=extra.login,
                        display_name=extra.display_name,
                        role=extra.role,
                        email=extra.email,
                        phone=extra.phone,
                        municipalities=list(
                            session.scalars(
                                select(Municipality).where(Municipality.code.in_(codes))
                            )
                        ),
                    )
                )
            session.flush()
            session.add(LocalMeta(key=OFFICE_ID_KEY, value=office.id))

    def _remove_partial_office(self) -> None:
        for path in (
            self._paths.database,
            self._paths.database.with_name(self._paths.database.name + "-wal"),
            self._paths.database.with_name(self._paths.database.name + "-shm"),
            self._paths.key_file,
        ):
            path.unlink(missing_ok=True)
