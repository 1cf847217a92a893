"""What the stack's own parts take for a measured operation, with none of this program's per-record
work: the least any implementation on this stack (calamine, SQLite with this schema) can take on
this machine. A target below its floor cannot be met here by changing this program's code."""

from __future__ import annotations

import gc
import shutil
import sqlite3
import time
from contextlib import ExitStack
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

import python_calamine

from innov_desktop.services.setup import open_database
from innov_desktop.store.search_ddl import bulk_cache, deferred_indexes, deferred_search_catch_up
from innov_desktop.sync import bundle as fmt
from innov_desktop.sync.importing import verify_file

BATCH = 1_000  # rows read and written at a time, as the merge does


@dataclass
class Parts:
    """Seconds each part of a floor took; `total` is their sum."""

    @property
    def total(self) -> float:
        return sum(astuple(self))


@dataclass
class SheetImportFloor(Parts):
    """What the import's own parts take with no check at all: the file read by calamine, and the
    very rows the import stored written again by the driver into an empty database of the same
    schema, with the same bulk path (plain indexes and the full-text index built once at the end)
    and one commit. No implementation on this stack imports faster than this on this machine."""

    read: float
    insert: float
    search: float
    indexes: float
    commit: float


def stored_rows(database: Path, table: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """A table's rows as stored (every column but the row number), in their order."""
    conn = sqlite3.connect(database)
    try:
        names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "pk"]
        return names, conn.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY pk").fetchall()
    finally:
        conn.close()


def sheet_import_floor(source: Path, stored: tuple[list[str], list[tuple[Any, ...]]], db: Any) -> SheetImportFloor:
    names, people = stored
    sql = f"INSERT INTO person ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    gc.collect()
    try:
        start = time.perf_counter()
        python_calamine.load_workbook(str(source)).get_sheet_by_index(0).to_python()
        read = time.perf_counter()
        with db.transaction() as tx:
            conn = tx.session.connection()
            with deferred_indexes(conn, "person", len(people)):
                with deferred_search_catch_up(conn, "person"):
                    for i in range(0, len(people), 5_000):
                        conn.exec_driver_sql(sql, people[i : i + 5_000])
                    inserted = time.perf_counter()
                searched = time.perf_counter()
            indexed = time.perf_counter()
        committed = time.perf_counter()
    finally:
        db.close()
    return SheetImportFloor(read - start, inserted - read, searched - inserted, indexed - searched, committed - indexed)


@dataclass
class SyncImportFloor(Parts):
    """A bundle's import reduced to what the store must do whatever the code: the bundle verified
    (signature, member hashes), the safety copy taken, its lines decompressed and parsed, the
    current rows read by id, the changed columns written with their final values (known in
    advance: no merging), the full-text and plain indexes brought up to date, one commit."""

    verify: float
    backup: float
    parse: float
    read: float
    write: float
    indexes: float
    commit: float


def copy_site(root: Path, to: Path) -> None:
    """A closed data folder copied whole (database, keys, profile)."""
    shutil.rmtree(to, ignore_errors=True)
    shutil.copytree(root, to)


def _rows(database: Path, table: str) -> tuple[list[str], dict[str, tuple[Any, ...]]]:
    conn = sqlite3.connect(database)
    try:
        cursor = conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        at = names.index("id")
        return names, {r[at]: r for r in cursor}
    finally:
        conn.close()


def sync_import_floor(before: Path, after: Path, bundle: Path, table: str = "person") -> SyncImportFloor:
    """`before`: a copy of the receiving data folder as it was before the import (it is changed);
    `after`: the database file the real import left. The rows the real import changed are written
    again into `before` with their final values."""
    names, old = _rows(open_database(before).paths.database, table)
    _, new = _rows(after, table)
    changed: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    texts: list[tuple[int, str]] = []
    pk, text = names.index("pk"), names.index("search_text")
    for ident, row in new.items():
        was = old.get(ident)
        if was is None or was == row:
            continue
        columns = tuple(n for n, a, b in zip(names, was, row, strict=True) if a != b)
        changed.setdefault(columns, []).append(tuple(row[names.index(c)] for c in columns) + (was[pk],))
        if "search_text" in columns:
            texts.append((was[pk], was[text]))
    ids = [i for i in new if i in old and old[i] != new[i]]
    db = open_database(before)
    gc.collect()
    try:
        start = time.perf_counter()
        verified, _ = verify_file(db, bundle)
        verified_at = time.perf_counter()
        db.backup("pre-import")
        backed_up = time.perf_counter()
        for _line in fmt.records(verified):
            pass
        parsed = time.perf_counter()
        with db.transaction() as tx:
            conn = tx.session.connection()
            with (
                bulk_cache(conn, len(ids)),
                deferred_indexes(conn, table, len(ids)),
                deferred_search_catch_up(conn, table) as search,
            ):
                for i in range(0, len(ids), BATCH):
                    some = ids[i : i + BATCH]
                    marks = ", ".join("?" * len(some))
                    conn.exec_driver_sql(f"SELECT * FROM {table} WHERE id IN ({marks})", tuple(some)).fetchall()
                read = time.perf_counter()
                for columns, params in changed.items():
                    assignments = ", ".join(f"{c} = ?" for c in columns)
                    for j in range(0, len(params), BATCH):
                        conn.exec_driver_sql(f"UPDATE {table} SET {assignments} WHERE pk = ?", params[j : j + BATCH])
                search.extend(texts)
                written = time.perf_counter()
            indexed = time.perf_counter()
        committed = time.perf_counter()
    finally:
        db.close()
    return SyncImportFloor(
        verified_at - start,
        backed_up - verified_at,
        parsed - backed_up,
        read - parsed,
        written - read,
        indexed - written,
        committed - indexed,
    )


@dataclass
class MergeFloor(Parts):
    """HQ's merge of many bundles reduced to what the store must do whatever the code: each bundle
    verified and its lines decompressed and parsed, the safety copy taken, and the very rows the
    real merge added inserted by the driver in one transaction (indexes and full-text index built
    once at the end), one commit."""

    read: float
    backup: float
    insert: float
    indexes: float
    commit: float


def merge_floor(before: Path, after: Path, bundles: list[Path]) -> MergeFloor:
    """`before`: a copy of HQ's data folder as it was before the merge (it is changed); `after`:
    the database file the real merge left."""
    db = open_database(before)
    added: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
    held = sqlite3.connect(db.paths.database)
    try:
        for (table,) in held.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            columns = [r[1] for r in held.execute(f"PRAGMA table_info({table})")]
            if "sync_meta" not in columns:
                continue
            known = {i for (i,) in held.execute(f"SELECT id FROM {table}")}
            names, rows = stored_rows(after, table)
            at = names.index("id")
            new = [r for r in rows if r[at] not in known]
            if new:
                added[table] = (names, new)
    finally:
        held.close()
    gc.collect()
    try:
        start = time.perf_counter()
        for path in bundles:
            verified, _ = verify_file(db, path)
            for _line in fmt.records(verified):
                pass
        read = time.perf_counter()
        db.backup("pre-import")
        backed_up = time.perf_counter()
        with db.transaction() as tx:
            conn = tx.session.connection()
            incoming = sum(len(rows) for _, rows in added.values())
            with ExitStack() as deferred:
                deferred.enter_context(bulk_cache(conn, incoming))
                for table, (_, rows) in added.items():
                    deferred.enter_context(deferred_indexes(conn, table, len(rows)))
                    deferred.enter_context(deferred_search_catch_up(conn, table))
                for table, (names, rows) in added.items():
                    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
                    for i in range(0, len(rows), 5_000):
                        conn.exec_driver_sql(sql, rows[i : i + 5_000])
                inserted = time.perf_counter()
            indexed = time.perf_counter()
        committed = time.perf_counter()
    finally:
        db.close()
    return MergeFloor(read - start, backed_up - read, inserted - backed_up, indexed - inserted, committed - indexed)
