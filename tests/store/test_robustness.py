"""What the first review found: odd folder names, vanished or damaged files, restore under an
open database, migrations keeping the search triggers, and `check` finding real problems."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from innov_desktop.cli import main
from innov_desktop.domain.errors import DatabaseCorrupt, DatabaseMissing
from innov_desktop.domain.models import CenterInput, OrganizationInput, PersonInput
from innov_desktop.services import organizations, people
from innov_desktop.services.maintenance import backup_now, check_database, restore_backup
from innov_desktop.services.setup import init_center, open_database
from innov_desktop.store.database import Database
from innov_desktop.store.search_ddl import EXPECTED_TRIGGERS


def _triggers(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    finally:
        conn.close()


def test_folder_names_with_uri_characters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "Center #2 %41 ?x"
    assert main(["--data-dir", str(d), "demo", "--people", "20"]) == 0
    assert main(["--data-dir", str(d), "backup"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [d.name]  # no stray files beside it
    backup = next((d / "backups").glob("innov-*-manual.sqlite"))
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT count(*) FROM person").fetchone() == (20,)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    live = sqlite3.connect(d / "innov-desktop.sqlite")
    live.execute("UPDATE alembic_version SET version_num='9999'")
    live.commit()
    live.close()
    capsys.readouterr()
    assert main(["--data-dir", str(d), "info"]) == 1
    assert "newer version" in capsys.readouterr().err


def test_vanished_database_with_backups_is_not_silently_replaced(db: Database) -> None:
    people.create_person(db, PersonInput(given_name="Amina", family_name="Yusuf"))
    taken = backup_now(db)
    db.close()
    db.paths.database.write_bytes(b"")
    with pytest.raises(DatabaseMissing) as err:
        open_database(db.paths.root)
    assert taken.path in err.value.message
    db.paths.database.unlink()
    with pytest.raises(DatabaseMissing):
        open_database(db.paths.root)
    restore_backup(db.paths.root, taken.path)
    again = open_database(db.paths.root)
    try:
        assert people.count_people(again) == 1
    finally:
        again.close()


def test_damage_found_during_work_gives_the_corrupt_message(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import dump

    for i in range(300):
        people.create_person(db, PersonInput(given_name=f"Person{i}", family_name="Test" * 10))
    good = backup_now(db)
    assert dump(db.paths.database)
    db.close()
    conn = sqlite3.connect(db.paths.database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.paths.database.read_bytes())
    for offset in range(8 * 4096, len(data) - 4096, 4096):
        data[offset : offset + 64] = b"\xee" * 64
    db.paths.database.write_bytes(bytes(data))
    capsys.readouterr()
    code = main(["--data-dir", str(db.paths.root), "find", "people", "person1"])
    err = capsys.readouterr().err
    assert code == 1
    assert "cannot be read" in err and good.path in err and len(err.strip().splitlines()) == 1
    assert main(["--data-dir", str(db.paths.root), "check"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_restore_while_another_handle_is_open(db: Database) -> None:
    people.create_person(db, PersonInput(given_name="Before", family_name="Backup"))
    taken = backup_now(db)
    later = people.create_person(db, PersonInput(given_name="After", family_name="Backup"))
    restore_backup(db.paths.root, taken.path)  # `db` stays open, as a running window would
    assert [p.display_name for p in people.list_people(db)] == ["Before Backup"]
    newer = people.create_person(db, PersonInput(given_name="Typed", family_name="Later"))
    assert newer.number > later.number  # numbers never go back: no clash with the lost record
    fresh = open_database(db.paths.root)
    try:
        assert {p.display_name for p in people.list_people(fresh)} == {"Before Backup", "Typed Later"}
        with fresh.reader() as tx:
            assert tx.audit.latest(5)[1].action == "restore"
    finally:
        fresh.close()


def test_triggers_exist_at_head_and_after_upgrading_a_kept_schema(db: Database, tmp_path: Path) -> None:
    assert _triggers(db.paths.database) >= EXPECTED_TRIGGERS
    import shutil

    old = tmp_path / "old"
    old.mkdir()
    shutil.copy(Path(__file__).parent.parent / "fixtures" / "schema-0001.sqlite", old / "innov-desktop.sqlite")
    upgraded = open_database(old)
    try:
        assert _triggers(old / "innov-desktop.sqlite") >= EXPECTED_TRIGGERS
        assert check_database(upgraded).ok
        p = people.create_person(upgraded, PersonInput(given_name="Neue", family_name="Person"))
        assert [x.id for x in people.search_people(upgraded, "neue")] == [p.id]
    finally:
        upgraded.close()


def test_check_finds_a_broken_link_and_a_drifted_index(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    p = people.create_person(db, PersonInput(given_name="Amina", family_name="Yusuf"))
    assert check_database(db).ok
    conn = sqlite3.connect(db.paths.database)
    pk = conn.execute("SELECT pk FROM person").fetchone()[0]
    conn.execute("INSERT INTO person_fts(person_fts, rowid, search_text) VALUES ('delete', ?, 'something else')", (pk,))
    conn.commit()
    conn.close()
    assert not check_database(db).search_index_ok
    capsys.readouterr()
    assert main(["--data-dir", str(db.paths.root), "check"]) == 1
    assert "problems" in capsys.readouterr().err
    conn = sqlite3.connect(db.paths.database)
    conn.execute("UPDATE person SET organization_id = '0123456789abcdef0123456789abcdef' WHERE pk = ?", (pk,))
    conn.commit()
    conn.close()
    assert check_database(db).foreign_key_violations == 1
    assert p is not None


def test_links_to_missing_records_are_refused_at_the_field(db: Database) -> None:
    import uuid

    from innov_desktop.domain.errors import ValidationFailed

    with pytest.raises(ValidationFailed) as err:
        people.create_person(db, PersonInput(given_name="A", family_name="B", organization_id=uuid.uuid4()))
    assert [e.field for e in err.value.errors] == ["organization_id"]
    org = organizations.create_organization(db, OrganizationInput(name="Gone Ltd"))
    organizations.delete_organization(db, org.id)
    with pytest.raises(ValidationFailed):
        people.create_person(db, PersonInput(given_name="A", family_name="B", organization_id=org.id))
    assert people.count_people(db) == 0


def test_corrupt_message_names_a_backup_that_is_itself_good(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d")
    init_center(db, CenterInput(code="KE-NBO", name="N", country="KE"))
    good = backup_now(db)
    bad = backup_now(db)
    Path(bad.path).write_bytes(b"junk" * 100)
    db.close()
    db.paths.database.write_bytes(b"junk" * 1000)
    with pytest.raises(DatabaseCorrupt) as err:
        open_database(db.paths.root)
    assert good.path in err.value.message and bad.path not in err.value.message


def test_a_role_or_sex_word_this_version_does_not_know_does_not_break_the_lists(db: Database) -> None:
    """Such words arrive by sync from a newer version (or damaged); the lists, the details and the
    search read the rest of the record instead of failing."""
    from innov_desktop.domain.enums import PersonRole, Sex
    from innov_desktop.domain.queries import PeopleQuery

    kept = people.create_person(db, PersonInput(given_name="Ama", family_name="Owusu", roles=(PersonRole.INVENTOR,)))
    conn = sqlite3.connect(db.paths.database)
    conn.execute("UPDATE person SET roles = 'inventor,wizard', sex = 'Q' WHERE id = ?", (kept.id.hex,))
    conn.commit()
    conn.close()
    shown = people.get_person(db, kept.id).data
    assert (shown.roles, shown.sex) == ((PersonRole.INVENTOR,), Sex.NOT_STATED)
    assert [p.id for p in people.list_people(db, 0, 10)] == [kept.id]
    assert [p.id for p in people.search_people(db, "owusu")] == [kept.id]
    first = people.people_first_page(db, PeopleQuery(), 10)
    assert [p.id for p in first.rows.values()] == [kept.id]


def test_an_organization_type_or_size_this_version_does_not_know_is_shown_and_kept(db: Database) -> None:
    """A newer version's type or SME size word, arrived by sync: the lists and the details read the
    organization (the word shows as it is stored), and an edit of another field keeps the word."""
    from dataclasses import replace

    from innov_desktop.domain.enums import OrgType, is_known
    from innov_desktop.domain.models import OrganizationInput
    from innov_desktop.services import organizations

    org = organizations.create_organization(db, OrganizationInput(name="Makers Hub", type=OrgType.NGO))
    conn = sqlite3.connect(db.paths.database)
    conn.execute("UPDATE organization SET type = 'makerspace', sme_size = 'nano' WHERE id = ?", (org.id.hex,))
    conn.commit()
    conn.close()
    shown = organizations.get_organization(db, org.id)
    assert (shown.data.type.value, shown.data.sme_size and shown.data.sme_size.value) == ("makerspace", "nano")
    assert not is_known(shown.data.type) and is_known(OrgType.NGO)
    assert [o.id for o in organizations.list_organizations(db)] == [org.id]
    assert [o.id for o in organizations.search_organizations(db, "makers")] == [org.id]
    organizations.update_organization(db, org.id, replace(shown.data, city="Kisumu"), expected_rev=shown.meta.rev)
    conn = sqlite3.connect(db.paths.database)
    stored = conn.execute("SELECT type, sme_size, city FROM organization WHERE id = ?", (org.id.hex,)).fetchone()
    conn.close()
    assert stored == ("makerspace", "nano", "Kisumu")
    with pytest.raises(ValueError):
        OrgType("makerspace")  # what a person types is still checked against the known words
