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
def deferred_indexes(conn: Any, table: str, incoming: int) -> Iterator[None]:
    """Bulk writes of `incoming` rows into `table` with its plain (non-unique) indexes dropped and
    built again at the end, when that is cheaper than keeping them current row by row: building an
    index sorts once, while each row kept current costs a tree walk per index. Inside the caller's
    transaction: an error rolls the drop back with everything else, so the indexes are never
    missing for anyone. Unique indexes stay (the merge looks records up by them). SQLite and
    PostgreSQL (both roll DDL back with the transaction)."""
    if conn.dialect.name == "sqlite":
        listing = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
    elif conn.dialect.name == "postgresql":
        listing = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = %s"
    else:
        yield
        return
    held = conn.exec_driver_sql(f"SELECT coalesce(max(pk), 0) FROM {table}").scalar() or 0
    if incoming < max(DEFER_INDEXES_FROM, held // 2):
        yield
        return
    plain = [
        (name, sql)
        for name, sql in conn.exec_driver_sql(listing, (table,))
        if not sql.lstrip().upper().startswith("CREATE UNIQUE")
    ]
    for name, _ in plain:
        conn.exec_driver_sql(f"DROP INDEX {name}")
    yield  # on an error the transaction rolls back and the indexes come back with it
    for _, sql in plain:
        conn.exec_driver_sql(sql)


DEFER_INDEXES_FROM = 5_000  # below this many rows, keeping the indexes current is cheap anyway


@contextmanager
def bulk_cache(conn: Any, incoming: int) -> Iterator[None]:
    """A larger SQLite page cache while `incoming` rows (from DEFER_INDEXES_FROM on) are written:
    the unique indexes kept current take random keys, and with the usual 32 MB their pages of a
    million-row table are read again and again (HQ merging 100 x 10 000 people: about a tenth
    less time with 512 MB). The cache is the connection's own and goes back to its size after."""
    if conn.dialect.name != "sqlite" or incoming < DEFER_INDEXES_FROM:
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


BULK_CACHE_KIB = 512 * 1024


@contextmanager
def deferred_search_catch_up(conn: Any, table: str) -> Iterator[list[tuple[int, str]]]:
    """Bulk inserts and updates of `table` with its full-text index brought up to date once at the
    end instead of by a trigger run per row. The caller adds to the list yielded the (pk, old
    search text) of every updated row whose search text changes (and takes back what a rolled-back
    savepoint did not change). At the end the index is rebuilt whole when the changes reach an
    eighth of the table (a document removed and added again costs about eight times its share of
    a rebuild, measured with 100 000 people), otherwise only the changed rows are redone. The
    triggers are dropped and re-created inside the caller's transaction: a rollback leaves them as
    they were, and other connections never see them missing. Tables without a full-text index
    pass through."""
    if table not in SEARCHED or conn.dialect.name != "sqlite":
        yield []
        return
    fts = f"{table}_fts"
    last = conn.exec_driver_sql(f"SELECT coalesce(max(pk), 0) FROM {table}").scalar() or 0
    changed: list[tuple[int, str]] = []
    statements = trigger_statements(table)
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_fts_ai")
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_fts_au")
    try:
        yield changed
        held = conn.exec_driver_sql(f"SELECT coalesce(max(pk), 0) FROM {table}").scalar() or 0
        indexed: dict[int, str] = {}  # each row's text as the index holds it: the first reported
        for pk, text in changed:
            if pk <= last:  # rows added in this run were never in the index
                indexed.setdefault(pk, text)
        changed = list(indexed.items())
        if (held - last) + len(changed) >= held // REBUILD_SEARCH_FROM:
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
        else:
            if changed:
                conn.exec_driver_sql(f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', ?, ?)", changed)
                pks = [(pk,) for pk, _ in changed]
                conn.exec_driver_sql(
                    f"INSERT INTO {fts}(rowid, search_text) SELECT pk, search_text FROM {table} WHERE pk = ?", pks
                )
            conn.exec_driver_sql(
                f"INSERT INTO {fts}(rowid, search_text) SELECT pk, search_text FROM {table} WHERE pk > ?", (last,)
            )
    finally:
        conn.exec_driver_sql(statements[0])
        conn.exec_driver_sql(statements[2])


REBUILD_SEARCH_FROM = 8  # rebuild the full-text index when 1/8 of the table or more changes
