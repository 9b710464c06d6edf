"""Accounts, enrolment codes and devices: the administration and the device log-in.

Only hashes of enrolment codes and device tokens are stored.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, case, select, update

from kim_desktop.server import errors
from kim_desktop.server.clock import iso_utc, utcnow_naive
from kim_desktop.server.reemit import reemit_where
from kim_desktop.server.schema import accounts, devices, enrolment_codes, records
from kim_desktop.server.store import Store

ROLES = ("case_manager", "mukis_case_manager", "coordinator", "administrator")
ROLE_LABELS = {
    "case_manager": "Case Management",
    "mukis_case_manager": "Case Management MuKi-S",
    "coordinator": "Koordination",
    "administrator": "Administration",
}
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
CODE_LENGTH = 10
CODE_VALID = timedelta(days=7)
LAST_SEEN_RESOLUTION = timedelta(minutes=1)
# A new clock skew is stored when it differs from the stored one by more than this (seconds):
# smaller changes are network and queueing delay, not the device's clock.
SKEW_RESOLUTION_S = 1.0


class AdminError(Exception):
    """A refused administration step, with a German message for the admin."""


@dataclass(frozen=True)
class Account:
    login: str
    display_name: str
    role: str
    municipalities: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "login": self.login,
            "display_name": self.display_name,
            "role": self.role,
            "municipalities": list(self.municipalities),
        }


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    login: str
    name: str
    enrolled_at: str | None
    last_seen_at: str | None
    revoked_at: str | None
    last_applied_seq: int
    clock_skew_seconds: float | None = None


@dataclass(frozen=True)
class AuthenticatedDevice:
    device_id: str
    account: Account
    last_seen_at: datetime | None
    last_pull_cursor: int
    clock_skew_seconds: float | None = None


@dataclass(frozen=True)
class MunicipalityChange:
    account: Account
    before: tuple[str, ...]
    reemitted: int  # records given new seqs for the account's devices


def _municipality_codes(municipalities: list[str] | tuple[str, ...]) -> list[str]:
    return sorted({code.strip() for code in municipalities if code.strip()})


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _account_from_row(row: Any) -> Account:
    return Account(row.login, row.display_name, row.role, tuple(row.municipalities or ()))


class AdminService:
    """What the admin CLI and the embedded test server do: accounts, codes, devices."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def create_account(
        self, login: str, display_name: str, role: str, municipalities: list[str] | tuple[str, ...]
    ) -> Account:
        login = login.strip()
        if not login or len(login) > 64:
            raise AdminError("Die Anmeldung muss 1 bis 64 Zeichen lang sein.")
        if role not in ROLES:
            raise AdminError(f"Unbekannte Rolle {role!r}; erlaubt: {', '.join(ROLES)}.")
        codes = _municipality_codes(municipalities)
        with self.store.write() as conn:
            if conn.execute(select(accounts.c.login).where(accounts.c.login == login)).first():
                raise AdminError(f"Das Konto {login!r} gibt es schon.")
            conn.execute(
                accounts.insert().values(
                    login=login,
                    display_name=display_name.strip() or login,
                    role=role,
                    municipalities=codes,
                    created_at=utcnow_naive(),
                )
            )
        return Account(login, display_name.strip() or login, role, tuple(codes))

    def set_municipalities(
        self, login: str, municipalities: list[str] | tuple[str, ...]
    ) -> MunicipalityChange:
        """Give ``login`` these municipalities. The records of municipalities it gains are
        re-emitted in the same transaction, so its devices receive them with the next pull;
        records of municipalities it loses stay on its devices (no further changes)."""
        codes = _municipality_codes(municipalities)
        with self.store.sequenced() as conn:
            row = conn.execute(select(accounts).where(accounts.c.login == login)).first()
            if row is None:
                raise AdminError(f"Das Konto {login!r} gibt es nicht.")
            before = tuple(row.municipalities or ())
            conn.execute(
                update(accounts).where(accounts.c.login == login).values(municipalities=codes)
            )
            gained = sorted(set(codes) - set(before))
            reemitted = 0
            if gained:
                reemitted = reemit_where(
                    conn,
                    and_(records.c.scoped.is_(True), records.c.municipality_code.in_(gained)),
                    utcnow_naive(),
                )
        account = _account_from_row(row)
        return MunicipalityChange(
            account=Account(account.login, account.display_name, account.role, tuple(codes)),
            before=before,
            reemitted=reemitted,
        )

    def list_accounts(self) -> list[Account]:
        with self.store.read() as conn:
            rows = conn.execute(select(accounts).order_by(accounts.c.login)).all()
        return [_account_from_row(row) for row in rows]

    def issue_enrolment_code(self, login: str, valid_for: timedelta = CODE_VALID) -> str:
        """A new one-time code for ``login``; only its hash is stored."""
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        now = utcnow_naive()
        with self.store.write() as conn:
            if (
                conn.execute(select(accounts.c.login).where(accounts.c.login == login)).first()
                is None
            ):
                raise AdminError(f"Das Konto {login!r} gibt es nicht.")
            conn.execute(
                enrolment_codes.insert().values(
                    code_hash=sha256_hex(code),
                    login=login,
                    created_at=now,
                    expires_at=now + valid_for,
                )
            )
        return code

    def list_devices(self) -> list[DeviceInfo]:
        with self.store.read() as conn:
            rows = conn.execute(select(devices).order_by(devices.c.login, devices.c.name)).all()
        return [
            DeviceInfo(
                device_id=row.device_id,
                login=row.login,
                name=row.name,
                enrolled_at=iso_utc(row.enrolled_at),
                last_seen_at=iso_utc(row.last_seen_at),
                revoked_at=iso_utc(row.revoked_at),
                last_applied_seq=row.last_applied_seq,
                clock_skew_seconds=row.clock_skew_seconds,
            )
            for row in rows
        ]

    def revoke_device(self, device_id: str) -> None:
        with self.store.write() as conn:
            result = conn.execute(
                update(devices)
                .where(devices.c.device_id == device_id, devices.c.revoked_at.is_(None))
                .values(revoked_at=utcnow_naive())
            )
            if result.rowcount == 0:
                known = conn.execute(
                    select(devices.c.device_id).where(devices.c.device_id == device_id)
                ).first()
                if known is None:
                    raise AdminError(f"Das Gerät {device_id!r} ist nicht angemeldet.")
                raise AdminError(f"Das Gerät {device_id!r} ist schon widerrufen.")

    def bundle_key(self, device_id: str) -> tuple[bytes, bool]:
        """The device's bundle key and whether the device is revoked."""
        with self.store.read() as conn:
            row = conn.execute(
                select(devices.c.bundle_key, devices.c.revoked_at).where(
                    devices.c.device_id == device_id
                )
            ).first()
        if row is None:
            raise AdminError(f"Das Gerät {device_id!r} ist nicht angemeldet.")
        return base64.b64decode(row.bundle_key), row.revoked_at is not None


# -- the device side ------------------------------------------------------------------


def enrol(
    store: Store,
    code: str,
    device_name: str,
    device_id: str,
    clock_skew_seconds: float | None = None,
) -> dict[str, Any]:
    """Use a one-time code: register the device and hand out its token and bundle key."""
    token = secrets.token_urlsafe(32)
    bundle_key = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
    now = utcnow_naive()
    with store.write() as conn:
        row = conn.execute(
            select(enrolment_codes).where(
                enrolment_codes.c.code_hash == sha256_hex(normalise_code(code))
            )
        ).first()
        if row is None or row.used_at is not None:
            raise errors.unauthorised(
                "Der Anmeldecode ist ungültig oder wurde schon verwendet. Bitte lassen Sie sich "
                "einen neuen Code geben."
            )
        if row.expires_at <= now:
            raise errors.unauthorised(
                "Der Anmeldecode ist abgelaufen. Bitte lassen Sie sich einen neuen Code geben."
            )
        account_row = conn.execute(select(accounts).where(accounts.c.login == row.login)).one()
        existing = conn.execute(select(devices).where(devices.c.device_id == device_id)).first()
        if existing is not None and existing.login != row.login:
            raise errors.conflict_state(
                "Dieses Gerät ist schon für ein anderes Konto angemeldet. Bitte wenden Sie sich "
                "an die Administration des Sync-Servers."
            )
        conn.execute(
            update(enrolment_codes)
            .where(enrolment_codes.c.code_hash == row.code_hash)
            .values(used_at=now, used_by_device=device_id)
        )
        values = {
            "login": row.login,
            "name": device_name.strip() or device_id,
            "token_hash": sha256_hex(token),
            "bundle_key": bundle_key,
            "enrolled_at": now,
            "last_seen_at": now,
            "revoked_at": None,
            "clock_skew_seconds": clock_skew_seconds,
        }
        if existing is None:
            conn.execute(
                devices.insert().values(
                    device_id=device_id, last_applied_seq=0, last_pull_cursor=0, **values
                )
            )
        else:  # re-enrolment of the same device keeps its push position
            conn.execute(update(devices).where(devices.c.device_id == device_id).values(**values))
    return {
        "device_token": token,
        "bundle_key": bundle_key,
        "account": _account_from_row(account_row).as_json(),
        "cursor": 0,
    }


def authenticate(store: Store, token: str | None) -> AuthenticatedDevice:
    """The device of a bearer token; 401 ``unauthorised`` / ``revoked`` otherwise."""
    if not token:
        raise errors.unauthorised("Es fehlt die Anmeldung des Geräts (Authorization: Bearer).")
    with store.read() as conn:
        row = conn.execute(
            select(
                devices.c.device_id,
                devices.c.revoked_at,
                devices.c.last_seen_at,
                devices.c.last_pull_cursor,
                devices.c.clock_skew_seconds,
                accounts.c.login,
                accounts.c.display_name,
                accounts.c.role,
                accounts.c.municipalities,
            )
            .join(accounts, accounts.c.login == devices.c.login)
            .where(devices.c.token_hash == sha256_hex(token))
        ).first()
    if row is None:
        raise errors.unauthorised()
    if row.revoked_at is not None:
        raise errors.revoked()
    return AuthenticatedDevice(
        row.device_id,
        _account_from_row(row),
        row.last_seen_at,
        row.last_pull_cursor,
        row.clock_skew_seconds,
    )


def note_device(store: Store, device: AuthenticatedDevice, skew: float | None) -> None:
    """Remember when the device was seen and its clock skew — written only when the last
    write is older than a minute or the skew moved by more than a second."""
    stored = device.clock_skew_seconds
    skew_moved = skew is not None and (stored is None or abs(skew - stored) > SKEW_RESOLUTION_S)
    if not (skew_moved or needs_touch(device)):
        return
    values: dict[str, Any] = {"clock_skew_seconds": skew} if skew is not None else {}
    with store.write() as conn:
        touch_device(conn, device, **values)


def touch_device(conn: Connection, device: AuthenticatedDevice, **values: Any) -> None:
    """Record that the device was seen (and other device columns) inside ``conn``."""
    conn.execute(
        update(devices)
        .where(devices.c.device_id == device.device_id)
        .values(last_seen_at=utcnow_naive(), **values)
    )


def cursor_update(after: int) -> dict[str, Any]:
    """Columns that move the device's acknowledged pull cursor forward (never back)."""
    column = devices.c.last_pull_cursor
    return {"last_pull_cursor": case((column < after, after), else_=column)}


def needs_touch(device: AuthenticatedDevice) -> bool:
    seen = device.last_seen_at
    return seen is None or utcnow_naive() - seen > LAST_SEEN_RESOLUTION
