"""The one table model of every list: texts made once per row, batches, pages off the UI thread."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from kim_desktop.domain.enums import AuditAction
from kim_desktop.services.client_file import AuditRow
from kim_desktop.ui.client_file.audit_model import audit_model
from kim_desktop.ui.paged_table_model import Page, PagedTableModel, offset_pages
from kim_desktop.ui.table_model import Column, TableModel


@dataclass(frozen=True)
class Person:
    number: int
    name: str


class CountingColumns:
    """Two columns whose text functions count how often they are called."""

    def __init__(self) -> None:
        self.calls = 0

    def name(self, person: Person) -> str:
        self.calls += 1
        return person.name

    def columns(self) -> list[Column[Person]]:
        return [
            Column(lambda: "Nr.", lambda p: str(p.number), align_right=True),
            Column(lambda: "Name", self.name),
        ]


def people(count: int, start: int = 0) -> list[Person]:
    return [Person(n, f"Person {n}") for n in range(start, start + count)]


def _shown(qtbot: Any, model: Any) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def _python_calls_while(action: Callable[[], None]) -> list[str]:
    """The Python functions the UI thread enters while ``action`` runs (outside this file)."""
    entered: list[str] = []

    def profile(frame: Any, event: str, _arg: Any) -> None:
        if event == "call" and frame.f_code.co_filename != __file__:
            entered.append(f"{frame.f_code.co_filename}:{frame.f_code.co_name}")

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return entered


def test_rows_texts_are_made_once_and_painting_runs_no_python(qtbot: Any) -> None:
    counting = CountingColumns()
    model: TableModel[Person] = TableModel(counting.columns())
    model.set_rows(people(1000))
    assert counting.calls == 1000  # once per row, when it is shown
    view = _shown(qtbot, model)

    def paint() -> None:
        for _ in range(3):
            view.viewport().repaint()

    def scroll_to_the_end() -> None:
        view.scrollToBottom()
        view.viewport().repaint()

    paint()  # once before: PySide makes some of its Python types on first use
    # Painting reads cells in C++: no call into Python, so a worker thread holding Python's
    # lock cannot hold up a paint. Reaching the end asks once whether there is more.
    assert _python_calls_while(paint) == []
    assert {call.rsplit(":", 1)[1] for call in _python_calls_while(scroll_to_the_end)} == {
        "canFetchMore"
    }
    assert counting.calls == 1000
    assert model.index(999, 1).data() == "Person 999"
    assert model.index(999, 0).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
    )
    assert model.row_at(999) == Person(999, "Person 999")
    assert model.row_at(1000) is None
    assert model.index(999, 1).data(Qt.ItemDataRole.ToolTipRole) is None  # not asked for
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable


def test_tooltips_are_the_cell_texts_and_sorting_keeps_the_rows(qtbot: Any) -> None:
    model: TableModel[Person] = TableModel(CountingColumns().columns(), tooltips=True)
    model.set_rows(people(3))
    assert model.index(2, 1).data(Qt.ItemDataRole.ToolTipRole) == "Person 2"
    view = _shown(qtbot, model)
    view.setSortingEnabled(True)
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 1).data() for r in range(3)] == ["Person 0", "Person 1", "Person 2"]
    assert model.row_at(0) == Person(0, "Person 0")


def test_retranslate_makes_texts_again_in_the_new_language(qtbot: Any, translator: Any) -> None:
    model = audit_model()
    row = AuditRow(datetime(2024, 5, 2, 9, 30), "", AuditAction.VIEW, "clients", None, [], "")
    model.set_rows([row])
    _shown(qtbot, model)
    assert model.index(0, 2).data() == "angesehen"
    assert model.index(0, 1).data() == "System"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Aktion"
    changed: list[Any] = []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))

    translator.apply("en")
    model.retranslate()
    assert changed == [(0, 0)]
    assert model.index(0, 2).data() == "viewed"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Action"


def test_a_batch_is_shown_at_a_time(qtbot: Any) -> None:
    model: TableModel[Person] = TableModel(CountingColumns().columns(), batch=200)
    model.set_rows(people(450))
    assert (model.rowCount(), model.total()) == (200, 450)
    assert model.row_at(199) == Person(199, "Person 199")
    assert model.row_at(200) is None  # not shown yet
    view = _shown(qtbot, model)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() >= 400)
    model.fetchMore()
    assert model.rowCount() == 450
    assert not model.canFetchMore()
    assert model.rows() == people(450)


def test_pages_arrive_as_one_insert_each_and_stale_pages_are_dropped(
    qtbot: Any, runner: Any
) -> None:
    model: PagedTableModel[Person] = PagedTableModel(CountingColumns().columns(), runner)
    inserts: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))

    def fetch(offset: int, limit: int) -> list[Person]:
        return people(min(limit, 250 - offset), offset)

    with qtbot.waitSignal(model.loaded):
        model.reload(offset_pages(fetch, 100))
    assert model.rowCount() == 100 and model.has_more()
    with qtbot.waitSignal(model.loaded):
        model.fetchMore()
    with qtbot.waitSignal(model.loaded):
        model.fetchMore()
    assert inserts == [(0, 99), (100, 199), (200, 249)]
    assert not model.has_more() and not model.canFetchMore()
    assert [p.number for p in model.rows()] == list(range(250))

    # a slow search overtaken by a newer one: its page must not replace the newer rows
    release = threading.Event()

    def slow(_after: Any) -> Page[Person]:
        release.wait(5)
        return Page(people(3, 1000), None)

    model.reload(slow)
    with qtbot.waitSignal(model.loaded):
        model.reload(lambda _after: Page(people(2, 500), None))
    release.set()
    assert runner.wait_for_done(5000)
    qtbot.wait(50)  # let the slow page's callback reach the UI thread
    assert [p.number for p in model.rows()] == [500, 501]
    assert not model.is_loading()


def test_a_failed_page_is_reported(qtbot: Any, runner: Any) -> None:
    model: PagedTableModel[Person] = PagedTableModel(CountingColumns().columns(), runner)
    states: list[bool] = []
    model.loading.connect(states.append)

    def broken(_after: Any) -> Page[Person]:
        raise OSError("disk gone")

    with qtbot.waitSignal(model.failed) as failure:
        model.reload(broken)
    assert isinstance(failure.args[0], OSError)
    assert states == [True, False]
    assert model.rowCount() == 0 and not model.is_loading()
