"""Staff accounts: adding users, listing them, changing passwords (re-wraps the key only)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from kim_desktop.db.keystore import KeyStore
from kim_desktop.db.models import Municipality, User
from kim_desktop.domain import validation
from kim_desktop.domain.enums import AuditAction, Role
from kim_desktop.domain.errors import FieldError, KimError, PermissionDenied, ValidationFailed
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.services.staff import local_logins


@dataclass
class NewUserRequest:
    display_name: str
    login: str
    password: str
    password_repeat: str
    role: Role
    municipality_codes: list[str] = field(default_factory=list)
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class UserSummary:
    login: str
    display_name: str
    role: Role
    active: bool
    municipalities: list[str]
    # False: a colleague of another office (pulled by sync); listed, but cannot log in here.
    local: bool = True


class UserService:
    def __init__(self, office: OfficeSession) -> None:
        self._office = office
        self._keystore = KeyStore(office.paths.key_file)

    def list_users(self) -> list[UserSummary]:
        """This office's staff first, then colleagues of other offices known from sync."""
        with self._office.database.reading() as session:
            users = session.scalars(
                select(User).where(User.deleted_at.is_(None)).order_by(User.display_name)
            ).all()
            here = local_logins(self._office, [u.login for u in users])
            summaries = [
                UserSummary(
                    u.login,
                    u.display_name,
                    u.role,
                    u.active,
                    [m.code for m in u.municipalities],
                    u.login in here,
                )
                for u in users
            ]
        return sorted(summaries, key=lambda s: not s.local)  # stable: by name within

    def validate(self, request: NewUserRequest) -> list[FieldError]:
        errors: list[FieldError] = []
        errors += validation.required("display_name", request.display_name)
        errors += validation.login("login", request.login)
        errors += validation.new_password(
            "password", request.password, request.password_repeat, "password_repeat"
        )
        errors += validation.optional_email("email", request.email)
        errors += validation.optional_phone("phone", request.phone)
        login = request.login.strip().lower()
        with self._office.database.reading() as session:
            if login and session.scalar(select(func.count()).where(User.login == login)):
                errors.append(FieldError("login", "login_taken", {"login": login}))
            known = set(session.scalars(select(Municipality.code)))
        for code in request.municipality_codes:
            if code not in known:
                errors.append(
                    FieldError("municipality_codes", "municipality_unknown", {"code": code})
                )
        return errors

    def add_user(self, request: NewUserRequest) -> UserSummary:
        self._require_admin()
        errors = self.validate(request)
        if errors:
            raise ValidationFailed(errors)
        login = request.login.strip().lower()
        with self._office.database.transaction(self._office.actor.user_id) as session:
            municipalities = list(
                session.scalars(
                    select(Municipality).where(Municipality.code.in_(request.municipality_codes))
                )
            )
            session.add(
                User(
                    login=login,
                    display_name=request.display_name.strip(),
                    role=request.role,
                    email=request.email.strip(),
                    phone=request.phone.strip(),
                    municipalities=municipalities,
                )
            )
            session.flush()
            # The key slot is written last: if it fails, the transaction rolls the user back.
            self._keystore.add_user(login, request.password, self._office.database_key)
        return UserSummary(
            login, request.display_name.strip(), request.role, True, request.municipality_codes
        )

    def change_password(self, login: str, new_password: str, repeat: str) -> None:
        """Own password, or anybody's for an administrator; the database is not re-encrypted."""
        login = login.strip().lower()
        if login != self._office.actor.login:
            self._require_admin()
        errors = validation.new_password("password", new_password, repeat, "password_repeat")
        if errors:
            raise ValidationFailed(errors)
        with self._office.database.reading() as session:
            exists = session.scalar(
                select(func.count()).where(User.login == login, User.deleted_at.is_(None))
            )
        if not exists or not self._keystore.has_login(login):
            raise KimError("user_unknown", login=login)
        self._keystore.set_password(login, new_password, self._office.database_key)
        self._office.database.audit(
            self._office.actor.user_id, AuditAction.ADMIN, detail=f"password changed: {login}"
        )

    def _require_admin(self) -> None:
        if self._office.actor.role is not Role.ADMINISTRATOR:
            raise PermissionDenied()
