"""``kim serve``: the district sync server from the ``kim`` command (same as
``kim-sync-server serve``; the admin commands are in ``kim-sync-server``)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    # ``common`` (office --data-dir/--login) is not a parent: --data-dir here is the server's.
    from kim_desktop.server.cli import add_serve_arguments, add_store_arguments

    serve = commands.add_parser(
        "serve",
        help="Sync-Server des Kreises starten (wie kim-sync-server serve)",
        description="Startet den Sync-Server. Konten und Geräte verwaltet kim-sync-server.",
    )
    add_store_arguments(serve)
    add_serve_arguments(serve)
    serve.set_defaults(handler=_serve)


def _serve(args: argparse.Namespace) -> int:
    from kim_desktop.server.accounts import AdminError
    from kim_desktop.server.cli import cmd_serve

    try:
        return cmd_serve(args)
    except (AdminError, ValueError) as error:
        print(f"Fehler: {error}", file=sys.stderr)
        return 1
