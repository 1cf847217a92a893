"""The minimal people window on real widgets (offscreen): rows load in pages, search filters,
and the table model passes Qt's model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from innov_desktop.gui.app import make_application
from innov_desktop.gui.main_window import MainWindow
from innov_desktop.gui.people_model import PAGE, ROW_ROLE, Column, PeopleModel
from innov_desktop.services import people
from innov_desktop.services.demo import generate_demo
from innov_desktop.services.setup import info
from innov_desktop.store.database import Database


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    make_application()
    generate_demo(db, PAGE * 2 + 50)
    w = MainWindow(db, info(db))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_rows_arrive_in_pages_as_the_view_scrolls(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = window.model
    assert model.rowCount() == PAGE  # only the first page is loaded
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == PAGE * 2 + 50
    names = [model.data(model.index(r, Column.NAME)) for r in range(model.rowCount())]
    assert len(set(model.data(model.index(r, Column.NUMBER)) for r in range(model.rowCount()))) == len(names)
    assert window.count_label.text() == "450 people"


def test_search_field_filters_as_you_type(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.search, "ramirez jo")
    qtbot.waitUntil(lambda: window.model.rowCount() < PAGE)
    shown = {window.model.data(window.model.index(r, Column.NAME)) for r in range(window.model.rowCount())}
    assert {"José Ramírez", "JOSE RAMIREZ"} <= shown
    assert all("ram" in name.lower() for name in shown)
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == PAGE)


def test_ctrl_k_focuses_search(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus)


def test_people_model_passes_qt_model_tester(qtmodeltester, db: Database) -> None:  # type: ignore[no-untyped-def]
    generate_demo(db, 30)
    model = PeopleModel(lambda o, n: people.list_people(db, o, n), people.count_people(db))
    qtmodeltester.check(model, force_py=True)
    row = model.data(model.index(0, 0), ROW_ROLE)
    assert isinstance(row, people.Person)


def test_phone_stays_left_to_right_in_arabic_layout(qtbot, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    people.create_person(db, people.PersonInput(given_name="فاطمة", family_name="الزهراء", phone="0712345678"))
    monkeypatch.setenv("INNOV_DESKTOP_LANG", "ar")
    app = make_application()
    try:
        w = MainWindow(db, info(db))
        qtbot.addWidget(w)
        assert w.isRightToLeft()
        text = w.model.data(w.model.index(0, Column.PHONE))
        assert text == "\u2066+254712345678\u2069"
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
