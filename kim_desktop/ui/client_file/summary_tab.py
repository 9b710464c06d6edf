"""The "Stammdaten" tab: a read-only summary of the client's master data and household."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.services.client_file import MasterData
from kim_desktop.ui.client_file.formatting import label, show_date
from kim_desktop.ui.view_context import ViewContext

FIELDS = (
    "name",
    "file_number",
    "birth_date",
    "gender",
    "nationality",
    "residence",
    "target_group",
    "arrival",
    "municipality",
    "address",
    "phone",
    "email",
    "languages",
    "interpreter",
    "notes",
)


class SummaryTab(QWidget):
    editRequested = Signal()  # noqa: N815
    deleteRequested = Signal()  # noqa: N815

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryTab")
        self._context = context
        self._master: MasterData | None = None
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editClientButton")
        self.edit_button.clicked.connect(self.editRequested)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteClientButton")
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.deleteRequested)
        self.group = QGroupBox()
        form = QFormLayout(self.group)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in FIELDS:
            caption, value = QLabel(), QLabel()
            value.setObjectName(f"master_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self.captions[name], self.values[name] = caption, value
        self.household_group = QGroupBox()
        self.household = QLabel()
        self.household.setObjectName("household")
        self.household.setWordWrap(True)
        QVBoxLayout(self.household_group).addWidget(self.household)
        inner = QWidget()
        column = QVBoxLayout(inner)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        column.addLayout(top)
        row = QHBoxLayout()
        row.addWidget(self.group, 3)
        row.addWidget(self.household_group, 2, Qt.AlignmentFlag.AlignTop)
        column.addLayout(row)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Stammdaten &bearbeiten …"))
        self.delete_button.setText(self.tr("Klient:in &löschen …"))
        self.delete_button.setToolTip(
            self.tr("Die ganze Akte löschen (wiederherstellbar bis zur Synchronisation)")
        )
        self.group.setTitle(self.tr("Stammdaten"))
        self.household_group.setTitle(self.tr("Haushalt"))
        captions = {
            "name": self.tr("Name:"),
            "file_number": self.tr("Aktenzeichen:"),
            "birth_date": self.tr("Geburtsdatum:"),
            "gender": self.tr("Geschlecht:"),
            "nationality": self.tr("Staatsangehörigkeit:"),
            "residence": self.tr("Aufenthaltsstatus:"),
            "target_group": self.tr("Zielgruppe:"),
            "arrival": self.tr("Eingereist am:"),
            "municipality": self.tr("Kommune:"),
            "address": self.tr("Anschrift:"),
            "phone": self.tr("Telefon:"),
            "email": self.tr("E-Mail:"),
            "languages": self.tr("Sprachen:"),
            "interpreter": self.tr("Sprachmittlung nötig:"),
            "notes": self.tr("Notizen:"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
        if self._master is not None:
            self.set_master(self._master)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_master(self, master: MasterData) -> None:
        self._master = master
        cat, lang = self._context.catalogues, self._context.language
        residence = cat.label("residence_statuses", master.residence_status_code, lang)
        if residence and master.residence_valid_until:
            residence += " " + self.tr("(gültig bis {date})").format(
                date=show_date(master.residence_valid_until)
            )
        address = ", ".join(
            part for part in (master.street, f"{master.postal_code} {master.city}".strip()) if part
        )
        languages = [cat.label("languages", code, lang) for code in master.language_codes]
        values = {
            "name": master.full_name,
            "file_number": master.file_number,
            "birth_date": show_date(master.birth_date),
            "gender": label(master.gender),
            "nationality": cat.label("countries", master.nationality_code, lang),
            "residence": residence,
            "target_group": cat.label("target_groups", master.target_group_code, lang),
            "arrival": show_date(master.arrival_date),
            "municipality": cat.label("municipalities", master.municipality_code, lang),
            "address": address,
            "phone": master.phone,
            "email": master.email,
            "languages": ", ".join(languages),
            "interpreter": self.tr("ja") if master.interpreter_needed else self.tr("nein"),
            "notes": master.notes,
        }
        for name, text in values.items():
            self.values[name].setText(text or "–")
        members = []
        for m in master.household:
            line = f"{m.first_name} {m.last_name}".strip() + f" ({label(m.relation)}"
            if m.birth_date:
                line += ", " + self.tr("geb. {date}").format(date=show_date(m.birth_date))
            line += ")"
            if m.attends_kita:
                line += " · " + self.tr("Kita")
            if m.speech_support_needed:
                line += " · " + self.tr("Sprachförderbedarf")
            members.append(line)
        self.household.setText("\n".join(members) or self.tr("Keine Haushaltsmitglieder erfasst."))
