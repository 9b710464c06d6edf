"""Schema migrations: a database at the first revision, with data, upgrades with a backup."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert, select, text

from kim_desktop.db import migrate
from kim_desktop.db.base import Base
from kim_desktop.db.engine import open_engine
from kim_desktop.db.keystore import KeyStore
from kim_desktop.db.models import LocalMeta
from kim_desktop.db.seed import seed_catalogues
from kim_desktop.paths import DataPaths
from kim_desktop.services.auth import AuthService
from kim_desktop.services.office_setup import OfficeSetupService
from kim_desktop.services.users import UserService

# The credentials of the office the root conftest's fixtures create (tests/conftest.py). Not
# imported from there: several test folders have a conftest module of that name.
OFFICE_LOGIN = "admin.test"
OFFICE_PASSWORD = "Passwort-2024"


def test_head_constant_matches_alembic() -> None:
    assert migrate.alembic_head() == migrate.HEAD_REVISION
    assert migrate.known_revisions()[0] == "0001"


# SQLite cannot reflect the expression index on phone digits, so autogenerate skips it.
@pytest.mark.filterwarnings("ignore:.*expression-based index:UserWarning")
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_migrated_schema_equals_the_models(office_paths: DataPaths) -> None:
    """A new office is built by the migrations; they must produce exactly the models' tables."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    office = AuthService(office_paths).login(OFFICE_LOGIN, OFFICE_PASSWORD)
    try:
        with office.database.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": False})
            diff = compare_metadata(context, Base.metadata)
    finally:
        office.close()
    assert diff == []


def _office_at_first_revision(paths: DataPaths) -> None:
    """What an installation of the first release left behind, with a client in it."""
    paths.ensure_root()
    key = KeyStore(paths.key_file).create(OFFICE_LOGIN, OFFICE_PASSWORD)
    engine = open_engine(paths.database, key, create=True)
    migrate.upgrade_to(engine, "0001")
    with engine.begin() as conn:
        seed_catalogues_0001(conn)
        conn.execute(insert(LocalMeta), [{"key": "device_id", "value": "a1b2c3d4e5f6"}])
        now = "2023-05-02 09:00:00.000000"
        meta = {
            "created_at": now,
            "updated_at": now,
            "hlc": "x",
            "origin_device": "a1b2c3d4e5f6",
            "version": 1,
        }
        conn.execute(
            text(
                "INSERT INTO users (id, login, display_name, role, email, phone, active,"
                " created_at, updated_at, hlc, origin_device, version)"
                " VALUES ('u1', :login, 'Anna Admin',"
                " 'administrator', '', '', 1, :created_at, :updated_at, :hlc, :origin_device,"
                " :version)"
            ),
            {"login": OFFICE_LOGIN, **meta},
        )
        conn.execute(
            text(
                "INSERT INTO offices (id, name, street, postal_code, city, phone, email,"
                " created_at, updated_at, hlc, origin_device, version)"
                " VALUES ('o1', 'Altes Büro', '', '', '',"
                " '', '', :created_at, :updated_at, :hlc, :origin_device, :version)"
            ),
            meta,
        )
        conn.execute(
            text(
                "INSERT INTO clients (id, file_number, first_name, last_name, birth_date, gender,"
                " municipality_code, street, postal_code, city, phone, email,"
                " interpreter_needed, notes, created_at, updated_at, hlc, origin_device, version)"
                " VALUES ('c1', 'TRO-23-0001-a1b2', 'Jürgen', 'Müller', :born, 'male', 'troisdorf',"
                " '', '', '', '', '', 0, '', :created_at, :updated_at, :hlc, :origin_device,"
                " :version)"
            ),
            {"born": date(1980, 3, 1).isoformat(), **meta},
        )
    engine.dispose()


def seed_catalogues_0001(conn: object) -> None:
    seed_catalogues(conn)  # type: ignore[arg-type] - catalogues have not changed since 0001


def test_upgrade_from_first_revision_keeps_data_and_backs_up(tmp_path: object) -> None:
    paths = DataPaths(tmp_path / "old-office")  # type: ignore[operator]
    _office_at_first_revision(paths)

    office = AuthService(paths).login(OFFICE_LOGIN, OFFICE_PASSWORD)
    try:
        assert migrate.current_revision(office.database.engine) == migrate.HEAD_REVISION
        with office.database.engine.connect() as conn:
            row = conn.execute(
                text("SELECT first_name, last_name, search_key FROM clients WHERE id = 'c1'")
            ).one()
        assert (row.first_name, row.last_name) == ("Jürgen", "Müller")
        assert "juergen mueller" in row.search_key  # filled for existing rows by 0002
        assert "mlr" in row.search_key  # Müller = Mueller = Muller
        assert [u.login for u in UserService(office).list_users()] == [OFFICE_LOGIN]
    finally:
        office.close()

    backups = list(paths.backup_dir.glob("kim-0001-*.db.bak"))
    assert len(backups) == 1
    # The backup is the old database, still encrypted with the same key, still at 0001.
    key = KeyStore(paths.key_file).unwrap(OFFICE_LOGIN, OFFICE_PASSWORD)
    old = open_engine(backups[0], key)
    assert migrate.current_revision(old) == "0001"
    with old.connect() as conn:
        assert conn.execute(text("SELECT last_name FROM clients")).scalar() == "Müller"
    old.dispose()
    assert b"M\xc3\xbcller" not in backups[0].read_bytes()


def test_current_database_is_not_backed_up_again(office_paths: DataPaths) -> None:
    AuthService(office_paths).login(OFFICE_LOGIN, OFFICE_PASSWORD).close()
    assert not office_paths.backup_dir.exists() or not list(office_paths.backup_dir.iterdir())


def test_newer_schema_is_refused(office_paths: DataPaths) -> None:
    import pytest

    from kim_desktop.services.auth import LoginError

    key = KeyStore(office_paths.key_file).unwrap(OFFICE_LOGIN, OFFICE_PASSWORD)
    engine = open_engine(office_paths.database, key)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(LoginError) as info:
        AuthService(office_paths).login(OFFICE_LOGIN, OFFICE_PASSWORD)
    assert info.value.code == "schema_too_new"


def test_setup_creates_database_at_head(office_paths: DataPaths) -> None:
    office = AuthService(office_paths).login(OFFICE_LOGIN, OFFICE_PASSWORD)
    try:
        assert migrate.current_revision(office.database.engine) == migrate.HEAD_REVISION
        with office.database.reading() as session:
            assert session.scalar(select(LocalMeta.value).where(LocalMeta.key == "device_id"))
    finally:
        office.close()
    assert OfficeSetupService(office_paths).municipality_choices()
