"""Start-up (first rows before the database opens), restore on the worker, organization lists in
open forms, and the contact-person picker, driven through the real widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from innov_desktop.domain.errors import Cancelled
from innov_desktop.domain.models import OrganizationInput, PersonInput
from innov_desktop.gui.app import start_window
from innov_desktop.gui.main_window import MainWindow
from innov_desktop.gui.organizations.form import OrganizationDialog
from innov_desktop.gui.people.form import PersonDialog
from innov_desktop.paths import DataPaths
from innov_desktop.services import changes, maintenance, organizations, people
from innov_desktop.services.demo import generate_demo
from innov_desktop.store.database import Database
from tests.conftest import dump
from tests.gui.conftest import idle, plain


def _names(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [plain(page.model.data(page.model.index(r, 1))) for r in range(min(5, page.model.rowCount()))]


# -- start ---------------------------------------------------------------------------------------


def test_first_rows_show_before_the_database_opens(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    generate_demo(db, 150)
    expected = [p.display_name for p in people.list_people(db, 0, 5)]
    db.close()
    from innov_desktop.gui.app import make_application

    make_application(language="en")
    window, ctx = start_window(DataPaths(db.paths.root), interactive=False)
    qtbot.addWidget(window)
    try:
        page = window.people
        # the window is built and no database is open yet, but the first rows are there
        assert window.current_page() == "people" and not window.ready and ctx.__dict__.get("db") is None
        assert _names(page) == expected
        assert page.model.rowCount() == 64
        # they can be looked at; what needs the database waits for it
        page.table.selectRow(0)
        assert expected[0] in page.detail.text()
        assert not page.new_button.isEnabled() and not page.search.isEnabled()
        assert not page.edit_button.isEnabled() and not window.menuBar().isEnabled()
        qtbot.waitUntil(lambda: window.ready, timeout=15_000)
        qtbot.waitUntil(lambda: page.model.rowCount() == 150, timeout=15_000)  # then every key
        idle(qtbot, ctx)
        assert _names(page) == expected and page.status.text().startswith("150")
        assert page.new_button.isEnabled() and page.search.isEnabled() and page.edit_button.isEnabled()
        assert window.menuBar().isEnabled() and window.undo_action is not None
        assert any(a.text() == "New &person…" for a in window.menuBar().actions()[0].menu().actions())
    finally:
        ctx.runner.wait()
        window.close()
        if ctx.__dict__.get("db") is not None:
            ctx.db.close()


def test_opens_on_the_page_it_was_closed_on(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.current_page() == "people"  # the first time
    window.show_page("organizations")
    window.close()
    again = MainWindow(window.ctx)
    qtbot.addWidget(again)
    assert again.current_page() == "organizations"
    idle(qtbot, window.ctx)


# -- restore -------------------------------------------------------------------------------------


def test_restore_runs_on_the_worker_with_progress(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    people.create_person(ctx.db, PersonInput(given_name="Amina", family_name="Yusuf"))
    taken = maintenance.backup_now(ctx.db)
    people.create_person(ctx.db, PersonInput(given_name="Later", family_name="Entry"))
    window.show_page("people")
    idle(qtbot, ctx)
    assert window.people.model.rowCount() == 2
    window.restore_from(taken.path)
    assert ctx.runner.busy  # returned at once: the work is on the worker
    dialogs = [d for d in window.findChildren(QProgressDialog)]
    assert len(dialogs) == 1 and "restoring" in dialogs[0].labelText()
    idle(qtbot, ctx)
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 1, timeout=10_000)
    assert _names(window.people) == ["Amina Yusuf"]
    assert "Restored" in window.statusBar().currentMessage()
    assert not [d for d in window.findChildren(QProgressDialog) if shiboken6.isValid(d) and d.isVisible()]


def test_restore_reports_its_steps_and_can_be_cancelled_before_replacing(db: Database) -> None:
    people.create_person(db, PersonInput(given_name="Amina", family_name="Yusuf"))
    taken = maintenance.backup_now(db)
    people.create_person(db, PersonInput(given_name="Later", family_name="Entry"))
    db.close()
    before = dump(db.paths.database)
    asked = []

    def cancel() -> bool:
        asked.append(True)
        return len(asked) >= 2  # after the backup was checked, before anything is replaced

    try:
        maintenance.restore_backup(db.paths.root, taken.path, cancel=cancel)
    except Cancelled:
        pass
    else:
        raise AssertionError("not cancelled")
    assert dump(db.paths.database) == before
    steps: list[tuple[int, int]] = []
    maintenance.restore_backup(db.paths.root, Path(taken.path), progress=lambda d, t: steps.append((d, t)))
    assert steps == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]


# -- organization lists in open forms ------------------------------------------------------------


def test_person_form_follows_organization_changes(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    org = organizations.create_organization(ctx.db, OrganizationInput(name="Université de Dakar"))
    amina = people.create_person(ctx.db, PersonInput(given_name="Amina", family_name="Yusuf", organization_id=org.id))
    dialog = PersonDialog(ctx, amina, window)
    dialog.open()
    idle(qtbot, ctx)
    assert dialog.organization.currentText() == "Université de Dakar"

    db = ctx.db  # another window adds one and renames the chosen one
    ctx.runner.run(
        lambda _p, _c: organizations.create_organization(db, OrganizationInput(name="Kenya IP Office")),
        changes=changes.ORGANIZATIONS,
    )
    ctx.runner.run(
        lambda _p, _c: organizations.update_organization(db, org.id, OrganizationInput(name="UCAD Dakar")),
        changes=changes.ORGANIZATIONS,
    )
    idle(qtbot, ctx)
    items = [dialog.organization.itemText(i) for i in range(dialog.organization.count())]
    assert "Kenya IP Office" in items and "Université de Dakar" not in items
    assert dialog.organization.currentText() == "UCAD Dakar"  # still chosen, with its new name
    dialog.save_button.click()
    idle(qtbot, ctx)
    assert people.get_person(ctx.db, amina.id).data.organization_id == org.id


def test_organization_filter_follows_changes(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    org = organizations.create_organization(ctx.db, OrganizationInput(name="Université de Dakar"))
    window.show_page("people")
    idle(qtbot, ctx)
    box = window.people.organization
    box.showPopup()
    idle(qtbot, ctx)
    box.hidePopup()
    box.setCurrentIndex(box.findText("Université de Dakar"))
    idle(qtbot, ctx)
    db = ctx.db
    ctx.runner.run(
        lambda _p, _c: organizations.update_organization(db, org.id, OrganizationInput(name="UCAD Dakar")),
        changes=changes.ORGANIZATIONS,
    )
    idle(qtbot, ctx)
    assert box.currentText() == "UCAD Dakar" and box.organization_id() == org.id


# -- contact-person picker -----------------------------------------------------------------------


def _pick(dialog: OrganizationDialog, qtbot, typed: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    dialog.contact.clear()
    qtbot.keyClicks(dialog.contact, typed)
    model = dialog.contact.completer().model()
    qtbot.waitUntil(lambda: any(wanted in model.index(r, 0).data() for r in range(model.rowCount())), timeout=5000)
    label = next(model.index(r, 0).data() for r in range(model.rowCount()) if wanted in model.index(r, 0).data())
    dialog.contact.completer().activated.emit(label)


def test_contact_person_is_picked_by_typing(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    amina = people.create_person(ctx.db, PersonInput(given_name="Amina", family_name="Yusuf"))
    people.create_person(ctx.db, PersonInput(given_name="Ivan", family_name="Иванов"))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = next(d for d in window.findChildren(OrganizationDialog) if d.isVisible())
    qtbot.keyClicks(dialog.name, "Inventors SA")
    _pick(dialog, qtbot, "yus", "Amina Yusuf")
    assert dialog.contact.text().startswith("Amina Yusuf · KE-NBO-")
    dialog.save_button.click()
    idle(qtbot, ctx)
    saved = organizations.search_organizations(ctx.db, "inventors")[0]
    assert saved.data.contact_person_id == amina.id

    edit = OrganizationDialog(ctx, saved, window)  # editing shows who it is, and changes it
    edit.open()
    idle(qtbot, ctx)
    assert edit.contact.text().startswith("Amina Yusuf")
    _pick(edit, qtbot, "ivanov", "Иванов")  # any script: Latin letters find the Cyrillic name
    edit.save_button.click()
    idle(qtbot, ctx)
    contact = organizations.get_organization(ctx.db, saved.id).data.contact_person_id
    assert contact is not None and people.get_person(ctx.db, contact).data.family_name == "Иванов"


def test_contact_typed_but_not_picked_is_refused_at_the_field(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    amina = people.create_person(ctx.db, PersonInput(given_name="Amina", family_name="Yusuf"))
    org = organizations.create_organization(ctx.db, OrganizationInput(name="Inventors SA", contact_person_id=amina.id))
    dialog = OrganizationDialog(ctx, org, window)
    dialog.open()
    idle(qtbot, ctx)
    dialog.contact.clear()
    qtbot.keyClicks(dialog.contact, "somebody unknown")
    dialog.save_button.click()
    error = dialog.form.errors["contact_person_id"]
    assert error.isVisible() and "Pick one from the list" in error.text()
    assert shiboken6.isValid(dialog) and dialog.isVisible()
    dialog.contact.clear()  # empty: no contact person
    dialog.save_button.click()
    idle(qtbot, ctx)
    assert organizations.get_organization(ctx.db, org.id).data.contact_person_id is None


# -- page jumps ----------------------------------------------------------------------------------


def test_a_jump_fetches_what_the_view_shows_in_one_query(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    generate_demo(window.ctx.db, 600)
    window.show_page("people")
    idle(qtbot, window.ctx)
    page = window.people
    table, model = page.table, page.model
    shown = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    fetched: list[int] = []
    real = model._fetch
    model._fetch = lambda keys: (fetched.append(len(keys)), real(keys))[1]  # type: ignore[method-assign]
    table.scrollTo(model.index(400, 1), table.ScrollHint.PositionAtTop)
    table.viewport().repaint()
    assert len(fetched) == 1 and shown <= fetched[0] <= shown + 3  # one query, no more rows than fit
    top = table.rowAt(0)
    assert all(model.data(model.index(r, 1)) for r in range(top, top + shown))
    assert len(fetched) == 1
    hidden = [c for c in range(model.columnCount()) if table.isColumnHidden(c)]
    assert hidden and model.data(model.index(top, hidden[0]))  # formatted when asked all the same


def test_opened_search_hit_is_selected_right_to_left(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from innov_desktop.gui.app import make_application

    amina = people.create_person(ctx.db, PersonInput(given_name="Amina", family_name="Yusuf"))
    people.create_person(ctx.db, PersonInput(given_name="Otieno", family_name="Kamau"))
    make_application(language="ar")
    try:
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        idle(qtbot, ctx)
        w.global_search.found = {"hit": ("people", amina.number)}
        w.global_search.open_hit("hit")
        idle(qtbot, ctx)
        qtbot.waitUntil(lambda: bool(w.people.table.selectionModel().selectedRows()), timeout=5_000)
        rows = w.people.table.selectionModel().selectedRows()
        assert w.people.model.rowCount() == 2  # the whole list, the hit selected in it
        assert [r.row() for r in rows] == [1] and "Amina Yusuf" in w.people.detail.text()  # after Kamau
    finally:
        make_application(language="en")


def test_deleted_contact_is_said_at_the_field_and_can_be_cleared(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    amina = people.create_person(ctx.db, PersonInput(given_name="Amina", family_name="Yusuf"))
    org = organizations.create_organization(ctx.db, OrganizationInput(name="Inventors SA", contact_person_id=amina.id))
    people.delete_person(ctx.db, amina.id)
    dialog = OrganizationDialog(ctx, org, window)
    dialog.open()
    idle(qtbot, ctx)
    error = dialog.form.errors["contact_person_id"]
    assert error.isVisible() and "no longer exists" in error.text() and dialog.contact.text() == ""
    dialog.save_button.click()  # saved without the removed contact
    idle(qtbot, ctx)
    assert organizations.get_organization(ctx.db, org.id).data.contact_person_id is None


def test_first_frame_needs_neither_sqlalchemy_nor_the_qt_namespace(db: Database) -> None:
    """What makes the start fast (README, Development): the first rows are painted before
    SQLAlchemy loads and before PySide6 creates the Qt namespace's enums (gui/lazy_qt.py)."""
    import subprocess
    import sys

    generate_demo(db, 80)
    db.close()
    script = (
        "import os, sys\n"
        "from innov_desktop.gui.app import make_application, start_window\n"
        "from innov_desktop.paths import DataPaths\n"
        "import PySide6.QtCore as core\n"
        "make_application(language='en')\n"
        f"window, ctx = start_window(DataPaths.resolve({str(db.paths.root)!r}), interactive=False)\n"
        "seen = []\n"
        "window.people.table.painted.connect(lambda: seen.append(("
        "window.people.model.rowCount(), 'sqlalchemy' in sys.modules, 'Qt' in core.__dict__)))\n"
        "from innov_desktop.gui.app import pump\n"
        "while not seen: pump(5)\n"
        "print(seen[0]); sys.stdout.flush(); os._exit(0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "(64, False, False)", done.stderr


def test_roles_as_plain_numbers_are_qts() -> None:
    from innov_desktop.gui.tables import DISPLAY_ROLE, ROW_ROLE

    assert Qt.ItemDataRole.DisplayRole.value == DISPLAY_ROLE
    assert Qt.ItemDataRole.UserRole.value + 1 == ROW_ROLE


def test_clicking_a_column_title_sorts_in_sql(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    for given, born in (("Amina", date(1990, 1, 1)), ("Baraka", date(1970, 1, 1)), ("Chen", date(1980, 1, 1))):
        people.create_person(window.ctx.db, PersonInput(given_name=given, family_name="Yusuf", birth_date=born))
    window.show_page("people")
    idle(qtbot, window.ctx)
    header = window.people.table.horizontalHeader()
    assert header.model().headerData(3, Qt.Orientation.Horizontal) == "Born"  # the titles' own model
    x = header.sectionViewportPosition(3) + header.sectionSize(3) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    idle(qtbot, window.ctx)
    births = [window.people.model.record(r).data.birth_date for r in range(3)]
    assert births == sorted(births)
    assert header.sortIndicatorSection() == 3


def test_an_organization_type_from_a_newer_version_stays_through_the_form(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The form shows the stored word as the chosen type, and saving another change keeps it (the
    first type of the list would otherwise replace it unseen)."""
    import sqlite3

    ctx = window.ctx
    org = organizations.create_organization(ctx.db, OrganizationInput(name="Makers Hub"))
    conn = sqlite3.connect(ctx.db.paths.database)
    conn.execute("UPDATE organization SET type = 'makerspace' WHERE id = ?", (org.id.hex,))
    conn.commit()
    conn.close()
    dialog = OrganizationDialog(ctx, organizations.get_organization(ctx.db, org.id), window)
    dialog.open()
    idle(qtbot, ctx)
    assert dialog.type.currentText() == "makerspace"
    dialog.city.setText("Kisumu")
    dialog.save_button.click()
    idle(qtbot, ctx)
    saved = organizations.get_organization(ctx.db, org.id).data
    assert (saved.type.value, saved.city) == ("makerspace", "Kisumu")
