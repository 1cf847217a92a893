"""What a conflict's later write may have seen: bundle sequences and acknowledgements, and where
this copy's side of a conflict came from and in which bundles it left

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

A later write settles a conflict only if its author had seen both values (sync/README.md,
"Conflicts"). For this copy's side, the merge needs where it came from and which of our bundles to
the peer carried it before the conflict; the bundle history keeps each bundle's sequence and, for
a received bundle, the last of our bundles the sender had applied. Conflicts recorded before this
revision leave the new columns empty and are settled as before, by the clock alone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sync_conflict", sa.Column("mine_source", sa.String(16), nullable=True))
    op.add_column("sync_conflict", sa.Column("mine_sent_from", sa.Integer(), nullable=True))
    op.add_column("sync_conflict", sa.Column("mine_sent_to", sa.Integer(), nullable=True))
    op.add_column("sync_bundle", sa.Column("seq", sa.BigInteger(), nullable=True))
    op.add_column("sync_bundle", sa.Column("ack_number", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_bundle") as batch_op:
        batch_op.drop_column("ack_number")
        batch_op.drop_column("seq")
    with op.batch_alter_table("sync_conflict") as batch_op:
        batch_op.drop_column("mine_sent_to")
        batch_op.drop_column("mine_sent_from")
        batch_op.drop_column("mine_source")
