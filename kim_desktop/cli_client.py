"""``kim client list`` and ``kim client show``: the client list and a client file as text."""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Any

from kim_desktop.services.client_file_text import client_file_lines
from kim_desktop.services.client_search import ClientQuery, ClientSearchService

DEFAULT_LIMIT = 100
HEADINGS = ("Aktenzeichen", "Name", "Geburtsdatum", "Kommune", "Offene Fälle")


def _date(value: Any) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


def cmd_client_list(args: argparse.Namespace) -> int:
    from kim_desktop.cli import open_office
    from kim_desktop.services.catalogues import CatalogueService

    office = open_office(args)
    try:
        service = ClientSearchService(office)
        labels = CatalogueService(office)
        query = ClientQuery(municipality_code=args.municipality)
        rows, cursor = [], None
        while len(rows) < args.limit:
            page = service.search(query, after=cursor, page_size=min(500, args.limit))
            rows += page.rows
            cursor = page.cursor
            if cursor is None:
                break
        table = [
            (
                r.file_number,
                r.display_name,
                _date(r.birth_date),
                labels.label("municipalities", r.municipality_code),
                str(r.open_cases),
            )
            for r in rows[: args.limit]
        ]
    finally:
        office.close()
    if args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(HEADINGS)
        writer.writerows(table)
        return 0
    lines = [HEADINGS, *table]
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADINGS))]
    for line in lines:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
    return 0


def cmd_client_show(args: argparse.Namespace) -> int:
    from kim_desktop.cli import open_office

    office = open_office(args)
    try:
        lines = client_file_lines(office, args.file_number)
    finally:
        office.close()
    print("\n".join(lines))
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    client = commands.add_parser("client", parents=[common], help="Klient:innen anzeigen")
    actions = client.add_subparsers(dest="client_command", required=True, metavar="AKTION")
    listing = actions.add_parser("list", parents=[common], help="Klient:innen auflisten")
    listing.add_argument("--municipality", metavar="CODE", help="nur diese Kommune")
    listing.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N")
    listing.add_argument("--format", choices=("table", "csv"), default="table")
    listing.set_defaults(handler=cmd_client_list)
    show = actions.add_parser("show", parents=[common], help="Akte einer Klient:in anzeigen")
    show.add_argument("file_number", metavar="AKTENZEICHEN")
    show.set_defaults(handler=cmd_client_show)
