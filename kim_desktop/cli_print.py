"""``kim print``: documents as PDF files, for one client or a day's appointments.

``kim print DOCUMENT --client FILE_NUMBER [--language LANG] [--related ID] --output FILE.pdf``
and ``kim print appointments --date YYYY-MM-DD --output FILE.pdf``. The PDF file is written
because the administrator asked for it (``--output``); nothing else touches the disk.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from kim_desktop.printing.catalogues import LETTER_LANGUAGES

DOCUMENTS = {
    "consent": "consent",
    "appointment": "appointment",
    "referral": "referral",
    "confirmation": "confirmation",
    "access-report": "access_report",
    "intake-form": "intake_form",
}
BATCHES = ("appointments", "referral-notes")


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    printing = commands.add_parser(
        "print",
        parents=[common],
        help="Briefe und Formulare als PDF erzeugen",
        description="Dokumente als PDF-Datei: für eine Klientin/einen Klienten "
        f"({', '.join(DOCUMENTS)}) oder als Stapel ({', '.join(BATCHES)}).",
    )
    printing.add_argument("document", choices=[*DOCUMENTS, *BATCHES], metavar="DOKUMENT")
    printing.add_argument("--client", metavar="AKTENZEICHEN", help="Aktenzeichen der Klient:in")
    printing.add_argument(
        "--language",
        choices=LETTER_LANGUAGES,
        help="Sprache des Briefs (sonst die bevorzugte Sprache der Klient:in oder Deutsch)",
    )
    printing.add_argument(
        "--related",
        metavar="ID",
        help="Termin, Verweisung, Beratung oder Einwilligung (sonst der letzte Eintrag)",
    )
    printing.add_argument("--date", metavar="JJJJ-MM-TT", help="Tag der Termine (appointments)")
    printing.add_argument("--output", required=True, metavar="DATEI.pdf", help="Zieldatei")
    printing.set_defaults(handler=cmd_print)


def cmd_print(args: argparse.Namespace) -> int:
    from kim_desktop.cli import CliError, open_office
    from kim_desktop.services.documents import DocumentService

    output = Path(args.output)
    if not output.parent.is_dir():
        raise CliError(f"Das Verzeichnis {output.parent} gibt es nicht.")
    day = _day(args, CliError) if args.document == "appointments" else None
    if args.document in DOCUMENTS and args.document != "intake-form" and not args.client:
        raise CliError(f"Für „{args.document}“ fehlt --client AKTENZEICHEN.")
    office = open_office(args)
    try:
        service = DocumentService(office)
        if args.document == "appointments":
            assert day is not None
            pdf = service.appointment_letters(day)
            if pdf is None:
                print(f"Für den {day:%d.%m.%Y} sind keine geplanten Termine eingetragen.")
                return 0
            service.record_export(None, f"Stapeldruck Termine {day.isoformat()}")
        elif args.document == "referral-notes":
            pdf = service.open_referral_notes()
            if pdf is None:
                print("Es gibt keine offenen Verweisungen.")
                return 0
            service.record_export(None, "Stapeldruck offene Verweisungen")
        else:
            kind = DOCUMENTS[args.document]
            client_id = service.client_id(args.client) if args.client else None
            built = service.build(kind, client_id, args.related, args.language)
            pdf = built.pdf
            service.record_export(client_id, f"PDF {kind} ({built.language})")
        output.write_bytes(pdf)
    finally:
        office.close()
    print(f"{output} geschrieben ({len(pdf) // 1024 + 1} KB).", file=sys.stderr)
    return 0


def _day(args: argparse.Namespace, error: type[Exception]) -> date:
    if not args.date:
        raise error("Für „appointments“ fehlt --date JJJJ-MM-TT.")
    try:
        return date.fromisoformat(args.date)
    except ValueError:
        raise error(f"Ungültiges Datum: {args.date} (erwartet JJJJ-MM-TT).") from None
