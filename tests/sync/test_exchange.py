"""Bundles between a center and HQ, end to end on real databases and signed files."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from innov_desktop.domain import errors
from innov_desktop.domain.enums import PersonRole
from innov_desktop.services import people as people_service
from innov_desktop.services import sync
from tests.sync.sites import HQ_CODE, Site, birth, link, make_site, shared_state, snapshot


@pytest.fixture
def pair(tmp_path: Path, hq_url: str | None) -> Iterator[tuple[Site, Site]]:
    """A center and HQ, HQ on SQLite or on PostgreSQL."""
    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True, url=hq_url)
    center = make_site(tmp_path / "ke", "KE-NBO")
    link(hq, center)
    yield hq, center
    hq.close()
    center.close()


def _known_to_both(hq: Site, center: Site, usb: Path, given: str, family: str, **extra: Any) -> Any:
    """A person the center adds, after one exchange both ways."""
    person = center.add_person(given, family, **extra)
    sync.import_bundle(hq.db, center.export_to(usb))
    sync.import_bundle(center.db, hq.export_to(usb, center=center.code))
    return person


def test_a_person_made_at_a_center_reaches_hq_and_comes_back_unchanged(pair: tuple[Site, Site], tmp_path: Path) -> None:
    hq, center = pair
    person = center.add_person(
        "Wanjiru",
        "Kamau",
        email="wanjiru@example.org",
        consent_to_share=True,
        consent_date=birth(2024),
        birth_date=birth(1990),
    )
    bundle = center.export_to(tmp_path / "usb")
    result = sync.import_bundle(hq.db, bundle)
    assert (result.added, result.conflicts) == (2, 0)  # the person and the center's directory entry
    at_hq = people_service.get_person(hq.db, person.id)
    assert at_hq.data == person.data
    assert [p.id for p in people_service.search_people(hq.db, "wanj")] == [person.id]

    back = hq.export_to(tmp_path / "usb", center=center.code)
    again = sync.import_bundle(center.db, back)
    assert again.conflicts == 0
    assert people_service.get_person(center.db, person.id).data == person.data
    assert shared_state(center)[("person", str(person.id))] == shared_state(hq)[("person", str(person.id))]


def test_the_same_bundle_twice_changes_nothing_and_says_so(pair: tuple[Site, Site], tmp_path: Path) -> None:
    hq, center = pair
    center.add_person("Amina", "Otieno")
    bundle = center.export_to(tmp_path / "usb")
    first = sync.import_bundle(hq.db, bundle)
    assert first.applied and not first.already_imported
    before = snapshot(hq)
    second = sync.import_bundle(hq.db, bundle)
    assert second.already_imported and not second.applied
    assert snapshot(hq) == before


def test_without_consent_a_person_reaches_hq_without_name_or_contacts(pair: tuple[Site, Site], tmp_path: Path) -> None:
    hq, center = pair
    person = center.add_person(
        "Halima",
        "Njeri",
        email="halima@example.org",
        phone="+254 712 345678",
        birth_date=birth(1985),
        consent_to_share=False,
    )
    sync.import_bundle(hq.db, center.export_to(tmp_path / "usb"))
    at_hq = people_service.get_person(hq.db, person.id)
    assert (at_hq.data.given_name, at_hq.data.family_name, at_hq.data.email, at_hq.data.phone) == ("", "", None, None)
    assert at_hq.data.birth_date is not None and at_hq.data.birth_date.year == 1985
    assert at_hq.data.birth_date.month == 1 and at_hq.data.sex == person.data.sex
    assert people_service.search_people(hq.db, "halima") == []
    assert [p.id for p in people_service.search_people(hq.db, person.number)] == [person.id]  # found by number
    # and HQ's reply never blanks the center's own copy
    sync.import_bundle(center.db, hq.export_to(tmp_path / "usb", center=center.code))
    assert people_service.get_person(center.db, person.id).data == person.data


def test_concurrent_edits_of_different_fields_merge_and_of_one_field_conflict(
    pair: tuple[Site, Site], tmp_path: Path
) -> None:
    hq, center = pair
    person = center.add_person("Wambui", "Mwangi", consent_to_share=True, consent_date=birth(2024))
    sync.import_bundle(hq.db, center.export_to(tmp_path / "usb"))
    sync.import_bundle(center.db, hq.export_to(tmp_path / "usb", center=center.code))

    center.edit_person(person.id, position="Engineer", notes="met at the fair")
    hq.edit_person(person.id, family_name="Mwangi-Kariuki", notes="HQ checked")

    sync.import_bundle(hq.db, center.export_to(tmp_path / "usb"))
    sync.import_bundle(center.db, hq.export_to(tmp_path / "usb", center=center.code))
    sync.import_bundle(hq.db, center.export_to(tmp_path / "usb"))

    a, b = people_service.get_person(center.db, person.id), people_service.get_person(hq.db, person.id)
    assert a.data == b.data
    assert a.data.position == "Engineer" and a.data.family_name == "Mwangi-Kariuki"
    found = sync.conflicts(hq.db) + sync.conflicts(center.db)
    assert {c.field for c in found} == {"notes"}
    assert {frozenset((c.mine, c.theirs)) for c in found} == {frozenset(("met at the fair", "HQ checked"))}


def test_edits_that_saw_each_other_never_conflict_however_often_they_travel(
    pair: tuple[Site, Site], tmp_path: Path
) -> None:
    """One field edited in turn by the center and HQ, each edit made after seeing the one before."""
    hq, center = pair
    person = center.add_person("Wambui", "Mwangi", consent_to_share=True, consent_date=birth(2024))
    usb = tmp_path / "usb"
    sync.import_bundle(hq.db, center.export_to(usb))
    for turn in range(3):
        center.edit_person(person.id, notes=f"center {turn}")
        sync.import_bundle(hq.db, center.export_to(usb))
        center.edit_person(person.id, notes=f"center {turn}, again")
        sync.import_bundle(hq.db, center.export_to(usb))
        hq.edit_person(person.id, notes=f"HQ {turn}")
        sync.import_bundle(center.db, hq.export_to(usb, center=center.code))

    assert sync.conflicts(hq.db) == [] and sync.conflicts(center.db) == []
    assert people_service.get_person(center.db, person.id).data.notes == "HQ 2"
    assert people_service.get_person(hq.db, person.id).data == people_service.get_person(center.db, person.id).data


def test_hq_search_follows_renames_whether_few_or_most_records_change(pair: tuple[Site, Site], tmp_path: Path) -> None:
    """The full-text index is brought up to date after the import: row by row for a few changes,
    rebuilt whole when most of the table changes."""
    hq, center = pair
    names = ["Achieng", "Baraka", "Chebet", "Dalmas", "Esther", "Faraji", "Gathoni"]
    people = [center.add_person(n, "Otieno", consent_to_share=True) for n in names]
    usb = tmp_path / "usb"
    sync.import_bundle(hq.db, center.export_to(usb))
    assert len(people_service.search_people(hq.db, "otieno")) == len(names)

    center.edit_person(people[0].id, family_name="Wekesa")  # one record of seven
    sync.import_bundle(hq.db, center.export_to(usb))
    assert [p.id for p in people_service.search_people(hq.db, "wekesa")] == [people[0].id]
    assert len(people_service.search_people(hq.db, "otieno")) == len(names) - 1

    for person in people[1:6]:  # most of the table
        center.edit_person(person.id, family_name="Kamau")
    sync.import_bundle(hq.db, center.export_to(usb))
    assert {p.id for p in people_service.search_people(hq.db, "kamau")} == {p.id for p in people[1:6]}
    assert [p.id for p in people_service.search_people(hq.db, "otieno")] == [people[6].id]
    assert [p.id for p in people_service.search_people(hq.db, "achieng")] == [people[0].id]


def test_when_consent_is_withdrawn_hq_forgets_the_name_and_contacts(pair: tuple[Site, Site], tmp_path: Path) -> None:
    hq, center = pair
    usb = tmp_path / "usb"
    person = center.add_person(
        "Halima",
        "Njeri",
        email="halima@example.org",
        birth_date=birth(1985),
        consent_to_share=True,
        notes="met at the fair",
    )
    sync.import_bundle(hq.db, center.export_to(usb))
    assert [p.id for p in people_service.search_people(hq.db, "halima")] == [person.id]

    center.edit_person(person.id, consent_to_share=False)
    assert sync.import_bundle(hq.db, center.export_to(usb)).changed == 1
    at_hq = people_service.get_person(hq.db, person.id)
    held = (at_hq.data.given_name, at_hq.data.family_name, at_hq.data.email, at_hq.data.notes)
    assert held == ("", "", None, None)
    assert at_hq.data.birth_date == birth(1985).replace(month=1, day=1)  # the year only, as if never shared
    assert at_hq.data.sex == person.data.sex and not at_hq.data.consent_to_share
    assert people_service.search_people(hq.db, "halima") == []
    assert "given_name" in at_hq.meta.withheld  # HQ's form shows the record read-only
    # HQ's reply leaves the center's copy whole; a new consent brings the values back to HQ
    sync.import_bundle(center.db, hq.export_to(usb, center=center.code))
    assert people_service.get_person(center.db, person.id).data.given_name == "Halima"
    center.edit_person(person.id, consent_to_share=True)
    sync.import_bundle(hq.db, center.export_to(usb))
    back = people_service.get_person(hq.db, person.id).data
    assert (back.given_name, back.email, back.birth_date, back.notes) == (
        "Halima",
        "halima@example.org",
        birth(1985),
        "met at the fair",
    )


def test_a_withdrawal_reaches_the_other_centers_hq_relayed_the_person_to(
    pair: tuple[Site, Site], tmp_path: Path
) -> None:
    """KE-NBO's person, shared, reached TZ-DAR through HQ; KE-NBO withdraws the consent: the person
    leaves TZ-DAR's lists, and what TZ-DAR held of the name and contacts is forgotten (the year of
    birth stays). A center that never held a person without consent gets nothing of it. A new
    consent brings the person back."""
    hq, center = pair
    usb = tmp_path / "usb"
    other = make_site(tmp_path / "tz", "TZ-DAR")
    try:
        link(hq, other)
        person = center.add_person(
            "Halima", "Njeri", email="halima@example.org", birth_date=birth(1985), consent_to_share=True
        )
        never = center.add_person("Baraka", "Obi", birth_date=birth(1990), consent_to_share=False)
        sync.import_bundle(hq.db, center.export_to(usb))
        sync.import_bundle(other.db, hq.export_to(usb, center=other.code))
        assert people_service.get_person(other.db, person.id).data.given_name == "Halima"

        center.edit_person(person.id, consent_to_share=False)
        sync.import_bundle(hq.db, center.export_to(usb))
        sync.import_bundle(other.db, hq.export_to(usb, center=other.code))
        with pytest.raises(errors.NotFound):  # no longer in TZ-DAR's lists
            people_service.get_person(other.db, person.id)
        conn = sqlite3.connect(other.db.paths.database)
        held = conn.execute(
            "SELECT given_name, family_name, email, birth_date, consent_to_share FROM person WHERE id = ?",
            (person.id.hex,),
        ).fetchone()
        unknown = conn.execute("SELECT count(*) FROM person WHERE id = ?", (never.id.hex,)).fetchone()[0]
        conn.close()
        assert held == ("", "", None, "1985-01-01", 0)  # forgotten, the year of birth only
        assert unknown == 0  # never shared: not even a nameless record
        assert people_service.search_people(other.db, "halima") == []
        # the owner keeps the person whole; a new consent brings it back everywhere
        sync.import_bundle(center.db, hq.export_to(usb, center=center.code))
        assert people_service.get_person(center.db, person.id).data.given_name == "Halima"
        center.edit_person(person.id, consent_to_share=True)
        sync.import_bundle(hq.db, center.export_to(usb))
        sync.import_bundle(other.db, hq.export_to(usb, center=other.code))
        back = people_service.get_person(other.db, person.id).data
        assert (back.given_name, back.email, back.birth_date) == ("Halima", "halima@example.org", birth(1985))
    finally:
        other.close()


def test_lists_and_exports_show_records_that_came_by_sync(pair: tuple[Site, Site], tmp_path: Path) -> None:
    """Synced records carry stamps: the lists and the exports read them on both copies (the
    Organizations list of a center failed on its first synced organization, and HQ on
    PostgreSQL could neither list nor export people)."""
    from innov_desktop.domain.models import OrganizationInput
    from innov_desktop.domain.queries import OrganizationQuery, PeopleQuery
    from innov_desktop.services import organizations
    from innov_desktop.services import spreadsheets as sheets

    hq, center = pair
    usb = tmp_path / "usb"
    organizations.create_organization(hq.db, OrganizationInput(name="Strathmore University", country="KE"))
    _known_to_both(hq, center, usb, "Akinyi", "Odhiambo", consent_to_share=True)
    center.add_person("Baraka", "Obi", consent_to_share=False)
    sync.import_bundle(hq.db, center.export_to(usb))
    for site, people_count in ((hq, 2), (center, 2)):
        first = people_service.people_first_page(site.db, PeopleQuery(), 10)
        assert len(first.rows) == people_count, site.code
        orgs = organizations.organization_first_page(site.db, OrganizationQuery(), 10)
        assert [o.data.name for o in orgs.rows.values()] == ["Strathmore University"], site.code
        assert sheets.export_people(site.db, tmp_path / f"{site.code}-people.xlsx").rows == people_count
        plain = sheets.person_columns()[:3]
        assert sheets.export_people(site.db, tmp_path / f"{site.code}-p3.xlsx", columns=plain).rows == people_count
        assert sheets.export_organizations(site.db, tmp_path / f"{site.code}-orgs.xlsx").rows == 1


def test_hq_cannot_write_a_field_withheld_from_it(pair: tuple[Site, Site], tmp_path: Path) -> None:
    """A write at HQ would be newer and silently replace, at the center, a value HQ never saw."""
    hq, center = pair
    person = center.add_person(
        "Halima", "Njeri", phone="+254 712 345678", birth_date=birth(1985), consent_to_share=False
    )
    sync.import_bundle(hq.db, center.export_to(tmp_path / "usb"))
    center.edit_person(person.id, nationality="TZ")  # HQ's stamps: the unknown one now the default
    sync.import_bundle(hq.db, center.export_to(tmp_path / "usb"))
    other = center.add_person("Amina", "Otieno", consent_to_share=True)
    sync.import_bundle(hq.db, center.export_to(tmp_path / "usb"))
    before = snapshot(hq)
    with pytest.raises(errors.WithheldFields):
        hq.edit_person(person.id, given_name="Someone", family_name="Else")
    with pytest.raises(errors.WithheldFields):
        hq.edit_person(person.id, given_name="Someone", family_name="Else", position="Director")
    with pytest.raises(errors.WithheldFields):  # its names as HQ holds them (none): the same answer
        hq.edit_person(person.id, position="Director")
    with pytest.raises(errors.WithheldFields):  # nor delete it: the center would lose its record
        people_service.delete_person(hq.db, person.id)
    with pytest.raises(errors.WithheldFields):  # a merge that would fill the names from the other record
        taken = people_service.get_person(hq.db, other.id).data
        people_service.merge_people(hq.db, person.id, other.id, taken)
    assert snapshot(hq) == before
    sync.import_bundle(center.db, hq.export_to(tmp_path / "usb", center=center.code))
    kept = people_service.get_person(center.db, person.id).data
    assert (kept.given_name, kept.family_name, kept.phone) == ("Halima", "Njeri", "+254712345678")


def _index_definitions(site: Site) -> set[str]:
    from sqlalchemy import text

    with site.db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            rows = conn.execute(text("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
        else:
            rows = conn.execute(text("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()"))
        return {r[0] for r in rows}


def test_a_large_import_sets_indexes_aside_and_builds_them_again(
    pair: tuple[Site, Site], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Indexes dropped for a bundle as large as the table come back exactly as they were, whether
    the import is applied or refused half-way."""
    from innov_desktop.services.setup import own_center
    from innov_desktop.store import search_ddl
    from innov_desktop.sync import bundle as fmt
    from tests.sync.forge import forge

    monkeypatch.setattr(search_ddl, "DEFER_INDEXES_FROM", 1)  # the rule at a size a test can afford
    hq, center = pair
    indexes = _index_definitions(hq)
    for given in ("Achieng", "Baraka", "Chebet", "Dalmas"):
        center.add_person(given, "Otieno", consent_to_share=True, birth_date=birth(1990))
    good = center.export_to(tmp_path / "usb")
    # the same people, then a record the center does not own: refused after the rows went in
    manifest = fmt.read_manifest(good)[0]
    verified = fmt.Verified(good, manifest, fmt._members(manifest, good.name, fmt.LIMITS), "")
    hq_center = own_center(hq.db)
    assert hq_center is not None
    stolen = {"t": "center", "id": str(hq_center.id), "o": center.code, "v": {"name": "Taken over"}}
    stolen["m"] = {"_": [1 << 62, center.code, 10**9]}
    base = {k: v for k, v in manifest.items() if k != "members"}
    forged = forge(center.db.paths.keys, tmp_path / "forged.innovsync", [*fmt.records(verified), stolen], base)
    with pytest.raises(errors.BundleOutOfScope):
        sync.import_bundle(hq.db, forged)
    assert _index_definitions(hq) == indexes and people_service.search_people(hq.db, "otieno") == []
    assert sync.import_bundle(hq.db, good).added > 0
    assert _index_definitions(hq) == indexes
    assert len(people_service.search_people(hq.db, "otieno")) == 4


def test_a_copys_own_edit_coming_back_is_no_conflict(pair: tuple[Site, Site], tmp_path: Path) -> None:
    """An edit relayed back to the copy that made it, after that copy edited the field again."""
    hq, center = pair
    usb = tmp_path / "usb"
    person = _known_to_both(hq, center, usb, "Wambui", "Mwangi", consent_to_share=True)

    center.edit_person(person.id, notes="first")
    sync.import_bundle(hq.db, center.export_to(usb))
    center.edit_person(person.id, notes="second")  # HQ's next bundle still carries "first"
    hq.edit_person(person.id, position="Engineer")
    sync.import_bundle(center.db, hq.export_to(usb, center=center.code))

    hq.edit_person(person.id, family_name="Kariuki")
    hq.edit_person(person.id, family_name="Mwangi-Kariuki")  # the center's next bundle carries "Kariuki"
    sync.import_bundle(hq.db, center.export_to(usb))

    assert sync.conflicts(center.db) == [] and sync.conflicts(hq.db) == []
    sync.import_bundle(center.db, hq.export_to(usb, center=center.code))
    a, b = people_service.get_person(center.db, person.id).data, people_service.get_person(hq.db, person.id).data
    assert a == b and (a.notes, a.position, a.family_name) == ("second", "Engineer", "Mwangi-Kariuki")


def test_a_later_write_that_never_saw_one_side_keeps_the_conflict_open(pair: tuple[Site, Site], tmp_path: Path) -> None:
    """HQ's note met the center's and lost; the center, which never receives a losing value, writes
    again: that write does not settle the conflict, HQ's note now stands against it. HQ decides,
    and the center's next write, made after seeing HQ's choice, settles."""
    hq, center = pair
    usb = tmp_path / "usb"
    person = _known_to_both(hq, center, usb, "Akinyi", "Odhiambo", consent_to_share=True)

    hq.edit_person(person.id, notes="HQ: met at the fair")
    center.edit_person(person.id, notes="centre: prototype ready")  # the newer clock: HQ takes it
    assert sync.import_bundle(hq.db, center.export_to(usb)).conflicts == 1
    sync.import_bundle(center.db, hq.export_to(usb, center=center.code))  # carries the center's note
    center.edit_person(person.id, notes="centre: patent filed")
    sync.import_bundle(hq.db, center.export_to(usb))

    open_at_hq = [(c.field, c.mine, c.theirs) for c in sync.conflicts(hq.db)]
    assert open_at_hq == [("notes", "HQ: met at the fair", "centre: patent filed")]
    assert people_service.get_person(hq.db, person.id).data.notes == "centre: patent filed"

    sync.resolve_conflict(hq.db, sync.conflicts(hq.db)[0].number, "mine")
    sync.import_bundle(center.db, hq.export_to(usb, center=center.code))
    assert people_service.get_person(center.db, person.id).data.notes == "HQ: met at the fair"
    center.edit_person(person.id, notes="centre: both notes read")
    sync.import_bundle(hq.db, center.export_to(usb))
    assert sync.conflicts(hq.db) == [] and sync.conflicts(center.db) == []
    assert people_service.get_person(hq.db, person.id).data.notes == "centre: both notes read"


def _crossed(pair: tuple[Site, Site], tmp_path: Path, *, hq_newer: bool) -> tuple[Site, Site, uuid.UUID, Path]:
    """Both copies write one note, and their bundles cross: each copy records the conflict."""
    hq, center = pair
    usb = tmp_path / "usb"
    person = _known_to_both(hq, center, usb, "Akinyi", "Odhiambo", consent_to_share=True)
    first, second = (center, hq) if hq_newer else (hq, center)
    first.edit_person(person.id, notes=f"{first.code}: first")
    second.edit_person(person.id, notes=f"{second.code}: second")  # the newer clock wins
    from_center = center.export_to(usb)
    from_hq = hq.export_to(usb, center=center.code)  # made before HQ reads the center's
    assert sync.import_bundle(hq.db, from_center).conflicts == 1
    assert sync.import_bundle(center.db, from_hq).conflicts == 1
    return hq, center, person.id, usb


@pytest.mark.parametrize("hq_newer", [False, True])
def test_crossed_bundles_a_write_after_both_values_settles_both_copies(
    pair: tuple[Site, Site], tmp_path: Path, hq_newer: bool
) -> None:
    hq, center, ident, usb = _crossed(pair, tmp_path, hq_newer=hq_newer)
    center.edit_person(ident, notes="centre: both notes read")  # it has seen HQ's note
    assert sync.import_bundle(hq.db, center.export_to(usb)).conflicts == 0
    assert sync.conflicts(hq.db) == []
    sync.import_bundle(center.db, hq.export_to(usb, center=center.code))
    assert people_service.get_person(hq.db, ident).data.notes == "centre: both notes read"


@pytest.mark.parametrize("where", ["center", "hq"])
def test_crossed_bundles_one_choice_settles_the_other_copy(pair: tuple[Site, Site], tmp_path: Path, where: str) -> None:
    hq, center, ident, usb = _crossed(pair, tmp_path, hq_newer=where == "hq")
    chooser, other = (center, hq) if where == "center" else (hq, center)
    sync.resolve_conflict(chooser.db, sync.conflicts(chooser.db)[0].number, "mine")
    chosen = people_service.get_person(chooser.db, ident).data.notes
    if where == "center":
        sync.import_bundle(hq.db, center.export_to(usb))
    else:
        sync.import_bundle(center.db, hq.export_to(usb, center=center.code))
    assert sync.conflicts(other.db) == [] and sync.conflicts(chooser.db) == []
    assert people_service.get_person(other.db, ident).data.notes == chosen


def test_a_local_write_over_a_conflict_leaves_one_conflict_with_the_next_unseen_write(
    pair: tuple[Site, Site], tmp_path: Path
) -> None:
    hq, center = pair
    usb = tmp_path / "usb"
    person = _known_to_both(hq, center, usb, "Akinyi", "Odhiambo", consent_to_share=True)
    hq.edit_person(person.id, notes="T")
    center.edit_person(person.id, notes="M")
    assert sync.import_bundle(hq.db, center.export_to(usb)).conflicts == 1
    hq.edit_person(person.id, notes="L")  # HQ writes over both, without the conflict screen
    for note in ("W", "W2", "W3"):  # the center has not seen L: L stands against its latest write
        center.edit_person(person.id, notes=note)
        sync.import_bundle(hq.db, center.export_to(usb))
        assert [(c.mine, c.theirs) for c in sync.conflicts(hq.db)] == [("L", note)]
    sync.resolve_conflict(hq.db, sync.conflicts(hq.db)[0].number, "theirs")
    assert sync.conflicts(hq.db) == []


def test_withdrawn_consent_closes_open_conflicts_on_forgotten_fields(pair: tuple[Site, Site], tmp_path: Path) -> None:
    hq, center = pair
    usb = tmp_path / "usb"
    person = _known_to_both(hq, center, usb, "Halima", "Njeri", consent_to_share=True, notes="n0")
    hq.edit_person(person.id, notes="T")
    center.edit_person(person.id, notes="M")
    assert sync.import_bundle(hq.db, center.export_to(usb)).conflicts == 1
    number = sync.conflicts(hq.db)[0].number
    center.edit_person(person.id, consent_to_share=False)
    sync.import_bundle(hq.db, center.export_to(usb))
    assert sync.conflicts(hq.db) == []  # nothing left on screen with the center's note
    with pytest.raises(errors.ConflictNotFound):
        sync.resolve_conflict(hq.db, number, "mine")
    sync.import_bundle(center.db, hq.export_to(usb, center=center.code))
    assert people_service.get_person(center.db, person.id).data.notes == "M"


def _conflict_on(pair: tuple[Site, Site], tmp_path: Path, **values: Any) -> tuple[Site, uuid.UUID, int]:
    """HQ and the center each change the given fields of one person: conflicts at HQ."""
    hq, center = pair
    usb = tmp_path / "usb"
    person = _known_to_both(hq, center, usb, "Akinyi", "Odhiambo", consent_to_share=True)
    hq.edit_person(person.id, **{name: first for name, (first, _) in values.items()})
    center.edit_person(person.id, **{name: second for name, (_, second) in values.items()})
    sync.import_bundle(hq.db, center.export_to(usb))
    return hq, person.id, sync.conflicts(hq.db)[0].number


@pytest.mark.parametrize(
    ("field", "sides", "typed"),
    [
        ("phone", ("+254712000111", "+254712000222"), "hello"),
        ("birth_date", (birth(1980), birth(1981)), "31/02/1999"),
        ("birth_date", (birth(1980), birth(1981)), "2999-01-01"),
        ("roles", ((PersonRole.INVENTOR,), (PersonRole.JUROR,)), "inventor, wizard"),
        ("email", ("a@example.org", "b@example.org"), "not an e-mail"),
    ],
)
def test_a_value_typed_in_the_conflict_screen_meets_the_forms_rules(
    pair: tuple[Site, Site], tmp_path: Path, field: str, sides: tuple[Any, Any], typed: str
) -> None:
    hq, ident, number = _conflict_on(pair, tmp_path, **{field: sides})
    before = snapshot(hq)
    with pytest.raises(errors.ValidationFailed) as refused:
        sync.resolve_conflict(hq.db, number, "value", typed)
    assert refused.value.errors[0].field == field and "\n" not in str(refused.value)
    assert snapshot(hq) == before and [c.number for c in sync.conflicts(hq.db)] == [number]


def test_a_typed_value_is_stored_as_the_form_stores_it(pair: tuple[Site, Site], tmp_path: Path) -> None:
    hq, ident, number = _conflict_on(pair, tmp_path, phone=("+254712000111", "+254712000222"))
    sync.resolve_conflict(hq.db, number, "value", "+254 (0)712 000 333")  # as typed
    assert people_service.get_person(hq.db, ident).data.phone == "+254712000333"
    assert _last_audit(hq) == ("update", str(ident), {"phone": ["+254712000222", "+254712000333"]})
    _, ident, number = _conflict_on(pair, tmp_path / "2", birth_date=(birth(1980), birth(1981)))
    sync.resolve_conflict(hq.db, number, "value", "31/12/1979")  # day first, as the form reads it
    assert people_service.get_person(hq.db, ident).data.birth_date == dt.date(1979, 12, 31)
    _, ident, number = _conflict_on(pair, tmp_path / "3", birth_date=(birth(1980), birth(1981)))
    sync.resolve_conflict(hq.db, number, "value", "")  # empties it
    assert people_service.get_person(hq.db, ident).data.birth_date is None


def _last_audit(site: Site) -> tuple[str, str, dict[str, Any]]:
    import json

    from sqlalchemy import select

    from innov_desktop.store.models import AuditLog

    with site.db.engine.connect() as conn:
        row = conn.execute(select(AuditLog).order_by(AuditLog.pk.desc()).limit(1)).mappings().one()
    return row["action"], str(row["record_id"]), json.loads(row["changes"])


def test_an_edit_against_a_delete_is_a_conflict_naming_who_did_which(pair: tuple[Site, Site], tmp_path: Path) -> None:
    hq, center = pair
    usb = tmp_path / "usb"
    person = _known_to_both(hq, center, usb, "Akinyi", "Odhiambo", consent_to_share=True)
    people_service.delete_person(center.db, person.id)
    hq.edit_person(person.id, notes="HQ: invited to the fair")  # the newer write
    assert sync.import_bundle(hq.db, center.export_to(usb)).conflicts == 1
    (c,) = sync.conflicts(hq.db)
    assert (c.field, c.mine, c.theirs, c.mine_by, c.theirs_by) == ("deleted", False, True, HQ_CODE, "KE-NBO")
    # the record is deleted until someone decides, although HQ's edit is the newer write
    assert c.winner == "theirs"
    with pytest.raises(errors.NotFound):
        people_service.get_person(hq.db, person.id)
    sync.resolve_conflict(hq.db, c.number, "mine")  # HQ keeps the person
    sync.import_bundle(center.db, hq.export_to(usb, center=center.code))
    back = people_service.get_person(center.db, person.id)
    assert back.data.notes == "HQ: invited to the fair" and sync.conflicts(center.db) == []


def test_keeping_a_record_merged_away_elsewhere_makes_it_nobodys_duplicate(
    pair: tuple[Site, Site], tmp_path: Path
) -> None:
    """The center merged a duplicate away while HQ edited it: keeping HQ's edit brings the record
    back as a record of its own on both copies (not a live record that still names the one it
    was merged into)."""
    from sqlalchemy import select

    from innov_desktop.store.models import Person

    hq, center = pair
    usb = tmp_path / "usb"
    person = _known_to_both(hq, center, usb, "Akinyi", "Odhiambo", consent_to_share=True)
    twin = _known_to_both(hq, center, usb, "Akinyi", "Odhiambo Ouma", consent_to_share=True)
    hq.edit_person(twin.id, notes="HQ: invited to the fair")
    people_service.merge_people(center.db, person.id, twin.id, people_service.get_person(center.db, person.id).data)
    sync.import_bundle(hq.db, center.export_to(usb))
    (c,) = sync.conflicts(hq.db)
    assert (c.field, c.mine, c.theirs) == ("deleted", False, True)
    sync.resolve_conflict(hq.db, c.number, "mine")  # HQ keeps the second record
    sync.import_bundle(center.db, hq.export_to(usb, center=center.code))
    for site in (hq, center):
        with site.db.engine.connect() as conn:
            shown = select(Person.deleted, Person.merged_into, Person.notes)
            row = conn.execute(shown.where(Person.id == twin.id)).one()
        assert tuple(row) == (False, None, "HQ: invited to the fair"), site.code
        assert not people_service.get_person(site.db, person.id).meta.deleted
    assert sync.conflicts(center.db) == []


def test_a_merge_against_an_edit_names_the_editor_as_the_other_side(pair: tuple[Site, Site], tmp_path: Path) -> None:
    """The center merged a duplicate away while HQ edited it, and HQ's bundle arrives first: the
    center's conflict names HQ's edit as the other side (it named the center's own old write)."""
    hq, center = pair
    usb = tmp_path / "usb"
    person = _known_to_both(hq, center, usb, "Akinyi", "Odhiambo", consent_to_share=True)
    twin = _known_to_both(hq, center, usb, "Akinyi", "Odhiambo Ouma", consent_to_share=True)
    hq.edit_person(twin.id, position="Engineer")
    people_service.merge_people(center.db, person.id, twin.id, people_service.get_person(center.db, person.id).data)
    sync.import_bundle(center.db, hq.export_to(usb, center=center.code))
    (c,) = sync.conflicts(center.db)
    assert (c.field, c.mine, c.theirs, c.mine_by, c.theirs_by) == ("deleted", True, False, "KE-NBO", HQ_CODE)
    assert c.winner == "mine"  # merged away until someone decides


def test_a_conflict_settles_although_other_fields_are_withheld_or_out_of_date(
    pair: tuple[Site, Site], tmp_path: Path
) -> None:
    """Only the decided field meets the form's rules; HQ holds the names of this person withheld."""
    hq, center = pair
    usb = tmp_path / "usb"
    person = _known_to_both(hq, center, usb, "Akinyi", "Odhiambo", consent_to_share=True, roles=(PersonRole.INVENTOR,))
    hq.edit_person(person.id, roles=(PersonRole.JUROR,))
    center.edit_person(person.id, roles=(PersonRole.MENTOR,), consent_to_share=False)
    sync.import_bundle(hq.db, center.export_to(usb))
    (c,) = sync.conflicts(hq.db)
    assert c.field == "roles" and people_service.get_person(hq.db, person.id).data.given_name == ""
    sync.resolve_conflict(hq.db, c.number, "value", "Inventor, juror")  # any case, the names blank
    assert people_service.get_person(hq.db, person.id).data.roles == (PersonRole.INVENTOR, PersonRole.JUROR)


def test_an_edit_keeps_a_role_word_this_version_cannot_read(pair: tuple[Site, Site], tmp_path: Path) -> None:
    hq, center = pair
    person = center.add_person("Akinyi", "Odhiambo", roles=(PersonRole.INVENTOR,))
    import sqlite3

    conn = sqlite3.connect(center.db.paths.database)
    conn.execute("UPDATE person SET roles = 'alumnus,inventor' WHERE id = ?", (person.id.hex,))  # a newer version's
    conn.commit()
    conn.close()
    center.edit_person(person.id, phone="+254712000111")
    conn = sqlite3.connect(center.db.paths.database)
    (roles,) = conn.execute("SELECT roles FROM person WHERE id = ?", (person.id.hex,)).fetchone()
    conn.close()
    assert roles == "alumnus,inventor"


def test_a_typed_link_must_name_a_live_record(pair: tuple[Site, Site], tmp_path: Path) -> None:
    from innov_desktop.domain.enums import OrgType
    from innov_desktop.domain.models import OrganizationInput
    from innov_desktop.services import organizations

    hq, center = pair
    usb = tmp_path / "usb"
    first, second = (
        organizations.create_organization(center.db, OrganizationInput(name=name, type=OrgType.COMPANY, country="KE"))
        for name in ("Savannah Labs", "Rift Robotics")
    )
    person = _known_to_both(hq, center, usb, "Akinyi", "Odhiambo", consent_to_share=True)
    hq.edit_person(person.id, organization_id=first.id)
    center.edit_person(person.id, organization_id=second.id)
    sync.import_bundle(hq.db, center.export_to(usb))
    (c,) = sync.conflicts(hq.db)
    before = snapshot(hq)
    for typed in (str(uuid.uuid4()), str(person.id)):  # no such organization; a person, not one
        with pytest.raises(errors.ValidationFailed):
            sync.resolve_conflict(hq.db, c.number, "value", typed)
    assert snapshot(hq) == before
    sync.resolve_conflict(hq.db, c.number, "value", str(first.id))
    assert people_service.get_person(hq.db, person.id).data.organization_id == first.id


def test_after_hq_restores_a_backup_the_exchange_carries_again_what_it_lost(
    pair: tuple[Site, Site], tmp_path: Path
) -> None:
    """HQ's database restored from the backup taken before a center's bundle: HQ's next bundle is
    not refused as an old one (its number goes on), and its acknowledgement makes the center send
    again what HQ lost; nothing is missing at HQ afterwards."""
    from innov_desktop.services import maintenance
    from innov_desktop.services.setup import open_database
    from innov_desktop.store import files

    hq, center = pair
    if hq.db.engine.dialect.name != "sqlite":
        pytest.skip("a PostgreSQL HQ is backed up and restored with the server's own tools")
    usb = tmp_path / "usb"
    sync.import_bundle(hq.db, center.export_to(usb))
    sync.import_bundle(center.db, hq.export_to(usb, center=center.code))
    person = center.add_person("Halima", "Njeri", email="halima@example.org", consent_to_share=True)
    sync.import_bundle(hq.db, center.export_to(usb))  # a backup is taken before it
    sync.import_bundle(center.db, hq.export_to(usb, center=center.code))  # HQ acknowledges the person
    backups = sorted(files.list_backups(hq.db.paths.backups), key=lambda b: b.taken_at)
    before = [b for b in backups if "pre-import" in b.path.name][-1].path

    hq.db.close()
    maintenance.restore_backup(hq.root, before)
    hq.db = open_database(hq.root)
    with pytest.raises(errors.NotFound):  # lost with the restore
        people_service.get_person(hq.db, person.id)

    result = sync.import_bundle(center.db, hq.export_to(usb, center=center.code))  # was refused as a replay
    assert result.applied
    sync.import_bundle(hq.db, center.export_to(usb))  # the center sends again what HQ lost
    assert people_service.get_person(hq.db, person.id).data.email == "halima@example.org"
    assert shared_state(hq) == shared_state(center)
