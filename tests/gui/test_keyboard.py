"""The keyboard alone reaches everything: Tab leaves every table, follows the rows as they read,
and the list's search field hands over to its results."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from innov_desktop.domain.models import PersonInput
from innov_desktop.gui.import_wizard import ImportWizard
from innov_desktop.gui.main_window import MainWindow
from innov_desktop.gui.people.duplicates import DuplicatesDialog
from innov_desktop.gui.people.form import PersonDialog
from innov_desktop.services import people
from tests.gui.conftest import idle, plain


def _activate(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5_000)


def _owner(widget: QWidget | None, candidates: list[QWidget]) -> QWidget | None:
    """The candidate that is `widget` or holds it (an editable combo box's line edit)."""
    return next((c for c in candidates if widget is c or (widget is not None and c.isAncestorOf(widget))), None)


def _tab(qtbot, times: int = 1, back: bool = False) -> QWidget | None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_follows_the_row_and_leaves_the_list(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    for given in ("Ann", "Bea"):
        people.create_person(window.ctx.db, PersonInput(given_name=given, family_name="Test"))
    page = window.people
    idle(qtbot, window.ctx)
    _activate(qtbot, window)
    page.search.setFocus()
    row = [page.role, page.country, page.sex, page.organization, page.columns_button, page.new_button]
    row += [page.export_button, page.table]  # Edit and Delete wait for a selection
    seen = [_owner(_tab(qtbot), [*row, page.search]) for _ in row]
    assert seen == row  # as the row reads, then the list
    after = _tab(qtbot)
    assert after is not page.table and not page.table.isAncestorOf(after)  # Tab leaves the list
    page.table.setFocus()
    assert _tab(qtbot, back=True) is page.export_button  # and Shift+Tab too


def test_the_organizations_list_lets_tab_through(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_page("organizations")
    page = window.organizations
    idle(qtbot, window.ctx)
    _activate(qtbot, window)
    page.search.setFocus()
    assert _owner(_tab(qtbot), [page.type, page.country]) is page.type
    page.table.setFocus()
    assert _tab(qtbot) is not page.table
    window.show_page("people")  # the page a window opens on is remembered: leave the usual one


def test_down_or_enter_in_the_search_field_goes_to_the_results(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    for given in ("Amina", "Bea", "Carla"):
        people.create_person(window.ctx.db, PersonInput(given_name=given, family_name="Test"))
    page = window.people
    idle(qtbot, window.ctx)
    _activate(qtbot, window)
    page.search.setFocus()
    QTest.keyClicks(page.search, "bea")
    QTest.keyClick(page.search, Qt.Key.Key_Return)  # at once: the search runs first
    idle(qtbot, window.ctx)
    assert QApplication.focusWidget() is page.table
    assert page.current_record() is not None and page.current_record().data.given_name == "Bea"
    page.search.setFocus()
    QTest.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5_000)
    idle(qtbot, window.ctx)
    page.select_key(page.model.keys[2])  # a row chosen earlier: Down goes to the first
    page.search.setFocus()
    QTest.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.table
    assert page.current_record() is not None and page.current_record().data.given_name == "Amina"


def test_tab_in_the_person_notes_goes_to_the_next_field(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _activate(qtbot, dialog)
    dialog.notes.setFocus()
    QTest.keyClicks(dialog.notes, "a")
    after = _tab(qtbot)
    assert after is not dialog.notes and dialog.notes.toPlainText() == "a"
    idle(qtbot, window.ctx)


def test_tab_reaches_every_choice_of_the_import_check(qtbot, ctx, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people.create_person(ctx.db, PersonInput(given_name="Ann", family_name="Existing", email="ann@example.org"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Given name", "Family name", "E-mail"])
    ws.append(["Bad", "Row", "not-an-email"])
    ws.append(["Ann", "Existing", "ann@example.org"])
    wb.save(tmp_path / "list.xlsx")
    wizard = ImportWizard(ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.choose(str(tmp_path / "list.xlsx"))
    idle(qtbot, ctx)
    wizard.next()
    idle(qtbot, ctx)
    _activate(qtbot, wizard)
    wizard.mapping_page.columns.setFocus()
    assert _tab(qtbot) is not wizard.mapping_page.columns  # the mapping table lets Tab through
    wizard.next()
    idle(qtbot, ctx)
    check = wizard.check_page
    assert check.problems.rowCount() == 1 and check.duplicates.rowCount() == 1
    check.problems.setFocus()
    reached = {_tab(qtbot) for _ in range(30)}
    combo = check.duplicates.cellWidget(0, 4)
    for wanted in (check.skip_invalid, check.report_button, check.duplicates, combo):
        assert wanted in reached, wanted
    assert plain(check.problems.item(0, 1).text()) == "E-mail"


def test_tab_reaches_merge_in_find_duplicates(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        people.create_person(window.ctx.db, PersonInput(given_name="Ann", family_name="Twice", email="a@example.org"))
    dialog = DuplicatesDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search()
    idle(qtbot, window.ctx)
    _activate(qtbot, dialog)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(0))
    dialog.tree.setFocus()
    reached = {_tab(qtbot) for _ in range(4)}
    assert dialog.merge_button in reached
