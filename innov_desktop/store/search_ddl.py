"""The full-text indexes' triggers as they must exist at the current schema. Rebuilding a table
(Alembic batch mode on SQLite) drops its triggers, so every upgrade ends by re-creating them."""

from __future__ import annotations

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
