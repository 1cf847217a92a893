"""Demo data: realistic, multilingual, valid by the application's own rules."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from innov_desktop.domain.enums import OrgType, Sex
from innov_desktop.domain.errors import Cancelled
from innov_desktop.domain.validation import clean_person
from innov_desktop.services import organizations, people
from innov_desktop.services.demo import generate_demo
from innov_desktop.services.setup import info, open_database


def _script(name: str) -> str:
    ch = next((c for c in name if c.isalpha()), "a")
    o = ord(ch)
    if 0x0600 <= o <= 0x06FF:
        return "arabic"
    if 0x0400 <= o <= 0x04FF:
        return "cyrillic"
    if 0x4E00 <= o <= 0x9FFF:
        return "chinese"
    return "latin"


def test_demo_on_a_fresh_folder(data_dir) -> None:  # type: ignore[no-untyped-def]
    db = open_database(data_dir)
    try:
        result = generate_demo(db, 2000)
        assert result.center_created and result.people == 2000
        summary = info(db)
        assert summary.people == 2000 and summary.center is not None
        everyone = people.list_people(db, 0, 5000)
        scripts = Counter(_script(p.data.family_name) for p in everyone)
        assert all(scripts[s] >= 50 for s in ("latin", "arabic", "cyrillic", "chinese")), scripts
        sexes = Counter(p.data.sex for p in everyone)
        assert sexes[Sex.FEMALE] > 700 and sexes[Sex.MALE] > 700
        births = [p.data.birth_date for p in everyone if p.data.birth_date]
        assert min(births) >= date(1950, 1, 1) and max(births) <= date(2012, 12, 31)
        assert len({p.data.residence_country for p in everyone}) >= 10
        types = {o.data.type for o in organizations.list_organizations(db, 0, 1000)}
        assert types == set(OrgType)
        for p in everyone[::20]:  # the demo obeys the application's own rules
            assert clean_person(p.data, today=date.today(), default_region="KE").phone == p.data.phone
    finally:
        db.close()


def test_same_seed_same_people(tmp_path) -> None:  # type: ignore[no-untyped-def]
    names = []
    for sub in ("a", "b"):
        db = open_database(tmp_path / sub)
        try:
            generate_demo(db, 300, seed=7)
            names.append([p.display_name for p in people.list_people(db, 0, 300)])
        finally:
            db.close()
    assert names[0] == names[1]


def test_cancel_rolls_back_everything(db) -> None:  # type: ignore[no-untyped-def]
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)

    with pytest.raises(Cancelled):
        generate_demo(db, 20_000, progress=progress, cancel=lambda: len(calls) > 2)
    assert people.count_people(db) == 0 and organizations.count_organizations(db) == 0


def test_every_demo_address_is_one_persons(data_dir) -> None:  # type: ignore[no-untyped-def]
    """An e-mail address is one person's: the demo gives no address twice, so a list exported
    from it imports back whole (a name and a number under 100 came up twice 137 times in
    100 000 people, and the import refused each as the same address as an earlier row)."""
    import sqlite3

    db = open_database(data_dir)
    try:
        generate_demo(db, 20_000, organizations=50, seed=7)
        generate_demo(db, 2_000, organizations=5, seed=7)  # a second run, the same seed: the same names
        conn = sqlite3.connect(db.paths.database)
        addresses = [e.casefold() for (e,) in conn.execute("SELECT email FROM person WHERE email IS NOT NULL")]
        conn.close()
    finally:
        db.close()
    assert len(addresses) > 12_000
    assert [a for a, n in Counter(addresses).items() if n > 1] == []
