"""Logging in and unlocking: the password unwraps the database key (no separate hash)."""

from __future__ import annotations

import hmac
from typing import Any

from sqlalchemy import select

from kim_desktop.db.database import Database
from kim_desktop.db.engine import DatabaseLocked, open_engine
from kim_desktop.db.keystore import KeyFileMissing, KeyStore, WrongPassword
from kim_desktop.db.migrate import SchemaTooNew, upgrade_with_backup
from kim_desktop.db.models import User
from kim_desktop.domain.enums import AuditAction
from kim_desktop.domain.errors import KimError
from kim_desktop.paths import DataPaths
from kim_desktop.services.login_throttle import LoginThrottle
from kim_desktop.services.office_session import Actor, OfficeSession


class LoginError(KimError):
    """``code``: wrong_credentials, throttled, inactive, no_office, database_damaged,
    schema_too_new. ``retry_after``: seconds before the next attempt is accepted."""

    def __init__(self, code: str, retry_after: int = 0, **params: Any) -> None:
        self.retry_after = retry_after
        if code == "throttled":
            params.setdefault("seconds", retry_after)
        super().__init__(code, **params)


class AuthService:
    def __init__(self, paths: DataPaths, throttle: LoginThrottle | None = None) -> None:
        self._paths = paths
        self._keystore = KeyStore(paths.key_file)
        self._throttle = throttle or LoginThrottle(paths.login_state_file)

    def office_exists(self) -> bool:
        return self._paths.is_initialised()

    def retry_after(self, login: str) -> int:
        return self._throttle.retry_after(login)

    def login(self, login: str, password: str, *, upgrade: bool = True) -> OfficeSession:
        """Open the office as ``login``; upgrades an older schema after a backup."""
        login = login.strip().lower()
        key = self._unwrap(login, password)
        try:
            engine = open_engine(self._paths.database, key)
        except (DatabaseLocked, FileNotFoundError) as exc:
            raise LoginError("database_damaged") from exc
        try:
            if upgrade:
                upgrade_with_backup(engine, self._paths.database, self._paths.backup_dir)
            database = Database(engine)
        except SchemaTooNew as exc:
            engine.dispose()
            raise LoginError("schema_too_new") from exc
        except Exception:
            engine.dispose()
            raise
        with database.reading() as session:
            user = session.scalars(select(User).where(User.login == login)).first()
        if user is None or not user.active or user.deleted_at is not None:
            database.close()
            raise LoginError("inactive")
        self._throttle.record_success(login)
        actor = Actor(user.id, user.login, user.display_name, user.role)
        database.audit(actor.user_id, AuditAction.LOGIN)
        return OfficeSession(self._paths, database, actor, key)

    def verify_unlock(self, office: OfficeSession, password: str) -> None:
        """Re-enter the password after the auto-lock; the same user, the same throttle."""
        key = self._unwrap(office.actor.login, password)
        if not hmac.compare_digest(key, office.database_key):
            raise LoginError("wrong_credentials")
        office.database.audit(office.actor.user_id, AuditAction.UNLOCK)

    def _unwrap(self, login: str, password: str) -> bytes:
        if not self._paths.is_initialised():
            raise LoginError("no_office")
        wait = self._throttle.retry_after(login)
        if wait > 0:
            raise LoginError("throttled", retry_after=wait)
        try:
            key = self._keystore.unwrap(login, password)
        except KeyFileMissing as exc:
            raise LoginError("no_office") from exc
        except WrongPassword as exc:
            delay = self._throttle.record_failure(login)
            raise LoginError("wrong_credentials", retry_after=delay) from exc
        self._throttle.record_success(login)
        return key
