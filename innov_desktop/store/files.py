"""The database file outside SQLAlchemy: inspection before opening, snapshots, restore.

Inspection opens the file read-only so that a database from a newer version, or a damaged one,
is refused without a single byte written to it."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from innov_desktop.domain.backups import DEFAULT_POLICY, RetentionPolicy, backups_to_keep
from innov_desktop.domain.errors import BackupInvalid, DiskFull, StorageError

log = logging.getLogger(__name__)

BACKUP_RE = re.compile(r"^innov-(\d{8}T\d{6}(?:\d{6})?)-([a-z-]+)\.sqlite$")


class FileStatus(Enum):
    MISSING = "missing"
    EMPTY = "empty"  # exists but holds no schema yet
    OK = "ok"
    CORRUPT = "corrupt"


@dataclass(frozen=True, slots=True)
class FileState:
    status: FileStatus
    revision: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def ro_connect(path: Path) -> sqlite3.Connection:
    """Read-only; the path goes through a proper file URI so '#', '?' and '%' in folder names
    cannot cut it short or turn into URI parameters."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)


# SQLite result codes: what is damage, and what is the environment (permissions, locks, I/O)
_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def is_damage(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _DAMAGE_CODES
    text = str(exc)
    return "malformed" in text or "not a database" in text


def one_line(text: str) -> str:
    return " ".join(text.split())


def inspect_file(path: Path, *, check: str | None = "quick_check") -> FileState:
    """Read-only look at a database file: readable? which schema revision? `check` is None (header
    and schema only, instant), "quick_check" or "integrity_check" (reads every page)."""
    if not path.exists():
        return FileState(FileStatus.MISSING)
    if path.stat().st_size == 0:
        return FileState(FileStatus.EMPTY)
    try:
        conn = ro_connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if check is not None:
                rows = conn.execute(f"PRAGMA {check}(5)").fetchall()
                if [r[0] for r in rows] != ["ok"]:
                    return FileState(FileStatus.CORRUPT, reason=one_line("; ".join(str(r[0]) for r in rows)))
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_version:
                tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    return FileState(FileStatus.CORRUPT, reason="it is not an innov-desktop database")
                return FileState(FileStatus.EMPTY)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return FileState(FileStatus.OK, revision=row[0] if row else None)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if is_damage(exc):
            return FileState(FileStatus.CORRUPT, reason=one_line(str(exc)))
        raise StorageError(path=str(path), reason=one_line(str(exc))) from exc


def _raise_storage(exc: BaseException, path: Path) -> None:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        raise DiskFull(path=str(path)) from exc
    if isinstance(exc, sqlite3.OperationalError) and "database or disk is full" in str(exc):
        raise DiskFull(path=str(path)) from exc
    raise StorageError(path=str(path), reason=str(exc)) from exc


def snapshot(db_path: Path, backup_dir: Path, reason: str, now: datetime | None = None) -> BackupFile:
    """A consistent copy through SQLite's backup API, written to a temporary name, then renamed."""
    taken = (now or datetime.now()).replace(tzinfo=None)
    backup_dir.mkdir(parents=True, exist_ok=True)
    name = f"innov-{taken:%Y%m%dT%H%M%S%f}-{reason}.sqlite"
    final = backup_dir / name
    partial = backup_dir / (name + ".partial")
    try:
        src = ro_connect(db_path)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(partial)
        os.replace(partial, final)
        _fsync_dir(backup_dir)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        _raise_storage(exc, backup_dir)
    log.info("backup %s taken (%s)", final, reason)
    return BackupFile(final, taken, reason, final.stat().st_size)


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """Backups, newest first."""
    found: list[BackupFile] = []
    if not backup_dir.is_dir():
        return found
    for entry in backup_dir.iterdir():
        m = BACKUP_RE.match(entry.name)
        if not m:
            continue
        stamp = m.group(1)
        fmt = "%Y%m%dT%H%M%S%f" if len(stamp) > 15 else "%Y%m%dT%H%M%S"
        found.append(BackupFile(entry, datetime.strptime(stamp, fmt), m.group(2), entry.stat().st_size))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


PROTECTED_REASONS = ("pre-migration", "pre-restore")
PROTECTED_KEEP = 3


def rotate_backups(backup_dir: Path, policy: RetentionPolicy = DEFAULT_POLICY) -> list[Path]:
    """Delete the backups the thinned rotation does not keep; return what was deleted. The newest
    few taken before a migration or a restore are always kept (the only copies of an old state)."""
    backups = list_backups(backup_dir)
    keep = backups_to_keep((b.taken_at for b in backups), policy)
    for reason in PROTECTED_REASONS:
        keep.update([b.taken_at for b in backups if b.reason == reason][:PROTECTED_KEEP])
    removed = []
    for b in backups:
        if b.taken_at not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def verify_backup(path: Path, known_revisions: frozenset[str]) -> FileState:
    """A backup is restorable when it passes a full integrity check and its schema is known."""
    if not path.exists():
        raise BackupInvalid(path=str(path), reason="the file does not exist")
    if not path.is_file():
        raise BackupInvalid(path=str(path), reason="it is not a file")
    state = inspect_file(path, check="integrity_check")
    if state.status is FileStatus.CORRUPT:
        raise BackupInvalid(path=str(path), reason=f"it is damaged ({state.reason})")
    if state.status is not FileStatus.OK or state.revision is None:
        raise BackupInvalid(path=str(path), reason="it is not an innov-desktop database")
    if state.revision not in known_revisions:
        raise BackupInvalid(path=str(path), reason=f"it was written by a newer version (schema {state.revision})")
    return state


def replace_database(db_path: Path, source: Path) -> None:
    """Put the content of `source` into the database. A live database is overwritten through
    SQLite's backup API, inside its own locks: a process that has it open sees the restored content
    (or waits), never a file swapped under it. A missing database is created the same way."""
    try:
        src = ro_connect(source)
        try:
            live = sqlite3.connect(db_path, timeout=30)
            try:
                live.execute("PRAGMA busy_timeout = 30000")
                src.backup(live)
                rows = live.execute("PRAGMA quick_check(5)").fetchall()
                if [r[0] for r in rows] != ["ok"]:
                    raise StorageError(path=str(db_path), reason="the restored copy failed its check")
            finally:
                live.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        _raise_storage(exc, db_path)


def _fsync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def latest_good_backup(backup_dir: Path, known_revisions: frozenset[str], tries: int = 5) -> Path | None:
    """The newest backup that passes a full check (a snapshot of a damaged database is no help)."""
    for b in list_backups(backup_dir)[:tries]:
        try:
            verify_backup(b.path, known_revisions)
        except (BackupInvalid, StorageError):
            continue
        return b.path
    return None


def set_aside(db_path: Path, backup_dir: Path) -> Path:
    """Move an unusable database file (and its WAL) into the backups folder under a name the
    rotation never deletes, so that a restore loses nothing that might still be rescued."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"damaged-{datetime.now():%Y%m%dT%H%M%S%f}.sqlite"
    try:
        os.replace(db_path, target)
        for suffix in ("-wal", "-shm"):
            side = Path(str(db_path) + suffix)
            if side.exists():
                os.replace(side, Path(str(target) + suffix))
    except OSError as exc:
        _raise_storage(exc, db_path)
    log.warning("unusable database %s moved to %s", db_path, target)
    return target
