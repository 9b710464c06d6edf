"""First start: the set-up dialog creates the office, but only from valid input."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from kim_desktop.domain.enums import Role
from kim_desktop.paths import DataPaths
from kim_desktop.services.office_setup import OfficeSetupService
from kim_desktop.ui.setup_dialog import SetupDialog

PASSWORD = "Sicheres-Passwort-7"


def fill_valid(dialog: SetupDialog) -> None:
    values = {
        "office_name": "KIM Case Management Lohmar",
        "street": "Rathausstraße 4",
        "postal_code": "53797",
        "city": "Lohmar",
        "phone": "02246 15-0",
        "email": "kim@lohmar.example",
        "display_name": "Berta Beispiel",
        "login": "b.beispiel",
        "password": PASSWORD,
        "password_repeat": PASSWORD,
    }
    for name, value in values.items():
        edit = dialog.fields[name]
        assert isinstance(edit, QLineEdit)
        edit.setText(value)
    dialog.set_municipality_checked("lohmar")


def test_first_start_shows_set_up_dialog(qtbot: Any, make_shell: Any, tmp_path: Any) -> None:
    shell = make_shell(DataPaths(tmp_path / "new"))
    shell.start()
    assert shell.setup_dialog is not None and shell.setup_dialog.isVisible()
    assert shell.login_dialog is None
    dialog = shell.setup_dialog
    assert dialog.fields["role"].currentData() == Role.ADMINISTRATOR.value
    assert dialog.fields["role"].currentText() == "Administration"
    assert dialog.municipality_list.count() >= 14


def test_invalid_input_shows_field_errors_and_creates_nothing(
    qtbot: Any, make_shell: Any, tmp_path: Any, runner: Any
) -> None:
    paths = DataPaths(tmp_path / "new")
    shell = make_shell(paths)
    shell.start()
    dialog = shell.setup_dialog
    fill_valid(dialog)
    dialog.fields["office_name"].setText("")
    dialog.fields["postal_code"].setText("5379")
    dialog.fields["email"].setText("kein-at-zeichen")
    dialog.fields["password_repeat"].setText("etwas-anderes-1")
    dialog.set_municipality_checked("lohmar", False)

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.field_error("office_name") == "Bitte füllen Sie dieses Feld aus."
    assert dialog.field_error("postal_code") == "Die Postleitzahl besteht aus fünf Ziffern."
    assert dialog.field_error("email").startswith("Bitte geben Sie eine gültige E-Mail-Adresse")
    assert dialog.field_error("password_repeat") == "Die beiden Passwörter stimmen nicht überein."
    assert dialog.field_error("municipality_codes") == (
        "Bitte wählen Sie mindestens eine Kommune aus."
    )
    assert dialog.field_error("city") == ""
    assert dialog.focusWidget() is dialog.fields["office_name"]
    assert not runner.busy()
    assert not paths.database.exists()
    assert not paths.key_file.exists()
    assert dialog.isVisible()


def test_valid_input_creates_office_and_leads_to_login(
    qtbot: Any, log_in: Any, make_shell: Any, tmp_path: Any
) -> None:
    paths = DataPaths(tmp_path / "new")
    shell = make_shell(paths)
    shell.start()
    dialog = shell.setup_dialog
    fill_valid(dialog)
    with qtbot.waitSignal(shell.loginShown, timeout=20_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert paths.is_initialised()
    assert shell.login_dialog.login_edit.text() == "b.beispiel"

    window = log_in(shell, "b.beispiel", PASSWORD)
    assert "Berta Beispiel" in window.status.user_label.text()
    assert window.status.office_label.text() == "KIM Case Management Lohmar"


def test_filter_hides_other_municipalities(
    qtbot: Any,
    runner: Any,
    translator: Any,
    tmp_path: Any,
) -> None:
    dialog = SetupDialog(OfficeSetupService(DataPaths(tmp_path / "x")), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.municipality_filter.setText("sankt")
    visible = [
        dialog.municipality_list.item(row).text()
        for row in range(dialog.municipality_list.count())
        if not dialog.municipality_list.item(row).isHidden()
    ]
    assert visible and all("sankt" in text.lower() for text in visible)


def test_enter_moves_to_next_field(qtbot: Any, runner: Any, translator: Any, tmp_path: Any) -> None:
    dialog = SetupDialog(OfficeSetupService(DataPaths(tmp_path / "x")), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.fields["office_name"].setFocus()
    qtbot.keyClick(dialog.fields["office_name"], Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.fields["street"]
    assert dialog.isVisible()


def test_escape_asks_before_discarding_input(
    qtbot: Any, runner: Any, translator: Any, tmp_path: Any
) -> None:
    dialog = SetupDialog(OfficeSetupService(DataPaths(tmp_path / "x")), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["office_name"].setText("Entwurf")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.findChild(QMessageBox, "discardQuestion")
    assert box is not None and box.isVisible()
    assert dialog.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.fields["office_name"].text() == "Entwurf"

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.findChild(QMessageBox, "discardQuestion")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_escape_without_input_closes_at_once(
    qtbot: Any, runner: Any, translator: Any, tmp_path: Any
) -> None:
    dialog = SetupDialog(OfficeSetupService(DataPaths(tmp_path / "x")), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
