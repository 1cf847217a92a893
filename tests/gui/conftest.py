"""Real widgets on the offscreen platform, over a real database in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from innov_desktop.gui.app import make_application
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.main_window import MainWindow
from innov_desktop.gui.runner import OperationRunner
from innov_desktop.gui.undo import UndoManager
from innov_desktop.services.setup import Database, own_center


@pytest.fixture
def ctx(qtbot, db: Database) -> Iterator[GuiContext]:  # type: ignore[no-untyped-def]
    make_application(language="en")
    runner = OperationRunner()
    context = GuiContext(db=db, runner=runner, undo=UndoManager(runner), center=own_center(db))
    crashes: list[BaseException] = []
    runner.crashed.connect(crashes.append)
    yield context
    runner.wait()
    if crashes:  # a bug in background work fails the test, with its own traceback
        raise crashes[0]


@pytest.fixture
def window(qtbot, ctx: GuiContext) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def plain(text: str | None) -> str:
    """A cell's text without the direction marks that keep it readable in both layouts."""
    return (text or "").strip("\u2066\u2068\u2069")


def idle(qtbot, ctx: GuiContext) -> None:  # type: ignore[no-untyped-def]
    """Wait until the operation runner has finished everything queued and delivered results."""
    for _ in range(2):  # twice: finished work may queue more (a list's keys after its first rows)
        qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=15_000)
        qtbot.wait(30)
