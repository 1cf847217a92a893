"""The short ways a long import takes give the answers of the general functions they stand for,
and a big insert leaves the table's indexes as they were."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import phonenumbers
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from innov_desktop.domain import duplicates as dup
from innov_desktop.domain.phones import normalize_phone
from innov_desktop.domain.text import unique_part_tokens
from innov_desktop.exchange import cells
from innov_desktop.services import spreadsheets as sheets
from innov_desktop.services.people import search_people
from innov_desktop.services.spreadsheets import Kind
from innov_desktop.services.spreadsheets.check import NameKeys
from innov_desktop.store import bulk, search_ddl
from innov_desktop.store.database import Database
from tests.exchange.test_import_layouts import workbook

# letters of several scripts, combining marks, spaces of several kinds, a ligature, tatweel,
# Arabic-Indic digits, punctuation that name keys drop
_NAME = st.text(
    alphabet="aAéÉßﬁ Jose Ramírez\u00a0\u2003\t-'.محمدعليـ٣ЖжИванов王秀英\u0301\u0308¨ÅåØ_1",
    max_size=16,
)


@settings(max_examples=500, deadline=None)
@given(given_name=_NAME, family=_NAME)
def test_name_keys_word_by_word_are_those_of_the_whole_name(given_name: str, family: str) -> None:
    names = NameKeys()
    for _ in range(2):  # worked out, then remembered
        key = dup.name_key(given_name, family)
        assert names.of(given_name, family) == (key, dup.skeleton(key))


def test_name_keys_forget_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(NameKeys, "LIMIT", 3)
    names = NameKeys()
    for i in range(10):
        key = dup.name_key(f"Amina{i}", "Yusuf Diallo")
        assert key == f"amina{i} diallo yusuf"
        assert names.of(f"Amina{i}", "Yusuf Diallo") == (key, dup.skeleton(key))
        assert len(names.words) <= 3


@settings(max_examples=500, deadline=None)
@given(part=st.one_of(st.text(max_size=20), st.text(alphabet="aZ09_.@+-() \t\x1fé", max_size=20)))
def test_quick_search_tokens_are_those_of_the_search_index(part: str) -> None:
    assert bulk._tokens(part) == unique_part_tokens(part)


_WORDS = st.text(
    alphabet="aZ09 \u00a0\t\u3000éßﬁ¨\u0301\u0308ـالمحمد٣۴王秀英각가Иванов-_.()+ⅰℓª\u200c\u0640\u1160",
    max_size=24,
)


@settings(max_examples=2000, deadline=None)
@given(part=_WORDS | st.lists(_WORDS | st.text(max_size=8), max_size=5).map(" ".join))
@example(part="\u0301 0.0")  # a mark alone folds to nothing: the text left is a phone number
def test_search_tokens_word_by_word_are_those_of_the_whole_text(part: str) -> None:
    """Other scripts are tokenized a word at a time (each repeating word once): the same tokens,
    in the same order, as the whole text; and the same sort key."""
    assert bulk._tokens(part) == unique_part_tokens(part)
    assert bulk._tokens(f"x{part}") == unique_part_tokens(f"x{part}")


@pytest.mark.parametrize(
    ("raw", "region"),
    [
        ("0712 345 678", "KE"),
        ("+39 06 1234 5678", None),
        ("011 15 2345-6789", "AR"),
        ("+254712345678 ext. 12", "KE"),
        ("+7 912 345-67-89", None),
        ("+225 07 07 12 34 56", None),
        ("020 7946 0958", "GB"),
        ("(201) 555-0123", "US"),
    ],
)
def test_the_e164_form_is_the_one_the_library_formats(raw: str, region: str | None) -> None:
    parsed = phonenumbers.parse(raw, region)
    assert normalize_phone(raw, region) == phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


@pytest.mark.parametrize("value", ["  Amina   Yusuf ", "", "   ", "\u00a0x\u2003y\n", "plain", "ذكر"])
def test_text_cells_take_the_short_way_to_the_same_text(value: str) -> None:
    assert cells.text(value) == (" ".join(str(value).split()) or None)


def _indexes(db: Database) -> list[tuple[str, str]]:
    with db.reader() as tx:
        found = tx.session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'person' ORDER BY name")
        )
        return [(r[0], r[1]) for r in found]


def test_a_big_import_sets_the_indexes_aside_and_builds_them_again(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _indexes(db)
    assert len(before) >= 5
    dropped: list[str] = []
    real = search_ddl.deferred_indexes

    def watched(conn: object, table: str, incoming: int) -> object:
        dropped.append(f"{table}:{incoming}")
        return real(conn, table, incoming)

    monkeypatch.setattr(bulk, "deferred_indexes", watched)
    monkeypatch.setattr(search_ddl, "DEFER_INDEXES_FROM", 10)  # "big" for a test
    rows = [["Given name", "Family name", "E-mail", "Phone"]]
    rows += [[f"Amina{i}", f"Yusuf{i}", f"a{i}@example.org", f"0712 {i:03d} 456"] for i in range(40)]
    path = workbook(tmp_path / "list.xlsx", rows)
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    assert sheets.apply_import(db, plan).created == 40
    assert dropped == ["person:40"]
    assert _indexes(db) == before
    with db.reader() as tx:
        plan_text = " ".join(
            str(r[3]) for r in tx.session.execute(text("EXPLAIN QUERY PLAN SELECT pk FROM person WHERE email = 'a7@x'"))
        )
    assert "INDEX" in plan_text.upper()  # the rebuilt index serves look-ups
    assert [p.data.email for p in search_people(db, "a7@example.org")] == ["a7@example.org"]


def test_a_cancelled_big_import_leaves_the_indexes(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from innov_desktop.domain.errors import Cancelled

    before = _indexes(db)
    monkeypatch.setattr(search_ddl, "DEFER_INDEXES_FROM", 10)
    rows = [["Given name", "Family name"]] + [[f"Amina{i}", f"Yusuf{i}"] for i in range(40)]
    plan = sheets.plan_import(db, Kind.PEOPLE, workbook(tmp_path / "list.xlsx", rows))
    calls = iter(range(100))

    def cancel() -> bool:
        return next(calls) >= 2  # once the insert has begun

    with pytest.raises(Cancelled):
        sheets.apply_import(db, plan, cancel=cancel)
    assert _indexes(db) == before
    with db.reader() as tx:
        assert tx.session.execute(text("SELECT count(*) FROM person")).scalar() == 0


@settings(max_examples=1000, deadline=None)
@given(
    given_name=_NAME | _WORDS | st.text(max_size=12), family=_NAME | _WORDS | st.text(alphabet="aZ -_'09", max_size=120)
)
def test_quick_sort_names_are_those_of_the_records(given_name: str, family: str) -> None:
    from innov_desktop.domain.models import PersonInput
    from innov_desktop.store import convert

    data = PersonInput(given_name, family)
    assert bulk.sort_name(data.given_name, data.family_name) == convert.person_sort_name(data)


def test_random_ids_are_version_4_uuids() -> None:
    import uuid

    made = bulk.random_ids(2000)
    assert len(set(made)) == 2000 and bulk.random_ids(0) == []
    for text_id in made:
        ident = uuid.UUID(hex=text_id)
        assert ident.version == 4 and ident.variant == uuid.RFC_4122 and ident.hex == text_id
    # every other bit is left as drawn: each position takes both values across 2000 draws
    bits = [int(t, 16) for t in made]
    fixed = (0xF000 << 64) | (0xC000 << 48)
    assert all(
        any(b >> k & 1 for b in bits) and not all(b >> k & 1 for b in bits) for k in range(128) if not fixed >> k & 1
    )


def _helper_that_cannot_start(_rules: object) -> None:
    raise RuntimeError("no helper today")  # runs in the helper process: its pool breaks


def test_a_helper_that_fails_leaves_the_rows_to_the_main_process(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from innov_desktop.services.spreadsheets import plan as planning

    rows = [["Given name", "Family name", "Phone", "Birth date"]]
    rows += [[f"Amina{i}", f"Yusuf{i % 5}", f"0712 {i:03d} 456", "1990-02-03"] for i in range(60)]
    rows += [["Amina1", "Yusuf1", "0712 001 456", "1990-02-03"], ["Bad", "Date", None, "1990-13-45"]]
    path = workbook(tmp_path / "list.xlsx", rows)
    alone = sheets.plan_import(db, Kind.PEOPLE, path)
    helpers: list[planning._Helper] = []
    start = planning._Helper.start

    def started(rules: planning.PersonRules) -> planning._Helper | None:
        helper = start(rules)
        helpers.extend([helper] if helper else [])
        return helper

    monkeypatch.setattr(planning._Helper, "start", started)
    monkeypatch.setattr(planning, "_helper_start", _helper_that_cannot_start)
    monkeypatch.setattr(planning, "free_processors", lambda: 2)
    monkeypatch.setattr(planning, "HELPER_ROWS", 10)
    monkeypatch.setattr(planning, "CHUNK", 8)
    failed = sheets.plan_import(db, Kind.PEOPLE, path)
    assert len(helpers) == 1 and helpers[0].answered == 0 and not helpers[0].working
    assert (failed.total, failed.problems, failed.duplicate_rows, failed.rows) == (
        alone.total,
        alone.problems,
        alone.duplicate_rows,
        alone.rows,
    )
    assert alone.invalid == 1 and alone.duplicates > 0


def test_a_check_cancelled_while_helpers_work_ends_them_and_leaves_no_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc
    import multiprocessing
    import time

    from innov_desktop.domain.errors import Cancelled
    from innov_desktop.services.spreadsheets import plan as planning

    monkeypatch.setattr(planning, "free_processors", lambda: 2)
    monkeypatch.setattr(planning, "HELPER_ROWS", 10)
    monkeypatch.setattr(planning, "CHUNK", 8)
    rows = [["Given name", "Family name", "Phone"]] + [[f"N{i}", "Test", f"0712 {i:03d} 456"] for i in range(200)]
    path = workbook(tmp_path / "list.xlsx", rows)
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 6

    before = set(multiprocessing.active_children())
    with pytest.raises(Cancelled):
        sheets.plan_import(db, Kind.PEOPLE, path, cancel=cancel)
    gc.collect()
    assert list((db.paths.root / "tmp").glob("*")) == []
    deadline = time.monotonic() + 60  # not a speed check: the helpers end on their own
    while set(multiprocessing.active_children()) - before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not set(multiprocessing.active_children()) - before


_CELLS: dict[str, list[object]] = {
    "given_name": ["Amina", "José", "Наталья", "秀英", "  Jean  Luc ", "", None, "123", "a\x07b", "x" * 101, 7],
    "family_name": ["Otieno", "Ramírez López", "Иванова", "王", "", None, "---", "O'Brien", "y" * 101],
    "full_name": ["Otieno, Amina", "Jean Dupont", "欧阳娜娜", "", None],
    "sex": ["F", "M", "Femme", "ذكر", "x", "maybe", None, "", 1],
    "birth_date": [
        dt.date(1980, 5, 17),
        "17/05/1980",
        "1980-05-17",
        29358,
        "31/02/1980",
        "2999-01-01",
        "1850-01-01",
        "soon",
        None,
        1990,
        True,
        dt.datetime(1975, 1, 2, 0, 0),
    ],
    "nationality": ["Kenya", "KE", "Sénégal", "مصر", "Atlantis", "", None, "ken"],
    "residence_country": ["Kenya", "UG", "México", "Россия", "中国", "Nowhere", None],
    "email": ["a@example.org", "A.B@Example.ORG", "not-an-address", "ü@exämple.org", None, "x@y"],
    "phone": [
        "0712 345 678",
        "+254 712 345 678",
        "0712-ABC",
        "+1 212 555 0100",
        "12",
        None,
        "0201 234 567",
        712345678.0,
    ],
    "organization": ["Nairobi Works", "nairobi  works", "Unknown Org", None],
    "position": ["Engineer", None, "", "z" * 201, "tab\there"],
    "languages": ["en", "fr, en", "English; français", "xx1", "", None, "EN, en"],
    "roles": ["inventor", "Inventeur; participant", "participant, inventor", "astronaut", None, ""],
    "consent_to_share": ["yes", "no", "oui", "perhaps", None, True, 0],
    "consent_date": [None, "2020-03-01", "1999-12-31", "2999-01-01", dt.date(2021, 1, 1)],
    "notes": ["", "=1+1 is not a formula", "met at the workshop", None, "bad\x00char"],
}


@pytest.mark.parametrize("layout", ["all", "no consent column", "full name only", "short rows"])
def test_the_quick_row_path_gives_the_full_rules_answers(layout: str) -> None:
    """A row cleaned field by field (values remembered per column) is the row `clean_person`
    cleans: the same stored values and keys, or no answer and the full rules name the problem."""
    import random
    import uuid

    from innov_desktop.services.spreadsheets.check import PersonRules

    fields = list(_CELLS)
    if layout == "no consent column":
        fields.remove("consent_to_share")
    if layout == "full name only":
        fields = [f for f in fields if f not in ("given_name", "family_name")]
    if layout != "full name only":
        fields.remove("full_name")
    rng = random.Random(layout)
    rng.shuffle(fields)
    columns = {f: j for j, f in enumerate(fields)}
    layouts = {f: cells.DateLayout.DAY_FIRST for f in ("birth_date", "consent_date") if f in columns}
    organizations = {"nairobi works": uuid.UUID(int=5)}
    rules = PersonRules(columns, "KE", layouts, organizations, dt.date(2026, 1, 1))
    quick = 0
    for n in range(3000):
        # mostly good values (the first few of each list), now and then any of them
        row = [rng.choice(_CELLS[f][:3] if rng.random() < 0.95 else _CELLS[f]) for f in fields]
        if layout == "short rows":
            row = row[: rng.randrange(len(row) + 1)]
        expected = rules.check_fully(n, row)
        assert rules.check(n, row) == expected, row
        quick += rules._quick(row) is not None
    if layout == "full name only":
        assert quick == 0  # a name to split takes the full rules
    else:
        assert quick > 300  # the quick path is taken, not only refused


@pytest.mark.parametrize(("load", "free"), [(0.2, 4), (1.4, 3), (3.6, 1), (9.0, 1), (None, 4)])
def test_helpers_go_only_to_processors_other_programs_leave_free(
    monkeypatch: pytest.MonkeyPatch, load: float | None, free: int
) -> None:
    import os

    from innov_desktop.machine import free_processors

    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1, 2, 3}, raising=False)

    def no_load() -> tuple[float, float, float]:
        raise OSError("no load average here")

    monkeypatch.setattr(os, "getloadavg", no_load if load is None else lambda: (load, 0.0, 0.0))
    assert free_processors() == free
