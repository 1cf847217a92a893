"""Start of the GUI: application object, crash handler, database opening, main window."""

from __future__ import annotations

import logging
import os
import sys
import types
from typing import cast

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMessageLogContext,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from innov_desktop.domain.errors import AppError
from innov_desktop.logs import enable_faulthandler, write_crash_log
from innov_desktop.paths import DataPaths

RTL_LANGUAGES = {"ar", "fa", "he", "ur"}


def _language() -> str:
    return os.environ.get("INNOV_DESKTOP_LANG") or QLocale.system().name().split("_")[0]


def make_application(argv: list[str] | None = None) -> QApplication:
    app = cast(QApplication, QApplication.instance() or QApplication(argv or [sys.argv[0]]))
    QCoreApplication.setOrganizationName("innov-desktop")
    QCoreApplication.setApplicationName("innov-desktop")
    if _language() in RTL_LANGUAGES:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return app


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_to_logging(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger(f"qt.{context.category or 'default'}").log(_QT_LEVELS.get(kind, logging.INFO), message)


def install_crash_handler(paths: DataPaths) -> None:
    enable_faulthandler(paths.logs)

    def hook(kind: type[BaseException], exc: BaseException, tb: types.TracebackType | None) -> None:
        log = write_crash_log(paths.logs, exc.with_traceback(tb))
        QMessageBox.critical(
            None,
            QCoreApplication.translate("crash", "Unexpected error"),
            QCoreApplication.translate(
                "crash", "Something went wrong inside innov-desktop. Details were saved in:\n{log}"
            ).format(log=log),
        )

    sys.excepthook = hook


def run_gui(paths: DataPaths) -> int:
    from innov_desktop.gui.main_window import MainWindow
    from innov_desktop.services.setup import info, open_database

    app = make_application()
    qInstallMessageHandler(_qt_to_logging)  # Qt's own warnings go to the log file, not the terminal
    install_crash_handler(paths)
    try:
        db = open_database(paths.root, verify=True)
    except AppError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Cannot open the database"), exc.message)
        return 1
    try:
        window = MainWindow(db, info(db))
        window.show()
        return app.exec()
    finally:
        db.close()
