"""Paths in Arabic sentences keep their own left-to-right order (one helper for all of them)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.dialogs import PreferencesDialog
from innov_desktop.services.setup import info
from tests.gui.test_spreadsheets_gui import _left_to_right


def test_the_backups_folder_reads_left_to_right_in_arabic(qtbot, ctx: GuiContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from innov_desktop.gui.app import make_application

    about = info(ctx.db)
    make_application(language="ar")
    try:
        dialog = PreferencesDialog(ctx.settings, about)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.isRightToLeft()
        folder = str(about.backups)
        label = next(w for w in dialog.findChildren(QLabel) if folder in w.text())
        assert _left_to_right(label.text(), folder)  # its leading slash where it belongs
        dialog.grab().save(str(tmp_path / "preferences-ar.png"))
    finally:
        make_application(language="en")
