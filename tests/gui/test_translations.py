"""Translation files: every interface string and every message template is in them, Arabic is
complete, and a translated window reads Arabic, right to left, with country names in Arabic."""

from __future__ import annotations

import ast
import inspect
import re
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from innov_desktop.domain import errors
from innov_desktop.gui import error_strings
from innov_desktop.gui.i18n import translations_dir

ROOT = Path(__file__).resolve().parents[2]


def _sources(ts: Path) -> set[str]:
    text = ts.read_text(encoding="utf-8")
    return {
        m.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'").replace("&quot;", '"')
        for m in re.findall(r"<source>(.*?)</source>", text, re.S)
    }


def test_message_templates_are_all_listed_for_translation() -> None:
    listed = {
        node.args[1].value
        for node in ast.walk(ast.parse(inspect.getsource(error_strings)))
        if isinstance(node, ast.Call) and len(node.args) == 2 and isinstance(node.args[1], ast.Constant)
        if isinstance(node.args[0], ast.Constant) and node.args[0].value == "errors"
    }
    expected = set(errors.FIELD_MESSAGES.values()) | {
        cls.template
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, errors.AppError) and cls.template != "{summary}"
    }
    assert listed == expected


def test_every_reason_the_code_fills_in_is_listed_for_translation() -> None:
    """A message's `reason` written as a literal anywhere in the package is in the catalogue."""
    import innov_desktop

    root = Path(innov_desktop.__file__).parent
    written = {
        keyword.value.value
        for path in root.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        for keyword in node.keywords
        if keyword.arg == "reason" and isinstance(keyword.value, ast.Constant) and isinstance(keyword.value.value, str)
    }
    assert written and written <= set(error_strings.reasons())


def test_translation_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in (ROOT / "innov_desktop" / "gui").rglob("*.py")]
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    for lang in ("ar", "en"):
        missing = _sources(fresh) - _sources(translations_dir() / f"innov_desktop_{lang}.ts")
        assert not missing, f"run `make translations`, then translate: {sorted(missing)[:5]}"


def test_arabic_is_complete() -> None:
    text = (translations_dir() / "innov_desktop_ar.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert (translations_dir() / "innov_desktop_ar.qm").stat().st_mtime >= 0


def test_arabic_window_reads_arabic(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from innov_desktop.domain.models import PersonInput
    from innov_desktop.gui.app import make_application
    from innov_desktop.gui.labels import error_message
    from innov_desktop.gui.main_window import MainWindow
    from innov_desktop.services import people
    from tests.gui.conftest import idle, plain

    people.create_person(ctx.db, PersonInput(given_name="Amina", family_name="Yusuf", residence_country="KE"))
    make_application(language="ar")
    try:
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        assert w.nav.item(1).text() == "الأشخاص"
        w.show_page("people")
        idle(qtbot, ctx)
        assert plain(w.people.model.data(w.people.model.index(0, 4))) == "كينيا"
        assert w.people.status.text() == "شخص واحد"
        message = error_message(errors.DiskFull(path="/x"))
        assert message.startswith("القرص") and "/x" in message
        assert QCoreApplication.translate("labels", "Female") == "أنثى"
    finally:
        make_application(language="en")


def test_a_messages_reason_is_in_the_language_and_its_path_keeps_its_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The part of a message the code fills in (why a key file cannot be used, what the system
    said about a file) is translated too, and a path stays one left-to-right piece in Arabic."""
    from innov_desktop.gui.app import make_application
    from innov_desktop.gui.labels import error_message

    key = errors.KeyFileInvalid(path="/media/usb/text.xlsx", reason="it is not an innov-desktop public key file")
    written = errors.FileNotWritten(path="/media/usb/out.xlsx", reason="No space left on device")
    odd = errors.FileNotWritten(path="/media/usb/out.xlsx", reason="Something the catalogue lacks")
    assert "it is not an innov-desktop public key file" in error_message(key)
    make_application(language="ar")
    try:
        text = error_message(key)
        assert "ليس ملف مفتاح عام" in text and "not an innov" not in text
        assert "\u2066/media/usb/text.xlsx\u2069" in text
        assert "لا توجد مساحة كافية على القرص" in error_message(written)
        assert "Something the catalogue lacks" in error_message(odd)  # unknown words pass as they came
    finally:
        make_application(language="en")
    assert "\u2066" not in error_message(key)
