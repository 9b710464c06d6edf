"""The server's table catalogue matches the desktop models; migrations match the metadata."""

from __future__ import annotations

from datetime import date, datetime

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import JSON, Boolean, Date, Integer, inspect

import kim_desktop.db.models  # noqa: F401 - registers the desktop tables
from kim_desktop.db.base import SYNC_METADATA_COLUMNS, Base, SyncedMixin
from kim_desktop.server.schema import metadata
from kim_desktop.server.store import Store
from kim_desktop.server.tables import TABLE_FIELDS, value_problem


def _desktop_fields() -> dict[str, dict[str, str]]:
    """What the desktop's outbox sends per synced table, as the catalogue's value kinds."""
    found: dict[str, dict[str, str]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if not issubclass(cls, SyncedMixin):
            continue
        fields: dict[str, str] = {}
        for prop in mapper.column_attrs:
            column = prop.columns[0]
            if prop.key in SYNC_METADATA_COLUMNS and prop.key != "deleted_at":
                continue
            if column.info.get("sync", True) is False:
                continue
            kind = _kind(column)
            fields[prop.key] = kind + ("?" if column.nullable else "")
        for rel in mapper.relationships:
            if rel.secondary is not None:
                fields[rel.key] = "l"
        found[cls.__tablename__] = fields
    return found


def _kind(column) -> str:  # type: ignore[no-untyped-def]
    column_type = column.type
    if isinstance(column_type, JSON):
        return "j"
    if isinstance(column_type, Boolean):
        return "b"
    if isinstance(column_type, Integer):
        return "i"
    if isinstance(column_type, Date):
        return "d"
    try:
        python_type = column_type.python_type
    except NotImplementedError:
        python_type = None
    if python_type is datetime or type(column_type).__name__ == "UtcDateTime":
        return "t"
    if python_type is date:
        return "d"
    return "s"


def test_the_catalogue_names_every_synced_table_and_field() -> None:
    assert _desktop_fields() == TABLE_FIELDS


def test_value_kinds() -> None:
    assert value_problem("s", "Text") is None and value_problem("s", 3)
    assert value_problem("s?", None) is None and value_problem("s", None)
    assert value_problem("i", 3) is None and value_problem("i", True) and value_problem("i", "3")
    assert value_problem("d", "2025-03-01") is None and value_problem("d", "01.03.2025")
    assert value_problem("t", "2025-03-01T10:00:00+00:00") is None and value_problem("t", "gestern")
    assert value_problem("l", ["de", "ar"]) is None and value_problem("l", ["de", 1])
    assert value_problem("j", {"de": "x"}) is None and value_problem("j", "x")


def test_the_migrations_build_exactly_the_metadata(store_url: str) -> None:
    store = Store(store_url)
    try:
        store.migrate()
        store.migrate()  # a second start changes nothing
        with store.engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), metadata)
            assert differences == []
            tables = set(inspect(conn).get_table_names())
        assert {t.name for t in metadata.sorted_tables} | {"alembic_version"} == tables
    finally:
        store.dispose()
