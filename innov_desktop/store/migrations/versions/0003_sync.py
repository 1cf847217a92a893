"""Sync bookkeeping: per-record change sequence and field stamps; peers, bundle history, conflicts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

Every synced table gets `sync_seq` (this installation's change sequence, what an export selects
on) and `sync_meta` (per-field clock, writer, sequence and source; empty means every field carries
the record's own stamp). Records that exist before the upgrade get sequence 1 so that the first
bundle carries them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SYNCED = ("center", "organization", "person")


def upgrade() -> None:
    for table in SYNCED:  # plain ADD COLUMN: no table rebuild, so the search triggers stay
        op.add_column(table, sa.Column("sync_seq", sa.BigInteger(), nullable=False, server_default="0"))
        op.add_column(table, sa.Column("sync_meta", sa.Text(), nullable=False, server_default=""))
        op.create_index(f"ix_{table}_sync_seq", table, ["sync_seq"])
        op.execute(f"UPDATE {table} SET sync_seq = 1")
    op.execute(
        "INSERT INTO local_state (key, value) SELECT 'seq:sync', '1' "
        "WHERE EXISTS (SELECT 1 FROM center) AND NOT EXISTS (SELECT 1 FROM local_state WHERE key = 'seq:sync')"
    )
    op.create_table(
        "sync_peer",
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("registered_at", sa.String(32), nullable=False),
        sa.Column("out_number", sa.Integer(), nullable=False),
        sa.Column("acked_seq", sa.BigInteger(), nullable=False),
        sa.Column("in_number", sa.Integer(), nullable=False),
        sa.Column("in_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_sync_peer"),
    )
    op.create_table(
        "sync_bundle",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("direction", sa.String(3), nullable=False),
        sa.Column("peer", sa.String(16), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("handled_at", sa.String(32), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_sync_bundle"),
    )
    op.create_index("ix_sync_bundle_peer", "sync_bundle", ["peer"])
    op.create_index("ix_sync_bundle_sha256", "sync_bundle", ["sha256"])
    op.create_table(
        "sync_conflict",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("mine_value", sa.Text(), nullable=False),
        sa.Column("mine_clock", sa.BigInteger(), nullable=False),
        sa.Column("mine_writer", sa.String(80), nullable=False),
        sa.Column("theirs_value", sa.Text(), nullable=False),
        sa.Column("theirs_clock", sa.BigInteger(), nullable=False),
        sa.Column("theirs_writer", sa.String(80), nullable=False),
        sa.Column("peer", sa.String(16), nullable=False),
        sa.Column("bundle_number", sa.Integer(), nullable=False),
        sa.Column("detected_at", sa.String(32), nullable=False),
        sa.Column("resolved_at", sa.String(32), nullable=True),
        sa.Column("resolution", sa.String(16), nullable=True),
        sa.PrimaryKeyConstraint("pk", name="pk_sync_conflict"),
    )
    op.create_index("ix_sync_conflict_record_id", "sync_conflict", ["record_id"])


def downgrade() -> None:
    op.drop_index("ix_sync_conflict_record_id", table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_index("ix_sync_bundle_sha256", table_name="sync_bundle")
    op.drop_index("ix_sync_bundle_peer", table_name="sync_bundle")
    op.drop_table("sync_bundle")
    op.drop_table("sync_peer")
    op.execute("DELETE FROM local_state WHERE key = 'seq:sync'")
    for table in SYNCED:
        op.drop_index(f"ix_{table}_sync_seq", table_name=table)
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("sync_meta")
            batch_op.drop_column("sync_seq")
