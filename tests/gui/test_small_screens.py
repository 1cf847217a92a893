"""The window and the person form on small screens: 1024 pixels wide, 1366 x 768."""

from __future__ import annotations

import pytest

from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.main_window import MainWindow
from innov_desktop.gui.people.form import PersonDialog
from tests.gui.conftest import idle


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_window_fits_1024_pixels(qtbot, ctx: GuiContext, lang: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from innov_desktop.gui.app import make_application

    make_application(language=lang)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        for page in ("organizations", "people"):
            window.show_page(page)
            idle(qtbot, ctx)
            assert window.minimumSizeHint().width() <= 1024, page
        window.resize(1024, 700)
        assert window.width() == 1024
        page = window.people
        for button in (page.columns_button, page.new_button, page.edit_button, page.delete_button, page.export_button):
            assert button.isVisible() and button.width() >= button.sizeHint().width()  # whole, not cut
            assert window.rect().contains(button.mapTo(window, button.rect().bottomRight()))
        for combo in (page.role, page.country, page.sex, page.organization):
            assert combo.isVisible() and window.rect().contains(combo.mapTo(window, combo.rect().bottomRight()))
        window.grab().save(str(tmp_path / f"people-1024-{lang}.png"))
    finally:
        make_application(language="en")


def test_the_person_form_fits_a_1366_by_768_screen(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    # 768 pixels less a task bar and a title bar: about 700 for the form
    assert dialog.height() <= 700 and dialog.minimumSizeHint().height() <= 700
    assert dialog.save_button.isVisible()
    dialog.resize(dialog.width(), 400)  # smaller still: the fields scroll, Save stays in sight
    qtbot.wait(10)
    assert dialog.height() == 400 and dialog.rect().contains(
        dialog.save_button.mapTo(dialog, dialog.save_button.rect().center())
    )
    idle(qtbot, window.ctx)
