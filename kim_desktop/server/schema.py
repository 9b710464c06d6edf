"""The server's own tables (SQLAlchemy Core metadata); Alembic migrations create them."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# Timestamps are stored as naive UTC (both stores), converted at the edges.
accounts = Table(
    "accounts",
    metadata,
    Column("login", String(64), primary_key=True),
    Column("display_name", String(200), nullable=False),
    Column("role", String(32), nullable=False),
    Column("municipalities", JSON, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

enrolment_codes = Table(
    "enrolment_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("login", String(64), nullable=False, index=True),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("used_at", DateTime),
    Column("used_by_device", String(64)),
)

devices = Table(
    "devices",
    metadata,
    Column("device_id", String(64), primary_key=True),
    Column("login", String(64), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("bundle_key", String(64), nullable=False),  # base64 of 32 bytes
    Column("last_applied_seq", BigInteger, nullable=False, default=0),
    Column("last_pull_cursor", BigInteger, nullable=False, default=0),
    Column("enrolled_at", DateTime, nullable=False),
    Column("last_seen_at", DateTime),
    Column("revoked_at", DateTime),
    # X-KIM-Device-Time minus the server's time when the device was last heard (seconds)
    Column("clock_skew_seconds", Float),
)

# Current state of every replicated record. ``field_meta`` holds, per field, the last change
# that set it: [version, device_id, hlc, login] — what the per-field merge compares against.
records = Table(
    "records",
    metadata,
    Column("record_id", String(64), primary_key=True),
    Column("table_name", String(64), primary_key=True),
    Column("fields", JSON, nullable=False),
    Column("field_meta", JSON, nullable=False),
    Column("version", Integer, nullable=False),
    Column("hlc", String(80), nullable=False),
    Column("last_op", String(16), nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("erased", Boolean, nullable=False, default=False),
    Column("scoped", Boolean, nullable=False, default=False),  # belongs to a client
    Column("client_id", String(64)),
    Column("case_id", String(64)),
    Column("municipality_code", String(64)),
    Column("ref_user_id", String(64)),  # cases: case_manager_id
    Column("user_login", String(64)),  # users: login
    Column("last_seq", BigInteger, nullable=False, unique=True),
    Column("updated_at", DateTime, nullable=False),
)
Index("ix_records_table_seq", records.c.table_name, records.c.last_seq)
# The scope columns are NULL for most records (``user_login`` for all but users, ...): partial
# indexes skip those rows, so a push of 10,000 records writes far fewer index entries.
for _column in (
    records.c.client_id,
    records.c.case_id,
    records.c.ref_user_id,
    records.c.user_login,
):
    Index(
        f"ix_records_{_column.name}",
        _column,
        postgresql_where=_column.isnot(None),
        sqlite_where=_column.isnot(None),
    )

# District-wide sequence of accepted changes (and re-emissions, op "reemit").
change_log = Table(
    "change_log",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("table_name", String(64), nullable=False),
    Column("record_id", String(64), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("op", String(16), nullable=False),
    Column("fields", JSON, nullable=False),
    Column("device_id", String(64)),
    Column("login", String(64)),
    Column("hlc", String(80), nullable=False),
    Column("created_at", DateTime, nullable=False),
)

# What each pushed op got, so a resent op is answered from here (exactly once).
op_results = Table(
    "op_results",
    metadata,
    Column("device_id", String(64), primary_key=True),
    Column("device_seq", BigInteger, primary_key=True, autoincrement=False),
    Column("change_id", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("version", Integer),
    Column("reason", Text),
    Column("conflicts", JSON),  # ids of conflicts the op made; NULL for none
    Column("created_at", DateTime, nullable=False),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("conflict_id", String(64), primary_key=True),
    Column("table_name", String(64), nullable=False),
    Column("record_id", String(64), nullable=False, index=True),
    Column("client_id", String(64), index=True),
    Column("field", String(64), nullable=False),
    Column("base_value", JSON),
    Column("server_value", JSON),
    Column("device_value", JSON),
    Column("server_hlc", String(80), nullable=False),
    Column("device_hlc", String(80), nullable=False),
    Column("server_login", String(64)),
    Column("device_login", String(64)),
    Column("server_device", String(64)),
    Column("device_device", String(64)),
    Column("created_at", DateTime, nullable=False),
    Column("resolved_at", DateTime),
    Column("resolved_by", String(64)),
    Column("resolution", JSON),
    Column("note", Text),
)

# The one district-wide counter (a single row, id = 1).
seq_counter = Table(
    "seq_counter",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("last_seq", BigInteger, nullable=False),
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
