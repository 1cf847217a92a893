"""The database of one data folder: opened after inspection, backed up, migrated; transactions."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from innov_desktop.domain.enums import AuditAction
from innov_desktop.domain.errors import (
    AppError,
    BackupInvalid,
    Cancelled,
    DatabaseCorrupt,
    DatabaseCorruptNoBackup,
    DatabaseMissing,
    DiskFull,
    ForeignBackup,
    NoDatabase,
    SchemaTooNew,
    StorageError,
)
from innov_desktop.paths import DataPaths
from innov_desktop.store import files, migrate
from innov_desktop.store.engine import sqlite_engine, write_engine
from innov_desktop.store.files import BackupFile, FileStatus
from innov_desktop.store.repos import Tx
from innov_desktop.store.search_ddl import EXPECTED_TRIGGERS, all_trigger_statements

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CheckReport:
    integrity: tuple[str, ...]
    foreign_keys: int
    search_index_ok: bool
    revision: str | None
    head: str
    schema_differences: int = 0

    @property
    def ok(self) -> bool:
        return (
            self.integrity == ("ok",)
            and self.foreign_keys == 0
            and self.search_index_ok
            and self.revision == self.head
            and self.schema_differences == 0
        )


def corrupt_error(paths: DataPaths, reason: str) -> AppError:
    """The message for a damaged database: it names the newest backup that passes a check."""
    good = files.latest_good_backup(paths.backups, migrate.known_revisions())
    if good is not None:
        return DatabaseCorrupt(path=str(paths.database), reason=reason, backup=str(good), data_dir=str(paths.root))
    return DatabaseCorruptNoBackup(path=str(paths.database), reason=reason, backup_dir=str(paths.backups))


def _refuse_unusable(paths: DataPaths, state: files.FileState) -> None:
    if state.status is FileStatus.CORRUPT:
        raise corrupt_error(paths, state.reason or "unknown damage")
    if state.status in (FileStatus.MISSING, FileStatus.EMPTY):
        backups = files.list_backups(paths.backups)
        if backups:  # a database that vanished is not a reason to start an empty one silently
            raise DatabaseMissing(path=str(paths.database), backup=str(backups[0].path), data_dir=str(paths.root))
    if state.status is FileStatus.OK and state.revision not in migrate.known_revisions():
        raise SchemaTooNew(path=str(paths.database), found=state.revision, supported=migrate.head())


class Database:
    def __init__(self, paths: DataPaths, engine: Engine) -> None:
        self.paths = paths
        self.engine = engine
        self._writer = write_engine(engine)

    @classmethod
    def open(
        cls, paths: DataPaths, *, verify: bool = False, create: bool = True, now: datetime | None = None
    ) -> Database:
        """Inspect (read-only), back up (daily, or before a migration), migrate, and open. With
        `create=False` a folder without a database is refused instead of getting an empty one."""
        if not create and not (paths.database.exists() or (paths.backups.is_dir() and any(paths.backups.iterdir()))):
            raise NoDatabase(data_dir=str(paths.root))
        paths.ensure()
        state = files.inspect_file(paths.database, check="quick_check" if verify else None)
        _refuse_unusable(paths, state)
        needs_migration = state.revision != migrate.head()
        if state.status is FileStatus.OK:
            if needs_migration:  # never migrate without a copy: a failure here stops the start
                files.snapshot(paths.database, paths.backups, "pre-migration", now)
            elif not _has_backup_today(paths, now):
                try:  # a missed daily copy must not lock the person out of their data
                    files.snapshot(paths.database, paths.backups, "daily", now)
                except AppError as exc:
                    log.warning("daily backup not taken: %s", exc.message)
        engine = sqlite_engine(paths.database)
        db = cls(paths, engine)
        if needs_migration:
            try:
                db._migrate()
            except OperationalError as exc:
                engine.dispose()
                raise _storage_error(exc, paths.database) from exc
            except Exception:
                engine.dispose()
                raise
            log.info("database %s migrated to %s", paths.database, migrate.head())
        files.rotate_backups(paths.backups)
        return db

    @classmethod
    def open_url(cls, paths: DataPaths, url: str) -> Database:
        """A server database (PostgreSQL, for a large HQ): the same models and migrations; the data
        folder still holds the keys and logs. Backups of a server are the server's own (pg_dump)."""
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError, NoSuchModuleError

        paths.ensure()
        try:
            parsed = make_url(url)
            engine = create_engine(parsed, pool_pre_ping=True)
        except (ArgumentError, NoSuchModuleError, ImportError) as exc:
            raise StorageError(path=_safe_url(url), reason="this is not a database address it can use") from exc
        shown = parsed.render_as_string(hide_password=True)
        db = cls(paths, engine)
        try:
            with engine.connect() as conn:
                revision = migrate.current_revision(conn)
        except DBAPIError as exc:
            engine.dispose()
            raise StorageError(path=shown, reason=files.one_line(str(exc.orig))) from exc
        if revision is not None and revision not in migrate.known_revisions():
            engine.dispose()
            raise SchemaTooNew(path=shown, found=revision, supported=migrate.head())
        if revision != migrate.head():
            with engine.connect() as conn, conn.begin():  # PostgreSQL changes its schema in a transaction
                migrate.upgrade(conn)
        return db

    def _migrate(self) -> None:
        """Upgrade in one transaction with foreign keys off (table rebuilds in batch mode need it),
        checked before commit; search and audit triggers re-created at the end."""
        with self._writer.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
            try:
                with conn.begin():
                    migrate.upgrade(conn)
                    if conn.dialect.name == "sqlite":
                        for statement in all_trigger_statements():
                            conn.exec_driver_sql(statement)
                        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if broken:
                            raise StorageError(
                                path=str(self.paths.database),
                                reason=f"the upgrade would break {len(broken)} link(s); nothing was changed",
                            )
            finally:
                raw.execute("PRAGMA foreign_keys = ON")

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
                tx = Tx(session)
                yield tx
                tx.flush_clock()
        except DBAPIError as exc:
            raise self._mapped(exc) from exc

    @contextmanager
    def reader(self) -> Iterator[Tx]:
        try:
            with Session(self.engine) as session, session.begin():
                yield Tx(session)
        except (DBAPIError, sqlite3.Error) as exc:  # the driver's own, from reads through its cursor
            raise self._mapped(exc) from exc

    @contextmanager
    def rows_reader(self) -> Iterator[Connection]:
        """A light read transaction for fetching a page of a list by key (no ORM session)."""
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except (DBAPIError, sqlite3.Error) as exc:
            raise self._mapped(exc) from exc

    def _mapped(self, exc: DBAPIError | sqlite3.Error) -> Exception:
        """Damage and environment failures become messages; anything else stays a bug."""
        if isinstance(exc, sqlite3.Error):
            if files.is_damage(exc):
                return corrupt_error(self.paths, files.one_line(str(exc)))
            if isinstance(exc, sqlite3.OperationalError):
                return _storage_error(exc, self.paths.database)
            return exc
        orig = exc.orig
        if isinstance(orig, sqlite3.Error) and files.is_damage(orig):
            return corrupt_error(self.paths, files.one_line(str(orig)))
        if isinstance(exc, OperationalError):
            return _storage_error(exc, self.paths.database)
        return exc

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def backup(self, reason: str = "manual") -> BackupFile:
        taken = files.snapshot(self.paths.database, self.paths.backups, reason)
        files.rotate_backups(self.paths.backups)
        return taken

    def quick_check(self) -> None:
        """SQLite's quick check (every page read once); damage raises the corrupt-file message."""
        state = files.inspect_file(self.paths.database, check="quick_check")
        if state.status is FileStatus.CORRUPT:
            raise corrupt_error(self.paths, state.reason or "unknown damage")

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
            differences = len(migrate.schema_differences(conn))
            triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
            conn.rollback()
        if not triggers >= EXPECTED_TRIGGERS:
            fts_ok = False
        return CheckReport(integrity, fk, fts_ok, self.revision(), migrate.head(), differences)


def _safe_url(url: str) -> str:
    """A database address without its password, for messages."""
    head, sep, tail = url.partition("@")
    if not sep or "://" not in head:
        return url
    scheme, _, credentials = head.partition("://")
    return f"{scheme}://{credentials.split(':', 1)[0]}@{tail}"


def storage_versions() -> tuple[tuple[str, str], ...]:
    """The storage libraries' versions, for the About dialog and support requests."""
    import sqlalchemy

    return (("SQLAlchemy", sqlalchemy.__version__), ("SQLite", sqlite3.sqlite_version))


def _has_backup_today(paths: DataPaths, now: datetime | None) -> bool:
    today = (now or datetime.now()).date()
    return any(b.taken_at.date() == today for b in files.list_backups(paths.backups))


def _storage_error(exc: OperationalError | sqlite3.OperationalError, path: Path) -> Exception:
    orig = exc.orig if isinstance(exc, OperationalError) else exc
    message = files.one_line(str(orig) if orig is not None else str(exc))
    if "database or disk is full" in message:  # SQLITE_FULL (not any message with the word, as detail!=full)
        return DiskFull(path=str(path))
    if any(w in message for w in ("locked", "readonly", "unable to open", "disk I/O", "busy")):
        return StorageError(path=str(path), reason=message)
    return exc


def restore(
    paths: DataPaths,
    source: Path,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> BackupFile | None:
    """Replace the database by `source` once it passes a full integrity check; the current
    database is kept as a 'pre-restore' backup first (when it is readable). Numbers and the clock
    never go back: records made after the backup keep numbers nobody will be given again.
    `progress(step, 4)` after each step; `cancel()` is asked until the database is replaced."""

    def step(done: int) -> None:
        if progress is not None:
            progress(done, 4)
        if done < 3 and cancel is not None and cancel():
            raise Cancelled()

    step(0)
    files.verify_backup(source, migrate.known_revisions())
    step(1)
    if paths.database.exists() and source.resolve() == paths.database.resolve():
        raise BackupInvalid(path=str(source), reason="it is the database itself")
    ours, theirs = _identity(paths.database), _identity(source)
    if ours and theirs and ours != theirs:
        raise ForeignBackup(path=str(source), ours=ours, theirs=theirs)
    kept = None
    carried: dict[str, int] = {}
    state = files.inspect_file(paths.database) if paths.database.exists() else None
    if state is not None and state.status is FileStatus.OK:
        kept = files.snapshot(paths.database, paths.backups, "pre-restore")
        carried = _counters(paths.database)
    elif state is not None and state.status is FileStatus.CORRUPT:  # set it aside, never overwrite it
        files.set_aside(paths.database, paths.backups)
    step(2)
    files.replace_database(paths.database, source)
    step(3)
    db = Database.open(paths)  # upgrades an older backup to the current schema
    try:
        with db.transaction() as tx:
            for key, value in carried.items():
                if key.startswith(_SENT):  # the other side refuses a bundle number it has seen
                    tx.session.connection().exec_driver_sql(
                        "UPDATE sync_peer SET out_number = ? WHERE code = ? AND out_number < ?",
                        (value, key[len(_SENT) :], value),
                    )
                elif int(tx.state.get(key) or 0) < value:
                    tx.state.set(key, str(value))
            tx.audit.record(AuditAction.RESTORE, "database", None, {"from": source.name})
    finally:
        db.close()
    step(4)
    return kept


def _identity(path: Path) -> str | None:
    """The center code a database belongs to, if it can be read."""
    if not path.is_file():
        return None
    try:
        conn = files.ro_connect(path)
        try:
            row = conn.execute("SELECT value FROM local_state WHERE key = 'self_center'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


_SENT = "sent:"  # a carried counter: the number of the last bundle sent to a peer


def _counters(path: Path) -> dict[str, int]:
    """Sequence numbers, the clock and the numbers of the bundles sent to each peer, to carry
    over a restore."""
    conn = files.ro_connect(path)
    try:
        rows = conn.execute("SELECT key, value FROM local_state WHERE key = 'hlc' OR key LIKE 'seq:%'").fetchall()
        with contextlib.suppress(sqlite3.Error):  # a database from before sync has no peers
            rows += [(f"{_SENT}{code}", n) for code, n in conn.execute("SELECT code, out_number FROM sync_peer")]
    except sqlite3.Error:
        return {}
    finally:
        conn.close()
    return {k: int(v) for k, v in rows if str(v).isdigit()}
