"""The import wizard's check page as a tester used it: a cancelled check, the duplicate choices
read whole, and column titles in their own direction right to left."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QProgressDialog, QWizard

from innov_desktop.domain.models import PersonInput
from innov_desktop.gui.import_wizard import ImportWizard
from innov_desktop.services import people
from tests.gui.conftest import idle, plain
from tests.gui.test_spreadsheets_gui import _left_to_right


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Prénom", "Nom", "Courriel", "Tél."])
    ws.append(["Amina", "Yusuf", "amina@example.org", "0712345678"])
    ws.append(["Ann", "Existing", "ann@example.org", None])
    ws.append(["Maria Fernanda Alejandra", "de los Santos Villanueva Rodríguez", "mf@example.org", None])
    wb.save(path)
    return path


def _to_mapping(wizard: ImportWizard, path: Path, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    wizard.file_page.choose(str(path))
    idle(qtbot, ctx)
    wizard.next()
    idle(qtbot, ctx)


def test_a_cancelled_check_says_so_and_can_run_again(qtbot, ctx, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people.create_person(ctx.db, PersonInput(given_name="Ann", family_name="Existing", email="ann@example.org"))
    wizard = ImportWizard(ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_mapping(wizard, _workbook(tmp_path / "list.xlsx"), qtbot, ctx)
    gate = threading.Event()
    ctx.runner.run(lambda _p, _c: gate.wait(10))  # the worker busy: the check waits its turn
    wizard.next()
    check = wizard.check_page
    assert "Checking" in check.summary.text() and not check.report_button.isEnabled()
    progress = [d for d in wizard.findChildren(QProgressDialog)]
    assert len(progress) == 1
    progress[0].canceled.emit()  # the person presses Cancel in the progress window
    gate.set()
    idle(qtbot, ctx)
    assert "cancelled" in check.summary.text() and check.check_again.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # nothing to import yet
    assert not check.report_button.isEnabled()  # no report of a check that did not finish
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    check.check_again.click()
    idle(qtbot, ctx)
    assert check.plan is not None and check.plan.duplicates == 1 and check.plan.total == 3
    assert not check.check_again.isVisible() and check.report_button.isEnabled()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert people.count_people(ctx.db) == 1  # still nothing written


def _check_page_shows_choices_whole(qtbot, ctx, window, tmp_path: Path) -> ImportWizard:  # type: ignore[no-untyped-def]
    people.create_person(ctx.db, PersonInput(given_name="Ann", family_name="Existing", email="ann@example.org"))
    long_name = PersonInput(
        given_name="Maria Fernanda Alejandra", family_name="de los Santos Villanueva Rodríguez", email="mf@example.org"
    )
    people.create_person(ctx.db, long_name)  # long names in both columns before the choice
    wizard = ImportWizard(ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_mapping(wizard, _workbook(tmp_path / "list.xlsx"), qtbot, ctx)
    wizard.next()
    idle(qtbot, ctx)
    table = wizard.check_page.duplicates
    assert table.rowCount() == 2
    combo = table.cellWidget(0, 4)
    texts = [combo.itemText(i) for i in range(combo.count())]
    widest = max(combo.fontMetrics().horizontalAdvance(t) for t in texts)
    assert table.columnWidth(4) >= combo.sizeHint().width() and combo.width() > widest  # not cut
    return wizard


def test_the_duplicate_choice_is_read_whole(qtbot, ctx, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = _check_page_shows_choices_whole(qtbot, ctx, window, tmp_path)
    wizard.grab().save(str(tmp_path / "check-en.png"))


def test_arabic_column_titles_keep_their_own_direction(qtbot, ctx, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from innov_desktop.gui.app import make_application

    make_application(language="ar")
    try:
        people.create_person(ctx.db, PersonInput(given_name="Ann", family_name="Existing", email="ann@example.org"))
        wizard = ImportWizard(ctx, window)
        qtbot.addWidget(wizard)
        wizard.show()
        assert wizard.isRightToLeft()
        _to_mapping(wizard, _workbook(tmp_path / "list.xlsx"), qtbot, ctx)
        rows = wizard.mapping_page.rows
        title = rows.horizontalHeaderItem(3).text()
        assert plain(title) == "Tél." and _left_to_right(title, "Tél.")  # the dot stays at its end
        wizard.next()
        idle(qtbot, ctx)
        table = wizard.check_page.duplicates
        combo = table.cellWidget(0, 4)
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert combo.width() > widest
        wizard.grab().save(str(tmp_path / "check-ar.png"))
    finally:
        make_application(language="en")
