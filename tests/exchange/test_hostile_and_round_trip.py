"""Hostile workbooks refused before anything is written; export and import give back the same
records; exported text never becomes a formula; duplicates, remembered mappings and cancel."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from innov_desktop.cli import main
from innov_desktop.domain.errors import (
    AppError,
    Cancelled,
    NotASpreadsheet,
    OldSpreadsheetFormat,
    SpreadsheetDamaged,
    SpreadsheetEncrypted,
    SpreadsheetTooLarge,
    SpreadsheetUncomputedFormulas,
    SpreadsheetUnsafeXml,
    SpreadsheetZipBomb,
)
from innov_desktop.domain.models import CenterInput, PersonInput
from innov_desktop.domain.queries import PeopleQuery, PersonSort
from innov_desktop.exchange import reader
from innov_desktop.services import organizations, people
from innov_desktop.services import spreadsheets as sheets
from innov_desktop.services.demo import generate_demo
from innov_desktop.services.setup import init_center, open_database
from innov_desktop.services.spreadsheets import Decision, Kind
from innov_desktop.store.database import Database
from tests.conftest import dump


def _good(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append(["Given name", "Family name"])
    wb.active.append(["Amina", "Yusuf"])
    wb.save(path)
    return path


def _rewrite(src: Path, dst: Path, member: str, data: bytes | None, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, data if item.filename == member and data is not None else zin.read(item))
        for name, content in (extra or {}).items():
            zout.writestr(name, content)
    return dst


def billion_laughs(tmp_path: Path) -> Path:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{"&lol%s;" % ("" if i == 1 else i - 1) * 10}">' for i in range(1, 10)
    )
    sheet = (
        f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    ).encode()
    return _rewrite(_good(tmp_path / "src.xlsx"), tmp_path / "laughs.xlsx", "xl/worksheets/sheet1.xml", sheet)


def zip_bomb(tmp_path: Path) -> Path:
    src = _good(tmp_path / "src2.xlsx")
    dst = tmp_path / "bomb.xlsx"
    _rewrite(src, dst, "", None)
    with zipfile.ZipFile(dst, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as zf, zf.open("xl/media/pad.xml", "w") as fh:
        block = b" " * (1024 * 1024)
        for _ in range(64):  # 64 MB of spaces: about 64 KB compressed
            fh.write(block)
    return dst


def oversized(tmp_path: Path) -> Path:
    path = tmp_path / "huge.xlsx"
    with open(path, "wb") as fh:
        fh.write(b"PK\x03\x04")
        fh.truncate(reader.MAX_FILE_BYTES + 1)  # sparse: nothing is really written
    return path


def encrypted(tmp_path: Path) -> Path:
    """What Excel writes for a workbook with a password: an OLE2 compound file whose streams are
    'EncryptionInfo' and 'EncryptedPackage' (the container header and stream names, as bytes)."""
    path = tmp_path / "secret.xlsx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    names = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 8 + "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(header + b"\x00" * (512 - len(header)) + names + b"\x00" * 4096)
    return path


def old_xls(tmp_path: Path) -> Path:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096 + "Workbook".encode("utf-16-le"))
    return path


def renamed(tmp_path: Path) -> Path:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    return path


def truncated(tmp_path: Path) -> Path:
    data = _good(tmp_path / "src3.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def uncomputed(tmp_path: Path) -> Path:
    """A list written by a script (openpyxl stores a formula without its result): the e-mail
    column would read empty."""
    path = tmp_path / "script.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Given name", "Family name", "E-mail"])
    for n, (given, family) in enumerate([("Amina", "Yusuf"), ("Jean", "Dupont")], start=2):
        wb.active.append([given, family, f'=LOWER(A{n})&"@example.org"'])
    wb.save(path)
    return path


def _with_cell(tmp_path: Path, name: str, cell: bytes) -> Path:
    """`_good`'s workbook (written by openpyxl: results to be worked out on opening) with one more
    cell at the end of its second row."""
    src = _good(tmp_path / f"src-{name}")
    with zipfile.ZipFile(src) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml")
    sheet = sheet.replace(b"</row></sheetData>", cell + b"</row></sheetData>", 1)
    assert cell in sheet
    return _rewrite(src, tmp_path / name, "xl/worksheets/sheet1.xml", sheet)


def placeholder_results(tmp_path: Path) -> Path:
    """A shared formula whose result was left empty, as some exports write it."""
    return _with_cell(tmp_path, "placeholder.xlsx", b'<c r="C2"><f t="shared" si="0"/><v></v></c>')


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (uncomputed, SpreadsheetUncomputedFormulas, "cells C2, C3"),
        (placeholder_results, SpreadsheetUncomputedFormulas, "were never worked out (cells C2)"),
        (billion_laughs, SpreadsheetUnsafeXml, "XML entities"),
        (zip_bomb, SpreadsheetZipBomb, "unpack to far more data"),
        (oversized, SpreadsheetTooLarge, "too large"),
        (encrypted, SpreadsheetEncrypted, "password"),
        (old_xls, OldSpreadsheetFormat, "Excel 97-2003"),
        (renamed, NotASpreadsheet, "not a spreadsheet"),
        (truncated, SpreadsheetDamaged, "damaged"),
    ],
)
def test_hostile_files_are_refused_with_a_clear_message_and_nothing_is_written(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, error: type[AppError], words: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    before = dump(db.paths.database)
    with pytest.raises(error) as caught:
        sheets.plan_import(db, Kind.PEOPLE, path)
    assert words in caught.value.message and str(path) in caught.value.message
    report = tmp_path / "report.xlsx"
    code = main(["--data-dir", str(db.paths.root), "import-xlsx", "people", str(path), "--report", str(report)])
    err = capsys.readouterr().err
    assert code == 1 and words in err and len(err.strip().splitlines()) == 1
    assert not report.exists()
    assert dump(db.paths.database) == before


def test_a_workbook_named_xls_is_read_for_what_it_is(db: Database, tmp_path: Path) -> None:
    """An .xlsx saved under an .xls name (it happens when a file is renamed by hand) is read; it
    was called damaged, with the reading library's own words."""
    path = tmp_path / "list.xls"
    path.write_bytes(_good(tmp_path / "src.xlsx").read_bytes())
    result = sheets.apply_import(db, sheets.plan_import(db, Kind.PEOPLE, path))
    assert result.created == 1
    assert [p.display_name for p in people.list_people(db)] == ["Amina Yusuf"]


def test_a_formula_stored_with_its_result_is_read_even_when_a_recalculation_is_asked(
    db: Database, tmp_path: Path
) -> None:
    """Programs that edit a workbook (and store each result) may still ask for a recalculation on
    opening: the results are read; only formulas without one are refused (reviewer)."""
    cells = b'<c r="C2" t="str"><f>"x"</f><v>x</v></c><c r="D2"><f>1+0</f><v>1</v></c>'
    path = _with_cell(tmp_path, "edited.xlsx", cells)
    assert reader.uncomputed_formulas(path, "Sheet") == []
    sheet = reader.read_sheet(path)
    assert sheet.rows[1][2:] == ["x", 1]


def test_formulas_a_spreadsheet_program_worked_out_are_read_as_their_results(db: Database, tmp_path: Path) -> None:
    """A workbook as a spreadsheet program saves it: each formula with its result, and no request
    to work them out again on opening. The results are imported."""
    src = _good(tmp_path / "src.xlsx")
    with zipfile.ZipFile(src) as zf:
        sheet, book = zf.read("xl/worksheets/sheet1.xml"), zf.read("xl/workbook.xml")
    header = b'<c r="C1" t="inlineStr"><is><t>E-mail</t></is></c></row>'
    cell = b'<c r="C2" t="str"><f>LOWER(A2)&amp;"@example.org"</f><v>amina@example.org</v></c></row>'
    sheet = sheet.replace(b"</row>", header, 1).replace(b"</row></sheetData>", cell + b"</sheetData>", 1)
    book = re.sub(rb"<calcPr[^>]*/>", b'<calcPr calcId="191029"/>', book)
    assert cell in sheet and b"fullCalcOnLoad" not in book
    saved = _rewrite(src, tmp_path / "saved.xlsx", "xl/worksheets/sheet1.xml", sheet)
    path = _rewrite(saved, tmp_path / "saved2.xlsx", "xl/workbook.xml", book)
    result = sheets.apply_import(db, sheets.plan_import(db, Kind.PEOPLE, path))
    assert result.created == 1
    (person,) = people.list_people(db)
    assert person.data.email == "amina@example.org"


def test_round_trip_people_and_organizations_into_an_empty_database(db: Database, tmp_path: Path) -> None:
    generate_demo(db, 400, organizations=30, seed=5)
    people.create_person(
        db,
        PersonInput(
            given_name="=cmd|' /C calc'!A0",
            family_name="+Injected",
            notes="@SUM(1+1)\n-2+3",
            consent_to_share=True,
            consent_date=dt.date(2025, 1, 2),
            languages=("ar", "fr"),
        ),
    )
    orgs_file, people_file = tmp_path / "orgs.xlsx", tmp_path / "people.xlsx"
    assert sheets.export_organizations(db, orgs_file).rows == 30
    assert sheets.export_people(db, people_file).rows == 401

    other = open_database(tmp_path / "other")
    try:
        init_center(other, CenterInput(code="KE-MSA", name="Mombasa Center", country="KE"))
        orgs_plan = sheets.plan_import(other, Kind.ORGANIZATIONS, orgs_file)
        assert orgs_plan.invalid == 0, orgs_plan.problems[:3]
        sheets.apply_import(other, orgs_plan)
        plan = sheets.plan_import(other, Kind.PEOPLE, people_file)
        assert plan.invalid == 0, plan.problems[:3]
        # the demo enters some people twice, as another list would: those are offered as duplicates
        result = sheets.apply_import(other, plan, on_duplicate=Decision.CREATE)
        assert result.created == 401

        def records(d: Database) -> list[tuple[object, ...]]:
            names = {o.id: o.data.name for o in organizations.list_organizations(d, 0, 1000)}
            return sorted(
                (
                    tuple(
                        str(names.get(v))
                        if f == "organization_id"
                        else repr(sorted(v))  # a set of roles (demo data does not sort them)
                        if f == "roles"
                        else repr(v)
                        for f, v in ((f, getattr(p.data, f)) for f in p.data.__dataclass_fields__)
                    )
                    for p in people.list_people(d, 0, 1000)
                ),
            )

        mine, theirs = records(db), records(other)
        assert theirs == mine

        def org_rows(d: Database) -> list[str]:
            return sorted(repr(o.data) for o in organizations.list_organizations(d, 0, 1000))

        assert org_rows(other) == org_rows(db)
    finally:
        other.close()


def test_exported_text_never_becomes_a_formula(db: Database, tmp_path: Path) -> None:
    risky = ["=1+1", "+254 is a code", "-minus", "@at", '=HYPERLINK("http://x","y")']
    for i, text in enumerate(risky):
        people.create_person(db, PersonInput(given_name=f"Risky{chr(65 + i)}", family_name="Person", notes=text))
    out = tmp_path / "people.xlsx"
    sheets.export_people(db, out)
    with zipfile.ZipFile(out) as zf:
        xml = {n: zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/worksheets/")}
        styles = zf.read("xl/styles.xml").decode()
    for content in xml.values():
        assert "<f>" not in content and "<f " not in content  # no formula element anywhere
    quoted = re.findall(r'<c r="P(?:[2-9]|\d\d+)" t="inlineStr" s="(\d)">', xml["xl/worksheets/sheet1.xml"])
    assert len(quoted) == len(risky)  # each risky note: a string cell with the quote-prefix style
    xf = re.findall(r"<xf [^>]*>", styles.split("<cellXfs")[1])[int(quoted[0])]
    assert 'quotePrefix="1"' in xf
    ws = openpyxl.load_workbook(out)["People"]
    assert {ws.cell(r, 16).value for r in range(2, ws.max_row + 1)} == set(risky)
    assert all(ws.cell(r, 16).data_type == "s" for r in range(2, ws.max_row + 1))


def test_the_writer_quotes_tab_and_carriage_return_starts_too(tmp_path: Path) -> None:
    from innov_desktop.exchange.writer import SheetData, write_xlsx

    out = tmp_path / "w.xlsx"
    write_xlsx(out, [SheetData("S", ["A"], [["\t=1+1"], ["\r=2"], ["plain"]])])
    with zipfile.ZipFile(out) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f" not in xml.replace("<fill", "")
    assert re.findall(r'<c r="A(\d)" t="inlineStr"( s="4")?>', xml) == [("2", ' s="4"'), ("3", ' s="4"'), ("4", "")]
    assert not (tmp_path / "w.xlsx.part").exists()


def test_export_follows_filters_sort_and_columns_with_dates_as_dates(db: Database, tmp_path: Path) -> None:
    for given, born, country in (
        ("Bea", dt.date(1991, 1, 1), "KE"),
        ("Ann", dt.date(1990, 5, 6), "KE"),
        ("Cy", None, "UG"),
    ):
        people.create_person(
            db, PersonInput(given_name=given, family_name="Test", birth_date=born, residence_country=country)
        )
    columns = [
        sheets.ExportColumn("name", "Name", lambda p: p.display_name),
        sheets.ExportColumn("born", "Born", lambda p: p.data.birth_date),
    ]
    out = tmp_path / "ke.xlsx"
    query = PeopleQuery(country="KE", sort=PersonSort.BIRTH, descending=True)
    about = sheets.AboutSheet(lines=(("Country", "Kenya"),))
    assert sheets.export_people(db, out, query, columns=columns, about=about).rows == 2
    wb = openpyxl.load_workbook(out)
    ws = wb["People"]
    assert [[c.value for c in r] for r in ws.iter_rows()] == [
        ["Name", "Born"],
        ["Bea Test", dt.datetime(1991, 1, 1)],
        ["Ann Test", dt.datetime(1990, 5, 6)],
    ]
    assert ws["B2"].number_format == "yyyy-mm-dd" and ws["B2"].is_date
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["A"].width >= len("Bea Test")
    about_rows = [[c.value for c in r] for r in wb["Export"].iter_rows()]
    assert about_rows[1][0] == "Exported on" and isinstance(about_rows[1][1], dt.datetime)
    assert ["Rows", 2] in about_rows and ["Country", "Kenya"] in about_rows


def _list(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def test_duplicates_skip_update_or_create_per_row_or_for_all(db: Database, tmp_path: Path) -> None:
    by_mail = people.create_person(db, PersonInput(given_name="Amina", family_name="Yusuf", email="amina@example.org"))
    by_name = people.create_person(
        db, PersonInput(given_name="José", family_name="Ramírez", birth_date=dt.date(1984, 3, 14))
    )
    path = _list(
        tmp_path / "dups.xlsx",
        [
            ["Given name", "Family name", "E-mail", "Birth date", "Position"],
            ["Amina", "Yusuf", "AMINA@example.org", None, "Engineer"],
            ["JOSE", "RAMIREZ", None, "14/03/1984", "Founder"],
            ["New", "Person", "new@example.org", None, None],
        ],
    )
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    assert plan.duplicates == 2
    assert plan.rows[0].match is not None and plan.rows[0].match.id == by_mail.id
    assert plan.rows[1].match is not None and plan.rows[1].match.id == by_name.id
    assert [r.value for r in plan.rows[1].match.reasons] == ["name_and_birth"]

    result = sheets.apply_import(db, plan)  # default: skip
    assert (result.created, result.skipped, result.updated) == (1, 2, 0)
    plan = sheets.plan_import(db, Kind.PEOPLE, path)  # "New Person" is now a duplicate too
    result = sheets.apply_import(
        db, plan, on_duplicate=Decision.SKIP, decisions={2: Decision.UPDATE, 3: Decision.CREATE}
    )
    assert (result.created, result.skipped, result.updated) == (1, 1, 1)
    assert people.get_person(db, by_mail.id).data.position == "Engineer"  # row 2: the existing record filled
    assert people.get_person(db, by_name.id).data.position is None  # row 3 skipped
    assert people.count_people(db) == 4


def test_an_update_fills_empty_fields_only_and_leaves_other_centers_records(db: Database, tmp_path: Path) -> None:
    """An update fills what the record lacks and adds roles, and never replaces a name, a birth
    date, an e-mail or a consent; a row matched by a shared phone whose name is another one is
    another member of the household, created (not poured into the record); a record another
    center owns is left as it is (its change would never travel). The dry run says the same."""
    import sqlite3

    from innov_desktop.domain.enums import PersonRole

    wanjiru = people.create_person(
        db,
        PersonInput(
            given_name="Wanjiru",
            family_name="Otieno",
            birth_date=dt.date(2008, 9, 9),
            email="wanjiru@example.org",
            phone="+254712345678",
            roles=(PersonRole.PARTICIPANT,),
            consent_to_share=False,  # maybe withdrawn: a list cannot tell
        ),
    )
    theirs = people.create_person(db, PersonInput(given_name="Neema", family_name="Mushi", phone="+254733000111"))
    conn = sqlite3.connect(db.paths.database)
    conn.execute("UPDATE person SET origin = 'TZ-DAR' WHERE id = ?", (theirs.id.hex,))
    conn.commit()
    conn.close()
    path = _list(
        tmp_path / "household.xlsx",
        [
            ["Prénom", "Nom", "Téléphone", "Date de naissance", "Courriel", "Fonction", "Rôle", "Consentement"],
            ["Amina", "Diallo", "0712 345 678", "15/03/1980", "amina@example.org", "Engineer", "inventeur", "oui"],
            ["WANJIRU", "OTIENO", "0712345678", "15/03/1990", "w.otieno@example.org", "Student", "inventeur", "oui"],
            ["Neema", "Mushi", "0733 000 111", None, None, "Imported position", None, None],
        ],
    )
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    assert plan.duplicates == 3 and plan.invalid == 0
    would = sheets.dry_run(plan, Decision.UPDATE)
    result = sheets.apply_import(db, plan, on_duplicate=Decision.UPDATE)
    # the dry run says what the import does; another center's record is left as it is (skipped)
    assert (
        (result.created, result.updated, result.skipped) == (would.created, would.updated, would.skipped) == (1, 1, 1)
    )
    kept = people.get_person(db, wanjiru.id).data
    assert (kept.given_name, kept.family_name, kept.birth_date, kept.email) == (
        "Wanjiru",
        "Otieno",
        dt.date(2008, 9, 9),
        "wanjiru@example.org",
    )
    assert kept.position == "Student" and set(kept.roles) == {PersonRole.PARTICIPANT, PersonRole.INVENTOR}
    assert kept.consent_to_share is False
    amina = people.search_people(db, "diallo")
    assert [p.data.email for p in amina] == ["amina@example.org"]  # the mother, a record of her own
    assert people.get_person(db, theirs.id).data.position is None


def test_corrected_mapping_is_remembered_for_the_next_file(db: Database, tmp_path: Path) -> None:
    path = _list(tmp_path / "a.xlsx", [["Name", "WhatsApp", "Remarque"], ["Ann Lee", "0712345678", "x"]])
    first = sheets.preview_sheet(db.paths, Kind.PEOPLE, path)
    assert first.mapping == ("full_name", None, None) and not first.remembered
    sheets.save_mapping(db.paths, Kind.PEOPLE, first.headers, ["full_name", "phone", None])
    again = sheets.preview_sheet(
        db.paths, Kind.PEOPLE, _list(tmp_path / "b.xlsx", [["WHATSAPP ", "Name"]] + [["0712345679", "Bo Li"]])
    )
    assert again.mapping == ("phone", "full_name") and again.remembered
    plan = sheets.plan_import(db, Kind.PEOPLE, tmp_path / "b.xlsx")  # the command line uses the same file
    assert plan.rows[0].data.phone == "+254712345679"


def test_cancel_during_apply_leaves_nothing(db: Database, tmp_path: Path) -> None:
    rows = [["Given name", "Family name"]] + [[f"Person{i}", "Test"] for i in range(12_000)]
    plan = sheets.plan_import(db, Kind.PEOPLE, _list(tmp_path / "big.xlsx", rows))
    before = people.count_people(db)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2  # after the first batch was inserted

    with pytest.raises(Cancelled):
        sheets.apply_import(db, plan, cancel=cancel)
    assert people.count_people(db) == before


def test_cli_import_and_export(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    src = _list(
        tmp_path / "in.xlsx", [["Name", "E-mail", "Sex"], ["Ann Lee", "ann@example.org", "F"], ["Bo Li", "bo@", "M"]]
    )
    d = str(db.paths.root)
    assert main(["--data-dir", d, "import-xlsx", "people", str(src), "--dry-run", "--json"]) == 1  # as the import
    out = json.loads(capsys.readouterr().out)
    assert out["imported"] is False and out["invalid"] == 1 and out["problems"][0]["row"] == 3
    assert main(["--data-dir", d, "import-xlsx", "people", str(src)]) == 1
    captured = capsys.readouterr()
    assert "nothing was imported" in captured.err and "row 3, E-mail" in captured.out
    assert main(["--data-dir", d, "import-xlsx", "people", str(src), "--dry-run", "--skip-invalid"]) == 0
    assert "Would import" in capsys.readouterr().out
    assert main(["--data-dir", d, "import-xlsx", "people", str(src), "--skip-invalid"]) == 0
    assert "1 created, 0 updated, 0 duplicates skipped, 1 invalid." in capsys.readouterr().out
    out_file = tmp_path / "out.xlsx"
    assert main(["--data-dir", d, "export-xlsx", "people", str(out_file), "--filter", "sex=F", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 1
    assert main(["--data-dir", d, "export-xlsx", "people", str(out_file), "--filter", "sex=F"]) == 0
    assert f"Exported 1 person to {out_file}." in capsys.readouterr().out
    assert main(["--data-dir", d, "export-xlsx", "people", str(out_file), "--filter", "colour=red"]) == 1
    assert "There is no filter 'colour'; the filters are: text, " in capsys.readouterr().err
    assert main(["--data-dir", d, "export-xlsx", "people", str(out_file), "--filter", "descending=maybe"]) == 1
    assert "--filter descending (yes or no) is not valid: 'maybe'" in capsys.readouterr().err
    as_csv = tmp_path / "out.csv"  # a workbook under a .csv name would not open as a CSV
    assert main(["--data-dir", d, "export-xlsx", "people", str(as_csv)]) == 1
    assert "give it a name ending in .xlsx" in capsys.readouterr().err and not as_csv.exists()
    before = dump(db.paths.database)  # a report's name is checked first
    assert main(["--data-dir", d, "import-xlsx", "people", str(src), "--skip-invalid", "--report", str(as_csv)]) == 1
    assert "give it a name ending in .xlsx" in capsys.readouterr().err and dump(db.paths.database) == before


def test_export_filters_take_local_words_and_say_yes_or_no(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--filter type=Université` (a word an imported cell would be read as) picks the
    universities, `sex=Femme` the women; the About sheet says descending yes or no."""
    import json

    from innov_desktop.domain.enums import OrgType, Sex
    from innov_desktop.domain.models import OrganizationInput

    organizations.create_organization(db, OrganizationInput(name="Université de Dakar", type=OrgType.UNIVERSITY))
    organizations.create_organization(db, OrganizationInput(name="Makers NGO", type=OrgType.NGO))
    people.create_person(db, PersonInput(given_name="Awa", family_name="Diop", sex=Sex.FEMALE))
    people.create_person(db, PersonInput(given_name="Moussa", family_name="Ba", sex=Sex.MALE))
    d, out = str(db.paths.root), tmp_path / "orgs.xlsx"
    orgs = ["--data-dir", d, "export-xlsx", "organizations", str(out)]
    assert main([*orgs, "--filter", "type=Université", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 1
    people_out = tmp_path / "women.xlsx"
    args = ["--data-dir", d, "export-xlsx", "people", str(people_out), "--filter", "sex=Femme", "--json"]
    assert main([*args, "--filter", "descending=no"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 1
    about = {r[0]: r[1] for r in openpyxl.load_workbook(people_out).worksheets[1].iter_rows(values_only=True)}
    assert about["Descending"] == "no"
    assert main(["--data-dir", d, "export-xlsx", "organizations", str(out), "--filter", "type=spaceport"]) == 1
    assert "--filter type (one of" in capsys.readouterr().err


def test_a_birth_date_known_only_by_its_year_is_exported_as_the_year(db: Database, tmp_path: Path) -> None:
    """HQ holds a person without consent with the birth year alone (stored as 1 January): the
    export writes 1985, not 1985-01-01, in the full export and in a list's columns."""
    import sqlite3

    from innov_desktop.store import syncmeta

    held = people.create_person(db, PersonInput(given_name="Ann", family_name="Lee", birth_date=dt.date(1985, 1, 1)))
    people.create_person(db, PersonInput(given_name="Bo", family_name="Li", birth_date=dt.date(1990, 1, 1)))
    meta = syncmeta.dump({"_": [5, "KE-NBO", 3, "KE-NBO"], "birth_date": syncmeta.UNKNOWN_STAMP})
    conn = sqlite3.connect(db.paths.database)
    conn.execute("UPDATE person SET sync_meta = ? WHERE id = ?", (meta, held.id.hex))
    conn.commit()
    conn.close()
    for name, columns in (("full", None), ("list", sheets.person_columns()[:5])):
        out = tmp_path / f"{name}.xlsx"
        sheets.export_people(db, out, columns=columns)
        ws = openpyxl.load_workbook(out).worksheets[0]
        header = [c.value for c in ws[1]]
        born = header.index("Birth date") + 1
        cells = {ws.cell(r, 2).value: ws.cell(r, born) for r in range(2, ws.max_row + 1)}
        assert cells["Ann"].value == 1985 and cells["Ann"].number_format == "General", name
        assert cells["Bo"].value == dt.datetime(1990, 1, 1), name
