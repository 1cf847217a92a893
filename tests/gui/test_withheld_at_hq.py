"""At HQ, a person who did not consent to share: named "(name not shared)" in the edit form's
title, and Delete not offered (it would be refused), with the reason in its tooltip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.main_window import MainWindow
from innov_desktop.gui.people.form import PersonDialog
from innov_desktop.services import people as people_service
from innov_desktop.services import sync
from innov_desktop.services.setup import own_center
from tests.gui.conftest import idle
from tests.sync.sites import HQ_CODE, Site, make_site


def test_a_withheld_person_is_named_and_not_offered_for_deletion(  # type: ignore[no-untyped-def]
    qtbot, ctx: GuiContext, tmp_path: Path, monkeypatch
) -> None:
    from tests.sync.sites import link

    center = Site("KE-NBO", ctx.db.paths.root, ctx.db, hq=False)
    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True)
    link(hq, center)
    withheld = center.add_person("Halima", "Njeri", consent_to_share=False, birth_date=date(1985, 6, 14))
    shared = center.add_person("Wambui", "Mwangi", consent_to_share=True, birth_date=date(1990, 3, 2))
    sync.import_bundle(hq.db, center.export_to(tmp_path / "usb"))
    at_hq = GuiContext(db=hq.db, runner=ctx.runner, undo=ctx.undo, center=own_center(hq.db))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text))
    window = MainWindow(at_hq)
    qtbot.addWidget(window)
    try:
        window.show()
        page = window.people
        idle(qtbot, at_hq)
        assert page.model.rowCount() == 2
        dialog = PersonDialog(at_hq, people_service.get_person(hq.db, withheld.id), window)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Edit (name not shared)"
        dialog._dup_timer.stop()
        dialog.close()

        withheld_key = next(k for k in page.model.keys if page.model.record(page.model.row_of_key(k)).id == withheld.id)
        page.select_key(withheld_key)
        assert page.edit_button.isEnabled()  # it can be looked at
        assert not page.delete_button.isEnabled() and "KE\u2011NBO" in page.delete_button.toolTip()
        page.table.setFocus()
        QTest.keyClick(page.table, Qt.Key.Key_Delete)  # the Delete key: not asked, then refused
        idle(qtbot, at_hq)
        assert asked == [] and people_service.get_person(hq.db, withheld.id) is not None

        shared_key = next(k for k in page.model.keys if k != withheld_key)
        page.select_key(shared_key)
        assert page.delete_button.isEnabled() and page.delete_button.toolTip() == ""
        assert people_service.get_person(hq.db, shared.id).data.given_name == "Wambui"
    finally:
        window.close()
        ctx.runner.wait()
        hq.close()
