"""The global search (Ctrl+K) as a tester used it: Enter opens a hit, "No match" cannot be chosen,
and the opened record is selected in the whole list, not in a list narrowed to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from innov_desktop.domain.enums import Sex
from innov_desktop.domain.models import PersonInput
from innov_desktop.gui.main_window import MainWindow
from innov_desktop.services import people
from tests.gui.conftest import idle


def _people(window: MainWindow) -> dict[str, object]:
    made = {}
    for given, family, sex in (
        ("Amina", "Yusuf", Sex.FEMALE),
        ("Amina", "Odhiambo", Sex.FEMALE),
        ("Otieno", "Kamau", Sex.MALE),
    ):
        made[f"{given} {family}"] = people.create_person(
            window.ctx.db, PersonInput(given_name=given, family_name=family, sex=sex)
        )
    return made


def _type(window: MainWindow, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    window.focus_search()
    QTest.keyClicks(window.global_search, text)


def _popup_shown(window: MainWindow, qtbot) -> object:  # type: ignore[no-untyped-def]
    popup = window.global_search.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    return popup


def _selected_name(window: MainWindow) -> str | None:
    record = window.people.current_record()
    return None if record is None else record.display_name


def test_enter_opens_the_first_hit_typed_fast(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _people(window)
    window.show_page("organizations")
    idle(qtbot, window.ctx)
    _type(window, qtbot, "otieno")
    QTest.keyClick(window.global_search, Qt.Key.Key_Return)  # before the hits are in
    idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: _selected_name(window) == "Otieno Kamau", timeout=5_000)
    assert window.current_page() == "people"


def test_enter_opens_the_highlighted_hit_or_the_first(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _people(window)
    idle(qtbot, window.ctx)
    _type(window, qtbot, "amina")
    popup = _popup_shown(window, qtbot)
    labels = window.global_search.hits.stringList()
    assert len(labels) == 2
    QTest.keyClick(popup, Qt.Key.Key_Return)  # nothing highlighted: the first
    idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: _selected_name(window) == labels[0].split(" · ")[0], timeout=5_000)
    _type(window, qtbot, "amina")
    popup = _popup_shown(window, qtbot)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)  # the second highlighted
    QTest.keyClick(popup, Qt.Key.Key_Return)
    idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: _selected_name(window) == labels[1].split(" · ")[0], timeout=5_000)


def test_no_match_cannot_be_chosen(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _people(window)
    idle(qtbot, window.ctx)
    _type(window, qtbot, "zzzq")
    popup = _popup_shown(window, qtbot)
    assert window.global_search.hits.stringList() == ["No match"]
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    idle(qtbot, window.ctx)
    assert window.global_search.text() == "zzzq"  # not "No match"
    QTest.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(popup.model().index(0, 0)).center()
    )
    assert window.global_search.text() == "zzzq"


def test_the_opened_record_is_selected_in_the_whole_list(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    made = _people(window)
    page = window.people
    idle(qtbot, window.ctx)
    page.sex.setCurrentIndex(page.sex.findData(Sex.FEMALE))  # a filter that hides the one opened
    idle(qtbot, window.ctx)
    assert page.model.rowCount() == 2
    window.global_search.found = {"hit": ("people", made["Otieno Kamau"].number)}
    window.global_search.open_hit("hit")
    idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: _selected_name(window) == "Otieno Kamau", timeout=5_000)
    assert page.search.text() == "" and page.sex.currentIndex() == 0  # nothing left narrowing the list
    assert page.model.rowCount() == 3
    window.global_search.found = {"hit": ("people", made["Amina Yusuf"].number)}
    window.global_search.open_hit("hit")  # shown by the list as it is: no filter to clear
    idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: _selected_name(window) == "Amina Yusuf", timeout=5_000)
    assert page.model.rowCount() == 3
