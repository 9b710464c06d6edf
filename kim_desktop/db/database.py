"""An open office database: engine, session factory with the write path, and this device."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from kim_desktop.db.models.local import AuditEntry, LocalMeta
from kim_desktop.db.write_path import WRITE_CONTEXT_KEY, WriteContext, install_write_path
from kim_desktop.domain.enums import AuditAction
from kim_desktop.sync.clock import HybridLogicalClock

DEVICE_ID_KEY = "device_id"


class Database:
    """The unit of work of the desktop: every change runs in ``transaction(user_id)``."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._factory = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        install_write_path(self._factory)
        with self._factory() as session:
            device = session.get(LocalMeta, DEVICE_ID_KEY)
        if device is None:
            raise RuntimeError("database has no device id; was it initialised?")
        self._device_id = device.value
        self._clock = HybridLogicalClock(self._device_id)

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def device_id(self) -> str:
        return self._device_id

    @property
    def clock(self) -> HybridLogicalClock:
        return self._clock

    @contextmanager
    def transaction(self, user_id: str | None) -> Iterator[Session]:
        """A session whose changes commit together with their outbox and audit rows."""
        with self._factory.begin() as session:
            session.info[WRITE_CONTEXT_KEY] = WriteContext(user_id, self._device_id, self._clock)
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; objects stay usable (detached) after it ends.

        Closing without commit discards anything changed in it.
        """
        session = self._factory()
        try:
            yield session
        finally:
            session.close()

    def audit(
        self,
        user_id: str | None,
        action: AuditAction,
        *,
        table_name: str | None = None,
        record_id: str | None = None,
        detail: str = "",
    ) -> None:
        """Record an event that changes no record (login, view, export) in the audit trail."""
        with self.transaction(user_id) as session:
            session.add(
                AuditEntry(
                    user_id=user_id,
                    device_id=self._device_id,
                    action=action,
                    table_name=table_name,
                    record_id=record_id,
                    detail=detail,
                )
            )

    def meta(self, key: str) -> str | None:
        with self.reading() as session:
            return session.scalar(select(LocalMeta.value).where(LocalMeta.key == key))

    def close(self) -> None:
        self._engine.dispose()
