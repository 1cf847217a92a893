"""The people list at scale, in process on the offscreen platform: first rows, page jumps and the
memory the list holds."""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def list_measures(data_dir: Path) -> dict[str, float]:
    from innov_desktop.gui.app import make_application, pump
    from innov_desktop.gui.context import GuiContext
    from innov_desktop.gui.people.page import PeoplePage
    from innov_desktop.gui.runner import OperationRunner
    from innov_desktop.gui.undo import UndoManager
    from innov_desktop.services.setup import open_database, own_center

    _app = make_application(language="en")  # kept: the application lives as long as this name
    db = open_database(data_dir)
    runner = OperationRunner()
    ctx = GuiContext(db=db, runner=runner, undo=UndoManager(runner), center=own_center(db))
    rss_before = _rss_mb()
    page = PeoplePage(ctx)
    page.set_actions_enabled(True)  # as the window does once the database is open
    page.resize(1200, 760)
    page.show()
    pump(10)
    loaded: list[int] = []
    page.loaded.connect(loaded.append)
    start = time.perf_counter()
    page.reload()
    while page.model.rowCount() == 0:  # the event loop that delivers the rows also paints them
        pump(1)
    first_rows = (time.perf_counter() - start) * 1000
    while not loaded:  # every key in
        pump(1)
    all_keys = (time.perf_counter() - start) * 1000
    total = page.model.rowCount()
    rng = random.Random(5)
    jumps, paints = [], []
    visible = page.table.viewport().height() // page.table.verticalHeader().defaultSectionSize() + 1
    columns = [c for c in range(page.model.columnCount()) if not page.table.isColumnHidden(c)]  # as the view
    for _ in range(200):  # the model's part of a jump: every visible cell's text, rows fetched by key
        row = rng.randrange(total)
        t = time.perf_counter()
        page.table.scrollTo(page.model.index(row, 1), page.table.ScrollHint.PositionAtTop)
        top = page.table.rowAt(0)
        for r in range(top, min(total, top + visible)):
            for c in columns:
                page.model.data(page.model.index(r, c))
        jumps.append((time.perf_counter() - t) * 1000)
    for _ in range(30):  # and the whole frame, painted by Qt's software rasterizer
        row = rng.randrange(total)
        t = time.perf_counter()
        page.table.scrollTo(page.model.index(row, 1), page.table.ScrollHint.PositionAtTop)
        page.table.viewport().repaint()
        paints.append((time.perf_counter() - t) * 1000)
    rss_list = _rss_mb() - rss_before
    page.close()
    runner.wait()
    db.close()
    return {
        "first_rows_ms": first_rows,
        "all_keys_ms": all_keys,
        "jump_p95_ms": statistics.quantiles(jumps, n=20)[18],
        "jump_paint_p95_ms": statistics.quantiles(paints, n=20)[18],
        "list_rss_mb": rss_list,
        "rows": float(total),
    }


def floor_paint_ms() -> float:
    """Floor for a painted jump: a bare QTableView over an in-memory model of the same shape,
    scrolled and repainted the same way (p95 of 30)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTableView

    _app = QApplication.instance() or QApplication([])
    model = QStandardItemModel(3000, 9)
    for r in range(3000):
        for c in range(9):
            model.setItem(r, c, QStandardItem(f"KE-NBO-{r:06d} Amina Yusuf {c}"))
    view = QTableView()
    view.setModel(model)
    view.resize(900, 680)
    view.show()
    QTest.qWait(10)
    rng = random.Random(5)
    times = []
    for _ in range(30):
        t = time.perf_counter()
        view.scrollTo(model.index(rng.randrange(3000), 1), view.ScrollHint.PositionAtTop)
        view.viewport().repaint()
        times.append((time.perf_counter() - t) * 1000)
    view.close()
    return statistics.quantiles(times, n=20)[18]


def floor_first_rows_ms(db_path: Path) -> float:
    """Floor: the same first 64 rows by one indexed SELECT in bare sqlite3."""
    conn = sqlite3.connect(db_path)
    t = time.perf_counter()
    conn.execute("SELECT * FROM person WHERE deleted = 0 ORDER BY sort_name, pk LIMIT 64").fetchall()
    elapsed = (time.perf_counter() - t) * 1000
    conn.close()
    return elapsed


def floor_page_ms(db_path: Path) -> float:
    """Floor: 48 rows (a page) fetched by primary key in bare sqlite3 (p95 of 60)."""
    conn = sqlite3.connect(db_path)
    top = conn.execute("SELECT max(pk) FROM person").fetchone()[0]
    rng = random.Random(5)
    times = []
    for _ in range(60):
        start = rng.randrange(max(1, top - 48))
        t = time.perf_counter()
        conn.execute("SELECT * FROM person WHERE pk BETWEEN ? AND ?", (start, start + 47)).fetchall()
        times.append((time.perf_counter() - t) * 1000)
    conn.close()
    return statistics.quantiles(times, n=20)[18]


if __name__ == "__main__":
    import json
    import sys

    measures = list_measures(Path(sys.argv[1]))
    measures["floor_paint_ms"] = floor_paint_ms()
    print(json.dumps(measures), flush=True)
    os._exit(0)  # skip interpreter teardown of Qt objects: nothing left to measure
