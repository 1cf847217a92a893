"""The full-text indexes' triggers as they must exist at the current schema. Rebuilding a table
(Alembic batch mode on SQLite) drops its triggers, so every upgrade ends by re-creating them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

SEARCHED = ("person", "organization")
AUDIT_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
)


def trigger_statements(table: str) -> list[str]:
    fts = f"{table}_fts"
    return [
        f"CREATE TRIGGER IF NOT EXISTS {table}_fts_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.pk, new.search_text); END",
        f"CREATE TRIGGER IF NOT EXISTS {table}_fts_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.pk, old.search_text); END",
        f"CREATE TRIGGER IF NOT EXISTS {table}_fts_au AFTER UPDATE OF search_text ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.pk, old.search_text); "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.pk, new.search_text); END",
    ]


def all_trigger_statements() -> list[str]:
    return [s for table in SEARCHED for s in trigger_statements(table)] + list(AUDIT_TRIGGERS)


EXPECTED_TRIGGERS = frozenset(
    [f"{t}_fts_{k}" for t in SEARCHED for k in ("ai", "ad", "au")] + ["audit_log_no_update", "audit_log_no_delete"]
)


@contextmanager
def deferred_search_index(conn: Any, table: str) -> Iterator[None]:
    """Many inserts into `table` with its full-text index filled by one statement at the end
    instead of one trigger run per row (several times faster). The insert trigger is dropped and
    re-created inside the caller's transaction: a rollback leaves it as it was, and other
    connections never see it missing. Tables without a full-text index pass through."""
    if table not in SEARCHED or conn.dialect.name != "sqlite":
        yield
        return
    last = conn.exec_driver_sql(f"SELECT coalesce(max(pk), 0) FROM {table}").scalar()
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_fts_ai")
    try:
        yield
        conn.exec_driver_sql(
            f"INSERT INTO {table}_fts(rowid, search_text) SELECT pk, search_text FROM {table} WHERE pk > ?", (last,)
        )
    finally:
        conn.exec_driver_sql(trigger_statements(table)[0])
