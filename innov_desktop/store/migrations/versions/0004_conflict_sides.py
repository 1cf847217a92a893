"""Where this copy's side of a conflict came from: its sequence here and its source

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

A later write that settles a conflict must have seen both of its values. The merge tells whether
the writer saw this copy's side from the sequence that side had here (acknowledged by the sender or
not) and from where it came; conflicts recorded before this revision leave both empty and are
settled as before, by the clock alone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sync_conflict", sa.Column("mine_seq", sa.BigInteger(), nullable=True))
    op.add_column("sync_conflict", sa.Column("mine_source", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_conflict") as batch_op:
        batch_op.drop_column("mine_source")
        batch_op.drop_column("mine_seq")
