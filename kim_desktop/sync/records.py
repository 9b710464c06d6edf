"""What the sync engine knows about the replicated tables: columns, value types, link tables.

Built once from the SQLAlchemy models: every model with sync metadata (``SyncedMixin``) is a
replicated table; its synced columns are those the write path puts into the outbox, and its
many-to-many links (e.g. a consultation's topics) travel as a list of target keys.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Column, Date, LargeBinary, Table
from sqlalchemy.orm import Mapper

from kim_desktop.db.base import SYNC_METADATA_COLUMNS, Base, SyncedMixin, UtcDateTime
from kim_desktop.domain.search_key import skeleton, transliterate


@lru_cache(maxsize=65536)
def _name_words(part: str) -> tuple[str, ...]:
    return tuple(transliterate(part).split())


@lru_cache(maxsize=65536)
def _skeleton(word: str) -> str:
    return skeleton(word)


def client_search_key(first_name: str, last_name: str) -> str:
    """``name_search_key(first, last)``, with its parts cached (pulls apply 100,000 clients)."""
    words = _name_words(first_name or "") + _name_words(last_name or "")
    return " ".join(words + tuple(_skeleton(word) for word in words))


def _client_derived(row: dict[str, Any]) -> dict[str, Any]:
    if "first_name" in row and "last_name" in row:
        return {"search_key": client_search_key(row["first_name"], row["last_name"])}
    return {}


# Columns kept locally but computed from synced ones (not in the outbox).
DERIVED: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {"clients": _client_derived}

# A pulled record whose unique key is held locally by another record keeps its data under
# ``<key>~<last 8 characters of its id>`` and is made inactive (SYNC_PROTOCOL "Pull": users
# login collision; the same rule for catalogue codes). The contract says ``id[:8]``, but the
# first 8 characters of a UUIDv7 are its time and shared by ids made in the same minute.
UNIQUE_RENAME_COLUMN = {"users": "login"}
CATALOGUE_CODE = "code"


@dataclass(frozen=True)
class Link:
    """A many-to-many link table replicated as the list field ``key`` of its owner."""

    key: str
    table: Table
    owner_column: str
    target_column: str


@dataclass(frozen=True)
class TableInfo:
    name: str
    table: Table
    columns: dict[str, Column[Any]]
    converters: dict[str, Callable[[Any], Any]]
    links: dict[str, Link] = field(default_factory=dict)
    rename_column: str | None = None
    iso_converters: dict[str, Callable[[Any], Any]] = field(default_factory=dict)

    @property
    def client_scoped(self) -> bool:
        return "client_id" in self.table.c

    def row_values(self, fields: dict[str, Any], *, iso_dates: bool = False) -> dict[str, Any]:
        """Column values for the synced ``fields`` of a pulled record (unknown names dropped).

        ``iso_dates`` keeps valid ISO dates as text (the form SQLite stores them in).
        """
        values: dict[str, Any] = {}
        converters = self.iso_converters if iso_dates else self.converters
        columns = self.columns
        for name, value in fields.items():
            if name not in columns:
                continue
            convert = converters.get(name)
            values[name] = convert(value) if convert is not None and value is not None else value
        return values


def _to_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _checked_iso_date(value: Any) -> str:
    """An ISO date as text, checked (SQLite stores dates as this very text)."""
    if isinstance(value, str) and len(value) == 10:
        date.fromisoformat(value)
        return value
    return _to_date(value).isoformat()


def _to_datetime(value: Any) -> datetime:
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _to_bytes(value: Any) -> bytes:
    return value if isinstance(value, bytes) else base64.b64decode(value)


def _converter(column: Column[Any]) -> Callable[[Any], Any] | None:
    if isinstance(column.type, UtcDateTime):
        return _to_datetime
    if isinstance(column.type, Date):
        return _to_date
    if isinstance(column.type, LargeBinary):
        return _to_bytes
    return None


def _table_info(mapper: Mapper[Any]) -> TableInfo:
    table: Table = mapper.local_table  # type: ignore[assignment]
    columns: dict[str, Column[Any]] = {}
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if prop.key in SYNC_METADATA_COLUMNS and prop.key != "deleted_at":
            continue
        if column.info.get("sync", True) is False:
            continue
        columns[prop.key] = column  # type: ignore[assignment]
    links: dict[str, Link] = {}
    for rel in mapper.relationships:
        if rel.secondary is None:
            continue
        owner = rel.synchronize_pairs[0][1].name
        target = rel.secondary_synchronize_pairs[0][1].name
        links[rel.key] = Link(rel.key, rel.secondary, owner, target)  # type: ignore[arg-type]
    converters = {name: c for name, col in columns.items() if (c := _converter(col)) is not None}
    rename = UNIQUE_RENAME_COLUMN.get(table.name)
    if rename is None and CATALOGUE_CODE in columns and "active" in columns:
        rename = CATALOGUE_CODE
    iso = {
        name: _checked_iso_date if convert is _to_date else convert
        for name, convert in converters.items()
    }
    return TableInfo(table.name, table, columns, converters, links, rename, iso)


@cache
def replicated_tables() -> dict[str, TableInfo]:
    """Every replicated table by name."""
    found: dict[str, TableInfo] = {}
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, SyncedMixin):
            info = _table_info(mapper)
            found[info.name] = info
    return found


def client_tables() -> list[TableInfo]:
    """Tables whose records belong to a client through their own ``client_id``."""
    return [info for info in replicated_tables().values() if info.client_scoped]


def case_child_tables() -> list[TableInfo]:
    """Tables whose records belong to a client through their case (goals, phases, hand-overs)."""
    return [
        info
        for info in replicated_tables().values()
        if not info.client_scoped and "case_id" in info.table.c
    ]


@cache
def model_classes() -> dict[str, type[SyncedMixin]]:
    """The mapped class of each replicated table."""
    return {
        mapper.local_table.name: mapper.class_  # type: ignore[union-attr]
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncedMixin)
    }
