"""``kim-sync-server``: run and administer the district sync server (German output).

    kim-sync-server [serve] [--db URL] [--host 127.0.0.1] [--port 8765] [--certfile F --keyfile F]
    kim-sync-server migrate
    kim-sync-server account add LOGIN --name NAME --role ROLE --municipality CODE ...
    kim-sync-server account list
    kim-sync-server account set-municipalities LOGIN CODE ...
    kim-sync-server enrol-code LOGIN
    kim-sync-server device list | device revoke DEVICE_ID
    kim-sync-server import-bundle FILE --reply OUT

Every command takes ``--db`` (else ``KIM_SERVER_DB``, else SQLite in the data directory) and
``--data-dir`` (else ``KIM_SERVER_DATA_DIR``, else the platform's data directory).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kim_desktop import __version__
from kim_desktop.server.accounts import ROLE_LABELS, ROLES, AdminError
from kim_desktop.server.config import (
    SECRET_FILE,
    default_data_dir,
    default_db_url,
    load_district_secret,
)
from kim_desktop.sync.protocol import DEFAULT_MAX_BODY_BYTES, MAX_CLOCK_SKEW_SECONDS

COMMANDS = ("serve", "migrate", "account", "enrol-code", "device", "import-bundle")
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
EXIT_OK, EXIT_FAILED = 0, 1


def add_store_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="Datenbank, z. B. sqlite:///pfad/kim-sync.db oder "
        "postgresql+psycopg://user@host:5432/kim (sonst KIM_SERVER_DB oder SQLite im "
        "Datenverzeichnis)",
    )
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        metavar="VERZEICHNIS",
        help="Datenverzeichnis des Servers (sonst KIM_SERVER_DATA_DIR oder Standard)",
    )


def add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"Adresse (Standard {DEFAULT_HOST})")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"Port ({DEFAULT_PORT})")
    parser.add_argument("--certfile", metavar="PEM", help="TLS-Zertifikat (mit --keyfile)")
    parser.add_argument("--keyfile", metavar="PEM", help="privater TLS-Schlüssel")
    parser.add_argument(
        "--max-body-bytes",
        type=int,
        default=DEFAULT_MAX_BODY_BYTES,
        metavar="BYTES",
        help=f"größte angenommene Anfrage (Standard {DEFAULT_MAX_BODY_BYTES})",
    )
    parser.add_argument(
        "--district-secret-file",
        metavar="DATEI",
        help="Schlüssel für Pseudonyme (sonst DATENVERZEICHNIS/district-secret; "
        "wird beim ersten Start erzeugt)",
    )
    parser.set_defaults(handler=cmd_serve)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    add_store_arguments(common)
    parser = argparse.ArgumentParser(
        prog="kim-sync-server",
        parents=[common],
        description="KIM Sync-Server des Kreises: starten und verwalten. Ohne Befehl: serve.",
    )
    parser.add_argument("--version", action="version", version=f"KIM Sync-Server {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL")

    serve = commands.add_parser("serve", parents=[common], help="Server starten (Standard)")
    add_serve_arguments(serve)

    migrate = commands.add_parser(
        "migrate", parents=[common], help="Datenbankschema anlegen/aktualisieren"
    )
    migrate.set_defaults(handler=cmd_migrate)

    account = commands.add_parser("account", parents=[common], help="Konten verwalten")
    account_commands = account.add_subparsers(
        dest="account_command", required=True, metavar="AKTION"
    )
    add = account_commands.add_parser("add", parents=[common], help="Konto anlegen")
    add.add_argument("login", metavar="ANMELDUNG", help="wie die Anmeldung in KIM Desktop")
    add.add_argument("--name", required=True, help="Anzeigename")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument(
        "--municipality",
        nargs="+",
        action="extend",
        default=[],
        metavar="CODE",
        help="Kommunen, deren Fälle das Konto sieht (z. B. troisdorf)",
    )
    add.set_defaults(handler=cmd_account_add)
    places = account_commands.add_parser(
        "set-municipalities",
        parents=[common],
        help="Kommunen eines Kontos festlegen (ersetzt die bisherigen)",
    )
    places.add_argument("login", metavar="ANMELDUNG")
    places.add_argument("municipalities", nargs="+", metavar="CODE", help="z. B. troisdorf")
    places.set_defaults(handler=cmd_account_set_municipalities)
    listing = account_commands.add_parser("list", parents=[common], help="Konten auflisten")
    listing.set_defaults(handler=cmd_account_list)

    code = commands.add_parser(
        "enrol-code", parents=[common], help="Einmal-Anmeldecode für ein Gerät ausgeben"
    )
    code.add_argument("login", metavar="ANMELDUNG")
    code.set_defaults(handler=cmd_enrol_code)

    device = commands.add_parser("device", parents=[common], help="Geräte verwalten")
    device_commands = device.add_subparsers(dest="device_command", required=True, metavar="AKTION")
    device_list = device_commands.add_parser("list", parents=[common], help="Geräte auflisten")
    device_list.set_defaults(handler=cmd_device_list)
    revoke = device_commands.add_parser("revoke", parents=[common], help="Gerät sperren")
    revoke.add_argument("device_id", metavar="GERÄTE-ID")
    revoke.set_defaults(handler=cmd_device_revoke)

    bundle = commands.add_parser(
        "import-bundle",
        parents=[common],
        help="Sync-Paket eines Geräts einlesen, Antwort schreiben",
    )
    bundle.add_argument("file", metavar="DATEI")
    bundle.add_argument("--reply", required=True, metavar="ANTWORTDATEI")
    bundle.add_argument("--district-secret-file", metavar="DATEI")
    bundle.set_defaults(handler=cmd_import_bundle)
    return parser


# -- helpers ----------------------------------------------------------------------


def _data_dir(args: argparse.Namespace) -> Path:
    given = getattr(args, "data_dir", None)
    return Path(given) if given else default_data_dir()


def _db_url(args: argparse.Namespace) -> str:
    return getattr(args, "db", None) or default_db_url(_data_dir(args))


def _secret_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "district_secret_file", None)
    return Path(given) if given else _data_dir(args) / SECRET_FILE


def _store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from kim_desktop.server.store import Store

    store = Store(_db_url(args))
    store.migrate()
    return store


def _admin(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from kim_desktop.server.accounts import AdminService

    return AdminService(_store(args))


# -- commands ---------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from kim_desktop.server.app import create_app
    from kim_desktop.server.config import ServerSettings

    if bool(args.certfile) != bool(args.keyfile):
        raise AdminError("--certfile und --keyfile gehören zusammen.")
    store = _store(args)
    settings = ServerSettings(
        db_url=_db_url(args),
        district_secret=load_district_secret(_secret_path(args)),
        max_body_bytes=args.max_body_bytes,
    )
    scheme = "https" if args.certfile else "http"
    print(
        f"KIM Sync-Server {__version__} hört auf {scheme}://{args.host}:{args.port} "
        f"(Datenbank: {store.url.render_as_string(hide_password=True)}). Beenden mit Strg+C.",
        flush=True,
    )
    uvicorn.run(
        create_app(store, settings),
        host=args.host,
        port=args.port,
        ssl_certfile=args.certfile,
        ssl_keyfile=args.keyfile,
        log_level="info",
        lifespan="off",
    )
    return EXIT_OK


def cmd_migrate(args: argparse.Namespace) -> int:
    store = _store(args)
    print(f"Datenbankschema ist aktuell ({store.url.render_as_string(hide_password=True)}).")
    return EXIT_OK


def cmd_account_add(args: argparse.Namespace) -> int:
    account = _admin(args).create_account(args.login, args.name, args.role, args.municipality)
    places = ", ".join(account.municipalities) or "keine"
    print(
        f"Konto {account.login} ({account.display_name}, {ROLE_LABELS[account.role]}) angelegt; "
        f"Kommunen: {places}."
    )
    return EXIT_OK


def cmd_account_set_municipalities(args: argparse.Namespace) -> int:
    change = _admin(args).set_municipalities(args.login, args.municipalities)
    login = change.account.login
    print(
        f"Kommunen von {login}: {', '.join(change.account.municipalities)} "
        f"(vorher: {', '.join(change.before) or 'keine'})."
    )
    if change.reemitted:
        print(
            f"{change.reemitted} Datensätze der neuen Kommunen werden den Geräten von {login} "
            "beim nächsten Abgleich übertragen."
        )
    lost = sorted(set(change.before) - set(change.account.municipalities))
    if lost:
        print(
            f"Hinweis: Datensätze aus {', '.join(lost)} bleiben auf den Geräten von {login} "
            "gespeichert, erhalten aber keine Änderungen mehr."
        )
    return EXIT_OK


def cmd_account_list(args: argparse.Namespace) -> int:
    found = _admin(args).list_accounts()
    if not found:
        print("Noch keine Konten.")
    for account in found:
        places = ", ".join(account.municipalities) or "–"
        print(f"{account.login}\t{account.display_name}\t{ROLE_LABELS[account.role]}\t{places}")
    return EXIT_OK


def cmd_enrol_code(args: argparse.Namespace) -> int:
    code = _admin(args).issue_enrolment_code(args.login)
    print(code)
    print(
        f"Einmal-Anmeldecode für {args.login}: 7 Tage gültig, nur einmal verwendbar. "
        "In KIM Desktop unter Synchronisation mit der Serveradresse eingeben.",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_device_list(args: argparse.Namespace) -> int:
    found = _admin(args).list_devices()
    if not found:
        print("Noch keine Geräte angemeldet.")
    for device in found:
        state = f"widerrufen {device.revoked_at}" if device.revoked_at else "aktiv"
        print(
            f"{device.device_id}\t{device.login}\t{device.name}\t{state}\t"
            f"zuletzt gesehen {device.last_seen_at or '–'}\t"
            f"Änderungen bis {device.last_applied_seq}\t"
            f"{skew_text(device.clock_skew_seconds)}"
        )
    return EXIT_OK


def skew_text(skew: float | None) -> str:
    """``Uhr +2 s`` — the device's clock against the server's; a warning over the limit."""
    if skew is None:
        return "Uhr –"
    text = f"Uhr {skew:+.0f} s"
    if abs(skew) > MAX_CLOCK_SKEW_SECONDS:
        direction = "vor" if skew > 0 else "nach"
        text += f" (geht mehr als {MAX_CLOCK_SKEW_SECONDS} s {direction}: Uhr des Geräts stellen)"
    return text


def cmd_device_revoke(args: argparse.Namespace) -> int:
    _admin(args).revoke_device(args.device_id)
    print(f"Gerät {args.device_id} gesperrt: es kann nicht mehr synchronisieren.")
    return EXIT_OK


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from kim_desktop.server.bundle_import import import_bundle

    source, reply = Path(args.file), Path(args.reply)
    if not source.is_file():
        raise AdminError(f"Die Datei {source} gibt es nicht.")
    summary = import_bundle(_store(args), load_district_secret(_secret_path(args)), source, reply)
    print(
        f"Sync-Paket von Gerät {summary.device_id} ({summary.login}) übernommen: "
        f"{summary.applied} neu, {summary.duplicates} schon bekannt, "
        f"{summary.held} zurückgestellt, "
        f"{summary.rejected} abgelehnt. Antwortpaket mit {summary.pulled} Datensätzen: {reply}"
    )
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not any(arg in COMMANDS for arg in arguments) and not {"-h", "--help", "--version"} & set(
        arguments
    ):
        arguments.insert(0, "serve")
    args = build_parser().parse_args(arguments)
    if not hasattr(args, "handler"):
        args = build_parser().parse_args(["serve", *arguments])
    from kim_desktop.server.bundles import BundleError

    try:
        return int(args.handler(args))
    except (AdminError, BundleError, ValueError, OSError) as error:
        print(f"Fehler: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Beendet.", file=sys.stderr)
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
