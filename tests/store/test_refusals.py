"""A database the application must not touch is refused with a message a person can act on."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from innov_desktop.domain.errors import DatabaseCorrupt, DatabaseCorruptNoBackup, SchemaTooNew
from innov_desktop.paths import DataPaths
from innov_desktop.services import people
from innov_desktop.services.maintenance import backup_now, restore_backup
from innov_desktop.services.setup import open_database
from innov_desktop.store.database import Database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _checkpointed(db: Database) -> Path:
    """Close the database so that everything is in the main file (no -wal left)."""
    db.close()
    path = db.paths.database
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return path


def test_newer_schema_is_refused_and_file_left_byte_for_byte(db: Database) -> None:
    path = _checkpointed(db)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = _digest(path)
    backups_before = sorted(p.name for p in db.paths.backups.iterdir())

    for verify in (False, True):
        with pytest.raises(SchemaTooNew) as err:
            open_database(db.paths.root, verify=verify)
        assert "newer version" in err.value.message
        assert "9999_from_the_future" in err.value.message
        assert "left unchanged" in err.value.message

    assert _digest(path) == before
    assert sorted(p.name for p in db.paths.backups.iterdir()) == backups_before


def test_garbage_file_names_latest_backup_and_how_to_restore(db: Database) -> None:
    people.create_person(db, people.PersonInput(given_name="Amina", family_name="Yusuf"))
    taken = backup_now(db)
    path = _checkpointed(db)
    path.write_bytes(b"this is not a database at all, someone overwrote it" * 100)

    with pytest.raises(DatabaseCorrupt) as err:
        open_database(db.paths.root)
    message = err.value.message
    assert taken.path in message
    assert f'innov-desktop --data-dir "{db.paths.root}" restore "{taken.path}"' in message

    restore_backup(db.paths.root, taken.path)  # the advice works
    (aside,) = db.paths.backups.glob("damaged-*.sqlite")  # and the damaged file was kept, not overwritten
    assert aside.read_bytes().startswith(b"this is not a database")
    reopened = open_database(db.paths.root)
    try:
        assert [p.display_name for p in people.search_people(reopened, "amina")] == ["Amina Yusuf"]
    finally:
        reopened.close()


def test_damaged_page_found_by_verifying_open(db: Database) -> None:
    people.create_person(db, people.PersonInput(given_name="Amina", family_name="Yusuf"))
    backup_now(db)
    path = _checkpointed(db)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), page):  # scribble over every page but the header's
        data[offset + 8 : offset + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt):
        open_database(db.paths.root, verify=True)


def test_corrupt_without_any_backup_says_so(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "d").ensure()
    paths.database.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(DatabaseCorruptNoBackup) as err:
        open_database(paths.root)
    assert "No backup exists" in err.value.message


def test_foreign_sqlite_file_is_not_taken_over(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "d").ensure()
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE accounts (x)")
    conn.commit()
    conn.close()
    before = _digest(paths.database)
    with pytest.raises(DatabaseCorruptNoBackup) as err:
        open_database(paths.root)
    assert "not an innov-desktop database" in err.value.message
    assert _digest(paths.database) == before
