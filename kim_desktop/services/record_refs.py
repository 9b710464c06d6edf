"""Which client a replicated record belongs to, for lists that name records by table and id
(sync errors, the conflict inbox) and open the client's file from them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from kim_desktop.db.base import Base
from kim_desktop.db.models import Case, Client
from kim_desktop.services.office_session import OfficeSession

RecordKey = tuple[str, str]  # (table name, record id)


@dataclass(frozen=True)
class RecordRef:
    table: str
    record_id: str
    client_id: str | None = None
    client_name: str = ""
    file_number: str = ""


def _mapped_classes() -> dict[str, type]:
    return {
        mapper.class_.__tablename__: mapper.class_
        for mapper in Base.registry.mappers
        if hasattr(mapper.class_, "__tablename__")
    }


def resolve_records(office: OfficeSession, keys: Iterable[RecordKey]) -> dict[RecordKey, RecordRef]:
    """The client (id, name, file number) of each record, where the record has one and is on
    this device; records without a client map to a ``RecordRef`` without ``client_id``."""
    by_table: dict[str, set[str]] = defaultdict(set)
    for table, record_id in keys:
        by_table[table].add(record_id)
    classes = _mapped_classes()
    client_of: dict[RecordKey, str] = {}
    with office.database.reading() as session:
        for table, ids in by_table.items():
            model = classes.get(table)
            if model is None:
                continue
            id_list = sorted(ids)
            if model is Client:
                rows = [(record_id, record_id) for record_id in id_list]
            elif hasattr(model, "client_id"):
                rows = session.execute(
                    select(model.id, model.client_id).where(model.id.in_(id_list))  # type: ignore[attr-defined]
                ).all()
            elif hasattr(model, "case_id"):
                rows = session.execute(
                    select(model.id, Case.client_id)  # type: ignore[attr-defined]
                    .join(Case, Case.id == model.case_id)  # type: ignore[attr-defined]
                    .where(model.id.in_(id_list))  # type: ignore[attr-defined]
                ).all()
            else:
                rows = []
            for record_id, client_id in rows:
                if client_id:
                    client_of[(table, record_id)] = client_id
        client_ids = sorted(set(client_of.values()))
        clients = {
            row.id: row
            for row in session.execute(
                select(Client.id, Client.first_name, Client.last_name, Client.file_number).where(
                    Client.id.in_(client_ids)
                )
            ).all()
        }
    refs: dict[RecordKey, RecordRef] = {}
    for table, ids in by_table.items():
        for record_id in ids:
            client_id = client_of.get((table, record_id))
            client = clients.get(client_id) if client_id else None
            if client is None:
                refs[(table, record_id)] = RecordRef(table, record_id)
                continue
            refs[(table, record_id)] = RecordRef(
                table,
                record_id,
                client_id,
                f"{client.first_name} {client.last_name}".strip(),
                client.file_number,
            )
    return refs
