"""A record form asks before throwing away what was typed (Escape or Cancel closed it at once)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.people.form import PersonDialog


def _question(dialog: PersonDialog) -> QMessageBox | None:
    boxes = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    return boxes[0] if boxes else None


def test_escape_after_typing_asks_and_cancel_keeps_the_form(qtbot, ctx: GuiContext) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.given, "Amina")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _question(dialog) is not None, timeout=3000)
    box = _question(dialog)
    assert box is not None and dialog.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: _question(dialog) is None, timeout=3000)
    assert dialog.isVisible() and dialog.given.text() == "Amina"  # nothing lost

    dialog.reject()  # Cancel again, and this time discard
    qtbot.waitUntil(lambda: _question(dialog) is not None, timeout=3000)
    _question(dialog).button(QMessageBox.StandardButton.Discard).click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    ctx.runner.wait()


def test_a_form_left_as_it_opened_closes_without_a_question(qtbot, ctx: GuiContext) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert _question(dialog) is None
    ctx.runner.wait()
