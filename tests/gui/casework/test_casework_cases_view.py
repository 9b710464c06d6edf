"""The "Fälle" area: my open cases, filters, Enter opens the client file at the case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kim_desktop.services.case_queries import CaseQueries
from kim_desktop.ui.cases.cases_view import create_view


def test_lists_my_open_cases_and_enter_opens_the_file(qtbot: Any, context: Any) -> None:
    mine = CaseQueries(context.office).my_open_cases()
    assert mine
    view = create_view(context)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.model.total() == len(mine), timeout=5000)
    assert view.count_label.text() == f"{len(mine)} Fälle"
    names = {view.model.index(r, 5).data() for r in range(view.model.rowCount())}
    assert names == {"Katharina Schneider"}

    view.scope_combo.setCurrentIndex(1)  # all cases
    qtbot.waitUntil(lambda: view.model.total() > len(mine), timeout=5000)
    view.state_combo.setCurrentIndex(view.state_combo.findData("closed"))
    qtbot.waitUntil(
        lambda: (
            view.model.rowCount() > 0
            and all(view.model.index(r, 7).data() for r in range(view.model.rowCount()))
        ),
        timeout=5000,
    )
    view.scope_combo.setCurrentIndex(0)
    view.state_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.model.total() == len(mine), timeout=5000)

    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    first = view.model.row_at(0)
    assert first is not None
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "clientFileWindow"]
    assert len(windows) == 1
    window = windows[0]
    assert window.client_id == first.client_id
    assert window.tabs.currentWidget() is window.cases_tab
    assert window.cases_tab.selected_case_id() == first.id
