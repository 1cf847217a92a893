"""The database of one data folder: opened after inspection, backed up, migrated; transactions."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from innov_desktop.domain.errors import (
    DatabaseCorrupt,
    DatabaseCorruptNoBackup,
    DiskFull,
    SchemaTooNew,
    StorageError,
)
from innov_desktop.paths import DataPaths
from innov_desktop.store import files, migrate
from innov_desktop.store.engine import sqlite_engine, write_engine
from innov_desktop.store.files import BackupFile, FileStatus
from innov_desktop.store.repos import Tx

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CheckReport:
    integrity: tuple[str, ...]
    foreign_keys: int
    search_index_ok: bool
    revision: str | None
    head: str

    @property
    def ok(self) -> bool:
        return (
            self.integrity == ("ok",) and self.foreign_keys == 0 and self.search_index_ok and self.revision == self.head
        )


def _refuse_unusable(paths: DataPaths, state: files.FileState) -> None:
    if state.status is FileStatus.CORRUPT:
        backups = files.list_backups(paths.backups)
        if backups:
            raise DatabaseCorrupt(
                path=str(paths.database), reason=state.reason or "unknown damage", backup=str(backups[0].path)
            )
        raise DatabaseCorruptNoBackup(
            path=str(paths.database), reason=state.reason or "unknown damage", backup_dir=str(paths.backups)
        )
    if state.status is FileStatus.OK and state.revision not in migrate.known_revisions():
        raise SchemaTooNew(path=str(paths.database), found=state.revision, supported=migrate.head())


class Database:
    def __init__(self, paths: DataPaths, engine: Engine) -> None:
        self.paths = paths
        self.engine = engine
        self._writer = write_engine(engine)

    @classmethod
    def open(cls, paths: DataPaths, *, verify: bool = False, now: datetime | None = None) -> Database:
        """Inspect (read-only), back up (daily, or before a migration), migrate, and open."""
        paths.ensure()
        state = files.inspect_file(paths.database, check="quick_check" if verify else None)
        _refuse_unusable(paths, state)
        needs_migration = state.revision != migrate.head()
        if state.status is FileStatus.OK:
            if needs_migration:
                files.snapshot(paths.database, paths.backups, "pre-migration", now)
            elif not _has_backup_today(paths, now):
                files.snapshot(paths.database, paths.backups, "daily", now)
        engine = sqlite_engine(paths.database)
        db = cls(paths, engine)
        if needs_migration:
            try:
                with db._writer.begin() as conn:
                    migrate.upgrade(conn)
            except OperationalError as exc:
                engine.dispose()
                raise _storage_error(exc, paths.database) from exc
            log.info("database %s migrated to %s", paths.database, migrate.head())
        files.rotate_backups(paths.backups)
        return db

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """A write transaction (BEGIN IMMEDIATE); commits on success, rolls back on any error."""
        try:
            with Session(self._writer, expire_on_commit=False) as session, session.begin():
                tx = Tx(session, writable=True)
                yield tx
                tx.flush_clock()
        except OperationalError as exc:
            raise _storage_error(exc, self.paths.database) from exc

    @contextmanager
    def reader(self) -> Iterator[Tx]:
        with Session(self.engine) as session, session.begin():
            yield Tx(session, writable=False)

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def backup(self, reason: str = "manual") -> BackupFile:
        taken = files.snapshot(self.paths.database, self.paths.backups, reason)
        files.rotate_backups(self.paths.backups)
        return taken

    def check(self) -> CheckReport:
        with self.engine.connect() as conn:
            integrity = tuple(r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check(20)"))
            fk = len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
            fts_ok = True
            for table in ("person_fts", "organization_fts"):
                try:
                    conn.exec_driver_sql(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
                except DBAPIError:
                    fts_ok = False
            conn.rollback()
        return CheckReport(integrity, fk, fts_ok, self.revision(), migrate.head())


def _has_backup_today(paths: DataPaths, now: datetime | None) -> bool:
    today = (now or datetime.now()).date()
    return any(b.taken_at.date() == today for b in files.list_backups(paths.backups))


def _storage_error(exc: OperationalError, path: Path) -> Exception:
    message = str(exc.orig) if exc.orig is not None else str(exc)
    if "full" in message:
        return DiskFull(path=str(path))
    if "locked" in message or "readonly" in message or "unable to open" in message:
        return StorageError(path=str(path), reason=message)
    return exc


def restore(paths: DataPaths, source: Path) -> BackupFile | None:
    """Replace the database by `source` once it passes a full integrity check; the current
    database is kept as a 'pre-restore' backup first (when it is readable)."""
    files.verify_backup(source, migrate.known_revisions())
    kept = None
    state = files.inspect_file(paths.database) if paths.database.exists() else None
    if state is not None and state.status is FileStatus.OK:
        kept = files.snapshot(paths.database, paths.backups, "pre-restore")
    elif state is not None:  # damaged or foreign: set it aside, never overwrite it
        files.set_aside(paths.database, paths.backups)
    files.replace_database(paths.database, source)
    Database.open(paths).close()  # upgrades an older backup to the current schema
    return kept
