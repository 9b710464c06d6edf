"""A ``TableModel`` whose rows are fetched page by page off the UI thread as the view scrolls.

``reload(fetch)`` starts over with the first page; scrolling to the end fetches the next.
``fetch(after)`` runs on a worker thread and returns a ``Page``: its rows and what to pass
as ``after`` for the next page (``None``: no more rows). A page arrives as one insert of all
its rows; pages of an older ``reload`` that arrive late are dropped (generation number).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QMetaMethod, QModelIndex, Signal

from kim_desktop.ui.operations import OperationRunner
from kim_desktop.ui.table_model import Column, Index, TableModel

R = TypeVar("R")


@dataclass(frozen=True)
class Page(Generic[R]):
    rows: Sequence[R]
    after: Any  # pass to ``fetch`` for the next page; None: this was the last page


Fetch = Callable[[Any], Page[R]]


PAGE_SIZE = 200


def offset_pages(fetch: Callable[[int, int], list[R]], page_size: int = PAGE_SIZE) -> Fetch[R]:
    """Pages of ``fetch(offset, limit)``: a short page is the last one."""

    def page(after: Any) -> Page[R]:
        offset = after or 0
        rows = fetch(offset, page_size)
        return Page(rows, offset + len(rows) if len(rows) == page_size else None)

    return page


class PagedTableModel(TableModel[R]):
    loading = Signal(bool)  # a page is being fetched
    loaded = Signal()  # a page arrived (the first of a reload, or a further one)
    failed = Signal(object)  # the exception of a failed fetch (raised if nobody listens)

    def __init__(
        self,
        columns: Sequence[Column[R]],
        runner: OperationRunner,
        fetch: Fetch[R] | None = None,
        parent: Any = None,
        *,
        tooltips: bool = False,
    ) -> None:
        super().__init__(columns, parent, tooltips=tooltips)
        self._runner = runner
        self._fetch = fetch
        self._after: Any = None
        self._generation = 0
        self._fetching = False

    def reload(self, fetch: Fetch[R] | None = None) -> None:
        """Fetch the first page (with ``fetch`` from now on, if given); rows stay until then."""
        if fetch is not None:
            self._fetch = fetch
        if self._fetch is None:
            return
        self._start(self._fetch, None, first=True)

    def has_more(self) -> bool:
        return self._after is not None

    def is_loading(self) -> bool:
        return self._fetching

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._after is not None and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self._fetch is not None:
            self._start(self._fetch, self._after, first=False)

    def _start(self, fetch: Fetch[R], after: Any, *, first: bool) -> None:
        if first:
            self._generation += 1
        generation = self._generation
        self._fetching = True
        self.loading.emit(True)
        self._runner.run(
            lambda: fetch(after),
            on_success=lambda page: self._arrived(generation, page, first),
            on_failure=lambda exc: self._failed(generation, exc),
        )

    def _arrived(self, generation: int, page: Page[R], first: bool) -> None:
        if generation != self._generation:
            return  # a newer reload was started meanwhile
        self._fetching = False
        self._after = page.after
        if first:
            self.set_rows(page.rows)
        else:
            self._append_rows(page.rows)
        self.loading.emit(False)
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.loading.emit(False)
        if not self.isSignalConnected(QMetaMethod.fromSignal(self.failed)):
            raise exc
        self.failed.emit(exc)
