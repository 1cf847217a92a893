"""The Sync page driven through its real widgets: export, import with the verification summary,
conflicts side by side and settled with one button."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel

from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.main_window import MainWindow
from innov_desktop.gui.sync_page import SyncPage, VerificationDialog
from innov_desktop.services import people as people_service
from innov_desktop.services import sync
from innov_desktop.services.setup import own_center
from tests.gui.conftest import idle
from tests.sync.sites import HQ_CODE, Site, make_site


def _text(label) -> str:  # type: ignore[no-untyped-def]
    """A label's text without the isolates that keep codes readable right to left."""
    return str(label.text()).replace("\u2068", "").replace("\u2069", "")


def test_export_import_and_settle_a_conflict(qtbot, window: MainWindow, ctx: GuiContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    center = Site("KE-NBO", ctx.db.paths.root, ctx.db, hq=False)
    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True)
    sync.trust_key(hq.db, center.key_file())
    person = center.add_person("Nyokabi", "Wanjiku", consent_to_share=True)
    window.database_ready()
    window.show_page("sync")
    idle(qtbot, ctx)
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    assert sync.key_info(ctx.db).fingerprint in _text(page.identity)
    assert not page.center_box.isVisible()  # a center exports to HQ only

    # a center needs HQ's key before it can export: the message says so
    page.trust(hq.key_file())
    idle(qtbot, ctx)
    assert "CH-HQ" in _text(page.status) and page.peers.rowCount() == 1

    usb = tmp_path / "usb"
    usb.mkdir()
    page.export_to(usb, None)
    idle(qtbot, ctx)
    (made,) = list(usb.iterdir())
    assert "Bundle 1 for CH-HQ" in _text(page.status) and page.history.rowCount() == 1
    sent = [page.history.item(0, j).text() for j in range(page.history.columnCount())]
    assert int(sent[5]) >= 1 and sent[6:10] == ["", "", "", ""]  # what it did is known where it is applied
    sync.import_bundle(hq.db, made)

    # both sides change the same field: the import shows a conflict before anything is written
    center.edit_person(person.id, position="Designer")
    hq.edit_person(person.id, position="Inventor of the year")
    back = hq.export_to(tmp_path / "from-hq", center="KE-NBO")
    page.inspect(back)
    idle(qtbot, ctx)
    dialog = page.findChild(VerificationDialog)
    assert dialog is not None and dialog.isVisible()
    shown = [label.text() for label in dialog.findChildren(type(page.status))]
    assert "CH-HQ" in shown and "1" in shown  # sender, and one conflict expected
    assert people_service.get_person(ctx.db, person.id).data.position == "Designer"  # nothing written yet
    apply = next(b for b in dialog.findChildren(QDialogButtonBox)[0].buttons() if "Apply" in b.text())
    apply.click()
    idle(qtbot, ctx)
    assert "deleted, 1 conflict." in _text(page.status)  # not "1 conflict(s)"
    assert page.tabs.currentIndex() == 1 and page.conflict_model.rowCount() == 1
    window.grab().save(str(tmp_path / "sync-en.png"))

    page.conflict_view.selectRow(0)
    assert "Designer" in page.fields.text() and "Inventor of the year" in page.fields.text()
    page.keep_mine.click()
    idle(qtbot, ctx)
    assert page.conflict_model.rowCount() == 0
    assert people_service.get_person(ctx.db, person.id).data.position == "Designer"
    # the decision travels: HQ takes it without a new conflict
    result = sync.import_bundle(hq.db, center.export_to(usb))
    assert result.conflicts == 0
    assert people_service.get_person(hq.db, person.id).data.position == "Designer"
    assert own_center(ctx.db) is not None
    hq.close()
    _ = dataclasses


def test_hq_chooses_the_center_and_sees_the_registered_keys(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from innov_desktop.gui.app import make_application
    from innov_desktop.gui.runner import OperationRunner
    from innov_desktop.gui.undo import UndoManager

    make_application(language="en")
    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True)
    centers = [make_site(tmp_path / code, code) for code in ("KE-NBO", "GH-ACC")]
    for center in centers:
        sync.trust_key(hq.db, center.key_file())
        sync.trust_key(center.db, hq.key_file())
    runner = OperationRunner()
    ctx = GuiContext(db=hq.db, runner=runner, undo=UndoManager(runner), center=own_center(hq.db))
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    idle(qtbot, ctx)
    assert page.center_box.isVisible() and [page.center_box.itemText(i) for i in range(2)] == ["GH-ACC", "KE-NBO"]
    assert page.peers.rowCount() == 2
    fingerprints = {page.peers.item(r, 2).text() for r in range(2)}
    assert fingerprints == {sync.key_info(c.db).fingerprint for c in centers}
    page.center_box.setCurrentText("KE-NBO")
    out = tmp_path / "usb"
    out.mkdir()
    page.export_to(out, page.center_box.currentText())
    idle(qtbot, ctx)
    (made,) = list(out.iterdir())
    assert made.name == "CH-HQ-to-KE-NBO-00001.innovsync"
    assert sync.import_bundle(centers[0].db, made).added >= 1  # HQ's directory entry, at least
    page.grab().save(str(tmp_path / "sync-hq.png"))
    runner.wait()
    for site in (hq, *centers):
        site.close()


def test_hq_shows_a_person_without_consent_read_only(qtbot, ctx: GuiContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """At HQ, a person whose name and contacts were withheld opens with a note, every field and
    Save disabled; a person shared with consent opens as usual."""
    from innov_desktop.gui.people.form import PersonDialog
    from tests.sync.sites import link

    center = Site("KE-NBO", ctx.db.paths.root, ctx.db, hq=False)
    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True)
    link(hq, center)
    withheld = center.add_person(
        "Halima", "Njeri", phone="+254 712 345678", consent_to_share=False, birth_date=date(1985, 6, 14)
    )
    shared = center.add_person("Wambui", "Mwangi", consent_to_share=True, birth_date=date(1990, 3, 2))
    sync.import_bundle(hq.db, center.export_to(tmp_path / "usb"))
    at_hq = GuiContext(db=hq.db, runner=ctx.runner, undo=ctx.undo, center=own_center(hq.db))

    dialog = PersonDialog(at_hq, people_service.get_person(hq.db, withheld.id))
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.findChild(QLabel, "withheld-note")
    assert note is not None and note.isVisible() and "KE\u2011NBO" in note.text()  # a hyphen that never breaks
    assert not dialog.save_button.isEnabled() and not dialog.given.isEnabled() and not dialog.notes.isEnabled()
    assert dialog.birth.text() == "1985"  # held as its year alone: not shown as 1985-01-01
    dialog.grab().save(str(tmp_path / "withheld.png"))

    open_one = PersonDialog(at_hq, people_service.get_person(hq.db, shared.id))
    qtbot.addWidget(open_one)
    assert open_one.findChild(QLabel, "withheld-note") is None
    assert open_one.save_button.isEnabled() and open_one.given.text() == "Wambui"
    assert open_one.birth.text() == "1990-03-02"
    for shown in (dialog, open_one):  # no duplicate search left to run once HQ's database is closed
        shown._dup_timer.stop()
        shown.close()
    ctx.runner.wait()
    hq.close()


def test_conflict_values_keep_their_order_in_a_right_to_left_layout() -> None:
    """A phone number in the conflict table is drawn left to right in Arabic ("+254 …", not "… 254+")."""
    from innov_desktop.gui.sync_page import _shown
    from innov_desktop.gui.tables import directed

    assert _shown("+254712000888") == directed("+254712000888") != "+254712000888"
    assert _shown("مدير الابتكار") == directed("مدير الابتكار") and _shown(None) == "—" and _shown(True) == "✓"


def test_a_date_and_time_keep_their_order_right_to_left() -> None:
    """ "2026-11-26 14:05" is drawn as read, left to right, in an Arabic window too (the time came
    first): the whole stamp is one left-to-right piece whose characters keep their order."""
    from innov_desktop.gui.tables import when_text

    shown = when_text("2026-11-26T14:05:33+00:00")
    assert shown == "\u2066\u202d2026-11-26 14:05\u202c\u2069"
    assert when_text(None) == "" and when_text("") == ""


def _conflict_at_center(  # type: ignore[no-untyped-def]
    ctx: GuiContext, tmp_path: Path, mine: dict[str, object], theirs: dict[str, object], *, delete_here: bool = False
):
    """A person shared with HQ, then changed on both sides (or deleted here): the conflict, at the center."""
    from tests.sync.sites import link

    center = Site("KE-NBO", ctx.db.paths.root, ctx.db, hq=False)
    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True)
    link(hq, center)
    person = center.add_person("Emeka", "Okafor", position="Engineer", consent_to_share=True)
    sync.import_bundle(hq.db, center.export_to(tmp_path / "usb"))
    if delete_here:
        people_service.delete_person(ctx.db, person.id)
    else:
        center.edit_person(person.id, **mine)
    hq.edit_person(person.id, **theirs)
    assert sync.import_bundle(ctx.db, hq.export_to(tmp_path / "usb", center="KE-NBO")).conflicts == 1
    return hq, person


def _first_conflict(qtbot, window: MainWindow, ctx: GuiContext) -> SyncPage:  # type: ignore[no-untyped-def]
    """The Sync page open on its conflict queue, the first conflict chosen."""
    window.database_ready()
    window.show_page("sync")
    idle(qtbot, ctx)
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    page.tabs.setCurrentIndex(1)
    page.conflict_view.selectRow(0)
    return page


def test_editing_a_conflict_starts_from_an_empty_value_not_null(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: GuiContext, tmp_path: Path, monkeypatch
) -> None:
    """Position emptied here, changed at HQ: Edit offers an empty box (it offered "null", and OK
    then stored the word "null", which travelled)."""
    from PySide6.QtWidgets import QInputDialog

    hq, person = _conflict_at_center(ctx, tmp_path, {"position": None}, {"position": "Inventor"})
    page = _first_conflict(qtbot, window, ctx)
    offered: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (offered.append(k["text"]), ("", True))[1])
    page.edit_conflict()
    idle(qtbot, ctx)
    assert offered == [""]
    assert page.conflict_model.rowCount() == 0
    assert people_service.get_person(ctx.db, person.id).data.position is None
    hq.close()


def test_a_refused_edit_says_why_in_arabic_and_offers_the_typed_text_again(  # type: ignore[no-untyped-def]
    qtbot, ctx: GuiContext, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from innov_desktop.gui.app import make_application

    hq, person = _conflict_at_center(ctx, tmp_path, {"birth_date": date(1990, 5, 1)}, {"birth_date": date(1991, 5, 1)})
    make_application(language="ar")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.database_ready()
        window.show_page("sync")
        idle(qtbot, ctx)
        page = window.page("sync")
        assert isinstance(page, SyncPage) and page.isRightToLeft()
        window.show()
        idle(qtbot, ctx)
        page.tabs.setCurrentIndex(1)
        # selectRow finds no column right to left offscreen: the row is chosen as a click does
        page.conflict_view.setCurrentIndex(page.conflict_model.index(0, 0))
        side_by_side = page.fields.text()  # right to left: the field's name at the right, after the values
        assert side_by_side.index("1990-05-01") < side_by_side.index("تاريخ الميلاد")
        answers = iter([("31/02/1990", True), ("", False)])
        offered: list[str] = []
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (offered.append(k["text"]), next(answers))[1])
        said: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: said.append(text))
        page.edit_conflict()
        idle(qtbot, ctx)
        assert offered == ["1990-05-01", "31/02/1990"]  # the typed text comes back to be corrected
        assert len(said) == 1 and "Birth date" not in said[0] and "تاريخ الميلاد" in said[0]
        assert page.conflict_model.rowCount() == 1  # still to settle; nothing written
        assert people_service.get_person(ctx.db, person.id).data.birth_date == date(1991, 5, 1)  # HQ's, held
    finally:
        make_application(language="en")
        hq.close()


def test_a_conflict_on_roles_shows_them_in_words_and_a_delete_offers_no_edit(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: GuiContext, tmp_path: Path
) -> None:
    from innov_desktop.domain.enums import PersonRole

    hq, person = _conflict_at_center(
        ctx, tmp_path, {"roles": (PersonRole.MENTOR,)}, {"roles": (PersonRole.PARTICIPANT, PersonRole.JUROR)}
    )
    page = _first_conflict(qtbot, window, ctx)
    shown = [page.conflict_model.item(0, j).text() for j in range(4)]
    assert shown[2] == "Mentor" and "Participant" in shown[3] and "Juror" in shown[3]
    assert "participant" not in page.fields.text() and "Juror" in page.fields.text()
    assert page.edit_value.isEnabled()
    hq.close()


def test_an_edit_against_a_delete_offers_keep_or_delete_only(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: GuiContext, tmp_path: Path
) -> None:
    hq, person = _conflict_at_center(ctx, tmp_path, {}, {"position": "Inventor"}, delete_here=True)
    page = _first_conflict(qtbot, window, ctx)
    assert page.keep_mine.isEnabled() and page.keep_theirs.isEnabled()
    assert not page.edit_value.isEnabled()  # it offered Edit, where a typed "false" was the only answer
    hq.close()


def test_a_refused_bundle_does_not_leave_the_last_success_on_the_page(qtbot, ctx: GuiContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The refusal is shown on its own; the status line kept 'Bundle 1 … applied' below it."""
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    idle(qtbot, ctx)
    page.status.setText("Bundle 1 from CH-HQ applied: 3 new, 0 changed, 0 deleted, no conflict.")
    broken = tmp_path / "broken.innovsync"
    broken.write_bytes(b"not a bundle at all")
    page.inspect(broken)
    idle(qtbot, ctx)
    assert "applied" not in page.status.text()


def test_a_refused_organization_value_names_the_field_as_the_forms_do() -> None:
    """An organization's field in a refusal reads as the import names it, in Arabic too (it read
    'sme_size: …')."""
    from innov_desktop.domain.errors import ErrorCode, FieldError, ValidationFailed
    from innov_desktop.gui.app import make_application
    from innov_desktop.gui.labels import error_message

    refused = ValidationFailed([FieldError("sme_size", ErrorCode.UNKNOWN_VALUE, (("allowed", "micro, small"),))])
    assert error_message(refused).startswith("SME size: ")
    make_application(language="ar")
    try:
        shown = error_message(refused)
        assert "sme_size" not in shown and "SME" not in shown
    finally:
        make_application(language="en")


def test_export_from_the_menu_without_a_registered_key_says_why_and_asks_no_folder(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: GuiContext, monkeypatch
) -> None:
    """File > Export a sync bundle opened the folder chooser although no bundle could be made."""
    from PySide6.QtWidgets import QFileDialog

    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: asked.append(a) or "")
    window.database_ready()
    window.export_bundle()  # the page loads after this
    idle(qtbot, ctx)
    page = window.page("sync")
    assert isinstance(page, SyncPage) and page.isVisible()
    assert asked == []
    assert "register the other side" in _text(page.status).lower()


def test_hq_status_bar_names_headquarters(qtbot, ctx: GuiContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """At HQ the status bar read 'Center CH-HQ' and 'Last sync with headquarters: never'."""
    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True)
    at_hq = GuiContext(db=hq.db, runner=ctx.runner, undo=ctx.undo, center=own_center(hq.db))
    window = MainWindow(at_hq)
    qtbot.addWidget(window)
    window.show()
    window.database_ready()
    idle(qtbot, at_hq)
    assert window.identity.text().startswith("Headquarters CH-HQ")
    assert window.last_sync.text() == "No bundle exchanged yet"
    ctx.runner.wait()
    hq.close()
