"""Backups, restore and the database check, as user actions."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from innov_desktop.paths import DataPaths
from innov_desktop.services.progress import CancelFn, ProgressFn, never_cancel, no_progress
from innov_desktop.store import database, files
from innov_desktop.store.database import Database


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: str
    taken_at: datetime
    reason: str
    size: int


@dataclass(frozen=True, slots=True)
class CheckResult:
    ok: bool
    integrity: tuple[str, ...]
    foreign_key_violations: int
    search_index_ok: bool
    schema_revision: str | None
    schema_head: str
    schema_differences: int


def _info(b: files.BackupFile) -> BackupInfo:
    return BackupInfo(str(b.path), b.taken_at, b.reason, b.size)


def backup_now(db: Database) -> BackupInfo:
    return _info(db.backup("manual"))


def list_backups(db: Database) -> list[BackupInfo]:
    return [_info(b) for b in files.list_backups(db.paths.backups)]


def restore_backup(
    data_dir: str | os.PathLike[str] | None,
    source: str | os.PathLike[str],
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelFn = never_cancel,
) -> BackupInfo | None:
    """Replace the database by a backup that passes a full integrity check (written into the live
    file through SQLite's backup API, so an open database sees the restored content). Returns the
    'pre-restore' copy of what was replaced. Cancel is honoured until the database is replaced."""
    kept = database.restore(DataPaths.resolve(data_dir).ensure(), Path(source).expanduser().resolve(), progress, cancel)
    return _info(kept) if kept else None


def quick_check(db: Database) -> None:
    """The start-up integrity check, run once the window shows data (raises DatabaseCorrupt)."""
    db.quick_check()


def check_database(db: Database) -> CheckResult:
    report = db.check()
    return CheckResult(
        ok=report.ok,
        integrity=report.integrity,
        foreign_key_violations=report.foreign_keys,
        search_index_ok=report.search_index_ok,
        schema_revision=report.revision,
        schema_head=report.head,
        schema_differences=report.schema_differences,
    )
