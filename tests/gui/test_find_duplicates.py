"""Find duplicates as a tester used it: Merge takes the selected person; phones read as typed
and reasons are listed with the language's separator right to left."""

from __future__ import annotations

from innov_desktop.domain.models import PersonInput
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.main_window import MainWindow
from innov_desktop.gui.people.duplicates import DuplicatesDialog, MergeDialog
from innov_desktop.services import people
from tests.gui.conftest import idle, plain
from tests.gui.test_spreadsheets_gui import _left_to_right


def _three_of_one(ctx: GuiContext) -> list:  # type: ignore[type-arg]
    return [
        people.create_person(
            ctx.db,
            PersonInput(given_name="Amina", family_name=family, email="amina@example.org", phone="+254712345678"),
        )
        for family in ("Yusuf", "Yussuf", "Yousouf")
    ]


def test_merge_takes_the_selected_person(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    made = _three_of_one(ctx)
    finder = DuplicatesDialog(ctx, window)
    qtbot.addWidget(finder)
    finder.show()
    finder.search()
    idle(qtbot, ctx)
    group = finder.tree.topLevelItem(0)
    assert group.childCount() == 3
    last = group.child(2)
    chosen = last.data(0, 256)  # Qt.ItemDataRole.UserRole
    finder.tree.setCurrentItem(last)
    finder.merge_button.click()
    merge = next(d for d in finder.findChildren(MergeDialog) if d.isVisible())
    assert merge.people[0].id == chosen.id  # the selected person, not always the group's first two
    assert merge.people[1].id != chosen.id and merge.people[1].id in {p.id for p in made}
    merge.close()
    finder.tree.setCurrentItem(group)  # the group itself: its first two
    finder.merge_button.click()
    merges = [d for d in finder.findChildren(MergeDialog) if d.isVisible()]
    first_two = [group.child(i).data(0, 256).id for i in range(2)]
    assert [p.id for p in merges[-1].people] == first_two
    idle(qtbot, ctx)


def test_phones_read_as_typed_right_to_left(qtbot, ctx: GuiContext) -> None:  # type: ignore[no-untyped-def]
    from innov_desktop.gui.app import make_application

    _three_of_one(ctx)
    make_application(language="ar")
    try:
        finder = DuplicatesDialog(ctx)
        qtbot.addWidget(finder)
        finder.show()
        assert finder.isRightToLeft()
        finder.search()
        idle(qtbot, ctx)
        group = finder.tree.topLevelItem(0)
        phone = group.child(0).text(4)
        assert plain(phone).strip("\u202d\u202c") == "+254712345678"
        assert _left_to_right(phone, "+254712345678")
        assert _left_to_right(group.child(0).text(3), "amina@example.org")
        assert "، " in group.text(0) and ", " not in group.text(0)  # the Arabic comma between reasons
    finally:
        make_application(language="en")
