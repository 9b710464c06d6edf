"""The main window's areas and the navigation list that switches between them.

Area ids are stable: later issues register their real view for an id; until then an area
shows an honest "not yet available" page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

CONTEXT = "Areas"


@dataclass(frozen=True)
class Area:
    id: str
    title: str  # German source, translated in context "Areas"
    description: str  # one sentence on what the area will hold
    icon: QStyle.StandardPixmap

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def translated_description(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.description)


SP = QStyle.StandardPixmap

AREAS: tuple[Area, ...] = (
    Area(
        "today",
        QT_TRANSLATE_NOOP("Areas", "Heute"),
        QT_TRANSLATE_NOOP(
            "Areas", "Hier sehen Sie die Termine, Wiedervorlagen und offenen Aufgaben des Tages."
        ),
        SP.SP_FileDialogInfoView,
    ),
    Area(
        "clients",
        QT_TRANSLATE_NOOP("Areas", "Klient:innen"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Hier suchen, erfassen und bearbeiten Sie Klient:innen mit Haushalt, Sprachen "
            "und Einwilligungen.",
        ),
        SP.SP_DirHomeIcon,
    ),
    Area(
        "cases",
        QT_TRANSLATE_NOOP("Areas", "Fälle"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Hier führen Sie Fälle durch die Phasen des Case Managements, mit Hilfeplan "
            "und Zielen.",
        ),
        SP.SP_FileDialogDetailedView,
    ),
    Area(
        "consultations",
        QT_TRANSLATE_NOOP("Areas", "Beratungen"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Hier dokumentieren Sie Beratungen mit Themen, Sprachmittlung und Verweisberatung.",
        ),
        SP.SP_MessageBoxInformation,
    ),
    Area(
        "group_offers",
        QT_TRANSLATE_NOOP("Areas", "Gruppenangebote"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Hier planen Sie Gruppenangebote wie das MuKi-S-Elterntraining und erfassen "
            "ihre Termine und Teilnahmen.",
        ),
        SP.SP_DirIcon,
    ),
    Area(
        "needs",
        QT_TRANSLATE_NOOP("Areas", "Strukturelle Bedarfe"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Hier melden und verfolgen Sie strukturelle Bedarfe – von der Herausforderung "
            "bis zur Lösung.",
        ),
        SP.SP_FileDialogContentsView,
    ),
    Area(
        "reports",
        QT_TRANSLATE_NOOP("Areas", "Berichte"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Hier erstellen Sie Auswertungen und Berichte, etwa für die jährliche Evaluation.",
        ),
        SP.SP_FileIcon,
    ),
    Area(
        "sync",
        QT_TRANSLATE_NOOP("Areas", "Synchronisation"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Hier gleichen Sie Ihre Daten mit dem Server des Kreises ab und klären Konflikte.",
        ),
        SP.SP_BrowserReload,
    ),
    Area(
        "settings",
        QT_TRANSLATE_NOOP("Areas", "Einstellungen"),
        QT_TRANSLATE_NOOP(
            "Areas", "Hier stellen Sie Sprache, automatische Sperre und weitere Optionen ein."
        ),
        SP.SP_FileDialogListView,
    ),
)


class NavigationList(QListWidget):
    """The list of areas on the left of the main window."""

    areaSelected = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, areas: tuple[Area, ...] = AREAS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self._areas = areas
        self.setIconSize(QSize(20, 20))
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        for area in areas:
            item = QListWidgetItem(self.style().standardIcon(area.icon), "")
            item.setData(0x0100, area.id)  # Qt.UserRole
            self.addItem(item)
        self.currentRowChanged.connect(self._emit_area)
        self.retranslate()

    def _emit_area(self, row: int) -> None:
        if 0 <= row < len(self._areas):
            self.areaSelected.emit(self._areas[row].id)

    def select(self, area_id: str) -> None:
        for row, area in enumerate(self._areas):
            if area.id == area_id:
                self.setCurrentRow(row)
                return
        raise KeyError(area_id)

    def current_area(self) -> str:
        return self._areas[self.currentRow()].id

    def titles(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]

    def retranslate(self) -> None:
        for row, area in enumerate(self._areas):
            item = self.item(row)
            item.setText(area.translated_title())
            shortcut = QKeySequence(f"Ctrl+{row + 1}").toString(
                QKeySequence.SequenceFormat.NativeText
            )
            item.setToolTip(f"{area.translated_title()} ({shortcut})")
        width = max((self.fontMetrics().horizontalAdvance(t) for t in self.titles()), default=0)
        self.setFixedWidth(width + 64)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
