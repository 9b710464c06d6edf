"""Stapeldruck: a day's appointment letters, or the client notes of all open referrals,
each in its client's language, as one PDF for the office printer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.services.documents import DocumentService
from kim_desktop.ui.messages import error_text, message
from kim_desktop.ui.operations import Operation
from kim_desktop.ui.printing.pdf_preview import PdfPreview
from kim_desktop.ui.view_context import ViewContext
from kim_desktop.ui.widgets import ErrorLabel


class BatchPrintDialog(QDialog):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchPrintDialog")
        self._context = context
        self._service = DocumentService(context.office)
        self._operation: Operation | None = None

        self.appointments_radio = QRadioButton(self)
        self.appointments_radio.setObjectName("appointmentsRadio")
        self.referrals_radio = QRadioButton(self)
        self.referrals_radio.setObjectName("referralsRadio")
        self.appointments_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.appointments_radio)
        group.addButton(self.referrals_radio)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.build_button = QPushButton(self)
        self.build_button.setObjectName("buildButton")
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.error_label = ErrorLabel(self)
        self.preview = PdfPreview(self)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveButton")
        self.close_button = QPushButton(self)

        day_row = QHBoxLayout()
        day_row.addWidget(self.appointments_radio)
        day_row.addWidget(self.date_edit)
        day_row.addStretch(1)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.referrals_radio)
        choice_row.addStretch(1)
        choice_row.addWidget(self.status_label)
        choice_row.addWidget(self.progress)
        choice_row.addWidget(self.build_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(day_row)
        layout.addLayout(choice_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)

        self.build_button.clicked.connect(self.build)
        self.print_button.clicked.connect(self.print_batch)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.close_button.clicked.connect(self.close)
        self.referrals_radio.toggled.connect(lambda on: self.date_edit.setEnabled(not on))
        self._set_ready(False)
        self.resize(820, 960)
        self.retranslate()

    def day(self) -> date:
        return self.date_edit.date().toPython()  # type: ignore[no-any-return]

    def build(self) -> None:
        self.preview.clear()
        self.error_label.clear_message()
        self._set_ready(False)
        self.build_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status_label.setText(self.tr("Briefe werden erstellt …"))
        service = self._service
        if self.appointments_radio.isChecked():
            day = self.day()

            def work(progress: object) -> bytes | None:
                return service.appointment_letters(day, progress)  # type: ignore[arg-type]

            empty = message("print_nothing_for_day", {"date": self.date_edit.text()})
        else:

            def work(progress: object) -> bytes | None:
                return service.open_referral_notes(progress)  # type: ignore[arg-type]

            empty = message("print_no_open_referrals")
        self._operation = self._context.runner.run(
            work,
            on_success=lambda pdf: self._built(pdf, empty),
            on_failure=self._failed,
            on_progress=self._progressed,
            on_cancelled=lambda: self._finish(""),
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _built(self, pdf: bytes | None, empty: str) -> None:
        if pdf is None:
            self._finish(empty)
            return
        self.preview.set_pdf(pdf)
        self._finish(self.tr("{pages} Seiten").format(pages=self.preview.page_count()))
        self._set_ready(True)

    def _failed(self, exc: BaseException) -> None:
        self._finish("")
        self.error_label.show_message(error_text(exc))

    def _finish(self, status: str) -> None:
        self.progress.setVisible(False)
        self.build_button.setEnabled(True)
        self.status_label.setText(status)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _what(self) -> str:
        if self.appointments_radio.isChecked():
            return f"Stapeldruck Termine {self.day().isoformat()}"
        return "Stapeldruck offene Verweisungen"

    def print_batch(self) -> None:
        if self.preview.print_with_dialog(self, self.windowTitle()):
            self._service.record_export(None, self._what())

    def save_as_pdf(self) -> None:
        if self.appointments_radio.isChecked():
            suggested = f"termine-{self.day().isoformat()}.pdf"
        else:
            suggested = "offene-verweisungen.pdf"
        if self.preview.save_with_dialog(self, self.tr("Als PDF speichern"), suggested):
            self._service.record_export(None, self._what())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Stapeldruck"))
        self.appointments_radio.setText(self.tr("Terminbriefe des Tages:"))
        self.referrals_radio.setText(self.tr("Hinweise zu allen offenen Verweisungen"))
        self.build_button.setText(self.tr("Vorschau erstellen"))
        self.print_button.setText(self.tr("Drucken …"))
        self.save_button.setText(self.tr("Als PDF speichern …"))
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


def open_batch_print(context: ViewContext) -> BatchPrintDialog:
    dialog = BatchPrintDialog(context, context.window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
