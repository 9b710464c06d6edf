"""``kim print`` as an administrator runs it: a separate process writing the PDF asked for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from printing_pdf_helpers import pdf_metadata, pdf_text
from sqlalchemy import select

from kim_desktop.db.models import Appointment, Client
from kim_desktop.paths import DataPaths
from kim_desktop.services.auth import AuthService

REPO_ROOT = Path(__file__).resolve().parents[2]


def _kim(paths: DataPaths, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, KIM_INSECURE_FAST_KDF="1", KIM_PASSWORD="kim-demo-2024")
    command = [sys.executable, "-m", "kim_desktop", *args, "--data-dir", str(paths.root)]
    return subprocess.run(
        [*command, "--login", "demo"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _ukrainian_client(paths: DataPaths) -> Client:
    office = AuthService(paths).login("demo", "kim-demo-2024")
    try:
        with office.database.reading() as session:
            client = session.scalars(
                select(Client)
                .where(Client.preferred_language_code == "uk")
                .where(Client.id.in_(select(Appointment.client_id)))
                .order_by(Client.file_number)
            ).first()
            assert client is not None
            return client
    finally:
        office.close()


def test_print_a_letter_in_the_clients_language(demo_paths: DataPaths, tmp_path: Path) -> None:
    client = _ukrainian_client(demo_paths)
    output = tmp_path / "termin.pdf"
    result = _kim(
        demo_paths, "print", "appointment", "--client", client.file_number, "--output", str(output)
    )
    assert result.returncode == 0, result.stderr
    text = pdf_text(output.read_bytes())
    assert client.last_name in text and "Запрошення на консультацію" in text
    assert pdf_metadata(output.read_bytes())["Title"] == "Підтвердження зустрічі"


def test_print_with_a_language_override(demo_paths: DataPaths, tmp_path: Path) -> None:
    client = _ukrainian_client(demo_paths)
    output = tmp_path / "auskunft.pdf"
    result = _kim(
        demo_paths,
        "print",
        "access-report",
        "--client",
        client.file_number,
        "--language",
        "de",
        "--output",
        str(output),
    )
    assert result.returncode == 0, result.stderr
    assert "Auskunft nach Art. 15 DSGVO" in pdf_text(output.read_bytes())


def test_print_a_blank_intake_form_without_client(demo_paths: DataPaths, tmp_path: Path) -> None:
    output = tmp_path / "bogen.pdf"
    result = _kim(demo_paths, "print", "intake-form", "--language", "fr", "--output", str(output))
    assert result.returncode == 0, result.stderr
    assert "Formulaire d’accueil" in pdf_text(output.read_bytes())


def test_print_the_appointments_of_a_day(demo_paths: DataPaths, tmp_path: Path) -> None:
    office = AuthService(demo_paths).login("demo", "kim-demo-2024")
    try:
        with office.database.reading() as session:
            planned = session.scalars(
                select(Appointment).where(Appointment.status == "planned")
            ).first()
            assert planned is not None
            day = planned.starts_at.astimezone().date()
    finally:
        office.close()
    output = tmp_path / "tag.pdf"
    result = _kim(
        demo_paths, "print", "appointments", "--date", day.isoformat(), "--output", str(output)
    )
    assert result.returncode == 0, result.stderr
    assert output.read_bytes().startswith(b"%PDF")
    empty = _kim(
        demo_paths,
        "print",
        "appointments",
        "--date",
        "1990-01-01",
        "--output",
        str(tmp_path / "leer.pdf"),
    )
    assert empty.returncode == 0 and "keine geplanten Termine" in empty.stdout
    assert not (tmp_path / "leer.pdf").exists()


def test_errors_are_reported_in_one_line(demo_paths: DataPaths, tmp_path: Path) -> None:
    unknown = _kim(
        demo_paths,
        "print",
        "consent",
        "--client",
        "XXX-00-0000",
        "--output",
        str(tmp_path / "x.pdf"),
    )
    assert unknown.returncode == 1 and "nicht gefunden" in unknown.stderr
    no_client = _kim(demo_paths, "print", "consent", "--output", str(tmp_path / "x.pdf"))
    assert no_client.returncode == 1 and "--client" in no_client.stderr
    bad_date = _kim(
        demo_paths, "print", "appointments", "--date", "morgen", "--output", str(tmp_path / "x.pdf")
    )
    assert bad_date.returncode == 1 and "Ungültiges Datum" in bad_date.stderr
    assert not (tmp_path / "x.pdf").exists()
