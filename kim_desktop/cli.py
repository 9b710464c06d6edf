"""``kim``: administration and automation commands (also ``python -m kim_desktop``).

Every command takes ``--data-dir`` (or ``KIM_DATA_DIR``). Commands that unlock the office
take the login from ``--login`` / ``KIM_LOGIN`` and the password from ``KIM_PASSWORD``, and
ask for what is missing when a terminal is attached.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import importlib.util
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kim_desktop import __version__
from kim_desktop.domain.enums import Role
from kim_desktop.domain.errors import KimError, ValidationFailed
from kim_desktop.paths import PASSWORD_ENV, DataPaths, resolve_data_dir

if TYPE_CHECKING:
    from kim_desktop.services.office_session import OfficeSession

LOGIN_ENV = "KIM_LOGIN"
NEW_PASSWORD_ENV = "KIM_NEW_PASSWORD"

# Modules that add command groups: each defines ``register(commands, common)``; one that does
# not exist (yet) is skipped.
COMMAND_MODULES = (
    "kim_desktop.cli_client",
    "kim_desktop.cli_print",
    "kim_desktop.cli_serve",
    "kim_desktop.cli_sync",
)

# How the CLI names the fields that validation errors refer to.
FIELD_NAMES = {
    "office_name": "--office-name",
    "postal_code": "--postal-code",
    "municipality_codes": "--municipality",
    "display_name": "--name",
    "login": "--user",
    "password": "Passwort",
    "password_repeat": "Passwort (Wiederholung)",
}

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A problem to report in one line, with a non-zero exit code."""


# -- input ------------------------------------------------------------------------


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str, secret: bool = False) -> str:
    if not _interactive():
        raise CliError(f"{prompt.rstrip(': ')} fehlt (kein Terminal für eine Eingabe).")
    return getpass.getpass(prompt) if secret else input(prompt)


def _login(args: argparse.Namespace) -> str:
    login = args.login or os.environ.get(LOGIN_ENV)
    return login if login else _ask("Anmeldung: ")


def _password() -> str:
    return os.environ.get(PASSWORD_ENV) or _ask("Passwort: ", secret=True)


def _new_password(env: str) -> tuple[str, str]:
    given = os.environ.get(env)
    if given:
        return given, given
    first = _ask("Neues Passwort: ", secret=True)
    return first, _ask("Neues Passwort (Wiederholung): ", secret=True)


def _paths(args: argparse.Namespace) -> DataPaths:
    return resolve_data_dir(args.data_dir)


def open_office(args: argparse.Namespace) -> OfficeSession:
    """Unlock the office of ``--data-dir`` with ``--login``/``KIM_LOGIN`` and the password."""
    from kim_desktop.services.auth import AuthService

    return AuthService(_paths(args)).login(_login(args), _password())


def _progress_printer(label: str) -> Callable[[int, int, str], None]:
    last = [0.0]

    def report(done: int, total: int, phase: str) -> None:
        now = time.monotonic()
        if now - last[0] >= 1.0 or done >= total:
            last[0] = now
            percent = 100 * done // total if total else 100
            print(f"{label}: {phase} {percent} %", file=sys.stderr, flush=True)

    return report


# -- commands ---------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from kim_desktop.services.office_setup import OfficeSetupRequest, OfficeSetupService

    paths = _paths(args)
    password, repeat = (
        (os.environ[PASSWORD_ENV], os.environ[PASSWORD_ENV])
        if os.environ.get(PASSWORD_ENV)
        else (_ask("Passwort: ", True), _ask("Passwort (Wiederholung): ", True))
    )
    request = OfficeSetupRequest(
        office_name=args.office_name,
        street=args.street,
        postal_code=args.postal_code,
        city=args.city,
        phone=args.phone,
        email=args.email,
        municipality_codes=args.municipality,
        display_name=args.name,
        login=args.user,
        password=password,
        password_repeat=repeat,
        role=Role(args.role),
    )
    OfficeSetupService(paths).create_office(request).close()
    print(f"Büro „{args.office_name}“ eingerichtet in {paths.root}; Anmeldung: {args.user}")
    return EXIT_OK


def cmd_user_add(args: argparse.Namespace) -> int:
    from kim_desktop.services.users import NewUserRequest, UserService

    office = open_office(args)
    try:
        password, repeat = _new_password(NEW_PASSWORD_ENV)
        summary = UserService(office).add_user(
            NewUserRequest(
                display_name=args.name,
                login=args.user,
                password=password,
                password_repeat=repeat,
                role=Role(args.role),
                municipality_codes=args.municipality,
                email=args.email,
            )
        )
    finally:
        office.close()
    print(f"Benutzer:in „{summary.login}“ ({summary.display_name}) angelegt.")
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace) -> int:
    from kim_desktop.domain.labels import ROLE_LABELS
    from kim_desktop.services.users import UserService

    office = open_office(args)
    try:
        users = UserService(office).list_users()
    finally:
        office.close()
    rows = [("Anmeldung", "Name", "Rolle", "Aktiv", "Büro", "Kommunen")]
    rows += [
        (
            u.login,
            u.display_name,
            ROLE_LABELS[u.role],
            "ja" if u.active else "nein",
            "dieses" if u.local else "anderes (keine Anmeldung hier)",
            ", ".join(u.municipalities),
        )
        for u in users
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        print("  ".join(cells).rstrip())
    return EXIT_OK


def cmd_user_passwd(args: argparse.Namespace) -> int:
    from kim_desktop.services.users import UserService

    office = open_office(args)
    try:
        password, repeat = _new_password(NEW_PASSWORD_ENV)
        UserService(office).change_password(args.target, password, repeat)
    finally:
        office.close()
    print(f"Passwort von „{args.target}“ geändert.")
    return EXIT_OK


def _check_demo_size(clients: int, consultations: int | None) -> None:
    from kim_desktop.services.demo.generator import MIN_CLIENTS
    from kim_desktop.services.demo.plan import consultation_limits

    if clients < MIN_CLIENTS:
        raise CliError(f"--clients: mindestens {MIN_CLIENTS} Klient:innen angeben.")
    lowest, highest = consultation_limits(clients)
    if consultations is not None and not lowest <= consultations <= highest:
        raise CliError(
            f"--consultations: für {clients} Klient:innen zwischen {lowest} und {highest} "
            "Beratungen angeben (oder die Angabe weglassen)."
        )


def cmd_demo_data(args: argparse.Namespace) -> int:
    from kim_desktop.services.demo.office import create_demo_office
    from kim_desktop.services.settings import AppSettings

    paths = _paths(args)
    if paths.database.exists() or paths.key_file.exists():
        raise CliError(
            f"In {paths.root} ist bereits ein Büro eingerichtet. Demo-Daten kommen nur in ein "
            "leeres Datenverzeichnis (--data-dir)."
        )
    _check_demo_size(args.clients, args.consultations)
    started = time.monotonic()
    credentials = create_demo_office(
        paths,
        clients=args.clients,
        seed=args.seed,
        consultations=args.consultations,
        progress=_progress_printer("Demo-Daten"),
    )
    settings = AppSettings.load(paths)
    settings.demo_login = credentials.login
    settings.demo_password = credentials.password
    settings.save(paths)
    consultations = f" und {args.consultations} Beratungen" if args.consultations else ""
    print(
        f"Demo-Büro mit {args.clients} Klient:innen{consultations} (Seed {args.seed}) in "
        f"{paths.root} "
        f"erzeugt ({time.monotonic() - started:.0f} s). Anmeldung: {credentials.login} / "
        f"Passwort: {credentials.password}"
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from kim_desktop.services.integrity import check_office

    paths = _paths(args)
    if not paths.is_initialised():
        print(f"FEHLER: kein Büro in {paths.root}")
        return EXIT_FAILED
    report = check_office(paths, _login(args), _password())
    print(report.verdict())
    return EXIT_OK if report.ok else EXIT_FAILED


# -- parser -----------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="Datenverzeichnis des Büros (sonst KIM_DATA_DIR oder das Standardverzeichnis)",
    )
    common.add_argument(
        "--login",
        default=argparse.SUPPRESS,
        help="Anmeldung zum Entsperren (sonst KIM_LOGIN oder Abfrage)",
    )

    parser = argparse.ArgumentParser(
        prog="kim",
        parents=[common],
        description="KIM Desktop – Verwaltung und Automatisierung",
        epilog="Das Passwort kommt aus KIM_PASSWORD oder wird abgefragt.",
    )
    parser.add_argument("--version", action="version", version=f"KIM Desktop {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="BEFEHL")

    init = commands.add_parser(
        "init", parents=[common], help="Büro einrichten (wie der Einrichtungsdialog)"
    )
    init.add_argument("--office-name", required=True, help="Name des Büros (Briefkopf)")
    init.add_argument("--street", default="", help="Straße und Hausnummer")
    init.add_argument("--postal-code", default="", help="Postleitzahl")
    init.add_argument("--city", default="", help="Ort")
    init.add_argument("--phone", default="", help="Telefon")
    init.add_argument("--email", default="", help="E-Mail")
    init.add_argument(
        "--municipality",
        action="append",
        required=True,
        metavar="CODE",
        help="betreute Kommune (mehrfach möglich), z. B. troisdorf",
    )
    init.add_argument("--name", required=True, help="Name der ersten Person")
    init.add_argument("--user", required=True, help="Anmeldung der ersten Person")
    init.add_argument("--role", default=Role.ADMINISTRATOR.value, choices=[r.value for r in Role])
    init.set_defaults(handler=cmd_init)

    user = commands.add_parser("user", parents=[common], help="Benutzer:innen verwalten")
    user_commands = user.add_subparsers(dest="user_command", required=True, metavar="AKTION")
    add = user_commands.add_parser(
        "add",
        parents=[common],
        help="Person anlegen (Passwort aus KIM_NEW_PASSWORD oder Abfrage)",
    )
    add.add_argument("--name", required=True)
    add.add_argument("--user", required=True, help="Anmeldung der neuen Person")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--municipality", action="append", default=[], metavar="CODE")
    add.add_argument("--email", default="")
    add.set_defaults(handler=cmd_user_add)
    listing = user_commands.add_parser("list", parents=[common], help="Personen auflisten")
    listing.set_defaults(handler=cmd_user_list)
    passwd = user_commands.add_parser(
        "passwd",
        parents=[common],
        help="Passwort ändern (neues Passwort aus KIM_NEW_PASSWORD oder Abfrage)",
    )
    passwd.add_argument("target", metavar="ANMELDUNG")
    passwd.set_defaults(handler=cmd_user_passwd)

    demo = commands.add_parser(
        "demo-data", parents=[common], help="Demo-Büro mit synthetischen Daten erzeugen"
    )
    demo.add_argument("--clients", type=int, default=1500, help="Anzahl Klient:innen")
    demo.add_argument(
        "--consultations",
        type=int,
        default=None,
        metavar="N",
        help=(
            "Anzahl Beratungen 2022–2024 insgesamt (ohne Angabe: wie in der Evaluation des "
            "Kreises, rund 4 je Klient:in; mehr, bis 25 je Klient:in, ergeben dichtere "
            "Fallverläufe im Case Management, z. B. --clients 100000 --consultations 1000000 "
            "für Lasttests)"
        ),
    )
    demo.add_argument(
        "--seed", type=int, default=1, help="Startwert (gleicher Wert, gleiche Daten)"
    )
    demo.set_defaults(handler=cmd_demo_data)

    check = commands.add_parser(
        "check", parents=[common], help="Datenbank prüfen (Integrität, Fremdschlüssel, Schema)"
    )
    check.set_defaults(handler=cmd_check)

    for module_name in COMMAND_MODULES:
        if importlib.util.find_spec(module_name) is not None:
            importlib.import_module(module_name).register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for name in ("data_dir", "login"):
        if not hasattr(args, name):
            setattr(args, name, None)
    try:
        return int(args.handler(args))
    except ValidationFailed as exc:
        for error in exc.errors:
            name = FIELD_NAMES.get(error.field, f"--{error.field.replace('_', '-')}")
            print(f"Fehler bei {name}: {error.german()}", file=sys.stderr)
        return EXIT_FAILED
    except (KimError, CliError) as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    raise SystemExit(main())
