"""Start of the GUI: application object, language, crash handler, database opening, first-run
setup, main window; and the screenshot mode used for documentation and support."""

from __future__ import annotations

import logging
import os
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog

from innov_desktop.domain.errors import AppError, NotInitialized, ValidationFailed
from innov_desktop.domain.models import Center
from innov_desktop.gui import backend
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.i18n import current_language, install_language
from innov_desktop.gui.labels import error_message
from innov_desktop.gui.runner import OperationRunner
from innov_desktop.gui.settings import Settings
from innov_desktop.gui.undo import UndoManager
from innov_desktop.logs import enable_faulthandler
from innov_desktop.paths import DataPaths

if TYPE_CHECKING:
    from innov_desktop.gui.main_window import MainWindow

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_to_logging(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger(f"qt.{context.category or 'default'}").log(_QT_LEVELS.get(kind, logging.INFO), message)


def make_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    app = cast(QApplication, QApplication.instance() or QApplication(argv or [sys.argv[0]]))
    QCoreApplication.setOrganizationName("innov-desktop")
    QCoreApplication.setApplicationName("innov-desktop")
    install_language(app, current_language(language or Settings().language or None))
    return app


def pump(msecs: int = 1) -> None:
    """Let Qt process events for `msecs`, in Qt's own loop. (A Python loop around
    QApplication.processEvents() is avoided: PySide6 6.12.0 drops a reference to None on every
    call, and after some 100 000 calls the interpreter aborts.)"""
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def install_crash_handler(paths: DataPaths, *, interactive: bool = True) -> None:
    """Bugs write a crash log; the person sees the crash dialog (or, without a screen to show it
    on, one line on stderr and the application ends with status 70)."""
    enable_faulthandler(paths.logs)

    def hook(kind: type[BaseException], exc: BaseException, tb: types.TracebackType | None) -> None:
        from innov_desktop.gui.dialogs import CrashDialog
        from innov_desktop.logs import write_crash_log

        log = write_crash_log(paths.logs, exc.with_traceback(tb))
        if interactive:
            CrashDialog(log).exec()
        else:
            print(f"innov-desktop: internal error ({kind.__name__}); details in {log}", file=sys.stderr)
            QCoreApplication.exit(70)
            os._exit(70)

    sys.excepthook = hook


def start_window(paths: DataPaths, *, interactive: bool = True) -> tuple[MainWindow, GuiContext]:
    """Show the window at once, then open the database on the worker (the storage stack loads
    there); first-run setup when this installation has no center yet."""
    from innov_desktop.gui.main_window import MainWindow

    runner = OperationRunner()
    ctx = GuiContext(db=None, runner=runner, undo=UndoManager(runner), data_paths=paths)  # type: ignore[arg-type]
    window = MainWindow(ctx)
    if window.current_page() == "people":  # its first rows in the first frame, read without the ORM
        from innov_desktop.gui.list_page import FIRST_PAGE
        from innov_desktop.services.quick_start import first_people_page

        first = first_people_page(paths.root, FIRST_PAGE)
        if first is not None:
            window.preview_people(first)
    window.show()

    def open_database(_p: object, _c: object) -> Center | None:
        ctx.db = backend.setup.open_database(paths.root)  # header and schema; pages checked below
        return backend.setup.own_center(ctx.db)

    def opened(center: Center | None) -> None:
        ctx.center = center if center is not None else _first_run(ctx, paths, interactive)
        if ctx.center is None:
            window.close()
            QCoreApplication.exit(1)
            return
        window.database_ready()
        # the quick integrity check reads every page: after the first rows, not before them
        runner.run(lambda _p, _c: backend.maintenance.quick_check(ctx.db))

    def failed(error: AppError) -> bool:
        if interactive:
            from PySide6.QtWidgets import QMessageBox  # imported when needed: a faster start

            QMessageBox.critical(
                window, QCoreApplication.translate("app", "Cannot open the database"), error_message(error)
            )
        else:
            print(f"innov-desktop: error: {error.message}", file=sys.stderr)
        window.close()
        QCoreApplication.exit(1)
        return True

    # a frame after the first one: the worker's imports (the storage stack) would otherwise compete
    # with its painting for the interpreter, and the runner's first use creates Qt's namespace
    start = _Once(lambda: runner.run(open_database, on_done=opened, on_error=failed, owner=window))
    if window.previewing:
        window.people.table.painted.connect(lambda: QTimer.singleShot(16, start))
        QTimer.singleShot(300, start)  # in case the list is never painted (a minimized window)
    else:
        QTimer.singleShot(0, start)
    return window, ctx


class _Once:
    def __init__(self, then: Callable[[], object]) -> None:
        self._then: Callable[[], object] | None = then

    def __call__(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def _first_run(ctx: GuiContext, paths: DataPaths, interactive: bool) -> Center | None:
    """The setup dialog until a valid identity is given (None when the person cancels)."""
    from innov_desktop.gui.dialogs import SetupDialog

    if not interactive:
        print(f"innov-desktop: error: {NotInitialized(data_dir=str(paths.root)).message}", file=sys.stderr)
        return None
    dialog = SetupDialog()
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return backend.setup.init_center(ctx.db, dialog.value())
        except ValidationFailed as exc:
            dialog.show_errors(exc)
        except AppError as exc:  # the disk, the database: say so and stop
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(
                None, QCoreApplication.translate("app", "Cannot open the database"), error_message(exc)
            )
            return None
    return None


def run_gui(paths: DataPaths, *, screenshot: str | None = None, page: str = "people", lang: str | None = None) -> int:
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application(language=lang)
    qInstallMessageHandler(_qt_to_logging)  # Qt's own warnings go to the log file, not the terminal
    install_crash_handler(paths, interactive=not screenshot)
    window, ctx = start_window(paths, interactive=not screenshot)
    try:
        if screenshot:
            return _screenshot(app, window, ctx, screenshot, page)
        return app.exec()
    finally:
        ctx.runner.wait()
        if ctx.__dict__.get("db") is not None:
            ctx.db.close()


def _screenshot(app: QApplication, window: MainWindow, ctx: GuiContext, out: str, page: str) -> int:
    from innov_desktop.gui.main_window import PAGES

    if page not in PAGES:
        print(f"innov-desktop: error: unknown page {page!r}; one of {', '.join(PAGES)}", file=sys.stderr)
        return 2
    window.show_page(page)
    deadline = time.monotonic() + 20
    settle = 0
    while time.monotonic() < deadline and settle < 5:  # the database open, then the runner idle a moment
        pump(50)
        if not window.ready:  # its opening starts a few frames after the first paint
            if not window.isVisible():
                break  # it failed: the window was closed and the reason printed on stderr
            continue
        settle = 0 if ctx.runner.busy else settle + 1
    if not window.ready:
        if window.isVisible():
            print("innov-desktop: error: the database did not open within 20 s", file=sys.stderr)
        return 1
    target = Path(out).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(target)):
        print(f"innov-desktop: error: cannot write the image {target}", file=sys.stderr)
        return 1
    return 0
