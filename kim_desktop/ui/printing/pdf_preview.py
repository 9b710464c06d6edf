"""A PDF held in memory: shown with Qt's PDF view, printed, or saved where the user says.

The PDF is never written to a temporary file (DESIGN rule 2): QPdfDocument reads it from a
QBuffer. Saving writes only the file the user chose in the file dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QVBoxLayout, QWidget

MAX_PRINT_DPI = 300  # enough for letters; keeps one page image below ~35 MB


class PdfPreview(QWidget):
    """The preview area of the print dialogs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self._buffer: QBuffer | None = None
        self.pdf = b""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_pdf(self, pdf: bytes) -> None:
        self.clear()
        self.pdf = pdf
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self.pdf = b""

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_with_dialog(self, parent: QWidget, title: str) -> bool:
        """Ask for a printer (Qt's print dialog) and print every page; True if printed."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setFromTo(1, max(self.page_count(), 1))
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted.value:
            return False
        print_document(self.document, printer)
        return True

    def save_with_dialog(self, parent: QWidget, caption: str, suggested: str) -> Path | None:
        """Ask where to save (the user's explicit choice) and write the PDF there."""
        path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, "PDF (*.pdf)")
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        target.write_bytes(self.pdf)
        return target


def print_document(document: QPdfDocument, printer: QPrinter) -> None:
    """Render the pages of ``document`` onto ``printer`` (the range chosen in the dialog)."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        first, last = 1, count
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for number in range(first - 1, min(last, count)):
            if number > first - 1:
                printer.newPage()
            points = document.pagePointSize(number)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(number, size)
            target = QRectF(painter.viewport())
            scale = min(target.width() / size.width(), target.height() / size.height())
            painter.drawImage(QRectF(0, 0, size.width() * scale, size.height() * scale), image)
    finally:
        painter.end()
