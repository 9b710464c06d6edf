"""The client list: a paged model whose pages are searched off the UI thread while scrolling.

``set_query`` starts a new search; results of an older search that arrive late are dropped.
Sorting by a column is a new search in the service's order (the service pages by keyset, so
the order must come from the database, not from a re-sort of the rows loaded so far).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from kim_desktop.services.client_search import (
    ClientQuery,
    ClientRow,
    ClientSearchService,
    SortKey,
)
from kim_desktop.ui.operations import OperationRunner
from kim_desktop.ui.paged_table_model import Page, PagedTableModel
from kim_desktop.ui.table_model import Column

# The sort key of each column, in column order (None: not sortable).
SORT_KEYS: tuple[SortKey | None, ...] = (
    SortKey.FILE_NUMBER,
    SortKey.NAME,
    SortKey.BIRTH_DATE,
    SortKey.MUNICIPALITY,
    None,
    None,
    SortKey.LAST_CONTACT,
)


def german_date(value: date | None) -> str:
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}" if value is not None else ""


def client_columns(municipality_label: Callable[[str], str]) -> list[Column[ClientRow]]:
    return [
        Column(
            lambda: QCoreApplication.translate("ClientTableModel", "Aktenzeichen"),
            lambda r: r.file_number,
        ),
        Column(
            lambda: QCoreApplication.translate("ClientTableModel", "Name"), lambda r: r.display_name
        ),
        Column(
            lambda: QCoreApplication.translate("ClientTableModel", "Geburtsdatum"),
            lambda r: german_date(r.birth_date),
        ),
        Column(
            lambda: QCoreApplication.translate("ClientTableModel", "Kommune"),
            lambda r: municipality_label(r.municipality_code),
        ),
        Column(
            lambda: QCoreApplication.translate("ClientTableModel", "Telefon"), lambda r: r.phone
        ),
        Column(
            lambda: QCoreApplication.translate("ClientTableModel", "Offene Fälle"),
            lambda r: str(r.open_cases) if r.open_cases else "",
        ),
        Column(
            lambda: QCoreApplication.translate("ClientTableModel", "Letzter Kontakt"),
            lambda r: german_date(r.last_contact),
        ),
    ]


class ClientTableModel(PagedTableModel[ClientRow]):
    """``loading``, ``loaded`` (each page) and ``failed`` come from ``PagedTableModel``."""

    def __init__(
        self,
        service: ClientSearchService,
        runner: OperationRunner,
        municipality_label: Callable[[str], str],
        parent: Any = None,
    ) -> None:
        super().__init__(client_columns(municipality_label), runner, parent=parent)
        self._service = service
        self._query = ClientQuery()

    @property
    def query(self) -> ClientQuery:
        return self._query

    def set_query(self, query: ClientQuery) -> None:
        self._query = query
        service = self._service

        def fetch(after: Any) -> Page[ClientRow]:
            page = service.search(query, after=after)
            return Page(page.rows, page.cursor)

        self.reload(fetch)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending and self.rowCount():
            return
        self.set_query(
            ClientQuery(**{**self._query.__dict__, "sort": key, "descending": descending})
        )
