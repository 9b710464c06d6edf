"""Bulk work of the push path: thousands of rows or ids per batch, without per-row overhead.

``among``: ``column IN (ids)`` with one bound parameter (PostgreSQL ``= ANY(array)``, SQLite
``IN (SELECT value FROM json_each(?))``): a thousand ids make neither a thousand placeholders
to render and parse nor a new statement text per batch (so statements stay cached/prepared).

SQLite: one ``executemany`` of plain tuples (JSON and timestamps converted here the way
SQLAlchemy stores them, so reading through the Core table gives the same values).
PostgreSQL: ``COPY ... FROM STDIN`` on the transaction's own connection — psycopg would
otherwise send one statement per row, and a multi-row ``INSERT`` with thousands of
placeholders is slow to prepare on the client.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    Connection,
    DateTime,
    Table,
    any_,
    bindparam,
    func,
    literal_column,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY

_dumps = json.JSONEncoder(separators=(",", ":")).encode


class JsonText(str):
    """A value already encoded as JSON text: stored as it is."""

    __slots__ = ()


def json_text(value: Any) -> JsonText:
    return JsonText(_dumps(value))


def _json_text(value: Any) -> str:
    return value if type(value) is JsonText else _dumps(value)


def among(conn: Connection, column: Any, values: Any) -> ColumnElement[bool]:
    """``column IN values`` with the values in a single bound parameter."""
    values = list(values)
    dialect = conn.dialect.name
    if dialect == "postgresql":
        return column == any_(bindparam(None, values, type_=ARRAY(column.type), unique=True))
    if dialect == "sqlite":
        listed = select(literal_column("value")).select_from(
            func.json_each(bindparam(None, _dumps(values), unique=True))
        )
        return column.in_(listed)
    return column.in_(values)


def _timestamp_text(value: datetime) -> str:
    # SQLAlchemy's SQLite DateTime storage format "YYYY-MM-DD HH:MM:SS.ffffff", which
    # PostgreSQL's COPY reads as a timestamp too. A batch's rows share one ``now``: the memo
    # formats it once instead of once per row.
    return value.isoformat(" ", "microseconds")


def _converters(table: Table) -> list[tuple[str, Callable[[Any], Any] | None]]:
    converters: list[tuple[str, Callable[[Any], Any] | None]] = []
    for column in table.columns:
        if isinstance(column.type, JSON):
            converters.append((column.name, _json_text))
        elif isinstance(column.type, DateTime):
            converters.append((column.name, _timestamp_text))
        else:
            converters.append((column.name, None))
    return converters


def _rows(
    rows: list[dict[str, Any]], converters: list[Any], memo: dict[int, tuple[Any, Any]]
) -> list[tuple[Any, ...]]:
    names = [name for name, _ in converters]
    converted = [(index, convert) for index, (_, convert) in enumerate(converters) if convert]
    every_column = itemgetter(*names)
    out = []
    for row in rows:
        try:
            values = list(every_column(row))
        except KeyError:  # a row without some columns: those are NULL
            values = [row.get(name) for name in names]
        for index, convert in converted:
            value = values[index]
            if value is not None:
                known = memo.get(id(value))
                if known is None:  # the memo keeps ``value`` alive: its id stays unique
                    known = memo[id(value)] = (value, convert(value))
                values[index] = known[1]
        out.append(tuple(values))
    return out


def bulk_insert(
    conn: Connection,
    table: Table,
    rows: list[dict[str, Any]],
    memo: dict[int, tuple[Any, Any]] | None = None,
) -> None:
    """Insert ``rows`` (dicts by column name; a missing column is NULL) into ``table``.

    ``memo`` (``id(value)`` -> (value, converted)) is shared across calls, so that one dict
    stored in two tables is encoded once.
    """
    memo = {} if memo is None else memo
    if not rows:
        return
    columns = ", ".join(column.name for column in table.columns)
    if conn.dialect.name == "sqlite":
        converters = _converters(table)
        marks = ", ".join("?" for _ in converters)
        conn.exec_driver_sql(
            f"INSERT INTO {table.name} ({columns}) VALUES ({marks})", _rows(rows, converters, memo)
        )
        return
    if conn.dialect.name != "postgresql":
        conn.execute(table.insert(), rows)
        return
    driver = conn.connection.driver_connection
    assert driver is not None
    converters = _converters(table)
    with (
        driver.cursor() as cursor,
        cursor.copy(f"COPY {table.name} ({columns}) FROM STDIN") as copy,
    ):
        for values in _rows(rows, converters, memo):
            copy.write_row(values)
