"""Backups: a snapshot at start (at most daily) and before a migration, on demand, thinned
rotation; restore only from a file that passes a full integrity check."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from innov_desktop.domain.errors import BackupInvalid
from innov_desktop.domain.models import PersonInput
from innov_desktop.services import people
from innov_desktop.services.maintenance import backup_now, list_backups, restore_backup
from innov_desktop.services.setup import open_database
from innov_desktop.store import files
from innov_desktop.store.database import Database
from tests.conftest import dump


def test_daily_backup_at_start_only_once_a_day(db: Database) -> None:
    db.close()
    assert list_backups(db) == []  # a brand-new database has nothing worth a copy
    open_database(db.paths.root).close()
    open_database(db.paths.root).close()
    daily = [b for b in list_backups(db) if b.reason == "daily"]
    assert len(daily) == 1
    copy = sqlite3.connect(daily[0].path)
    assert copy.execute("SELECT code FROM center").fetchone() == ("KE-NBO",)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()


def test_rotation_thins_old_backups(db: Database) -> None:
    people.create_person(db, PersonInput(given_name="Amina", family_name="Yusuf"))
    start = datetime(2025, 1, 1, 9, 0)
    for day in range(0, 400, 1):  # a backup every day for 400 days
        files.snapshot(db.paths.database, db.paths.backups, "daily", start + timedelta(days=day))
    removed = files.rotate_backups(db.paths.backups)
    kept = list_backups(db)
    assert len(removed) + len(kept) == 400
    assert len(kept) <= 3 + 7 + 4 + 12
    assert kept[0].taken_at == start + timedelta(days=399)
    assert kept[-1].taken_at < start + timedelta(days=399 - 300)  # months back


def test_restore_replaces_database_and_keeps_the_replaced_one(db: Database) -> None:
    amina = people.create_person(db, PersonInput(given_name="Amina", family_name="Yusuf"))
    taken = backup_now(db)
    people.delete_person(db, amina.id)
    people.create_person(db, PersonInput(given_name="Later", family_name="Entry"))
    db.close()

    kept = restore_backup(db.paths.root, taken.path)
    assert kept is not None and kept.reason == "pre-restore"
    restored = open_database(db.paths.root)
    try:
        assert [p.display_name for p in people.list_people(restored)] == ["Amina Yusuf"]
    finally:
        restored.close()
    # the replaced state can be brought back too
    restore_backup(db.paths.root, kept.path)
    again = open_database(db.paths.root)
    try:
        assert [p.display_name for p in people.list_people(again)] == ["Later Entry"]
    finally:
        again.close()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "not-innov", "newer", "missing"])
def test_bad_backup_is_refused_and_current_database_untouched(db: Database, tmp_path: Path, damage: str) -> None:
    people.create_person(db, PersonInput(given_name="Amina", family_name="Yusuf"))
    good = Path(backup_now(db).path)
    db.close()
    before = dump(db.paths.database)
    bad = tmp_path / "bad.sqlite"
    if damage == "truncate":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif damage == "garbage":
        bad.write_bytes(b"PK\x03\x04 not sqlite" * 50)
    elif damage == "not-innov":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t(x)")
        conn.commit()
        conn.close()
    elif damage == "newer":
        bad.write_bytes(good.read_bytes())
        conn = sqlite3.connect(bad)
        conn.execute("UPDATE alembic_version SET version_num='9999'")
        conn.commit()
        conn.close()
    with pytest.raises(BackupInvalid) as err:
        restore_backup(db.paths.root, bad)
    assert "left unchanged" in err.value.message
    assert dump(db.paths.database) == before
