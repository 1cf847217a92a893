"""The import wizard and the list export on real widgets (offscreen), over a real database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from innov_desktop.domain.models import PersonInput
from innov_desktop.gui.import_wizard import ImportWizard
from innov_desktop.services import people
from tests.gui.conftest import idle, plain


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Liste des participants"])
    ws.append([])
    ws.append(["Prénom", "Nom", "Courriel", "Date de naissance", "Portable perso", "WhatsApp"])
    ws.append(["Amina", "Yusuf", "amina@example.org", "14/03/1990", "0712345678", "x"])
    ws.append(["Bad", "Row", "not-an-email", "31/02/1990", None, None])
    ws.append(["Ann", "Existing", "ann@example.org", None, None, None])
    wb.save(path)
    return path


def test_import_wizard_end_to_end(qtbot, ctx, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people.create_person(ctx.db, PersonInput(given_name="Ann", family_name="Existing", email="ann@example.org"))
    path = _workbook(tmp_path / "list.xlsx")
    wizard = window.import_spreadsheet()
    assert isinstance(wizard, ImportWizard)
    wizard.file_page.choose(str(path))
    idle(qtbot, ctx)
    assert wizard.file_page.sheet.currentText() == "Sheet"
    wizard.next()
    idle(qtbot, ctx)
    m = wizard.mapping_page
    assert "row 3" in m.found.text()
    assert m.mapping() == ["given_name", "family_name", "email", "birth_date", "phone", None]
    m.set_field(5, "notes")  # the person corrects one column
    wizard.grab().save(str(tmp_path / "mapping.png"))
    wizard.next()
    idle(qtbot, ctx)
    check = wizard.check_page
    assert check.plan is not None and check.plan.invalid == 1 and check.plan.duplicates == 1
    assert check.problems.rowCount() == 2  # e-mail and date of row 5, each at its cell
    assert {plain(check.problems.item(i, 1).text()) for i in range(2)} == {"Courriel", "Date de naissance"}
    assert not check.isComplete()  # an invalid row: nothing can be imported as it is
    check.skip_invalid.setChecked(True)
    assert check.isComplete()
    check.write_report(str(tmp_path / "report"))
    idle(qtbot, ctx)
    report = openpyxl.load_workbook(tmp_path / "report.xlsx").active
    assert report.cell(1, 8).value == "Problems" and "Courriel" in report.cell(3, 8).value
    wizard.grab().save(str(tmp_path / "check.png"))
    wizard.next()  # Import
    idle(qtbot, ctx)
    assert wizard.currentPage() is wizard.done_page
    assert "1 created" in wizard.done_page.text.text() and "1 duplicate skipped," in wizard.done_page.text.text()
    amina = people.search_people(ctx.db, "amina")[0]
    assert amina.data.birth_date == dt.date(1990, 3, 14) and amina.data.notes == "x"
    assert people.count_people(ctx.db) == 2
    assert window.people.model.rowCount() == 2  # the list refreshed from the "changed" value

    again = window.import_spreadsheet()  # the correction was remembered
    again.file_page.choose(str(path))
    idle(qtbot, ctx)
    again.next()
    idle(qtbot, ctx)
    assert again.mapping_page.mapping()[5] == "notes" and again.mapping_page.preview.remembered
    again.close()


def test_export_the_list_as_shown(qtbot, ctx, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for given, country, born in (("Bea", "KE", dt.date(1991, 1, 1)), ("Ann", "KE", None), ("Cy", "UG", None)):
        people.create_person(
            ctx.db, PersonInput(given_name=given, family_name="Test", residence_country=country, birth_date=born)
        )
    window.show_page("people")
    page = window.people
    idle(qtbot, ctx)
    page.country.select_code("KE")
    idle(qtbot, ctx)
    page.table.setColumnHidden(0, True)  # no number column
    page.table.horizontalHeader().moveSection(3, 2)  # "Born" moved right after the name column
    from innov_desktop.gui.export_list import export_page

    done = []
    export_page(page, str(tmp_path / "people"), "People", done.append)
    idle(qtbot, ctx)
    assert done and done[0].rows == 2
    wb = openpyxl.load_workbook(tmp_path / "people.xlsx")
    rows = [[c.value for c in r] for r in wb["People"].iter_rows()]
    assert rows[0][:4] == ["Name", "Born", "Sex", "Country"]
    assert rows[1][:2] == ["Ann Test", None] and rows[2][:2] == ["Bea Test", dt.datetime(1991, 1, 1)]
    assert rows[1][3] == "Kenya"
    about = {r[0].value: r[1].value for r in wb["Export"].iter_rows(min_row=2)}
    assert about["Country"] == "Kenya" and about["Rows"] == 2 and about["List"] == "People"


def _left_to_right(text: str, run: str) -> bool:
    """Whether `run`, inside `text` laid out as a right-to-left cell lays it out, is drawn left
    to right as typed (each position inside it further right than the one before)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    start = text.index(run)
    xs = [line.cursorToX(i)[0] for i in range(start + 1, start + len(run))]
    return all(a < b for a, b in zip(xs, xs[1:], strict=False))


def _to_check_page(wizard: ImportWizard, path: Path, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The file chosen, its mapping taken as found, on to the page that lists the problems."""
    wizard.file_page.choose(str(path))
    idle(qtbot, ctx)
    for _ in range(2):
        wizard.next()
        idle(qtbot, ctx)


def test_phone_numbers_read_as_typed_in_the_arabic_check_page(qtbot, ctx, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from innov_desktop.gui.app import make_application
    from innov_desktop.gui.tables import ltr

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Given name", "Family name", "Phone"])
    ws.append(["Amina", "Yusuf", "٠٧١٢ ٣٤٥ ٦٧"])  # Arabic-Indic digits, one short
    ws.append(["فاطمة", "الزهراء", "+254 712 (واتساب)"])  # a word after the number
    path = tmp_path / "phones.xlsx"
    wb.save(path)
    make_application(language="ar")
    try:
        wizard = ImportWizard(ctx)
        qtbot.addWidget(wizard)
        wizard.show()
        assert wizard.isRightToLeft()
        _to_check_page(wizard, path, qtbot, ctx)
        table = wizard.check_page.problems
        texts = [table.item(i, 2).text() for i in range(table.rowCount())]
        shown = {"".join(c for c in t if c not in "\u2066\u2068\u2069\u202d\u202c"): t for t in texts}
        assert set(shown) == {"٠٧١٢ ٣٤٥ ٦٧", "+254 712 (واتساب)"}
        assert _left_to_right(shown["٠٧١٢ ٣٤٥ ٦٧"], "٠٧١٢ ٣٤٥ ٦٧")
        assert _left_to_right(shown["+254 712 (واتساب)"], "+254 712")
        # what the cells held before: an isolate alone, which turns the digit groups around
        assert not _left_to_right(ltr("٠٧١٢ ٣٤٥ ٦٧"), "٠٧١٢ ٣٤٥ ٦٧")
        wizard.grab().save(str(tmp_path / "check-ar.png"))
    finally:
        make_application(language="en")


def test_one_very_long_cell_leaves_the_problems_in_sight(qtbot, ctx, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A 40 000-character family name: its cell shows the beginning (the whole in its tooltip),
    and the problem column stays on screen."""
    from innov_desktop.gui.value_table import COLUMN_MAX_WIDTH, SHOWN_CHARS

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Given name", "Family name"])
    ws.append(["Amina", "Y" * 40_000])
    path = tmp_path / "long.xlsx"
    wb.save(path)
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.resize(900, 600)
    wizard.show()
    _to_check_page(wizard, path, qtbot, ctx)
    table = wizard.check_page.problems
    assert table.rowCount() == 1
    value = table.item(0, 2)
    assert len(plain(value.text())) <= SHOWN_CHARS + 2 and value.toolTip().startswith("YYYY")
    assert all(table.columnWidth(c) <= COLUMN_MAX_WIDTH for c in range(table.columnCount() - 1))
    problem_left = table.columnViewportPosition(table.columnCount() - 1)
    assert 0 <= problem_left < table.viewport().width()  # the problem itself is on screen
    assert not wizard.check_page.for_all_label.isVisible()  # no duplicate: no choice offered
