"""The screens staff use all day, driven through the real widgets."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from innov_desktop.domain.models import OrganizationInput, PersonInput
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.main_window import MainWindow
from innov_desktop.gui.people.duplicates import DuplicatesDialog, MergeDialog
from innov_desktop.gui.people.form import PersonDialog
from innov_desktop.gui.tables import ROW_ROLE
from innov_desktop.services import organizations, people
from innov_desktop.services.demo import generate_demo
from tests.gui.conftest import idle, plain


def _names(page) -> list[str]:  # type: ignore[no-untyped-def]
    m = page.model
    return [plain(m.data(m.index(r, 1))) for r in range(m.rowCount())]


def _open_people(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_page("people")
    idle(qtbot, window.ctx)


def _person_dialog(window: MainWindow) -> PersonDialog:
    dialogs = [d for d in window.findChildren(PersonDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_create_find_edit_delete_undo(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx, page = window.ctx, window.people
    _open_people(window, qtbot)
    assert page.model.rowCount() == 0

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _person_dialog(window)
    qtbot.keyClicks(dialog.given, "Amina")
    qtbot.keyClicks(dialog.family, "Yusuf")
    qtbot.keyClicks(dialog.email, "amina@uni.example")
    qtbot.keyClicks(dialog.phone, "0712 345 678")
    dialog.save_button.click()
    idle(qtbot, ctx)
    assert not shiboken6.isValid(dialog)  # closed and freed
    assert _names(page) == ["Amina Yusuf"]
    phone = page.model.data(page.model.index(0, 6))
    assert "+254712345678" in phone  # stored in international form

    people.create_person(ctx.db, PersonInput(given_name="Otieno", family_name="Kamau"))
    page.reload()
    idle(qtbot, ctx)
    qtbot.keyClicks(page.search, "yus")
    qtbot.waitUntil(lambda: _names(page) == ["Amina Yusuf"], timeout=5000)
    idle(qtbot, ctx)

    page.table.selectRow(0)
    assert "amina@uni.example" in page.detail.text()
    page.edit_button.click()
    dialog = _person_dialog(window)
    dialog.family.setText("Mohammed")
    dialog.save_button.click()
    idle(qtbot, ctx)
    page.search.clear()
    qtbot.waitUntil(lambda: sorted(_names(page)) == ["Amina Mohammed", "Otieno Kamau"], timeout=5000)
    idle(qtbot, ctx)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    row = _names(page).index("Amina Mohammed")
    page.table.selectRow(row)
    page.delete_button.click()
    idle(qtbot, ctx)
    assert _names(page) == ["Otieno Kamau"]
    assert window.undo_action.isEnabled() and "Amina Mohammed" in window.undo_action.text()

    window.undo_action.trigger()  # undo the delete
    idle(qtbot, ctx)
    assert sorted(_names(page)) == ["Amina Mohammed", "Otieno Kamau"]
    window.undo_action.trigger()  # undo the edit
    idle(qtbot, ctx)
    assert sorted(_names(page)) == ["Amina Yusuf", "Otieno Kamau"]


def test_validation_messages_appear_at_the_field(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    _open_people(window, qtbot)
    window.people.open_form(None)
    dialog = _person_dialog(window)
    dialog.given.setText("Amina")
    dialog.birth.setText("31/02/1990")
    dialog.save_button.click()
    idle(qtbot, ctx)
    assert dialog.isVisible()
    assert "Not a date" in dialog.form.errors["birth_date"].text()
    dialog.birth.setText(f"{date.today().year + 1}-01-01")
    dialog.email.setText("amina-at-example")
    dialog.save_button.click()
    idle(qtbot, ctx)
    assert dialog.isVisible()
    assert "future" in dialog.form.errors["birth_date"].text()
    assert "e-mail" in dialog.form.errors["email"].text().lower()
    assert not dialog.form.errors["given_name"].isVisible()
    assert people.count_people(ctx.db) == 0


def test_duplicate_warning_while_typing(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    generate_demo(ctx.db, 50)  # holds José Ramírez, born 1984-03-14
    _open_people(window, qtbot)
    window.people.open_form(None)
    dialog = _person_dialog(window)
    qtbot.keyClicks(dialog.given, "Jose")
    qtbot.keyClicks(dialog.family, "RAMIREZ")
    assert not dialog.duplicates_box.isVisible()
    qtbot.keyClicks(dialog.birth, "14/03/1984")
    qtbot.waitUntil(dialog.duplicates_box.isVisible, timeout=5000)
    shown = [dialog.duplicates.item(i).text() for i in range(dialog.duplicates.count())]
    assert any("José Ramírez" in s and "similar name, same birth date" in s for s in shown)


def test_merge_moves_links_and_leaves_a_pointer(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    a = people.create_person(
        ctx.db,
        PersonInput(given_name="José", family_name="Ramírez", birth_date=date(1984, 3, 14), email="jr@uni.example"),
    )
    b = people.create_person(
        ctx.db,
        PersonInput(given_name="JOSE", family_name="RAMIREZ", birth_date=date(1984, 3, 14), phone="+525512345678"),
    )
    org = organizations.create_organization(ctx.db, OrganizationInput(name="Inventors SA", contact_person_id=b.id))
    finder = DuplicatesDialog(ctx, window)
    finder.open()
    finder.search()
    idle(qtbot, ctx)
    assert finder.tree.topLevelItemCount() == 1
    finder.tree.setCurrentItem(finder.tree.topLevelItem(0))
    assert finder.merge_button.isEnabled()
    finder.merge_button.click()
    merge = next(d for d in finder.findChildren(MergeDialog) if d.isVisible())
    merge.choices["phone"].button(1).setChecked(True)  # keep B's phone on A
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    merge.merge_button.click()
    idle(qtbot, ctx)
    kept = people.get_person(ctx.db, a.id)
    assert kept.data.phone == "+525512345678" and kept.data.email == "jr@uni.example"
    assert organizations.get_organization(ctx.db, org.id).data.contact_person_id == a.id
    conn = sqlite3.connect(ctx.db.paths.database)
    row = conn.execute("SELECT deleted, merged_into FROM person WHERE id = ?", (b.id.hex,)).fetchone()
    conn.close()
    assert row == (1, a.id.hex)
    assert finder.tree.topLevelItemCount() == 0  # the view refreshed itself


def test_table_models_pass_the_qt_model_tester(window: MainWindow, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    generate_demo(window.ctx.db, 450)
    _open_people(window, qtbot)
    qtmodeltester.check(window.people.model, force_py=True)
    assert window.people.model.data(window.people.model.index(449, 0), ROW_ROLE) is not None
    window.show_page("organizations")
    idle(qtbot, window.ctx)
    qtmodeltester.check(window.organizations.model, force_py=True)


def test_global_search_opens_the_record(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    generate_demo(window.ctx.db, 100)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.global_search.hasFocus()
    qtbot.keyClicks(window.global_search, "ivanova")  # Latin letters find the Cyrillic name
    qtbot.waitUntil(lambda: any("Иванова" in s for s in window.global_search.hits.stringList()), timeout=5000)
    label = next(s for s in window.global_search.hits.stringList() if "Иванова" in s)
    window.global_search.open_hit(label)
    idle(qtbot, window.ctx)
    assert window.current_page() == "people"
    qtbot.waitUntil(lambda: "Иванова" in window.people.detail.text(), timeout=5000)


def test_sorting_and_filters_happen_in_sql(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    generate_demo(window.ctx.db, 300)
    _open_people(window, qtbot)
    page = window.people
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # born, newest first
    idle(qtbot, window.ctx)
    births = [page.model.record(r).data.birth_date for r in range(page.model.rowCount())]
    known = [b for b in births if b]
    assert known == sorted(known, reverse=True)
    page.sex.setCurrentIndex(page.sex.findText("Female"))
    idle(qtbot, window.ctx)
    assert page.model.rowCount() > 50
    assert all(page.model.record(r).data.sex.value == "F" for r in range(page.model.rowCount()))
    assert page.status.text().startswith(str(page.model.rowCount()))
    page.sex.setCurrentIndex(0)
    page.organization.showPopup()  # the organizations load when the list first opens
    idle(qtbot, window.ctx)
    page.organization.hidePopup()
    assert page.organization.count() > 5
    page.organization.setCurrentIndex(1)
    chosen = page.organization.organization_id()
    idle(qtbot, window.ctx)
    assert 0 < page.model.rowCount() < 300
    assert all(page.model.record(r).data.organization_id == chosen for r in range(page.model.rowCount()))


def test_column_choice_and_layout_are_remembered(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    email = [c.key for c in first.people.model.columns].index("email")
    first.people.columns_button.menu().actions()[email].setChecked(False)
    first.resize(first.width(), 700)
    first.splitter.setSizes([150, 900])
    nav_width = first.splitter.sizes()[0]
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.people.table.isColumnHidden(email)
    assert second.height() == 700
    assert second.splitter.sizes()[0] == nav_width


def test_arabic_is_right_to_left_and_numbers_stay_readable(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from innov_desktop.gui.app import make_application

    people.create_person(ctx.db, PersonInput(given_name="فاطمة", family_name="الزهراء", phone="0712345678"))
    app = make_application(language="ar")
    try:
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        assert w.isRightToLeft()
        w.show_page("people")
        idle(qtbot, ctx)
        assert w.people.model.data(w.people.model.index(0, 6)) == "\u2066+254712345678\u2069"
    finally:
        make_application(language="en")
    assert not app.isRightToLeft()


def test_pseudo_language_marks_every_string(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from innov_desktop.gui.app import make_application

    monkeypatch.setenv("INNOV_DESKTOP_PSEUDO", "1")
    make_application(language="en")
    try:
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        titles = [w.nav.item(i).text() for i in range(w.nav.count())]
        assert all(t.startswith("⟦") and t.endswith("⟧") for t in titles)
        assert w.people.search.placeholderText().startswith("⟦")
    finally:
        monkeypatch.delenv("INNOV_DESKTOP_PSEUDO")
        make_application(language="en")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_screenshot_command(tmp_path, lang: str) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    d = tmp_path / "d"
    base = [sys.executable, "-m", "innov_desktop", "--data-dir", str(d)]
    assert subprocess.run([*base, "demo", "--people", "40"], capture_output=True, timeout=120).returncode == 0
    out = tmp_path / f"people-{lang}.png"
    r = subprocess.run(
        [*base, "--screenshot", str(out), "--page", "people", "--lang", lang],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    image = QImage(str(out))
    assert image.width() >= 800 and image.height() >= 500


def test_editing_keeps_the_organization_and_stale_undo_is_refused(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    org = organizations.create_organization(ctx.db, OrganizationInput(name="Université de Dakar"))
    p = people.create_person(ctx.db, PersonInput(given_name="Awa", family_name="Diop", organization_id=org.id))
    _open_people(window, qtbot)
    window.people.table.selectRow(0)
    window.people.edit_button.click()
    dialog = _person_dialog(window)
    idle(qtbot, ctx)  # the organization list arrives
    dialog.notes.setPlainText("met at the 2026 fair")
    dialog.save_button.click()
    idle(qtbot, ctx)
    saved = people.get_person(ctx.db, p.id)
    assert saved.data.organization_id == org.id and saved.data.notes == "met at the 2026 fair"
    # someone changes the record after the edit: undoing the edit must not overwrite that
    people.update_person(ctx.db, p.id, PersonInput(**{**_fields(saved.data), "family_name": "Ndiaye"}))
    errors: list[object] = []
    ctx.runner.failed.disconnect(window.show_error)
    ctx.runner.failed.connect(errors.append)
    window.undo_action.trigger()
    idle(qtbot, ctx)
    assert errors and "cannot be undone" in errors[0].message  # type: ignore[attr-defined]
    assert people.get_person(ctx.db, p.id).data.family_name == "Ndiaye"


def _fields(data: PersonInput) -> dict:  # type: ignore[type-arg]
    from dataclasses import asdict

    return asdict(data)


def test_the_details_pane_reads_from_the_right_in_arabic(qtbot, window: MainWindow, ctx: GuiContext) -> None:  # type: ignore[no-untyped-def]
    """Right to left, each label stands at the right with its value after it (to its left, or on
    the next line when too long), the title at the right; a phone number keeps its order."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    people.create_person(ctx.db, PersonInput(given_name="Amina", family_name="Yusuf", phone="+254712345678"))
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # type: ignore[union-attr]
    try:
        page = window.people
        _open_people(window, qtbot)
        page.reload()
        idle(qtbot, ctx)
        qtbot.waitUntil(lambda: _names(page) == ["Amina Yusuf"], timeout=5000)
        idle(qtbot, ctx)
        qtbot.waitUntil(lambda: page.model.record(0) is not None, timeout=5000)  # fetched when painted
        page.select_key(page.model.keys[0])
        text = page.detail.text()
        assert text.startswith("<div align='right'>")
        phone = text.index("+254712345678")
        label = text.index(">Phone<")
        assert label < phone and "</td>" not in text[label:phone]  # after its label, in the same line
        assert text[phone - 2 : phone] == "\u2066\u202d"  # left to right, drawn as typed
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # type: ignore[union-attr]


def _ink_columns(image, top: int, bottom: int) -> list[int]:  # type: ignore[no-untyped-def]
    """The x of every column with dark pixels between `top` and `bottom` (text drawn there)."""
    return [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).lightness() < 100 for y in range(top, min(bottom, image.height())))
    ]


def test_the_home_page_reads_from_the_right_in_arabic(qtbot, window: MainWindow, ctx: GuiContext) -> None:  # type: ignore[no-untyped-def]
    """Right to left, the center's name (a Latin title) and the figures stand at the right, each
    figure's name at the right of its number; left to right, all of it at the left."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    organizations.create_organization(ctx.db, OrganizationInput(name="Makers Hub"))
    app = QApplication.instance()
    label = window.home.text
    for direction in (Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight):
        app.setLayoutDirection(direction)  # type: ignore[union-attr]
        try:
            window.show_page("home")
            window.home.reload()
            idle(qtbot, ctx)
            image = label.grab().toImage()
            middle = image.width() // 2
            title = _ink_columns(image, 16, 50)  # the <h2> line, below the label's margin
            figures = _ink_columns(image, 50, 140)
            rtl = direction == Qt.LayoutDirection.RightToLeft
            assert title and figures
            if rtl:
                assert min(title) > middle and min(figures) > middle, (min(title), min(figures), middle)
            else:
                assert max(title) < middle and max(figures) < middle, (max(title), max(figures), middle)
        finally:
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # type: ignore[union-attr]


def test_a_birth_date_known_only_by_its_year_shows_the_year(qtbot, window: MainWindow, ctx: GuiContext) -> None:  # type: ignore[no-untyped-def]
    """HQ holds a person without consent with the birth year alone (stored as 1 January) and no
    name: the list and the details say 1985, not 1985-01-01, and that the name was not shared; a
    full date shows whole."""
    from innov_desktop.gui.people.page import person_columns
    from innov_desktop.store import syncmeta

    held = people.create_person(ctx.db, PersonInput(given_name="", family_name="Unknown", birth_date=date(1985, 1, 1)))
    people.create_person(ctx.db, PersonInput(given_name="Wanjiru", family_name="Kamau", birth_date=date(1990, 1, 1)))
    unknown = syncmeta.UNKNOWN_STAMP
    meta = syncmeta.dump(
        {"_": [5, "KE-NBO", 3, "KE-NBO"], "birth_date": unknown, "given_name": unknown, "family_name": unknown}
    )
    conn = sqlite3.connect(ctx.db.paths.database)
    blank = "UPDATE person SET sync_meta = ?, given_name = '', family_name = '' WHERE id = ?"
    conn.execute(blank, (meta, held.id.hex))
    conn.commit()
    conn.close()
    page = window.people
    _open_people(window, qtbot)
    page.reload()
    idle(qtbot, ctx)
    qtbot.waitUntil(lambda: sorted(_names(page)) == ["(name not shared)", "Wanjiru Kamau"], timeout=5000)
    born = [c.key for c in person_columns()].index("born")
    shown = {_names(page)[r]: plain(page.model.data(page.model.index(r, born))) for r in range(2)}
    assert shown == {"(name not shared)": "1985", "Wanjiru Kamau": "1990-01-01"}
    row = _names(page).index("(name not shared)")
    page.select_key(page.model.keys[row])
    text = page.detail.text()
    assert "1985" in text and "1985-01-01" not in text and "<h3>(name not shared)</h3>" in text
