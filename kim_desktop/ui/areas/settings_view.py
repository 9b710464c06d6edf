"""Einstellungen: UI language and auto-lock time, saved and applied at once."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kim_desktop.domain.languages import UI_LANGUAGES
from kim_desktop.ui.i18n import TranslatorManager
from kim_desktop.ui.idle_watcher import IdleWatcher
from kim_desktop.ui.widgets import ErrorLabel

log = logging.getLogger(__name__)

MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 120


class SettingsView(QWidget):
    """Changes take effect immediately and are stored in the data directory's settings."""

    def __init__(
        self,
        settings: Any,
        paths: Any,
        translator: TranslatorManager,
        idle_watcher: IdleWatcher,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("area_settings")
        self._settings = settings
        self._paths = paths
        self._translator = translator
        self._idle = idle_watcher

        self._title = QLabel()
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._title.setFont(font)

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        self.language_combo.setMinimumWidth(200)
        for language in UI_LANGUAGES:
            self.language_combo.addItem(language.native_name, language.code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.language_combo.currentIndexChanged.connect(self._language_changed)

        self.auto_lock_spin = QSpinBox()
        self.auto_lock_spin.setObjectName("autoLockMinutes")
        self.auto_lock_spin.setMinimumWidth(140)
        self.auto_lock_spin.setRange(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock_spin.setValue(
            min(MAX_AUTO_LOCK_MINUTES, max(MIN_AUTO_LOCK_MINUTES, settings.auto_lock_minutes))
        )
        self.auto_lock_spin.valueChanged.connect(self._auto_lock_changed)

        self._group = QGroupBox()
        self._language_label = QLabel()
        self._language_label.setBuddy(self.language_combo)
        self._auto_lock_label = QLabel()
        self._auto_lock_label.setBuddy(self.auto_lock_spin)
        self._auto_lock_hint = QLabel()
        self._auto_lock_hint.setWordWrap(True)
        self._auto_lock_hint.setMinimumWidth(360)
        form = QFormLayout(self._group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self._language_label, self.language_combo)
        form.addRow(self._auto_lock_label, self.auto_lock_spin)
        form.addRow("", self._auto_lock_hint)
        self.error_label = ErrorLabel()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedNote")
        self.saved_label.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self._group)
        layout.addWidget(self.error_label)
        layout.addWidget(self.saved_label)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Einstellungen"))
        self._group.setTitle(self.tr("Bedienung"))
        self._language_label.setText(self.tr("&Sprache der Oberfläche:"))
        self._auto_lock_label.setText(self.tr("Automatische &Sperre nach:"))
        self.auto_lock_spin.setSuffix(self.tr(" Minuten"))
        self._auto_lock_hint.setText(
            self.tr(
                "Ohne Eingabe sperrt sich KIM Desktop nach dieser Zeit; nicht gespeicherte "
                "Eingaben bleiben erhalten."
            )
        )
        self.saved_label.setText(self.tr("Die Einstellungen wurden gespeichert."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self, _index: int) -> None:
        code = self.language_combo.currentData()
        if not code or code == self._settings.language:
            return
        self._settings.language = code
        self._translator.apply(code)
        self._save()

    def _auto_lock_changed(self, minutes: int) -> None:
        self._settings.auto_lock_minutes = minutes
        self._idle.set_timeout_minutes(minutes)
        self._save()

    def _save(self) -> None:
        try:
            self._settings.save(self._paths)
        except OSError as exc:
            log.error("saving settings failed", exc_info=exc)
            self.saved_label.setVisible(False)
            self.error_label.show_message(
                self.tr("Die Einstellungen konnten nicht gespeichert werden: {reason}").format(
                    reason=exc.strerror or str(exc)
                )
            )
            return
        self.error_label.clear_message()
        self.saved_label.setVisible(True)
