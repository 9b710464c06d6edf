"""The client list: forgiving search, filters, sorting and paging (no Qt).

``ClientSearchService(office).search(query)`` returns the first page of matching clients;
``search(query, after=page.cursor)`` the next one. Pages are fetched by key (the sort values of
the last row), not by offset, so page 500 costs what page 1 costs, and no query counts all rows.
What the typed text means is decided in :mod:`kim_desktop.services.client_search_terms`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    bindparam,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    true,
    tuple_,
    type_coerce,
)
from sqlalchemy.orm import Session

from kim_desktop.db.models import Case, Client, Consultation
from kim_desktop.db.models.clients import PHONE_DIGITS_SQL
from kim_desktop.services.client_search_terms import SearchTerms, parse_search_text
from kim_desktop.services.office_session import OfficeSession

PAGE_SIZE = 100
ROWID = literal_column("clients.rowid", Integer)


class SortKey(StrEnum):
    NAME = "name"
    BIRTH_DATE = "birth_date"
    MUNICIPALITY = "municipality"
    FILE_NUMBER = "file_number"
    LAST_CONTACT = "last_contact"


class CaseState(StrEnum):
    ALL = "all"
    OPEN = "open"  # has an open case
    CLOSED = "closed"  # has no open case


@dataclass(frozen=True)
class ClientQuery:
    text: str = ""
    municipality_code: str | None = None
    target_group_code: str | None = None
    mine: bool = False  # only clients with an open case of mine
    case_state: CaseState = CaseState.ALL
    sort: SortKey = SortKey.NAME
    descending: bool = False


@dataclass(frozen=True)
class ClientRow:
    id: str
    file_number: str
    first_name: str
    last_name: str
    birth_date: date | None
    municipality_code: str
    target_group_code: str | None
    phone: str
    open_cases: int
    last_contact: date | None

    @property
    def display_name(self) -> str:
        """``Kovalenko, Olena`` as lists show names."""
        return ", ".join(part for part in (self.last_name, self.first_name) if part)


@dataclass(frozen=True)
class ClientPage:
    rows: list[ClientRow]
    cursor: tuple[Any, ...] | None  # pass as ``after`` for the next page; None: no more rows


def phone_digits_expression() -> Any:
    """SQL for the digits of a client's phone number: the expression of its index."""
    return literal_column(PHONE_DIGITS_SQL.replace("phone", "clients.phone"), String)


def _last_contact() -> Any:
    return (
        select(func.max(Consultation.held_on))
        .where(Consultation.client_id == Client.id, Consultation.deleted_at.is_(None))
        .scalar_subquery()
    )


def _open_cases(user_id: str | None = None) -> Any:
    condition = and_(
        Case.client_id == Client.id, Case.closed_on.is_(None), Case.deleted_at.is_(None)
    )
    if user_id is not None:
        condition = and_(condition, Case.case_manager_id == user_id)
    return condition


@cache
def _page_rows_statement() -> Any:
    """The shown columns of the clients whose rowids are in the JSON array ``:rowids``."""
    open_cases = select(func.count()).select_from(Case).where(_open_cases()).scalar_subquery()
    rowids = select(literal_column("value")).select_from(
        func.json_each(bindparam("rowids", type_=String))
    )
    return select(
        ROWID,
        Client.id,
        Client.file_number,
        Client.first_name,
        Client.last_name,
        Client.birth_date,
        Client.municipality_code,
        Client.target_group_code,
        Client.phone,
        open_cases,
        _last_contact(),
    ).where(ROWID.in_(rowids))


def _sort_columns(sort: SortKey) -> tuple[list[Any], bool]:
    """The ORDER BY expressions, ending with the rowid, and whether the first may be NULL.

    Ties are broken by SQLite's rowid, which every client list index holds anyway (the
    UUID would make those indexes twice as large). A cursor lives only while a list is shown.
    """
    name = [Client.last_name, Client.first_name, ROWID]
    if sort is SortKey.BIRTH_DATE:
        return [Client.birth_date, *name], True
    if sort is SortKey.MUNICIPALITY:
        return [Client.municipality_code, *name], False
    if sort is SortKey.FILE_NUMBER:
        return [Client.file_number, ROWID], False
    if sort is SortKey.LAST_CONTACT:
        return [_last_contact(), *name], True
    return name, False


def _after(
    columns: list[Any], values: tuple[Any, ...], nullable: bool, descending: bool
) -> ColumnElement[bool]:
    """Rows after ``values`` in the order of ``columns`` (keyset paging)."""
    if not nullable:
        if descending:
            return tuple_(*columns) < tuple_(*values)
        return tuple_(*columns) > tuple_(*values)
    head, rest = columns[0], columns[1:]
    value, rest_values = values[0], values[1:]
    tail = (
        tuple_(*rest) < tuple_(*rest_values) if descending else tuple_(*rest) > tuple_(*rest_values)
    )
    # SQLite sorts NULL first ascending and last descending.
    if value is None:
        same = and_(head.is_(None), tail)
        return same if descending else or_(same, head.is_not(None))
    if descending:
        return or_(head < value, head.is_(None), and_(head == value, tail))
    return or_(head > value, and_(head == value, tail))


def _word_condition(plain: str, shape: str | None) -> ColumnElement[bool]:
    """A typed word is the start of a word of the name (transliterated or skeleton)."""
    key = Client.search_key
    # GLOB: the key is lower-case ASCII, and GLOB compares without LIKE's case folding.
    condition = or_(key.op("GLOB")(f"{plain}*"), key.op("GLOB")(f"* {plain}*"))
    if shape and shape != plain:
        condition = or_(condition, key.op("GLOB")(f"{shape}*"), key.op("GLOB")(f"* {shape}*"))
    return condition


def text_conditions(terms: SearchTerms) -> list[ColumnElement[bool]]:
    """The WHERE terms for what was typed."""
    if terms.impossible:
        return [false()]
    conditions = [_word_condition(w.plain, w.skeleton) for w in terms.words]
    if terms.birth_date is not None:
        conditions.append(Client.birth_date == terms.birth_date)
    if terms.birthday is not None:
        day_month = f"-{terms.birthday.month:02d}-{terms.birthday.day:02d}"
        # Read the small birth date index first, instead of every row in list order.
        birthdays = select(ROWID).where(
            type_coerce(Client.birth_date, String).like(f"%{day_month}")
        )
        conditions.append(ROWID.in_(birthdays))
    if terms.phone_digits:
        digits = phone_digits_expression()
        conditions.append(and_(digits >= terms.phone_digits, digits < terms.phone_digits + ":"))
    if terms.file_number_prefix:
        prefix = terms.file_number_prefix
        conditions.append(and_(Client.file_number >= prefix, Client.file_number < prefix + "\x7f"))
    return conditions


class ClientSearchService:
    """Reads the client list; everything here is read-only."""

    def __init__(self, office: OfficeSession) -> None:
        self._office = office

    def conditions(self, query: ClientQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [Client.deleted_at.is_(None)]
        conditions += text_conditions(parse_search_text(query.text))
        if query.municipality_code:
            conditions.append(Client.municipality_code == query.municipality_code)
        if query.target_group_code:
            conditions.append(Client.target_group_code == query.target_group_code)
        if query.mine:
            conditions.append(exists().where(_open_cases(self._office.actor.user_id)))
        if query.case_state is CaseState.OPEN and not query.mine:
            conditions.append(exists().where(_open_cases()))
        elif query.case_state is CaseState.CLOSED:
            conditions.append(~exists().where(_open_cases()))
        return conditions

    def search(
        self,
        query: ClientQuery,
        after: tuple[Any, ...] | None = None,
        page_size: int = PAGE_SIZE,
    ) -> ClientPage:
        """One page of the clients that match ``query``, in its order.

        Two steps: the keys of the page's rows (read from an index where one fits), then the
        columns shown for just those rows.
        """
        columns, nullable = _sort_columns(query.sort)
        conditions = self.conditions(query)
        if after is not None:
            conditions.append(_after(columns, after, nullable, query.descending))
        order = [c.desc() for c in columns] if query.descending else list(columns)
        keys = (
            select(*columns)
            .select_from(Client)
            .where(and_(true(), *conditions))
            .order_by(*order)
            .limit(page_size + 1)
        )
        with self._office.database.reading() as session:
            found = session.execute(keys).all()
            more = len(found) > page_size
            found = found[:page_size]
            rows = self._rows(session, [key[-1] for key in found])
        cursor = tuple(found[-1]) if more and found else None
        return ClientPage(rows, cursor)

    @staticmethod
    def _rows(session: Session, rowids: list[int]) -> list[ClientRow]:
        if not rowids:
            return []
        # One statement for every page (the rowids travel as one JSON parameter), run on the
        # connection: a page costs little Python time on the worker, which would otherwise
        # hold the interpreter lock while the list is painted.
        result = session.connection().execute(
            _page_rows_statement(), {"rowids": json.dumps(rowids)}
        )
        by_rowid = {r[0]: ClientRow(*r[1:9], int(r[9] or 0), r[10]) for r in result}
        return [by_rowid[rowid] for rowid in rowids if rowid in by_rowid]
