"""Create, update, soft-delete, get and search people and organizations through the services,
with rev, clock and the append-only audit log."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import event

from innov_desktop.domain.enums import OrgType, PersonRole, Sex
from innov_desktop.domain.errors import DiskFull, NotFound, NotInitialized, StaleRecord, ValidationFailed
from innov_desktop.domain.models import OrganizationInput, PersonInput
from innov_desktop.services import organizations as orgs
from innov_desktop.services import people
from innov_desktop.services.setup import open_database
from innov_desktop.store.database import Database

AMINA = PersonInput(
    given_name=" Amina ",
    family_name="Yusuf",
    sex=Sex.FEMALE,
    birth_date=date(1990, 4, 1),
    residence_country="kenya",
    email="Amina.Yusuf@Example.ORG",
    phone="0712 345 678",
    roles=(PersonRole.INVENTOR,),
)


def _audit(db: Database, ident: object) -> list:
    with db.reader() as tx:
        return tx.audit.for_record(ident)  # type: ignore[arg-type]


def test_create_normalizes_numbers_and_audits(db: Database) -> None:
    p = people.create_person(db, AMINA)
    assert p.number == "KE-NBO-000001"
    assert (p.data.given_name, p.data.residence_country) == ("Amina", "KE")
    assert p.data.email == "Amina.Yusuf@example.org"
    assert p.data.phone == "+254712345678"
    assert p.meta.rev == 1 and p.meta.origin == "KE-NBO" and not p.meta.deleted
    assert people.get_person(db, p.id) == p
    (entry,) = _audit(db, p.id)
    assert entry.action == "create" and entry.actor == "KE-NBO"
    assert entry.changes["family_name"] == "Yusuf"
    second = people.create_person(db, PersonInput(given_name="Otieno"))
    assert second.number == "KE-NBO-000002"
    assert second.meta.modified_at > p.meta.modified_at


def test_update_bumps_rev_and_clock_and_records_the_difference(db: Database) -> None:
    p = people.create_person(db, AMINA)
    changed = people.update_person(
        db, p.id, PersonInput(**{**_fields(p.data), "family_name": "Mohammed"}), expected_rev=1
    )
    assert changed.data.family_name == "Mohammed"
    assert changed.meta.rev == 2 and changed.meta.modified_at > p.meta.modified_at
    entries = _audit(db, p.id)
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[1].changes == {"family_name": ["Yusuf", "Mohammed"]}
    same = people.update_person(db, p.id, changed.data)  # nothing changed: no new revision
    assert same.meta.rev == 2 and len(_audit(db, p.id)) == 2


def test_stale_update_is_refused_without_change(db: Database) -> None:
    p = people.create_person(db, AMINA)
    people.update_person(db, p.id, PersonInput(given_name="Amina", family_name="B"))
    with pytest.raises(StaleRecord):
        people.update_person(db, p.id, PersonInput(given_name="Amina", family_name="C"), expected_rev=1)
    assert people.get_person(db, p.id).data.family_name == "B"


def test_invalid_input_is_refused_and_nothing_is_written(db: Database) -> None:
    bad = PersonInput(given_name="1234", family_name="", email="no-at-sign", birth_date=date(2999, 1, 1))
    with pytest.raises(ValidationFailed) as err:
        people.create_person(db, bad)
    assert {e.field for e in err.value.errors} >= {"given_name", "email", "birth_date"}
    assert people.count_people(db) == 0
    with db.reader() as tx:
        assert tx.audit.latest()[0].action == "init"


def test_soft_delete_leaves_a_tombstone(db: Database) -> None:
    p = people.create_person(db, AMINA)
    gone = people.delete_person(db, p.id)
    assert gone.meta.deleted and gone.meta.rev == 2
    with pytest.raises(NotFound):
        people.get_person(db, p.id)
    with db.reader() as tx:
        tomb = tx.people.get(p.id, include_deleted=True)
        assert tomb is not None and tomb.meta.deleted
        assert tx.people.count(include_deleted=True) == 1 and tx.people.count() == 0
    assert [e.action for e in _audit(db, p.id)] == ["create", "delete"]
    with pytest.raises(NotFound):
        people.delete_person(db, p.id)


def test_audit_log_is_append_only(db: Database) -> None:
    people.create_person(db, AMINA)
    conn = sqlite3.connect(db.paths.database)
    try:
        for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                conn.execute(statement)
    finally:
        conn.close()


def test_organizations_crud_and_link_from_person(db: Database) -> None:
    org = orgs.create_organization(
        db, OrganizationInput(name="Université de Dakar", type=OrgType.UNIVERSITY, country="SN")
    )
    assert org.number == "KE-NBO-ORG-00001"
    assert [o.data.name for o in orgs.search_organizations(db, "universite dak")] == ["Université de Dakar"]
    p = people.create_person(db, PersonInput(given_name="Awa", family_name="Diop", organization_id=org.id))
    assert people.get_person(db, p.id).data.organization_id == org.id
    renamed = orgs.update_organization(db, org.id, OrganizationInput(name="UCAD", type=OrgType.UNIVERSITY))
    assert renamed.meta.rev == 2
    orgs.delete_organization(db, org.id)
    assert orgs.count_organizations(db) == 0
    assert [o.data.name for o in orgs.list_organizations(db)] == []


def test_writes_need_a_center_identity(data_dir) -> None:  # type: ignore[no-untyped-def]
    database = open_database(data_dir)
    try:
        with pytest.raises(NotInitialized) as err:
            people.create_person(database, AMINA)
        assert "init" in err.value.message
    finally:
        database.close()


def test_full_disk_gives_a_message_and_keeps_what_was_stored(db: Database) -> None:
    people.create_person(db, AMINA)
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _cap(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    from innov_desktop.services.demo import generate_demo

    with pytest.raises(DiskFull) as err:
        generate_demo(db, 5_000)
    assert "full" in err.value.message
    event.remove(db.engine, "connect", _cap)
    db.engine.dispose()
    assert people.count_people(db) == 1


def test_list_is_sorted_by_family_name_ignoring_case_and_accents(db: Database) -> None:
    for given, family in (("b", "Zulu"), ("a", "álvarez"), ("c", "ALVAREZ"), ("d", "Bello")):
        people.create_person(db, PersonInput(given_name=given, family_name=family))
    assert [p.data.family_name for p in people.list_people(db)] == ["álvarez", "ALVAREZ", "Bello", "Zulu"]
    assert [p.data.family_name for p in people.list_people(db, offset=1, limit=2)] == ["ALVAREZ", "Bello"]


def _fields(data: PersonInput) -> dict:
    from dataclasses import asdict

    return {k: v for k, v in asdict(data).items()}


def test_merge_is_refused_when_either_person_changed_since_compared(db: Database) -> None:
    a = people.create_person(db, PersonInput(given_name="José", family_name="Ramírez"))
    b = people.create_person(db, PersonInput(given_name="JOSE", family_name="RAMIREZ"))
    people.update_person(db, b.id, PersonInput(given_name="JOSE", family_name="RAMIREZ", position="Engineer"))
    with pytest.raises(StaleRecord):
        people.merge_people(db, a.id, b.id, a.data, expected_revs=(a.meta.rev, b.meta.rev))
    assert people.get_person(db, b.id).data.position == "Engineer"  # nothing merged
    merged = people.merge_people(db, a.id, b.id, a.data, expected_revs=(1, 2))
    assert merged.kept.id == a.id


def test_find_duplicates_at_a_center_lists_only_what_it_may_merge(db: Database) -> None:
    """Two records of another center alike (relayed by HQ) are not offered: only that center or HQ
    may merge them; the center's own alike records are."""
    from innov_desktop.services.duplicates import find_duplicates

    mine = [people.create_person(db, PersonInput(given_name="Amina", family_name="Yusuf", phone="+254712345678"))]
    mine.append(people.create_person(db, PersonInput(given_name="Amina", family_name="Yusuf", phone="+254712345678")))
    theirs = [people.create_person(db, PersonInput(given_name="Neema", family_name="Mushi", phone="+255712345678"))]
    theirs.append(people.create_person(db, PersonInput(given_name="Neema", family_name="Mushi", phone="+255712345678")))
    conn = sqlite3.connect(db.paths.database)
    conn.executemany("UPDATE person SET origin = 'TZ-DAR' WHERE id = ?", [(p.id.hex,) for p in theirs])
    conn.commit()
    conn.close()
    groups = find_duplicates(db)
    assert [sorted(p.id for p in g.people) for g in groups] == [sorted(p.id for p in mine)]


def test_find_duplicates_leaves_out_people_whose_names_were_not_shared(db: Database) -> None:
    """At HQ, people without consent are held nameless with the year of birth: alike to the
    finder, and not mergeable (their names are withheld); they are not offered."""
    from innov_desktop.services.duplicates import find_duplicates
    from innov_desktop.store import syncmeta

    nameless = [
        people.create_person(db, PersonInput(given_name="x", family_name="x", birth_date=date(1985, 1, 1)))
        for _ in range(2)
    ]
    unknown = syncmeta.UNKNOWN_STAMP
    meta = syncmeta.dump({"_": [5, "KE-NBO", 3, "KE-NBO"], "given_name": unknown, "family_name": unknown})
    conn = sqlite3.connect(db.paths.database)
    conn.executemany(
        "UPDATE person SET given_name = '', family_name = '', sync_meta = ? WHERE id = ?",
        [(meta, p.id.hex) for p in nameless],
    )
    conn.commit()
    conn.close()
    assert find_duplicates(db) == []
