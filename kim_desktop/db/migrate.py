"""Schema versions: create a new database at head, upgrade an old one after a backup."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from kim_desktop.db.engine import checkpoint
from kim_desktop.domain.errors import KimError

# The newest revision in migrations/versions; a test keeps it equal to Alembic's head.
# Checking it needs no Alembic import, which keeps the application start fast.
HEAD_REVISION = "0005"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaTooNew(KimError):
    def __init__(self) -> None:
        super().__init__("schema_too_new")


def _alembic_config(connection: object) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` (each in the one transaction of this call)."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)  # type: ignore[arg-type]


def needs_upgrade(engine: Engine) -> bool:
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return False
    if current is not None and current not in known_revisions():
        raise SchemaTooNew()
    return True


def backup_database(engine: Engine, database_file: Path, backup_dir: Path, label: str) -> Path:
    """Copy the (still encrypted) database file after folding the WAL into it."""
    checkpoint(engine)
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"kim-{label}-{stamp}.db.bak"
    shutil.copy2(database_file, target)
    return target


def upgrade_with_backup(engine: Engine, database_file: Path, backup_dir: Path) -> Path | None:
    """Upgrade an older database to head; returns the backup made first (None if current)."""
    if not needs_upgrade(engine):
        return None
    backup = backup_database(engine, database_file, backup_dir, current_revision(engine) or "none")
    upgrade_to(engine, "head")
    return backup
