"""Start-up probes, each run as its own process by the benchmark runner:

    python -m tests.benchmarks.start_probe bare          a bare PySide6 window with an empty table
    python -m tests.benchmarks.start_probe app DATA_DIR  innov-desktop until the people list shows rows
    python -m tests.benchmarks.start_probe shown DATA_DIR  innov-desktop until its window is shown

Both exit as soon as the window is usable; the runner times the whole process."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def bare() -> int:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    _app = QApplication([sys.argv[0]])
    window = QMainWindow()
    table = QTableView()
    table.setModel(QStandardItemModel(0, 8))
    window.setCentralWidget(table)
    window.resize(1200, 760)
    window.show()
    QTest.qWait(1)
    return 0


def app(data_dir: str, until_rows: bool = True) -> int:
    """The same start as `innov-desktop`, stopped when the window is shown and answers input, or
    when the people list shows its first rows."""
    from innov_desktop.gui.app import make_application, pump, start_window
    from innov_desktop.logs import setup_logging
    from innov_desktop.paths import DataPaths

    paths = DataPaths.resolve(data_dir)
    setup_logging(paths.logs)  # as the command line does before it opens the window
    _app = make_application(language="en")
    window, _ctx = start_window(paths, interactive=False)
    window.show_page("people")
    if not until_rows:
        pump(1)  # the first frame
        os._exit(0 if window.isVisible() else 1)
    deadline = time.monotonic() + 30
    while window.people.model.rowCount() == 0 and time.monotonic() < deadline:
        pump(1)
    ok = window.people.model.data(window.people.model.index(0, 1)) is not None
    pump(1)  # and painted: the rows are on screen, and the window has answered its events
    os._exit(0 if ok else 1)  # usable: stop the clock (the runner times the process)


if __name__ == "__main__":
    mode = sys.argv[1]
    sys.exit(bare() if mode == "bare" else app(sys.argv[2], until_rows=mode == "app"))
