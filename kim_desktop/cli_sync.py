"""``kim sync …``: enrol this device, synchronise now, show the state, exchange bundle files."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from kim_desktop.domain.messages import format_message

PHASES = ("push", "pull", "check", "conflicts", "feed")


def _progress() -> Any:
    last = {"at": 0.0, "phase": ""}

    def report(phase: str, done: int, total: int) -> None:
        now = time.monotonic()
        if phase == last["phase"] and now - last["at"] < 1.0 and (not total or done < total):
            return
        last["at"], last["phase"] = now, phase
        label = format_message(f"sync_phase_{phase}") if phase in PHASES else phase
        amount = f"{done}/{total}" if total else str(done)
        print(f"Synchronisation: {label} {amount}", file=sys.stderr, flush=True)

    return report


def _service(args: argparse.Namespace) -> tuple[Any, Any]:
    from kim_desktop.cli import open_office
    from kim_desktop.services.sync_service import SyncService

    office = open_office(args)
    return office, SyncService(office)


def cmd_sync_enroll(args: argparse.Namespace) -> int:
    office, service = _service(args)
    try:
        result = service.enrol(args.server, args.code, args.ca_bundle)
    finally:
        office.close()
    print(
        f"Gerät {result.device_id} angemeldet bei {result.server_url} "
        f"als {result.login} ({result.display_name}, {result.role})."
    )
    if result.queued:
        print(f"{result.queued} Datensätze zum ersten Hochladen vorgemerkt.")
    return 0


def cmd_sync_now(args: argparse.Namespace) -> int:
    office, service = _service(args)
    try:
        report = service.sync_now(_progress(), wait_s=args.wait)
    finally:
        office.close()
    print(report.message)
    return 0


def _when(value: Any) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value is not None else "noch nie"


def cmd_sync_status(args: argparse.Namespace) -> int:
    office, service = _service(args)
    try:
        overview = service.overview()
    finally:
        office.close()
    print(f"Server:               {overview.server_url or 'nicht eingerichtet'}")
    account = overview.account_login or "-"
    print(f"Gerät:                {overview.device_id} (Konto {account})")
    print(f"Letzte Synchronisation: {_when(overview.last_success)}")
    print(f"Ausstehende Änderungen: {overview.pending_changes}")
    print(f"Offene Konflikte:     {overview.open_conflicts}")
    print(f"Abgelehnte Änderungen: {len(overview.rejected)}")
    for rejected in overview.rejected[:20]:
        print(f"  {rejected.table} {rejected.record_id}: {rejected.reason}")
    if overview.clock_skew_reportable and overview.clock_skew_seconds is not None:
        minutes = round(abs(overview.clock_skew_seconds) / 60)
        print(format_message("sync_clock_skew", {"minutes": minutes}))
    if overview.last_error:
        print(f"Letzter Fehler:       {overview.last_error}")
    return 0


def cmd_sync_export(args: argparse.Namespace) -> int:
    office, service = _service(args)
    try:
        count = service.export_bundle(args.file)
    finally:
        office.close()
    print(f"{count} Änderungen in {args.file} geschrieben.")
    return 0


def cmd_sync_import(args: argparse.Namespace) -> int:
    office, service = _service(args)
    try:
        report = service.import_bundle(args.file)
    finally:
        office.close()
    print(report.message)
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    sync = commands.add_parser("sync", parents=[common], help="Synchronisation mit dem Kreisserver")
    actions = sync.add_subparsers(dest="sync_command", required=True, metavar="AKTION")
    enroll = actions.add_parser(
        "enroll", parents=[common], help="Gerät mit Serveradresse und Anmeldecode anmelden"
    )
    enroll.add_argument("--server", required=True, metavar="URL", help="z. B. https://kim.example")
    enroll.add_argument("--code", required=True, help="einmaliger Anmeldecode der Administration")
    enroll.add_argument("--ca-bundle", metavar="PFAD", help="Zertifikatsdatei des Kreises (PEM)")
    enroll.set_defaults(handler=cmd_sync_enroll)
    now = actions.add_parser("now", parents=[common], help="jetzt synchronisieren")
    now.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SEK",
        help="auf eine laufende Synchronisation warten",
    )
    now.set_defaults(handler=cmd_sync_now)
    status = actions.add_parser("status", parents=[common], help="Stand der Synchronisation")
    status.set_defaults(handler=cmd_sync_status)
    export = actions.add_parser(
        "export-bundle", parents=[common], help="ausstehende Änderungen in eine Datei schreiben"
    )
    export.add_argument("file", metavar="DATEI")
    export.set_defaults(handler=cmd_sync_export)
    imported = actions.add_parser(
        "import-bundle", parents=[common], help="Antwortdatei des Servers einlesen"
    )
    imported.add_argument("file", metavar="DATEI")
    imported.set_defaults(handler=cmd_sync_import)
