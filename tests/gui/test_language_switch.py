"""German by default, English at run time from the settings, Qt's own strings translated."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kim_desktop.services.settings import AppSettings
from kim_desktop.ui.i18n import TranslatorManager, translations_dir

ENGLISH_AREAS = [
    "Today",
    "Clients",
    "Cases",
    "Consultations",
    "Group offers",
    "Structural needs",
    "Reports",
    "Synchronisation",
    "Settings",
]


def cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    box.deleteLater()
    return text


def test_qtbase_german_is_loaded(translator: TranslatorManager) -> None:
    assert any("qtbase_de" in f for f in translator.installed_files())
    assert not any("kim_de" in f for f in translator.installed_files())
    assert cancel_text() == "Abbrechen"


def test_switch_to_english_and_back_in_settings(
    qtbot: Any,
    log_in: Any,
    make_shell: Any,
    office_paths: Any,
    office_login: str,
    office_password: str,
    translator: TranslatorManager,
) -> None:
    shell = make_shell(office_paths)
    shell.start()
    window = log_in(shell, office_login, office_password)
    window.navigation.select("settings")
    view = window.current_page()
    assert window.navigation.titles()[1] == "Klient:innen"
    qtbot.waitUntil(lambda: "nicht eingerichtet" in window.status.sync_label.text())

    view.language_combo.setCurrentIndex(view.language_combo.findData("en"))
    qtbot.waitUntil(lambda: window.navigation.titles() == ENGLISH_AREAS)
    assert window.menuBar().actions()[0].text() == "&File"
    assert "(Administration)" in window.status.user_label.text()
    assert window.status.sync_label.text().startswith("Synchronisation: not set up")
    assert view._title.text() == "Settings"
    assert cancel_text() == "Cancel"
    assert AppSettings.load(office_paths).language == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight

    window.navigation.select("reports")
    assert "This area is not available yet." in window.current_page().text()

    window.navigation.select("settings")
    view.language_combo.setCurrentIndex(view.language_combo.findData("de"))
    qtbot.waitUntil(lambda: window.navigation.titles()[1] == "Klient:innen")
    assert window.navigation.titles()[-1] == "Einstellungen"
    assert cancel_text() == "Abbrechen"
    assert AppSettings.load(office_paths).language == "de"


def test_saved_language_is_used_at_next_start(
    qtbot: Any, make_shell: Any, office_paths: Any, translator: TranslatorManager
) -> None:
    AppSettings(language="en").save(office_paths)
    shell = make_shell(office_paths)
    translator.apply(shell.settings.language)
    shell.start()
    dialog = shell.login_dialog
    assert dialog.login_button.text() == "Log in"
    assert dialog.windowTitle() == "KIM Desktop – Login"


def test_login_dialog_language_chooser(
    qtbot: Any, make_shell: Any, office_paths: Any, translator: TranslatorManager
) -> None:
    shell = make_shell(office_paths)
    shell.start()
    dialog = shell.login_dialog
    assert dialog.login_button.text() == "Anmelden"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qtbot.waitUntil(lambda: dialog.login_button.text() == "Log in")
    assert AppSettings.load(office_paths).language == "en"


def test_any_language_code_works_and_rtl_mirrors(qapp: QApplication, tmp_path: Any) -> None:
    manager = TranslatorManager(qapp, tmp_path)  # no KIM catalogues at all here
    try:
        manager.apply("ar")
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        assert manager.installed_files() == [f"{qt_dir}/qtbase_ar.qm"]
        manager.apply("xx")  # unknown: nothing to load, no error, left to right
        assert manager.installed_files() == []
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        manager.clear()
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_english_catalogue_is_found(qapp: QApplication) -> None:
    manager = TranslatorManager(qapp)
    try:
        manager.apply("en")
        assert str(translations_dir() / "kim_en.qm") in manager.installed_files()
        assert QCoreApplication.translate("Areas", "Klient:innen") == "Clients"
    finally:
        manager.apply("de")
        manager.clear()
