"""Initial schema of the whole domain (DESIGN.md): catalogues, office, clients, cases,
consultations, referrals, needs, group offers, appointments, documents, outbox, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-21 13:39:20.661871
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "create",
                "update",
                "delete",
                "restore",
                "view",
                "login",
                "login_failed",
                "unlock",
                "export",
                "admin",
                name="auditaction",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("table_name", sa.String(length=64), nullable=True),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("field_names", sa.JSON(), nullable=False),
        sa.Column("detail", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_user_id"), ["user_id"], unique=False)

    op.create_table(
        "consultation_topics",
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation_topics")),
        sa.UniqueConstraint("code", name=op.f("uq_consultation_topics_code")),
    )
    op.create_table(
        "countries",
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_countries")),
        sa.UniqueConstraint("code", name=op.f("uq_countries_code")),
    )
    op.create_table(
        "languages",
        sa.Column("native_name", sa.String(length=80), nullable=False),
        sa.Column("rtl", sa.Boolean(), nullable=False),
        sa.Column("letters_available", sa.Boolean(), nullable=False),
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_languages")),
        sa.UniqueConstraint("code", name=op.f("uq_languages_code")),
    )
    op.create_table(
        "letter_templates",
        sa.Column("document_kind", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_templates")),
        sa.UniqueConstraint("code", name=op.f("uq_letter_templates_code")),
    )
    op.create_table(
        "local_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_meta")),
    )
    op.create_table(
        "municipalities",
        sa.Column("kim_participant", sa.Boolean(), nullable=False),
        sa.Column("postal_codes", sa.JSON(), nullable=False),
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipalities")),
        sa.UniqueConstraint("code", name=op.f("uq_municipalities_code")),
    )
    op.create_table(
        "offices",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("logo_path", sa.String(length=500), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offices")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column(
            "op",
            sa.Enum(
                "insert",
                "update",
                "delete",
                "restore",
                name="outboxop",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("new_version", sa.Integer(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.Column("rejected_reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("change_id", name=op.f("uq_outbox_change_id")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outbox_acknowledged_at"), ["acknowledged_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_outbox_record_id"), ["record_id"], unique=False)

    op.create_table(
        "referral_targets",
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_targets")),
        sa.UniqueConstraint("code", name=op.f("uq_referral_targets_code")),
    )
    op.create_table(
        "residence_statuses",
        sa.Column("legal_basis", sa.String(length=80), nullable=True),
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_residence_statuses")),
        sa.UniqueConstraint("code", name=op.f("uq_residence_statuses_code")),
    )
    op.create_table(
        "target_groups",
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_groups")),
        sa.UniqueConstraint("code", name=op.f("uq_target_groups_code")),
    )
    op.create_table(
        "users",
        sa.Column("login", sa.String(length=32), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "case_manager",
                "mukis_case_manager",
                "coordinator",
                "administrator",
                name="role",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("login", name=op.f("uq_users_login")),
    )
    op.create_table(
        "clients",
        sa.Column("file_number", sa.String(length=32), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column(
            "gender",
            sa.Enum(
                "female", "male", "diverse", "unknown", name="gender", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("nationality_code", sa.String(length=48), nullable=True),
        sa.Column("residence_status_code", sa.String(length=48), nullable=True),
        sa.Column("residence_valid_until", sa.Date(), nullable=True),
        sa.Column("target_group_code", sa.String(length=48), nullable=True),
        sa.Column("arrival_date", sa.Date(), nullable=True),
        sa.Column("municipality_code", sa.String(length=48), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("preferred_language_code", sa.String(length=48), nullable=True),
        sa.Column("interpreter_needed", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_clients_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["nationality_code"],
            ["countries.code"],
            name=op.f("fk_clients_nationality_code_countries"),
        ),
        sa.ForeignKeyConstraint(
            ["preferred_language_code"],
            ["languages.code"],
            name=op.f("fk_clients_preferred_language_code_languages"),
        ),
        sa.ForeignKeyConstraint(
            ["residence_status_code"],
            ["residence_statuses.code"],
            name=op.f("fk_clients_residence_status_code_residence_statuses"),
        ),
        sa.ForeignKeyConstraint(
            ["target_group_code"],
            ["target_groups.code"],
            name=op.f("fk_clients_target_group_code_target_groups"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clients")),
        sa.UniqueConstraint("file_number", name=op.f("uq_clients_file_number")),
    )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_clients_municipality_code"), ["municipality_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_clients_phone"), ["phone"], unique=False)

    op.create_table(
        "group_offers",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "parents_training",
                "mukis_group",
                "information_event",
                "other",
                name="groupofferkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("municipality_code", sa.String(length=48), nullable=False),
        sa.Column("leader_id", sa.String(length=36), nullable=True),
        sa.Column("target_group_code", sa.String(length=48), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("planned_sessions", sa.Integer(), nullable=False),
        sa.Column("session_minutes", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["leader_id"], ["users.id"], name=op.f("fk_group_offers_leader_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_group_offers_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["target_group_code"],
            ["target_groups.code"],
            name=op.f("fk_group_offers_target_group_code_target_groups"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_offers")),
    )
    with op.batch_alter_table("group_offers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_group_offers_municipality_code"), ["municipality_code"], unique=False
        )

    op.create_table(
        "institutions",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("target_code", sa.String(length=48), nullable=False),
        sa.Column("municipality_code", sa.String(length=48), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_institutions_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["target_code"],
            ["referral_targets.code"],
            name=op.f("fk_institutions_target_code_referral_targets"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institutions")),
    )
    with op.batch_alter_table("institutions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_institutions_target_code"), ["target_code"], unique=False
        )

    op.create_table(
        "office_municipalities",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("municipality_code", sa.String(length=48), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_office_municipalities_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_office_municipalities_office_id_offices")
        ),
        sa.PrimaryKeyConstraint(
            "office_id", "municipality_code", name=op.f("pk_office_municipalities")
        ),
    )
    op.create_table(
        "structural_needs",
        sa.Column("reported_by_id", sa.String(length=36), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("municipality_code", sa.String(length=48), nullable=True),
        sa.Column("topic_code", sa.String(length=48), nullable=True),
        sa.Column("challenge", sa.Text(), nullable=False),
        sa.Column("affected_group", sa.String(length=300), nullable=False),
        sa.Column("cases_seen", sa.Integer(), nullable=False),
        sa.Column("example", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "in_work",
                "solved",
                "rejected",
                name="needstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("status_changed_on", sa.Date(), nullable=True),
        sa.Column("solution", sa.Text(), nullable=False),
        sa.Column("working_group", sa.String(length=200), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_structural_needs_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_structural_needs_owner_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["reported_by_id"], ["users.id"], name=op.f("fk_structural_needs_reported_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["topic_code"],
            ["consultation_topics.code"],
            name=op.f("fk_structural_needs_topic_code_consultation_topics"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_structural_needs")),
    )
    with op.batch_alter_table("structural_needs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_structural_needs_municipality_code"), ["municipality_code"], unique=False
        )

    op.create_table(
        "user_municipalities",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("municipality_code", sa.String(length=48), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_user_municipalities_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_municipalities_user_id_users")
        ),
        sa.PrimaryKeyConstraint(
            "user_id", "municipality_code", name=op.f("pk_user_municipalities")
        ),
    )
    op.create_table(
        "cases",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column(
            "case_type",
            sa.Enum(
                "one_time",
                "case_management",
                "mukis",
                name="casetype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("case_manager_id", sa.String(length=36), nullable=False),
        sa.Column("municipality_code", sa.String(length=48), nullable=False),
        sa.Column(
            "phase",
            sa.Enum(
                "intake",
                "assessment",
                "planning",
                "implementation",
                "closure",
                name="casephase",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column(
            "closing_reason",
            sa.Enum(
                "goals_reached",
                "referred",
                "client_ended",
                "no_contact",
                "moved_away",
                "other",
                name="closingreason",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("closing_note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_manager_id"], ["users.id"], name=op.f("fk_cases_case_manager_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_cases_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_cases_municipality_code_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cases_case_manager_id"), ["case_manager_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cases_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_cases_municipality_code"), ["municipality_code"], unique=False
        )

    op.create_table(
        "client_languages",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("language_code", sa.String(length=48), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_client_languages_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["language_code"],
            ["languages.code"],
            name=op.f("fk_client_languages_language_code_languages"),
        ),
        sa.PrimaryKeyConstraint("client_id", "language_code", name=op.f("pk_client_languages")),
    )
    op.create_table(
        "group_sessions",
        sa.Column("offer_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["offer_id"], ["group_offers.id"], name=op.f("fk_group_sessions_offer_id_group_offers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_sessions")),
    )
    with op.batch_alter_table("group_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_sessions_held_on"), ["held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_group_sessions_offer_id"), ["offer_id"], unique=False)

    op.create_table(
        "household_members",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column(
            "gender",
            sa.Enum(
                "female", "male", "diverse", "unknown", name="gender", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column(
            "relation",
            sa.Enum(
                "partner",
                "child",
                "parent",
                "sibling",
                "other",
                name="householdrelation",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("attends_kita", sa.Boolean(), nullable=False),
        sa.Column("speech_support_needed", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_household_members_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_members")),
    )
    with op.batch_alter_table("household_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_household_members_client_id"), ["client_id"], unique=False
        )

    op.create_table(
        "appointments",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("case_manager_id", sa.String(length=36), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("bring_along", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "held",
                "missed",
                "cancelled",
                name="appointmentstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_appointments_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["case_manager_id"], ["users.id"], name=op.f("fk_appointments_case_manager_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_appointments_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appointments_case_manager_id"), ["case_manager_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_appointments_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appointments_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "case_handovers",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("from_user_id", sa.String(length=36), nullable=False),
        sa.Column("to_user_id", sa.String(length=36), nullable=False),
        sa.Column("handed_over_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_handovers_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["from_user_id"], ["users.id"], name=op.f("fk_case_handovers_from_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["to_user_id"], ["users.id"], name=op.f("fk_case_handovers_to_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_handovers")),
    )
    with op.batch_alter_table("case_handovers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_handovers_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_phase_changes",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column(
            "from_phase",
            sa.Enum(
                "intake",
                "assessment",
                "planning",
                "implementation",
                "closure",
                name="casephase",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_phase",
            sa.Enum(
                "intake",
                "assessment",
                "planning",
                "implementation",
                "closure",
                name="casephase",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("changed_by_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_phase_changes_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["changed_by_id"], ["users.id"], name=op.f("fk_case_phase_changes_changed_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_phase_changes")),
    )
    with op.batch_alter_table("case_phase_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_phase_changes_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "documents",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("related_record_id", sa.String(length=36), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "consent",
                "appointment",
                "referral",
                "confirmation",
                "access_report",
                "intake_form",
                "other",
                name="documentkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("language_code", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("mime_type", sa.String(length=80), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_documents_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_documents_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_client_id"), ["client_id"], unique=False)

    op.create_table(
        "goals",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "reached",
                "partly_reached",
                "not_reached",
                "dropped",
                name="goalstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("result_note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_goals_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
    )
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goals_case_id"), ["case_id"], unique=False)

    op.create_table(
        "consents",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "case_management",
                "referral",
                "statistics",
                "contact",
                name="consentpurpose",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("recorded_by_id", sa.String(length=36), nullable=True),
        sa.Column("document_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_consents_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_consents_document_id_documents")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_consents_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_client_id"), ["client_id"], unique=False)

    op.create_table(
        "consultations",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("appointment_id", sa.String(length=36), nullable=True),
        sa.Column("case_manager_id", sa.String(length=36), nullable=False),
        sa.Column("municipality_code", sa.String(length=48), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column(
            "mode",
            sa.Enum(
                "in_person",
                "phone",
                "video",
                "home_visit",
                name="consultationmode",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "consultation_type",
            sa.Enum(
                "one_time",
                "case_management",
                "mukis_individual",
                name="consultationtype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "language_mediation",
            sa.Enum(
                "none", "person", "vasco", name="languagemediation", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("mediation_language_code", sa.String(length=48), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointments.id"],
            name=op.f("fk_consultations_appointment_id_appointments"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_consultations_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["case_manager_id"], ["users.id"], name=op.f("fk_consultations_case_manager_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_consultations_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["mediation_language_code"],
            ["languages.code"],
            name=op.f("fk_consultations_mediation_language_code_languages"),
        ),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_consultations_municipality_code_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultations")),
    )
    with op.batch_alter_table("consultations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consultations_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consultations_case_manager_id"), ["case_manager_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_consultations_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consultations_held_on"), ["held_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consultations_municipality_code"), ["municipality_code"], unique=False
        )

    op.create_table(
        "consultation_topics_link",
        sa.Column("consultation_id", sa.String(length=36), nullable=False),
        sa.Column("topic_code", sa.String(length=48), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultations.id"],
            name=op.f("fk_consultation_topics_link_consultation_id_consultations"),
        ),
        sa.ForeignKeyConstraint(
            ["topic_code"],
            ["consultation_topics.code"],
            name=op.f("fk_consultation_topics_link_topic_code_consultation_topics"),
        ),
        sa.PrimaryKeyConstraint(
            "consultation_id", "topic_code", name=op.f("pk_consultation_topics_link")
        ),
    )
    with op.batch_alter_table("consultation_topics_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consultation_topics_link_topic_code"), ["topic_code"], unique=False
        )

    op.create_table(
        "referrals",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("consultation_id", sa.String(length=36), nullable=True),
        sa.Column("case_manager_id", sa.String(length=36), nullable=False),
        sa.Column("municipality_code", sa.String(length=48), nullable=False),
        sa.Column(
            "direction",
            sa.Enum("outgoing", "incoming", name="referraldirection", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("target_code", sa.String(length=48), nullable=False),
        sa.Column("institution_id", sa.String(length=36), nullable=True),
        sa.Column("institution_name", sa.String(length=200), nullable=False),
        sa.Column("consent_id", sa.String(length=36), nullable=True),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "suggested",
                "arranged",
                "accepted",
                "declined",
                "completed",
                name="referralstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("status_changed_on", sa.Date(), nullable=True),
        sa.Column("declined_reason", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_referrals_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["case_manager_id"], ["users.id"], name=op.f("fk_referrals_case_manager_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_referrals_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consents.id"], name=op.f("fk_referrals_consent_id_consents")
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultations.id"],
            name=op.f("fk_referrals_consultation_id_consultations"),
        ),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institutions.id"],
            name=op.f("fk_referrals_institution_id_institutions"),
        ),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_referrals_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["target_code"],
            ["referral_targets.code"],
            name=op.f("fk_referrals_target_code_referral_targets"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referrals_case_manager_id"), ["case_manager_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referrals_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referrals_consultation_id"), ["consultation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_referrals_follow_up_on"), ["follow_up_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_referrals_municipality_code"), ["municipality_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referrals_referred_on"), ["referred_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_referrals_target_code"), ["target_code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_target_code"))
        batch_op.drop_index(batch_op.f("ix_referrals_referred_on"))
        batch_op.drop_index(batch_op.f("ix_referrals_municipality_code"))
        batch_op.drop_index(batch_op.f("ix_referrals_follow_up_on"))
        batch_op.drop_index(batch_op.f("ix_referrals_consultation_id"))
        batch_op.drop_index(batch_op.f("ix_referrals_client_id"))
        batch_op.drop_index(batch_op.f("ix_referrals_case_manager_id"))

    op.drop_table("referrals")
    with op.batch_alter_table("consultation_topics_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consultation_topics_link_topic_code"))

    op.drop_table("consultation_topics_link")
    with op.batch_alter_table("consultations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consultations_municipality_code"))
        batch_op.drop_index(batch_op.f("ix_consultations_held_on"))
        batch_op.drop_index(batch_op.f("ix_consultations_client_id"))
        batch_op.drop_index(batch_op.f("ix_consultations_case_manager_id"))
        batch_op.drop_index(batch_op.f("ix_consultations_case_id"))

    op.drop_table("consultations")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_client_id"))

    op.drop_table("consents")
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goals_case_id"))

    op.drop_table("goals")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_client_id"))

    op.drop_table("documents")
    with op.batch_alter_table("case_phase_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_phase_changes_case_id"))

    op.drop_table("case_phase_changes")
    with op.batch_alter_table("case_handovers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_handovers_case_id"))

    op.drop_table("case_handovers")
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointments_starts_at"))
        batch_op.drop_index(batch_op.f("ix_appointments_client_id"))
        batch_op.drop_index(batch_op.f("ix_appointments_case_manager_id"))

    op.drop_table("appointments")
    with op.batch_alter_table("household_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_members_client_id"))

    op.drop_table("household_members")
    with op.batch_alter_table("group_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_sessions_offer_id"))
        batch_op.drop_index(batch_op.f("ix_group_sessions_held_on"))

    op.drop_table("group_sessions")
    op.drop_table("client_languages")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_municipality_code"))
        batch_op.drop_index(batch_op.f("ix_cases_client_id"))
        batch_op.drop_index(batch_op.f("ix_cases_case_manager_id"))

    op.drop_table("cases")
    op.drop_table("user_municipalities")
    with op.batch_alter_table("structural_needs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_structural_needs_municipality_code"))

    op.drop_table("structural_needs")
    op.drop_table("office_municipalities")
    with op.batch_alter_table("institutions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_institutions_target_code"))

    op.drop_table("institutions")
    with op.batch_alter_table("group_offers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_offers_municipality_code"))

    op.drop_table("group_offers")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clients_phone"))
        batch_op.drop_index(batch_op.f("ix_clients_municipality_code"))

    op.drop_table("clients")
    op.drop_table("users")
    op.drop_table("target_groups")
    op.drop_table("residence_statuses")
    op.drop_table("referral_targets")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_record_id"))
        batch_op.drop_index(batch_op.f("ix_outbox_acknowledged_at"))

    op.drop_table("outbox")
    op.drop_table("offices")
    op.drop_table("municipalities")
    op.drop_table("local_meta")
    op.drop_table("letter_templates")
    op.drop_table("languages")
    op.drop_table("countries")
    op.drop_table("consultation_topics")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_user_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_record_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
