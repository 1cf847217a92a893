"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26

The first released schema: centers, organizations, people, the audit log, local state, and the
full-text indexes over people and organizations (SQLite FTS5, external content, kept current by
triggers on `search_text`, which the store computes on every write).
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
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at_wall", sa.String(length=32), nullable=False),
        sa.Column("clock", sa.BigInteger(), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_record_id"), ["record_id"], unique=False)

    op.create_table(
        "center",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("host_institution", sa.String(length=200), nullable=True),
        sa.Column("host_type", sa.String(length=32), nullable=False),
        sa.Column("focal_point", sa.Boolean(), nullable=False),
        sa.Column("maturity", sa.Integer(), nullable=False),
        sa.Column("services", sa.Text(), nullable=False),
        sa.Column("languages", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("established", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("modified_at", sa.BigInteger(), nullable=False),
        sa.Column("modified_by", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_center")),
        sa.UniqueConstraint("code", name=op.f("uq_center_code")),
        sa.UniqueConstraint("id", name=op.f("uq_center_id")),
    )
    with op.batch_alter_table("center", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_center_modified_at"), ["modified_at"], unique=False)

    op.create_table(
        "local_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_state")),
    )
    op.create_table(
        "organization",
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("acronym", sa.String(length=30), nullable=True),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("website", sa.String(length=200), nullable=True),
        sa.Column("sme_size", sa.String(length=16), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("sort_name", sa.String(length=200), nullable=False),
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("modified_at", sa.BigInteger(), nullable=False),
        sa.Column("modified_by", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_organization")),
        sa.UniqueConstraint("id", name=op.f("uq_organization_id")),
        sa.UniqueConstraint("number", name=op.f("uq_organization_number")),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organization_modified_at"), ["modified_at"], unique=False)
        batch_op.create_index("ix_organization_sort_name_pk", ["sort_name", "pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_organization_type"), ["type"], unique=False)

    op.create_table(
        "person",
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("given_name", sa.String(length=100), nullable=False),
        sa.Column("family_name", sa.String(length=100), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("nationality", sa.String(length=2), nullable=True),
        sa.Column("residence_country", sa.String(length=2), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("organization_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.String(length=200), nullable=True),
        sa.Column("languages", sa.String(length=100), nullable=False),
        sa.Column("roles", sa.String(length=200), nullable=False),
        sa.Column("consent_to_share", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("sort_name", sa.String(length=200), nullable=False),
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("modified_at", sa.BigInteger(), nullable=False),
        sa.Column("modified_by", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"], ["organization.id"], name=op.f("fk_person_organization_id_organization")
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_person")),
        sa.UniqueConstraint("id", name=op.f("uq_person_id")),
        sa.UniqueConstraint("number", name=op.f("uq_person_number")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_email"), ["email"], unique=False)
        batch_op.create_index("ix_person_sort_name_pk", ["sort_name", "pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_modified_at"), ["modified_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_phone"), ["phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_residence_country"), ["residence_country"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        for table in SEARCHED:
            for statement in _search_ddl(table):
                op.execute(statement)
    for statement in AUDIT_APPEND_ONLY.get(op.get_bind().dialect.name, ()):
        op.execute(statement)


SEARCHED = ("person", "organization")

AUDIT_APPEND_ONLY = {
    "sqlite": (
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
    ),
}


def _search_ddl(table: str) -> list[str]:
    fts = f"{table}_fts"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{table}', "
        f"content_rowid='pk', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
        f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.pk, new.search_text); END",
        f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.pk, old.search_text); END",
        f"CREATE TRIGGER {table}_fts_au AFTER UPDATE OF search_text ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.pk, old.search_text); "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.pk, new.search_text); END",
    ]


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        for table in SEARCHED:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_residence_country"))
        batch_op.drop_index(batch_op.f("ix_person_phone"))
        batch_op.drop_index(batch_op.f("ix_person_organization_id"))
        batch_op.drop_index(batch_op.f("ix_person_modified_at"))
        batch_op.drop_index("ix_person_sort_name_pk")
        batch_op.drop_index(batch_op.f("ix_person_email"))

    op.drop_table("person")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_type"))
        batch_op.drop_index("ix_organization_sort_name_pk")
        batch_op.drop_index(batch_op.f("ix_organization_modified_at"))

    op.drop_table("organization")
    op.drop_table("local_state")
    with op.batch_alter_table("center", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_center_modified_at"))

    op.drop_table("center")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_record_id"))

    op.drop_table("audit_log")
