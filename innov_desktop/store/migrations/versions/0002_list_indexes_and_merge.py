"""List indexes that skip tombstones, birth-date index, merged-into pointer, organization contact

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

The people and organization lists load their ordered ids from a covering index over
(deleted, sort_name, pk); duplicate detection blocks on birth date; a person merged into another
keeps a pointer to the record that absorbed it; an organization names its contact person.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into", sa.Uuid(), nullable=True))
    op.drop_index("ix_person_sort_name_pk", table_name="person")
    op.create_index(
        "ix_person_live_sort", "person", ["deleted", "sort_name", "pk", "sex", "residence_country", "roles"]
    )
    op.create_index("ix_person_birth_date", "person", ["birth_date"])
    op.drop_index("ix_organization_sort_name_pk", table_name="organization")
    op.create_index("ix_organization_live_sort", "organization", ["deleted", "sort_name", "pk"])
    fk = "fk_organization_contact_person_id_person"
    if op.get_bind().dialect.name == "sqlite":
        # in place, with the reference inline: no table rebuild, so the search triggers stay
        op.execute(
            f"ALTER TABLE organization ADD COLUMN contact_person_id CHAR(32) CONSTRAINT {fk} REFERENCES person (id)"
        )
    else:
        op.add_column("organization", sa.Column("contact_person_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(fk, "organization", "person", ["contact_person_id"], ["id"])
    op.create_index("ix_organization_contact_person_id", "organization", ["contact_person_id"])


def downgrade() -> None:
    op.drop_index("ix_organization_contact_person_id", table_name="organization")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_column("contact_person_id")
    op.drop_index("ix_organization_live_sort", table_name="organization")
    op.create_index("ix_organization_sort_name_pk", "organization", ["sort_name", "pk"])
    op.drop_index("ix_person_birth_date", table_name="person")
    op.drop_index("ix_person_live_sort", table_name="person")
    op.create_index("ix_person_sort_name_pk", "person", ["sort_name", "pk"])
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("merged_into")
