"""Real workbooks written here in the layouts people send (title block, merged cells, blank rows,
trailing spaces, French, Arabic and Russian headers, mixed date layouts, numbers stored as text),
imported into a real database and checked cell by cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from innov_desktop.domain.enums import PersonRole, Sex
from innov_desktop.domain.errors import ErrorCode, ImportHasErrors, NoHeaderRow, RequiredColumnMissing
from innov_desktop.domain.models import OrganizationInput
from innov_desktop.services import organizations, people
from innov_desktop.services import spreadsheets as sheets
from innov_desktop.services.spreadsheets import Kind
from innov_desktop.store.database import Database
from tests.conftest import dump


def workbook(path: Path, rows: list[list[object]], *, merge: list[str] = (), title: str = "Sheet1") -> Path:  # type: ignore[assignment]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    for rng in merge:
        ws.merge_cells(rng)
    wb.save(path)
    return path


def imported(db: Database) -> dict[str, object]:
    """Every live person, by e-mail (or name when none)."""
    return {p.data.email or p.display_name: p.data for p in people.list_people(db, 0, 1000)}


def test_french_list_below_a_title_block_with_merged_cells_blank_rows_and_mixed_dates(
    db: Database, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "participants.xlsx",
        [
            ["Atelier brevets — liste des participants", None, None, None, None, None, None, None],
            ["Nairobi, mars 2025"],
            [],
            ["Prénom ", " Nom", "Sexe", "Date de naissance", "Courriel", "Téléphone", "Pays", "Rôle"],
            [
                "Amina  ",
                "Yusuf",
                "Femme",
                dt.date(1990, 3, 14),
                "amina@example.org ",
                "0712 345 678",
                "Kenya",
                "Inventrice",
            ],
            [
                "Jean",
                "Dupont",
                "H",
                "25/12/1985",
                "Jean.Dupont@Example.FR",
                "+33 6 12 34 56 78",
                "France",
                "participant",
            ],
            [None, None, None, None, None, None, None, None],
            ["Ali", "Hassan", "M", 32946, "ali@example.eg", "0101 234 5678", "Égypte", "inventeur; participant"],
            ["Léa", "Martin", "f", "1992-07-01", None, "712345680", "KE", None],
            ["Zoé", "Bernard", "F", "32947", None, None, "Sénégal", None],
        ],
        merge=["A1:H1"],
        title="Participants",
    )
    preview = sheets.preview_sheet(db.paths, Kind.PEOPLE, path)
    assert preview.header_row == 4
    assert preview.headers[:3] == ("Prénom", "Nom", "Sexe")
    assert preview.mapping == (
        "given_name",
        "family_name",
        "sex",
        "birth_date",
        "email",
        "phone",
        "residence_country",
        "roles",
    )
    assert preview.data_rows == 5
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    assert plan.invalid == 0, plan.problems
    result = sheets.apply_import(db, plan)
    assert (result.created, result.invalid) == (5, 0)

    got = imported(db)
    amina = got["amina@example.org"]
    assert (amina.given_name, amina.family_name, amina.sex) == ("Amina", "Yusuf", Sex.FEMALE)
    assert amina.birth_date == dt.date(1990, 3, 14)
    assert amina.phone == "+254712345678" and amina.residence_country == "KE"
    assert amina.roles == (PersonRole.INVENTOR,)
    jean = got["Jean.Dupont@example.fr"]  # the domain part is lower-cased, the local part kept
    assert (jean.sex, jean.birth_date, jean.residence_country) == (Sex.MALE, dt.date(1985, 12, 25), "FR")
    assert jean.phone == "+33612345678" and jean.roles == (PersonRole.PARTICIPANT,)
    ali = got["ali@example.eg"]
    assert ali.birth_date == dt.date(1990, 3, 14)  # an Excel date serial
    assert ali.residence_country == "EG" and ali.phone == "+201012345678"
    assert ali.roles == (PersonRole.INVENTOR, PersonRole.PARTICIPANT)
    lea = got["Léa Martin"]
    assert (lea.sex, lea.birth_date, lea.phone) == (Sex.FEMALE, dt.date(1992, 7, 1), "+254712345680")
    zoe = got["Zoé Bernard"]
    assert (zoe.birth_date, zoe.residence_country) == (dt.date(1990, 3, 15), "SN")  # a serial stored as text


def test_arabic_headers_and_values(db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "arabic.xlsx",
        [
            ["قائمة المشاركين"],
            ["الاسم الأول", "اسم العائلة", "الجنس", "تاريخ الميلاد", "البريد الإلكتروني", "الهاتف", "البلد", "الجنسية"],
            ["فاطمة", "الزهراء", "أنثى", "02/07/1991", "fatima@example.eg", "+20 100 123 4567", "مصر", "المغرب"],
            ["محمد", "علي", "ذكر", "1988-01-30", None, None, "الأردن", "مصر"],
        ],
    )
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    assert plan.header_row == 2 and plan.invalid == 0, plan.problems
    sheets.apply_import(db, plan)
    got = imported(db)
    f = got["fatima@example.eg"]
    assert (f.given_name, f.family_name, f.sex) == ("فاطمة", "الزهراء", Sex.FEMALE)
    assert (f.birth_date, f.phone, f.residence_country, f.nationality) == (
        dt.date(1991, 7, 2),
        "+201001234567",
        "EG",
        "MA",
    )
    m = got["محمد علي"]
    assert (m.sex, m.birth_date, m.residence_country, m.nationality) == (Sex.MALE, dt.date(1988, 1, 30), "JO", "EG")


def test_russian_and_chinese_headers_full_name_and_month_first_dates(db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "mixed.xlsx",
        [
            ["ФИО", "Пол", "Дата рождения", "Страна", "Телефон"],
            ["Иванова Наталья", "ж", "11/30/1979", "Казахстан", "+7 701 234 5678"],
            ["Петров Иван", "м", "01/02/1980", "Россия", None],
        ],
    )
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    assert plan.invalid == 0, plan.problems
    sheets.apply_import(db, plan)
    got = imported(db)
    n = got["Иванова Наталья"]  # "Иванова Наталья": the last word is taken as the family name
    assert (n.given_name, n.family_name, n.sex, n.birth_date) == (
        "Иванова",
        "Наталья",
        Sex.FEMALE,
        dt.date(1979, 11, 30),
    )
    assert n.residence_country == "KZ" and n.phone == "+77012345678"
    p = got["Иван Петров"] if "Иван Петров" in got else got["Петров Иван"]
    assert p.birth_date == dt.date(1980, 1, 2)  # the column is month-first: 11/30 says so

    zh = workbook(tmp_path / "zh.xlsx", [["姓名", "性别", "出生日期", "国家"], ["王秀英", "女", "1995-05-20", "中国"]])
    plan = sheets.plan_import(db, Kind.PEOPLE, zh)
    assert plan.invalid == 0, plan.problems
    sheets.apply_import(db, plan)
    w = imported(db)["秀英 王"] if "秀英 王" in imported(db) else imported(db)["王秀英"]
    assert (w.family_name, w.given_name, w.sex, w.residence_country) == ("王", "秀英", Sex.FEMALE, "CN")


def test_merged_group_title_above_the_header_and_numbers_stored_as_numbers(db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "grouped.xlsx",
        [
            ["Identity", None, "Contact", None],
            ["First name", "Last name", "Phone number", "E-mail"],
            ["Wanjiru", "Otieno", 712345678, "w@example.org"],
        ],
        merge=["A1:B1", "C1:D1"],
    )
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    assert plan.header_row == 2 and plan.invalid == 0
    sheets.apply_import(db, plan)
    assert imported(db)["w@example.org"].phone == "+254712345678"  # 712345678.0 read as its digits


def test_a_date_error_names_the_layout_the_column_is_read_in(db: Database, tmp_path: Path) -> None:
    """A column written month first (12/25/1980 decides it): 13/12/1980 is wrong there, and the
    message says in which layout, not "expected DD/MM/YYYY", which it is."""
    path = workbook(
        tmp_path / "us.xlsx",
        [["Given name", "Family name", "Birth date"], ["Ann", "Lee", "12/25/1980"], ["Bo", "Li", "13/12/1980"]],
    )
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    (problem,) = plan.problems
    assert (problem.row, problem.code) == (3, ErrorCode.INVALID_DATE_IN_COLUMN)
    assert problem.message == "Not a date in the layout of this column (MM/DD/YYYY, or YYYY-MM-DD)."
    plan.close()


def test_errors_are_reported_per_cell_and_nothing_is_written(db: Database, tmp_path: Path) -> None:
    people.create_person(db, people.PersonInput(given_name="Existing", family_name="Person"))
    before = dump(db.paths.database)
    path = workbook(
        tmp_path / "bad.xlsx",
        [
            ["Given name", "Family name", "Sex", "Birth date", "E-mail", "Country"],
            ["Good", "Row", "F", "1990-01-01", "good@example.org", "KE"],
            ["Bad", "Row", "maybe", "31/02/1990", "not-an-email", "Atlantis"],
        ],
    )
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    assert (plan.total, plan.invalid) == (2, 1)
    found = {(p.row, p.column, p.code) for p in plan.problems}
    assert found == {
        (3, 2, ErrorCode.UNKNOWN_VALUE),
        (3, 3, ErrorCode.INVALID_DATE_IN_COLUMN),
        (3, 4, ErrorCode.INVALID_EMAIL),
        (3, 5, ErrorCode.UNKNOWN_COUNTRY),
    }
    date_problem = next(p for p in plan.problems if p.column == 3)
    assert date_problem.message == "Not a date in the layout of this column (DD/MM/YYYY, or YYYY-MM-DD)."
    assert {p.value for p in plan.problems} == {"maybe", "31/02/1990", "not-an-email", "Atlantis"}
    with pytest.raises(ImportHasErrors):
        sheets.apply_import(db, plan)
    assert dump(db.paths.database) == before  # all or nothing

    result = sheets.apply_import(db, plan, skip_invalid=True)  # the person chose to skip them
    assert (result.created, result.invalid) == (1, 1)
    assert set(imported(db)) == {"Existing Person", "good@example.org"}


def test_report_workbook_has_the_original_rows_and_an_error_column(db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "in.xlsx",
        [["Title"], ["Name", "E-mail", "Phone"], ["Ann Lee", "ann@example.org", "0712345678"], ["Bo Li", "x@", "12"]],
    )
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    out = tmp_path / "report.xlsx"
    sheets.write_report(plan, sheets.outcomes_of(plan), out)
    ws = openpyxl.load_workbook(out).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == ["Row", "Name", "E-mail", "Phone", "Problems", "Result"]
    assert rows[1][:4] == [3, "Ann Lee", "ann@example.org", "0712345678"]  # text stays text
    assert rows[1][4] is None and rows[1][5] == "would be created"
    assert rows[2][:4] == [4, "Bo Li", "x@", "12"]
    assert "E-mail: Not an e-mail address" in rows[2][4] and "Phone: Not a phone number" in rows[2][4]
    assert rows[2][5] == "not imported: errors"


def test_a_sheet_without_titles_or_without_a_name_column_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(NoHeaderRow):
        sheets.plan_import(db, Kind.PEOPLE, workbook(tmp_path / "a.xlsx", [["x", "y"], [1, 2]]))
    with pytest.raises(RequiredColumnMissing):
        sheets.plan_import(db, Kind.PEOPLE, workbook(tmp_path / "b.xlsx", [["E-mail", "Phone"], ["a@b.org", "1"]]))


def test_semicolon_csv_in_windows_encoding(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes("Prénom;Nom;Date de naissance;Pays\r\nHélène;Gaël;03/04/1980;Côte d'Ivoire\r\n".encode("cp1252"))
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    assert plan.invalid == 0, plan.problems
    sheets.apply_import(db, plan)
    h = imported(db)["Hélène Gaël"]
    assert (h.birth_date, h.residence_country) == (dt.date(1980, 4, 3), "CI")  # day first for a Kenyan center


def test_organizations_with_local_type_words(db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "orgs.xlsx",
        [
            ["Nom de l'organisation", "Sigle", "Type", "Pays", "Ville", "Taille"],
            ["Université de Dakar", "UCAD", "Université", "Sénégal", "Dakar", None],
            ["Solaire SARL", None, "PME", "SN", "Thiès", "petite"],
        ],
    )
    plan = sheets.plan_import(db, Kind.ORGANIZATIONS, path)
    assert plan.invalid == 0, plan.problems
    sheets.apply_import(db, plan)
    got = {o.data.name: o.data for o in organizations.list_organizations(db)}
    assert got["Université de Dakar"].type.value == "university" and got["Université de Dakar"].country == "SN"
    assert got["Solaire SARL"].sme_size is not None and got["Solaire SARL"].sme_size.value == "small"
    assert isinstance(got["Solaire SARL"], OrganizationInput)


def test_imported_people_are_found_by_search_and_the_index_checks_ok(db: Database, tmp_path: Path) -> None:
    from innov_desktop.services.maintenance import check_database

    rows: list[list[object]] = [["Given name", "Family name", "Phone"]]
    rows += [[f"Name{i}", "Ramírez", f"0712 345 {i:03d}"] for i in range(300)]
    plan = sheets.plan_import(db, Kind.PEOPLE, workbook(tmp_path / "many.xlsx", rows))
    sheets.apply_import(db, plan)
    assert {p.data.given_name for p in people.search_people(db, "ramirez", 1000)} == {f"Name{i}" for i in range(300)}
    assert [p.data.given_name for p in people.search_people(db, "0712345007")] == ["Name7"]
    people.create_person(db, people.PersonInput(given_name="After", family_name="Import"))
    assert people.search_people(db, "after")  # the insert trigger is back
    assert check_database(db).ok


def test_the_same_e_mail_twice_in_one_file_is_a_problem_at_the_second_row(db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "twice.xlsx",
        [
            ["Name", "E-mail"],
            ["Ann Lee", "ann@example.org"],
            ["Bo Li", "bo@example.org"],
            ["Ann LEE", "ANN@example.org"],
        ],
    )
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    assert [(p.row, p.column, p.code, dict(p.params)) for p in plan.problems] == [
        (4, 1, ErrorCode.SAME_AS_ROW, {"row": 2})
    ]
    assert plan.problems[0].message == "The same e-mail address as row 2 of this file; keep one of the two rows."
