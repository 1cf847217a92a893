"""Rows of one file that are the same person; the checked rows kept on disk between the check and
the import; the bulk insert and the quick paths of validation giving exactly what the ordinary
ones give."""

from __future__ import annotations

import datetime as dt
import gc
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from innov_desktop.domain.duplicates import DuplicateReason
from innov_desktop.domain.enums import PersonRole, Sex
from innov_desktop.domain.errors import SpreadsheetChanged
from innov_desktop.domain.models import PersonInput
from innov_desktop.domain.phones import normalize_phone, phone_forms
from innov_desktop.domain.validation import _normalize_email
from innov_desktop.services import people
from innov_desktop.services import spreadsheets as sheets
from innov_desktop.services.spreadsheets import Decision, Kind, Outcome
from innov_desktop.store import bulk, convert
from innov_desktop.store import models as orm
from innov_desktop.store.database import Database
from tests.exchange.test_import_layouts import workbook

HEADER = ["Given name", "Family name", "Birth date", "E-mail", "Phone", "Position"]


def _family(db: Database) -> list[tuple[str, str, str]]:
    return sorted(
        (p.data.given_name, p.data.family_name, p.data.position or "") for p in people.list_people(db, 0, 1000)
    )


def _same_person_file(tmp_path: Path) -> Path:
    return workbook(
        tmp_path / "twice.xlsx",
        [
            HEADER,
            ["Amina", "Yusuf", "1990-03-14", "amina@example.org", "0712 345 678", None],  # row 2
            ["Kwame", "Mensah", "1985-01-02", "kwame@example.org", "0722 000 111", None],  # row 3
            ["Amina", "Yusuf", "1990-03-14", None, None, "Engineer"],  # row 4: name and birth as row 2
            ["Wanjiru", "Otieno", None, "w@example.org", "+254 712 345 678", "Mentor"],  # row 5: phone of row 2
            ["Amina", "Yusuf", "1991-03-14", None, None, None],  # row 6: born another day: someone else
        ],
    )


def test_same_phone_and_similar_name_with_the_same_birth_date_are_duplicates_of_the_earlier_row(
    db: Database, tmp_path: Path
) -> None:
    plan = sheets.plan_import(db, Kind.PEOPLE, _same_person_file(tmp_path))
    assert plan.invalid == 0 and plan.total == 5
    found = {r.row: (r.match.row, r.match.id, r.match.reasons) for r in plan.duplicate_rows if r.match}
    assert found == {
        4: (2, None, (DuplicateReason.NAME_AND_BIRTH,)),
        5: (2, None, (DuplicateReason.PHONE,)),
    }
    assert plan.duplicate_rows[0].match is not None and plan.duplicate_rows[0].match.name == "Amina Yusuf"
    assert [o.value for o in sheets.outcomes_of(plan)] == [
        "would_create",
        "would_create",
        "would_skip",
        "would_skip",
        "would_create",
    ]
    result = sheets.apply_import(db, plan)  # skip: the default
    assert (result.created, result.skipped) == (3, 2)
    assert _family(db) == [("Amina", "Yusuf", ""), ("Amina", "Yusuf", ""), ("Kwame", "Mensah", "")]


def test_a_repeated_row_chosen_for_an_update_fills_the_record_its_earlier_row_made(
    db: Database, tmp_path: Path
) -> None:
    plan = sheets.plan_import(db, Kind.PEOPLE, _same_person_file(tmp_path))
    result = sheets.apply_import(db, plan, decisions={4: Decision.UPDATE, 5: Decision.CREATE})
    assert (result.created, result.updated, result.skipped) == (4, 1, 0)
    assert result.outcomes[2] is Outcome.UPDATED
    amina = [p for p in people.list_people(db, 0, 100) if p.data.birth_date == dt.date(1990, 3, 14)]
    assert len(amina) == 1 and amina[0].data.position == "Engineer" and amina[0].data.phone == "+254712345678"
    assert ("Wanjiru", "Otieno", "Mentor") in _family(db)


@pytest.mark.parametrize("decision", [Decision.SKIP, Decision.UPDATE])
def test_the_same_list_imported_again_creates_nothing_and_says_so(
    db: Database, tmp_path: Path, decision: Decision
) -> None:
    """Nothing left to create (every row a skipped or updated duplicate) is a normal import."""
    path = workbook(tmp_path / "again.xlsx", [HEADER, ["Kwame", "Mensah", None, None, "0722 000 111", None]])
    assert sheets.apply_import(db, sheets.plan_import(db, Kind.PEOPLE, path)).created == 1
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    result = sheets.apply_import(db, plan, decisions={2: decision})
    assert (result.created, result.skipped, result.updated) == ((0, 1, 0) if decision is Decision.SKIP else (0, 0, 1))
    assert _family(db) == [("Kwame", "Mensah", "")]


def test_a_duplicate_of_a_record_in_the_database_stays_one_even_when_it_repeats_a_row(
    db: Database, tmp_path: Path
) -> None:
    existing = people.create_person(db, PersonInput(given_name="Kwame", family_name="Mensah", phone="+254722000111"))
    path = workbook(
        tmp_path / "db.xlsx",
        [
            HEADER,
            ["Kwame", "Mensah", None, None, "0722 000 111", None],
            ["K.", "Mensah", None, None, "0722000111", None],
        ],
    )
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    matches = [(r.row, r.match.id, r.match.row) for r in plan.duplicate_rows if r.match]
    assert matches == [(2, existing.id, None), (3, existing.id, None)]


def test_the_report_says_which_earlier_row_a_skipped_row_repeats(db: Database, tmp_path: Path) -> None:
    import openpyxl

    plan = sheets.plan_import(db, Kind.PEOPLE, _same_person_file(tmp_path))
    result = sheets.apply_import(db, plan)
    out = sheets.write_report(plan, result.outcomes, tmp_path / "report.xlsx")
    ws = openpyxl.load_workbook(out).active
    assert [ws.cell(r, 9).value for r in range(2, 7)] == [
        "created",
        "created",
        "skipped: the same person as row 2",
        "skipped: the same person as row 2",
        "created",
    ]
    assert ws.cell(2, 5).value == "amina@example.org" and ws.cell(4, 8).value in (None, "")  # cells as read


def test_the_report_is_refused_when_the_file_changed_since_the_check(db: Database, tmp_path: Path) -> None:
    path = _same_person_file(tmp_path)
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    outcomes = sheets.outcomes_of(plan)
    workbook(path, [HEADER, ["Other", "Person", None, None, None, None]])
    os.utime(path, ns=(plan.stamp[1] + 10**9, plan.stamp[1] + 10**9))
    with pytest.raises(SpreadsheetChanged):
        sheets.write_report(plan, outcomes, tmp_path / "report.xlsx")
    assert not (tmp_path / "report.xlsx").exists()


def test_checked_rows_wait_on_disk_and_are_removed_with_the_plan(db: Database, tmp_path: Path) -> None:
    plan = sheets.plan_import(db, Kind.PEOPLE, _same_person_file(tmp_path))
    staged = plan.staging.path
    assert staged.exists() and staged.parent.parent == db.paths.root
    assert [r.row for r in plan.rows] == [2, 3, 4, 5, 6]  # every row read back, in order
    plan.close()
    assert not staged.exists()
    again = sheets.plan_import(db, Kind.PEOPLE, _same_person_file(tmp_path))
    staged = again.staging.path
    del again
    gc.collect()
    assert not staged.exists()  # forgotten without a close


def test_a_cancelled_check_leaves_no_file_behind(db: Database, tmp_path: Path) -> None:
    from innov_desktop.services.progress import Cancelled

    rows: list[list[object]] = [HEADER] + [[f"N{i}", "Test", None, None, None, None] for i in range(2500)]
    path = workbook(tmp_path / "big.xlsx", rows)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        sheets.plan_import(db, Kind.PEOPLE, path, cancel=cancel)
    gc.collect()
    assert list((db.paths.root / "tmp").glob("*")) == []


def test_bulk_insert_writes_what_the_repository_writes(db: Database) -> None:
    samples = [
        PersonInput(
            given_name="José",
            family_name="Ramírez",
            sex=Sex.MALE,
            birth_date=dt.date(1980, 5, 6),
            nationality="MX",
            residence_country="KE",
            email="jose@example.org",
            phone="+254712345678",
            position="Engineer",
            languages=("es", "en"),
            roles=(PersonRole.INVENTOR, PersonRole.MENTOR),
            consent_to_share=True,
            consent_date=dt.date(2024, 1, 2),
            notes="=1+1",
        ),
        PersonInput(given_name="محمد", family_name="علي", phone="+201012345678"),
        PersonInput(given_name="", family_name="王", email="000003@example.org"),  # a token the number has too
        PersonInput(given_name="Ann", family_name="Lee"),
    ]
    with db.transaction() as tx:
        list(bulk.add_people_staged(tx, [[(i, *bulk.person_values(p)) for i, p in enumerate(samples)]]))
        tx.people.add_many(samples)
    with db.reader() as tx:
        rows = list(tx.session.execute(select(orm.Person).order_by(orm.Person.pk)).scalars())
        tx.session.expunge_all()
    assert [r.number for r in rows] == [f"KE-NBO-{n:06d}" for n in range(1, 9)]
    assert "000003" in rows[2].search_text.split()  # the e-mail's token and the number's, once

    def shape(r: orm.Person) -> tuple[object, ...]:
        return (
            convert.person_input(r),
            r.sort_name,
            r.search_text == convert.person_search_text(convert.person_input(r), r.number),
            (r.origin, r.rev, r.modified_by, r.deleted, r.sync_meta, r.merged_into, type(r.id)),
        )

    assert [shape(r) for r in rows[:4]] == [shape(r) for r in rows[4:]]
    assert all(shape(r)[2] for r in rows)
    assert len({r.modified_at for r in rows}) == 8 and len({r.sync_seq for r in rows}) == 8
    assert [bulk.person_of_values(bulk.person_values(p)) for p in samples] == samples


_LOCAL = st.text(alphabet="abcXYZ09.!#$%&'*+/=?^_`{|}~-\"(),:;<>@[\\] é\u200b", min_size=0, max_size=12)
_DOMAIN = st.text(alphabet="abc-XY09.ñ", min_size=0, max_size=14)


@settings(max_examples=400, deadline=None)
@given(local=_LOCAL, domain=_DOMAIN, tld=st.sampled_from(["org", "ORG", "k", "c0m", "xn--p1ai", "", "co-uk"]))
def test_the_quick_e_mail_check_agrees_with_the_full_rules(local: str, domain: str, tld: str) -> None:
    from innov_desktop.domain import validation

    address = f"{local}@{domain}.{tld}" if tld else f"{local}@{domain}"
    quick = _normalize_email(address)
    saved = validation._PLAIN_EMAIL
    try:
        validation._PLAIN_EMAIL = validation.re.compile(r"(?!)")  # the full rules only
        full = _normalize_email(address)
    finally:
        validation._PLAIN_EMAIL = saved
    assert quick == full


@pytest.mark.parametrize(
    ("raw", "region"),
    [
        ("0712 345 678", "KE"),
        ("+39 06 1234 5678", None),
        ("011 15 2345-6789", "AR"),
        ("+254712345678 ext. 12", "KE"),
        ("+7 912 345-67-89", None),
        ("+225 07 07 12 34 56", None),
    ],
)
def test_search_forms_of_a_number_just_checked_are_those_of_a_fresh_parse(raw: str, region: str | None) -> None:
    from innov_desktop.domain import phones

    e164 = normalize_phone(raw, region)
    assert e164 and phone_forms(e164) == phones.library_forms(e164)


def test_the_directory_of_centers_exports_from_the_command_line(db: Database, tmp_path: Path) -> None:
    import openpyxl

    from innov_desktop.cli import main
    from innov_desktop.domain.enums import HostType
    from innov_desktop.domain.models import CenterInput

    with db.transaction() as tx:
        tx.centers.add(
            CenterInput(
                code="EG-CAI",
                name="=Cairo Center",  # text stays text
                country="EG",
                host_type=HostType.UNIVERSITY,
                focal_point=True,
                maturity=3,
                languages=("ar", "en"),
                established=dt.date(2012, 5, 1),
            ),
            origin="CH-HQ",
        )
    out = tmp_path / "centers.xlsx"
    assert main(["--data-dir", str(db.paths.root), "export-xlsx", "centers", str(out)]) == 0
    ws = openpyxl.load_workbook(out).worksheets[0]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0][:4] == ["Code", "Name", "Country", "Host institution"]
    assert [r[0] for r in rows[1:]] == ["EG-CAI", "KE-NBO"]  # by country, then code
    cairo = dict(zip(rows[0], rows[1], strict=True))
    assert cairo["Name"] == "=Cairo Center" and ws.cell(2, 2).data_type == "s"
    assert (cairo["Host type"], cairo["National focal point"], cairo["Maturity level"]) == ("university", "yes", 3)
    assert cairo["Languages"] == "ar, en" and cairo["Established"] == dt.datetime(2012, 5, 1)
    assert main(["--data-dir", str(db.paths.root), "export-xlsx", "centers", str(out), "--filter", "x=1"]) == 1


@pytest.mark.parametrize("processors", [2, 3])  # one helper process, two
def test_a_long_sheet_checked_with_a_helper_process_gives_the_same_plan(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, processors: int
) -> None:
    from innov_desktop.services.spreadsheets import plan as planning

    rows: list[list[object]] = [["Given name", "Family name", "Country", "Phone", "E-mail", "Sex", "Birth date"]]
    for i in range(120):
        country = ("Kenya", "Egypt", "France", None, "Nowhere")[i % 5]
        phone = (f"07{12 + i % 3} {i:03d} {i * 7 % 1000:03d}", f"+20 10 {i:04d} {i:04d}", "12 34", None)[i % 4]
        sex = ("F", "Homme", "ذكر", "?", None)[i % 5]
        born = (f"{1 + i % 28:02d}/03/1990", "1985-13-01", None)[i % 3]
        rows.append([f"Name{i}", f"Family{i % 7}", country, phone, f"p{i}@example.org" if i % 9 else None, sex, born])
    rows.append(["Again", "Same phone", "Kenya", "0712 000 000", None, "F", None])
    rows.append(["Name3", "Family3", "Kenya", None, "p3@example.org", "F", None])  # the same e-mail as row 5
    rows.append(["Known", "Before", "Kenya", None, "known@example.org", "M", None])
    path = workbook(tmp_path / "long.xlsx", rows)
    with db.transaction() as tx:  # a duplicate in the database, found by the main process
        tx.people.add(PersonInput("Someone", "Else", email="known@example.org"))

    def shape(plan: sheets.ImportPlan) -> tuple[object, ...]:
        return plan.total, plan.problems, plan.duplicate_rows, plan.rows

    alone = sheets.plan_import(db, Kind.PEOPLE, path)
    helpers: list[planning._Helper] = []
    start = planning._Helper.start

    def started(rules: planning.PersonRules) -> planning._Helper | None:
        helper = start(rules)
        helpers.extend([helper] if helper else [])
        return helper

    monkeypatch.setattr(planning._Helper, "start", started)
    monkeypatch.setattr(planning, "free_processors", lambda: processors)
    monkeypatch.setattr(planning, "HELPER_ROWS", 10)
    monkeypatch.setattr(planning, "CHUNK", 8)
    monkeypatch.setattr(planning, "HELPER_AHEAD", 20)  # more than the sheet: the helper answers most chunks
    helped = sheets.plan_import(db, Kind.PEOPLE, path)
    assert len(helpers) == 1 and helpers[0].processes == processors - 1
    assert helpers[0].answered > 0  # the other processes did check rows
    assert shape(helped) == shape(alone)
    assert alone.invalid > 0 and alone.duplicates > 0
    assert any(r.match and r.match.id for r in alone.duplicate_rows)  # a database match too


@settings(max_examples=300, deadline=None)
@given(
    a=st.sampled_from(["Mohamed Ali", "Mohammed Aly", "محمد علي", "José Ramírez", "Jose Ramirez", "Li Wei", "Wei Li"]),
    b=st.text(alphabet="aeiouymhdlrsjzwMAJRL ", min_size=1, max_size=14),
)
def test_the_quick_name_comparison_agrees_with_the_score(a: str, b: str) -> None:
    from innov_desktop.domain import duplicates as dup

    ka, kb = dup.name_key(a, ""), dup.name_key(b, "")
    assert dup.similar_keys(ka, kb) == (dup.key_similarity(ka, kb) >= dup.NAME_THRESHOLD)
    assert dup.similar_keys(ka, ka)


@pytest.mark.parametrize("center", ["KE-NBO", "KE-NB1", "EG-C22", "LOCAL", "ÉG-CAI"])
def test_record_number_tokens_worked_out_per_center_are_those_of_each_number(center: str) -> None:
    from innov_desktop.domain.text import code_tokens

    tokens = bulk._number_tokens(center)
    for seq in (1, 42, 999_999, 1_234_567):
        number = f"{center}-{seq:06d}"
        assert bulk.with_code("a 000042", number, tokens(seq)) == bulk.with_code("a 000042", number)
        assert tokens(seq) in (None, code_tokens(number))


@settings(max_examples=200, deadline=None)
@given(
    names=st.lists(
        st.sampled_from(["Mohamed Ali", "Mohammed Aly", "محمد علي", "José Ramírez", "Jose Ramirez", "Li Wei", "Ali"])
        | st.text(alphabet="aeiouymhdlrsjzwMAJRL ", min_size=1, max_size=14),
        max_size=8,
    )
)
def test_names_born_the_same_day_pair_as_compared_one_pair_at_a_time(names: list[str]) -> None:
    from innov_desktop.domain import duplicates as dup

    keys = [dup.name_key(n, "") for n in names]
    pairs = [(k, dup.skeleton(k)) for k in keys]
    expected = [(i, j) for j in range(len(keys)) for i in range(j) if dup.similar_keys(keys[i], keys[j])]
    assert list(dup.similar_within(pairs)) == expected
