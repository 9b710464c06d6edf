"""The client list with more clients than one page: lazy pages, selection, sorting, Enter."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from kim_desktop.db.models import Client
from kim_desktop.paths import DataPaths
from kim_desktop.services.auth import AuthService
from kim_desktop.services.client_search import (
    PAGE_SIZE,
    ClientQuery,
    ClientSearchService,
    SortKey,
)
from kim_desktop.services.demo.office import DEMO_PASSWORD, create_demo_office
from kim_desktop.ui.clients.clients_view import ClientsView
from kim_desktop.ui.view_context import ViewContext

CLIENTS = 250


@pytest.fixture(scope="module")
def demo_paths(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    paths = DataPaths(Path(tmp_path_factory.mktemp("client-list")) / "demo")
    create_demo_office(paths, clients=CLIENTS, seed=2)
    return paths


@pytest.fixture
def view(qtbot: Any, translator: Any, runner: Any, demo_paths: DataPaths) -> Iterator[ClientsView]:
    office = AuthService(demo_paths).login("cm.schneider", DEMO_PASSWORD)
    window = QWidget()
    qtbot.addWidget(window)
    clients = ClientsView(ViewContext(office, runner, window))
    qtbot.addWidget(clients)
    clients.resize(1366, 768)
    clients.show()
    qtbot.waitUntil(lambda: clients.model.rowCount() > 0, timeout=5000)
    yield clients
    assert runner.wait_for_done(10_000)
    office.close()


def _all_in_name_order(office: Any) -> list[str]:
    """File numbers of every client as the service pages them (the order the list shows)."""
    service = ClientSearchService(office)
    page = service.search(ClientQuery())
    numbers = [row.file_number for row in page.rows]
    while page.cursor is not None:
        page = service.search(ClientQuery(), after=page.cursor)
        numbers += [row.file_number for row in page.rows]
    return numbers


def _column(view: ClientsView, column: int) -> list[str]:
    model = view.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_scrolling_loads_pages_keeps_selection_and_enter_opens(
    qtbot: Any, view: ClientsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(ViewContext, "open_client", lambda self, cid: opened.append(cid))
    expected = _all_in_name_order(view._context.office)
    assert len(expected) > 2 * PAGE_SIZE  # the list needs three pages
    assert view.model.rowCount() == PAGE_SIZE
    assert view.status_label.text() == f"{PAGE_SIZE} Treffer angezeigt, weitere beim Blättern"

    view.table.setFocus()
    view.table.selectRow(5)
    selected = view.model.row_at(5)
    assert selected is not None

    view.table.scrollToBottom()  # the view asks for the next page at the end of the list
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 * PAGE_SIZE, timeout=5000)
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == len(expected), timeout=5000)
    assert not view.model.has_more()
    assert view.status_label.text() == f"{len(expected)} Treffer"
    assert _column(view, 0) == expected  # pages follow each other without gaps or repeats

    rows = view.table.selectionModel().selectedRows()
    assert [index.row() for index in rows] == [5]
    assert view.model.row_at(5) == selected
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [selected.id]


def test_clicking_a_header_sorts_the_whole_list(qtbot: Any, view: ClientsView) -> None:
    header = view.table.horizontalHeader()

    def click_header(column: int) -> None:
        x = header.sectionViewportPosition(column) + 10
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    def birth_dates() -> list[date]:
        return [
            date(*reversed([int(part) for part in text.split(".")]))
            for text in _column(view, 2)
            if text
        ]

    click_header(2)  # Geburtsdatum
    qtbot.waitUntil(lambda: view.model.query.sort is SortKey.BIRTH_DATE, timeout=5000)
    qtbot.waitUntil(lambda: not view.model.is_loading(), timeout=5000)
    ascending = birth_dates()
    assert len(ascending) > 50
    assert ascending == sorted(ascending)
    # the first page holds the earliest birth dates of all clients, not of the loaded rows
    with view._context.office.database.reading() as session:
        earliest = session.scalar(select(func.min(Client.birth_date)))
    assert ascending[0] == earliest

    click_header(2)
    qtbot.waitUntil(lambda: view.model.query.descending, timeout=5000)
    qtbot.waitUntil(lambda: not view.model.is_loading(), timeout=5000)
    descending = birth_dates()
    assert descending == sorted(descending, reverse=True)
    assert descending[0] > ascending[-1]


def test_typing_narrows_the_list_and_sort_order_stays(qtbot: Any, view: ClientsView) -> None:
    view.model.sort(0, Qt.SortOrder.DescendingOrder)  # Aktenzeichen, descending
    qtbot.waitUntil(
        lambda: view.model.query.descending and not view.model.is_loading(), timeout=5000
    )
    last_name = view.model.index(0, 1).data().split(", ")[0]
    qtbot.keyClicks(view.search_edit, last_name)
    qtbot.waitUntil(
        lambda: view.model.query.text == last_name and not view.model.is_loading(), timeout=5000
    )
    query = ClientQuery(text=last_name, sort=SortKey.FILE_NUMBER, descending=True)
    found = ClientSearchService(view._context.office).search(query).rows
    assert 0 < len(found) < PAGE_SIZE
    assert _column(view, 0) == [row.file_number for row in found]
    assert _column(view, 1) == [row.display_name for row in found]
    numbers = _column(view, 0)
    assert numbers == sorted(numbers, reverse=True)
