"""Start of the GUI: application object, language, crash handler, database opening, first-run
setup, main window; and the screenshot mode used for documentation and support."""

from __future__ import annotations

import logging
import os
import sys
import time
import types
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from innov_desktop.domain.errors import AppError, NotInitialized, ValidationFailed
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.i18n import current_language, install_language
from innov_desktop.gui.labels import error_message
from innov_desktop.gui.runner import OperationRunner
from innov_desktop.gui.settings import Settings
from innov_desktop.gui.undo import UndoManager
from innov_desktop.logs import enable_faulthandler, write_crash_log
from innov_desktop.paths import DataPaths

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


def install_crash_handler(paths: DataPaths, *, interactive: bool = True) -> None:
    """Bugs write a crash log; the person sees the crash dialog (or, without a screen to show it
    on, one line on stderr and the application ends with status 70)."""
    enable_faulthandler(paths.logs)

    def hook(kind: type[BaseException], exc: BaseException, tb: types.TracebackType | None) -> None:
        from innov_desktop.gui.dialogs import CrashDialog

        log = write_crash_log(paths.logs, exc.with_traceback(tb))
        if interactive:
            CrashDialog(log).exec()
        else:
            print(f"innov-desktop: internal error ({kind.__name__}); details in {log}", file=sys.stderr)
            QCoreApplication.exit(70)
            os._exit(70)

    sys.excepthook = hook


def build_context(paths: DataPaths, *, interactive: bool = True) -> GuiContext | None:
    """Open the database and make sure this installation has a center identity (first-run setup)."""
    from innov_desktop.gui.dialogs import SetupDialog
    from innov_desktop.services.setup import init_center, open_database, own_center

    try:
        db = open_database(paths.root, verify=True)
    except AppError as exc:
        if not interactive:
            print(f"innov-desktop: error: {exc.message}", file=sys.stderr)
            return None
        QMessageBox.critical(None, QCoreApplication.translate("app", "Cannot open the database"), error_message(exc))
        return None
    center = own_center(db)
    if center is None and not interactive:
        print(f"innov-desktop: error: {NotInitialized(data_dir=str(paths.root)).message}", file=sys.stderr)
        db.close()
        return None
    while center is None:
        dialog = SetupDialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            db.close()
            return None
        try:
            center = init_center(db, dialog.value())
        except ValidationFailed as exc:
            dialog.show_errors(exc)
    runner = OperationRunner()
    return GuiContext(db=db, runner=runner, undo=UndoManager(runner), center=center)


def run_gui(paths: DataPaths, *, screenshot: str | None = None, page: str = "people", lang: str | None = None) -> int:
    from innov_desktop.gui.main_window import MainWindow

    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application(language=lang)
    qInstallMessageHandler(_qt_to_logging)  # Qt's own warnings go to the log file, not the terminal
    install_crash_handler(paths, interactive=not screenshot)
    ctx = build_context(paths, interactive=not screenshot)
    if ctx is None:
        return 1
    try:
        window = MainWindow(ctx)
        window.show()
        if screenshot:
            return _screenshot(app, window, ctx, screenshot, page)
        return app.exec()
    finally:
        ctx.runner.wait()
        ctx.db.close()


def _screenshot(app: QApplication, window: object, ctx: GuiContext, out: str, page: str) -> int:
    from innov_desktop.gui.main_window import PAGES, MainWindow

    assert isinstance(window, MainWindow)
    if page not in PAGES:
        print(f"innov-desktop: error: unknown page {page!r}; one of {', '.join(PAGES)}", file=sys.stderr)
        return 2
    window.show_page(page)
    deadline = time.monotonic() + 20
    settle = 0
    while time.monotonic() < deadline and settle < 5:  # until the runner has been idle a moment
        app.processEvents()
        settle = 0 if ctx.runner.busy else settle + 1
        time.sleep(0.05)
    target = Path(out).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(target)):
        print(f"innov-desktop: error: cannot write the image {target}", file=sys.stderr)
        return 1
    return 0
