"""Drucken…: the preview of one document in a chosen language, with print, save, store."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.enums import DocumentKind
from kim_desktop.domain.labels import DOCUMENT_KIND_LABELS, LABELS_CONTEXT
from kim_desktop.services.documents import BuiltDocument, DocumentService
from kim_desktop.ui.messages import error_text
from kim_desktop.ui.operations import Operation
from kim_desktop.ui.printing.pdf_preview import PdfPreview
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import ErrorLabel


class PrintPreviewDialog(QDialog):
    """Built in the background (the Art. 15 report takes a moment), shown from memory."""

    def __init__(
        self,
        context: ViewContext,
        kind: str,
        client_id: str | None,
        related_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreviewDialog")
        self._context = context
        self._service = DocumentService(context.office)
        self.kind = kind
        self.client_id = client_id
        self.related_id = related_id
        self.built: BuiltDocument | None = None
        self.stored_id: str | None = None
        self._operation: Operation | None = None
        self._generation = 0

        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code, name in self._service.letter_languages():
            self.language_combo.addItem(name, code)
        self.language_label.setBuddy(self.language_combo)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("buildProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.error_label = ErrorLabel(self)
        self.preview = PdfPreview(self)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveButton")
        self.store_button = QPushButton(self)
        self.store_button.setObjectName("storeButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")

        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language_combo)
        top.addStretch(1)
        top.addWidget(self.status_label)
        top.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.store_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)

        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.store_button.clicked.connect(self.store_in_client_file)
        self.close_button.clicked.connect(self.close)
        self.store_button.setVisible(client_id is not None)

        default = self._service.default_language(client_id)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(default), 0))
        self.language_combo.currentIndexChanged.connect(self.rebuild)
        self.resize(820, 960)
        self.retranslate()
        self.rebuild()

    # -- building ----------------------------------------------------------------------

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def rebuild(self) -> None:
        """Build the document in the chosen language off the UI thread."""
        if self._operation is not None and self._operation.running:
            self._operation.cancel()
        self._generation += 1
        generation = self._generation
        self.built = None
        self.stored_id = None
        self.preview.clear()
        self.error_label.clear_message()
        self._set_busy(True)
        # The worker must hold no reference to a widget: it could release the last one on the
        # wrong thread. It gets the service and plain values only.
        service, kind, client_id, related_id, language = (
            self._service,
            self.kind,
            self.client_id,
            self.related_id,
            self.language(),
        )

        def build(progress: object) -> BuiltDocument:
            return service.build(kind, client_id, related_id, language, progress)  # type: ignore[arg-type]

        self._operation = self._context.runner.run(
            build,
            on_success=lambda built: self._built(generation, built),
            on_failure=lambda exc: self._failed(generation, exc),
            on_progress=lambda done, total: self._progressed(generation, done, total),
            on_cancelled=lambda: None,
        )

    def _progressed(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _built(self, generation: int, built: BuiltDocument) -> None:
        if generation != self._generation:
            return
        self.built = built
        self.preview.set_pdf(built.pdf)
        self._set_busy(False)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.error_label.show_message(error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.status_label.setText(self.tr("Dokument wird erstellt …"))
        else:
            self.status_label.clear()
        ready = not busy and self.built is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.store_button.setEnabled(ready and self.stored_id is None)

    # -- actions -----------------------------------------------------------------------

    def print_document(self) -> None:
        if self.built is None:
            return
        if self.preview.print_with_dialog(self, self.windowTitle()):
            self._service.record_export(self.client_id, f"Druck {self.kind} ({self.language()})")
            self.status_label.setText(self.tr("An den Drucker gesendet."))

    def save_as_pdf(self) -> None:
        if self.built is None:
            return
        suggested = f"{self.kind}-{self.language()}.pdf"
        target = self.preview.save_with_dialog(self, self.tr("Als PDF speichern"), suggested)
        if target is not None:
            self._service.record_export(self.client_id, f"PDF {self.kind} ({self.language()})")
            self.status_label.setText(self.tr("Gespeichert: {path}").format(path=target.name))

    def store_in_client_file(self) -> None:
        built = self.built
        if built is None or self.stored_id is not None:
            return
        self.store_button.setEnabled(False)
        self._context.runner.run(
            lambda: self._service.store(built),
            on_success=self._stored,
            on_failure=lambda exc: self._store_failed(exc),
            writes=True,
        )

    def _stored(self, document_id: str) -> None:
        self.stored_id = document_id
        self.status_label.setText(self.tr("In der Klientenakte abgelegt."))
        self._context.changes.announce({"documents"})

    def _store_failed(self, exc: BaseException) -> None:
        self.store_button.setEnabled(True)
        self.error_label.show_message(error_text(exc))

    # -- language ----------------------------------------------------------------------

    def retranslate(self) -> None:
        label = DOCUMENT_KIND_LABELS.get(DocumentKind(self.kind), self.kind)
        title = QCoreApplication.translate(LABELS_CONTEXT, label)
        self.setWindowTitle(self.tr("Druckvorschau: {document}").format(document=title))
        self.language_label.setText(self.tr("Sprache des Dokuments:"))
        self.print_button.setText(self.tr("Drucken …"))
        self.save_button.setText(self.tr("Als PDF speichern …"))
        self.store_button.setText(self.tr("In der Klientenakte ablegen"))
        self.close_button.setText(self.tr("Schließen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._operation is not None and self._operation.running:
            self._operation.cancel()
        self.preview.clear()
        super().closeEvent(event)


def open_print_preview(
    context: ViewContext, kind: str, client_id: str | None, related_id: str | None = None
) -> PrintPreviewDialog:
    """Open the preview window of a document (non-modal; closes itself when done)."""
    dialog = PrintPreviewDialog(context, kind, client_id, related_id, context.window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
