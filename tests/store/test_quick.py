"""Rows read through the driver without SQLAlchemy (the first rows before it loads, and the list's
pages): the same values as the ORM's, read-only, and None whenever the normal opening decides."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from innov_desktop.domain.enums import PersonRole, Sex
from innov_desktop.domain.models import CenterInput, OrganizationInput, PersonInput
from innov_desktop.domain.queries import PeopleQuery
from innov_desktop.services import organizations, people
from innov_desktop.services.demo import generate_demo
from innov_desktop.services.setup import open_database
from innov_desktop.store import migrate
from innov_desktop.store.database import Database
from innov_desktop.store.quick import SCHEMA_REVISION, first_people


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_same_rows_as_the_normal_path(db: Database) -> None:
    generate_demo(db, 300)
    org = organizations.create_organization(db, OrganizationInput(name="Aaa Inventors"))
    people.create_person(  # every kind of value: dates, booleans, lists, a link, free text
        db,
        PersonInput(
            given_name="Aaron",
            family_name="Aardvark",
            sex=Sex.MALE,
            birth_date=date(1980, 2, 29),
            nationality="KE",
            residence_country="UG",
            email="aaron@uni.example",
            phone="+254712345678",
            organization_id=org.id,
            position="Engineer",
            languages=("en", "sw"),
            roles=(PersonRole.INVENTOR, PersonRole.JUROR),
            consent_to_share=True,
            consent_date=date(2024, 1, 5),
            notes="first line\nsecond",
        ),
    )
    gone = people.create_person(db, PersonInput(given_name="Aa", family_name="Aa"))
    people.delete_person(db, gone.id)
    quick = first_people(db.paths.database, 64)
    normal = people.people_first_page(db, PeopleQuery(), 64)
    assert quick is not None
    assert list(quick.keys) == list(normal.keys) and len(quick.keys) == 64
    assert quick.rows == normal.rows  # equal dataclasses, field by field
    for person in quick.rows.values():  # and equal to what the ORM makes of the same rows
        assert person == people.get_person(db, person.id)
    assert quick.total is None and normal.total is None  # more rows follow
    assert gone.id not in {p.id for p in quick.rows.values()}
    assert any(p.data.organization_id == org.id for p in quick.rows.values())


def test_list_pages_by_key_equal_the_orm(db: Database) -> None:
    generate_demo(db, 200)
    keys = list(people.people_ids(db, PeopleQuery()))
    rows = people.people_rows(db, keys[::3])  # the page fetch of the list, through the driver
    assert len(rows) == len(keys[::3])
    for person in rows.values():
        assert person == people.get_person(db, person.id)


def test_short_list_counts_itself(db: Database) -> None:
    people.create_person(db, PersonInput(given_name="Wanjiru", family_name="Kamau"))
    quick = first_people(db.paths.database, 64)
    assert quick is not None and quick.total == 1


def test_knows_the_current_schema() -> None:
    assert migrate.head() == SCHEMA_REVISION  # a new migration must teach the quick reader first


def test_doubt_means_none_and_nothing_written(db: Database, tmp_path: Path) -> None:
    path = db.paths.database
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = _digest(path)
    assert first_people(path, 64) is None  # a newer schema: the normal path refuses it
    assert _digest(path) == before

    assert first_people(tmp_path / "nothing.sqlite", 64) is None
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    assert first_people(junk, 64) is None


def test_no_identity_means_none(tmp_path: Path) -> None:
    database = open_database(tmp_path / "fresh")  # created, but no center yet: setup comes first
    try:
        assert first_people(database.paths.database, 64) is None
        from innov_desktop.services.setup import init_center

        init_center(database, CenterInput(code="KE-NBO", name="Nairobi Center", country="KE"))
        assert first_people(database.paths.database, 64) is not None
    finally:
        database.close()


def test_does_not_load_sqlalchemy() -> None:
    code = (
        "import sys; from innov_desktop.services import quick_start; "
        "import innov_desktop.gui.app, innov_desktop.gui.main_window, innov_desktop.gui.people.page; "
        "sys.exit(1 if 'sqlalchemy' in sys.modules else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_fields_withheld_from_this_copy_read_the_same_as_through_the_orm(db: Database) -> None:
    """A person held without consent (names unknown here, birth date reduced to its year): the list's
    fast path says which fields were withheld, as the ORM path does (the form and the birth
    column depend on it)."""
    from innov_desktop.store import models, syncmeta
    from innov_desktop.store.raw import SYNCED_FIELDS

    assert syncmeta.fields_of(models.Person) == SYNCED_FIELDS
    held = people.create_person(db, PersonInput(given_name="", family_name="Unknown", birth_date=date(1985, 1, 1)))
    plain = people.create_person(db, PersonInput(given_name="Wanjiru", family_name="Kamau"))
    unknown, known = syncmeta.UNKNOWN_STAMP, [5, "KE-NBO", 3, "KE-NBO"]
    meta = syncmeta.dump({"_": known, "given_name": unknown, "family_name": unknown, "birth_date": unknown})
    conn = sqlite3.connect(db.paths.database)
    conn.execute("UPDATE person SET sync_meta = ? WHERE id = ?", (meta, held.id.hex))
    conn.commit()
    conn.close()
    keys = list(people.people_ids(db, PeopleQuery()))
    rows = {p.id: p for p in people.people_rows(db, keys).values()}
    assert rows[held.id].meta.withheld == ("birth_date", "family_name", "given_name")
    assert rows[plain.id].meta.withheld == ()
    for person in rows.values():
        assert person == people.get_person(db, person.id)
