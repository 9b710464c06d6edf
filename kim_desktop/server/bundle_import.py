"""Importing a push bundle through the ordinary push path, and building the reply bundle."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select

from kim_desktop.server import bundles, feed, pull, push
from kim_desktop.server.accounts import Account, AdminError, AdminService
from kim_desktop.server.api_models import PUSH_BODY, seqs_problem
from kim_desktop.server.schema import accounts, devices
from kim_desktop.server.store import Store
from kim_desktop.sync.protocol import MAX_PULL_LIMIT


@dataclass(frozen=True)
class ImportSummary:
    device_id: str
    login: str
    applied: int
    duplicates: int
    held: int
    rejected: int
    pulled: int


def import_bundle(store: Store, secret: bytes, source: Path, reply: Path) -> ImportSummary:
    header, ciphertext = bundles.read_header(source.read_bytes())
    if header.kind != "push":
        raise bundles.BundleError("Das ist ein Antwortpaket; importiert werden Pakete vom Gerät.")
    key, is_revoked = AdminService(store).bundle_key(header.device_id)
    if is_revoked:
        raise AdminError(f"Das Gerät {header.device_id!r} ist widerrufen; Paket nicht übernommen.")
    payload = bundles.open_payload(header, ciphertext, key)
    if not isinstance(payload, dict):
        raise bundles.BundleError("Der Inhalt des Sync-Pakets hat nicht die erwartete Form.")
    cursor_given = payload.pop("cursor", None)
    try:
        body = PUSH_BODY.validate_python(payload)
    except ValidationError as error:
        raise bundles.BundleError(
            "Der Inhalt des Sync-Pakets hat nicht die erwartete Form "
            f"({error.error_count()} Fehler)."
        ) from error
    if seqs_problem(body) is not None or body["device_id"] != header.device_id:
        raise bundles.BundleError(
            "Der Inhalt des Sync-Pakets passt nicht zu seiner Kopfzeile (Gerät, Reihenfolge)."
        )
    account, stored_cursor = _device_account(store, header.device_id)
    outcome = push.push(store, header.device_id, account, list(body["ops"]))
    after = cursor_given if isinstance(cursor_given, int) and cursor_given >= 0 else stored_cursor
    pages = _pages(store, secret, account, after)
    reply_payload = {
        "push": outcome.as_json(),
        "pages": pages,
        "cursor": pages[-1]["cursor"] if pages else after,
    }
    bundles.write_atomically(reply, bundles.seal(header.device_id, "reply", reply_payload, key))
    statuses = [result["status"] for result in outcome.results]
    return ImportSummary(
        device_id=header.device_id,
        login=account.login,
        applied=statuses.count("applied"),
        duplicates=statuses.count("duplicate"),
        held=statuses.count("held"),
        rejected=statuses.count("rejected"),
        pulled=sum(len(page.get("changes", page.get("rows", []))) for page in pages),
    )


def _device_account(store: Store, device_id: str) -> tuple[Account, int]:
    with store.read() as conn:
        row = conn.execute(
            select(accounts, devices.c.last_pull_cursor)
            .join(devices, devices.c.login == accounts.c.login)
            .where(devices.c.device_id == device_id)
        ).one()
    account = Account(row.login, row.display_name, row.role, tuple(row.municipalities or ()))
    return account, row.last_pull_cursor


def _pages(store: Store, secret: bytes, account: Account, after: int) -> list[dict[str, Any]]:
    """Every page after ``after`` (the feed for a coordinator)."""
    pages = []
    while True:
        if account.role == feed.COORDINATOR_ROLE:
            page = feed.feed_page(store, secret, after, MAX_PULL_LIMIT)
        else:
            page = pull.pull_page(store, account, after, MAX_PULL_LIMIT)
        pages.append(page)
        if not page["more"]:
            return pages
        after = page["cursor"]
