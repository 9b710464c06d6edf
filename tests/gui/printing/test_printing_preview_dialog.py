"""The print preview and the batch printing dialog, driven like a case manager would."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import select

from kim_desktop.db.models import Appointment, Client, Document
from kim_desktop.paths import DataPaths
from kim_desktop.services.auth import AuthService
from kim_desktop.services.demo.office import create_demo_office
from kim_desktop.services.office_session import OfficeSession
from kim_desktop.ui.operations import OperationRunner
from kim_desktop.ui.printing import pdf_preview
from kim_desktop.ui.printing.batch_dialog import open_batch_print
from kim_desktop.ui.printing.preview_dialog import open_print_preview
from kim_desktop.ui.view_context import ViewContext


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    paths = DataPaths(Path(tmp_path_factory.mktemp("gui-printing")) / "demo")
    create_demo_office(paths, clients=200, seed=1)
    return paths


@pytest.fixture
def context(qtbot: Any, demo_dir: DataPaths, runner: OperationRunner) -> Iterator[ViewContext]:
    office: OfficeSession = AuthService(demo_dir).login("demo", "kim-demo-2024")
    window = QWidget()
    qtbot.addWidget(window)
    yield ViewContext(office, runner, window)
    assert runner.wait_for_done(10_000)
    office.close()


def _appointment(context: ViewContext) -> tuple[str, str, str]:
    with context.office.database.reading() as session:
        appointment = session.scalars(
            select(Appointment)
            .join(Client, Client.id == Appointment.client_id)
            .where(Client.preferred_language_code == "ar")
            .order_by(Appointment.id)
        ).first()
        assert appointment is not None
        client = session.get(Client, appointment.client_id)
        assert client is not None
        return appointment.client_id, appointment.id, client.last_name


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def test_preview_in_the_clients_language_then_german(qtbot: Any, context: ViewContext) -> None:
    client_id, appointment_id, last_name = _appointment(context)
    dialog = open_print_preview(context, "appointment", client_id, appointment_id)
    qtbot.addWidget(dialog)
    assert dialog.language() == "ar"  # the client's preferred language
    assert dialog.language_combo.count() == 8
    assert not dialog.print_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.built is not None, timeout=10_000)
    assert dialog.preview.page_count() >= 1
    assert dialog.print_button.isEnabled() and dialog.store_button.isEnabled()
    assert last_name in _text(dialog.preview.pdf)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    qtbot.waitUntil(lambda: dialog.built is not None and dialog.built.language == "de")
    assert "Einladung zu Ihrem Beratungstermin" in _text(dialog.preview.pdf)
    assert "Druckvorschau" in dialog.windowTitle()
    dialog.close()


def test_store_in_the_client_file_announces_documents(qtbot: Any, context: ViewContext) -> None:
    client_id, appointment_id, _ = _appointment(context)
    announced: list[frozenset[str]] = []
    context.changes.changed.connect(announced.append)
    dialog = open_print_preview(context, "appointment", client_id, appointment_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.built is not None, timeout=10_000)
    qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stored_id is not None, timeout=10_000)
    assert announced == [frozenset({"documents"})]
    assert not dialog.store_button.isEnabled()
    with context.office.database.reading() as session:
        document = session.get(Document, dialog.stored_id)
        assert document is not None and document.language_code == "ar"
        assert document.client_id == client_id and document.related_record_id == appointment_id
    dialog.close()


def test_save_as_pdf_writes_only_the_chosen_file(
    qtbot: Any, context: ViewContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id, _, last_name = _appointment(context)
    target = tmp_path / "auskunft"
    monkeypatch.setattr(
        pdf_preview.QFileDialog, "getSaveFileName", lambda *args: (str(target), "PDF (*.pdf)")
    )
    dialog = open_print_preview(context, "access_report", client_id, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.built is not None, timeout=20_000)
    assert dialog.progress.isHidden()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes() == dialog.preview.pdf
    assert last_name in _text(saved.read_bytes())
    assert list(tmp_path.iterdir()) == [saved]
    dialog.close()


class _AcceptingPrintDialog:
    """Stands in for QPrintDialog: the user picks "print to file" and presses OK."""

    output: Path

    def __init__(self, printer: Any, parent: Any) -> None:
        printer.setOutputFormat(pdf_preview.QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.output))

    def exec(self) -> int:
        return int(QDialog.DialogCode.Accepted.value)


def test_print_renders_every_page(
    qtbot: Any, context: ViewContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id, _, _ = _appointment(context)
    _AcceptingPrintDialog.output = tmp_path / "printer.pdf"
    monkeypatch.setattr(pdf_preview, "QPrintDialog", _AcceptingPrintDialog)
    monkeypatch.setattr(pdf_preview, "MAX_PRINT_DPI", 72)
    dialog = open_print_preview(context, "consent", client_id, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.built is not None, timeout=10_000)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    with pdfplumber.open(_AcceptingPrintDialog.output) as printed:
        assert len(printed.pages) == dialog.preview.page_count()
    dialog.close()


def test_batch_print_of_a_days_appointments(qtbot: Any, context: ViewContext) -> None:
    with context.office.database.reading() as session:
        planned = session.scalars(
            select(Appointment).where(Appointment.status == "planned")
        ).first()
        assert planned is not None
        day = planned.starts_at.astimezone().date()
    dialog = open_batch_print(context)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=20_000)
    assert dialog.print_button.isEnabled()
    dialog.date_edit.setDate(QDate(1990, 1, 1))
    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.build_button.isEnabled(), timeout=10_000)
    assert "keine geplanten Termine" in dialog.status_label.text()
    assert not dialog.print_button.isEnabled()
    dialog.referrals_radio.setChecked(True)
    assert not dialog.date_edit.isEnabled()
    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=20_000)
    dialog.close()
