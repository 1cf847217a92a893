"""Benchmark runner: prints one table (measure, value, floor measured in the same run, ratio).

    python -m tests.benchmarks                  # 100 000 and 1 000 000 people (several minutes)
    python -m tests.benchmarks --people 20000   # a quick look

Each floor is measured in the same run on the same machine, so a noisy machine still gives a fair
ratio. Databases are generated in a temporary folder (or --keep DIR to reuse them)."""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from innov_desktop.paths import DataPaths
from innov_desktop.services import people
from innov_desktop.services.demo import generate_demo
from innov_desktop.services.setup import open_database


@dataclass
class Row:
    measure: str
    value: float
    unit: str
    floor_name: str
    floor: float
    target: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("nan")


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18]


def bare_insert_seconds(n: int, folder: Path) -> float:
    """Floor for demo generation: the same number of rows of similar width, inserted by sqlite3
    into one table without indexes or full-text search."""
    path = folder / "bare.sqlite"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (id BLOB, given TEXT, family TEXT, email TEXT, phone TEXT, born TEXT, c TEXT)")
    rng = random.Random(1)
    start = time.perf_counter()
    with conn:
        for base in range(0, n, 5000):
            conn.executemany(
                "INSERT INTO t VALUES (?,?,?,?,?,?,?)",
                [
                    (
                        uuid.uuid4().bytes,
                        f"g{rng.random()}",
                        f"f{rng.random()}",
                        f"e{i}@x.example",
                        f"+2547{i:08d}",
                        "1990-01-01",
                        "KE",
                    )
                    for i in range(base, min(n, base + 5000))
                ],
            )
    elapsed = time.perf_counter() - start
    conn.close()
    path.unlink()
    return elapsed


def ensure_demo(folder: Path, n: int) -> tuple[Path, float | None]:
    data_dir = folder / f"people-{n}"
    if (data_dir / "innov-desktop.sqlite").exists():
        return data_dir, None
    db = open_database(data_dir)
    try:
        start = time.perf_counter()
        generate_demo(db, n)
        return data_dir, time.perf_counter() - start
    finally:
        db.close()


def search_queries(db: object, count: int, rng: random.Random) -> list[str]:
    """What people type, from people spread over the whole table: 1 to 6 first letters of a name,
    sometimes two words, in every script (one-letter prefixes included)."""
    total = people.count_people(db)  # type: ignore[arg-type]
    sample = []
    for _ in range(count):
        sample += people.list_people(db, rng.randrange(max(1, total - 1)), 1)  # type: ignore[arg-type]
    queries = []
    for p in sample:
        given, family = p.data.given_name, p.data.family_name
        kind = rng.random()
        if kind < 0.1:
            queries.append(family[:1])
        elif kind < 0.45:
            queries.append(family[: rng.randint(2, 6)])
        elif kind < 0.8:
            queries.append(f"{given[: rng.randint(1, 5)]} {family[: rng.randint(2, 6)]}")
        else:
            queries.append(given[: rng.randint(2, 6)])
    return queries


def search_rows(data_dir: Path, n: int) -> list[Row]:
    db = open_database(data_dir)
    try:
        rng = random.Random(42)
        queries = search_queries(db, 300, rng)
        for q in search_queries(db, 20, random.Random(7)):  # warm the cache, on other queries
            people.search_people(db, q)
        times = []
        for q in queries:
            t = time.perf_counter()
            people.search_people(db, q, 50)
            times.append((time.perf_counter() - t) * 1000)
        emails = [p.data.email for p in people.list_people(db, 0, 400) if p.data.email][:300]
        floor = []
        for e in emails:
            t = time.perf_counter()
            with db.reader() as tx:
                tx.people.find_by_email(e)
            floor.append((time.perf_counter() - t) * 1000)
    finally:
        db.close()
    return [Row(f"search p95, {n:,} people", p95(times), "ms", "indexed exact lookup p95", p95(floor), "< 20 ms")]


def median_ms(argv: list[str], runs: int = 5, env: dict[str, str] | None = None) -> float:
    """Median wall time of a whole process, over `runs` runs."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def installed_env(folder: Path) -> dict[str, str]:
    """Processes that start like an installed application: our modules compiled to bytecode once
    (an installer ships them compiled; PYTHONDONTWRITEBYTECODE would recompile them every start)
    and fresh settings (the window opens on People), kept apart from the user's own."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    env["XDG_CONFIG_HOME"] = str(folder / "config")
    package = Path(__file__).resolve().parents[2] / "innov_desktop"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True, env=env)
    return env


def start_rows(data_dir: Path, n: int) -> list[Row]:
    info = median_ms([sys.executable, "-m", "innov_desktop", "--data-dir", str(data_dir), "info"])
    bare = median_ms([sys.executable, "-c", "import sqlalchemy.orm, sqlite3; sqlite3.connect(':memory:')"])
    return [Row(f"`info` start, {n:,} people", info, "ms", "python start + SQLAlchemy ORM import", bare)]


def gui_rows(data_dir: Path, n: int) -> list[Row]:
    """The people list in a fresh process (clean memory figures)."""
    import json

    from tests.benchmarks import gui

    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.gui", str(data_dir)], check=True, capture_output=True, text=True
    )
    m = json.loads(out.stdout.strip().splitlines()[-1])
    db_path = DataPaths(data_dir).database
    t = "< 16 ms"
    return [
        Row(
            f"list first rows shown, {n:,}",
            m["first_rows_ms"],
            "ms",
            "one indexed SELECT of 64 rows",
            gui.floor_first_rows_ms(db_path),
            "< 100 ms",
        ),
        Row(
            f"list page jump p95, {n:,}",
            m["jump_p95_ms"],
            "ms",
            "a page (48 rows) by key, bare sqlite3",
            gui.floor_page_ms(db_path),
            t,
        ),
        Row(
            f"list jump repainted p95, {n:,}",
            m["jump_paint_p95_ms"],
            "ms",
            "bare QTableView scroll+repaint",
            m["floor_paint_ms"],
        ),
        Row(
            f"list memory (RSS), {n:,}",
            m["list_rss_mb"],
            "MB",
            "8 bytes a row (the keys alone)",
            8 * m["rows"] / 1e6,
            "< 150 MB",
        ),
        Row(f"list all keys loaded, {n:,}", m["all_keys_ms"], "ms", "first rows shown", m["first_rows_ms"]),
    ]


def window_start_rows(data_dir: Path, n: int, runs: int = 15) -> list[Row]:
    probe = [sys.executable, "-m", "tests.benchmarks.start_probe"]
    env = installed_env(data_dir.parent)
    median_ms([*probe, "app", str(data_dir)], 2, env)  # the day's first start takes the daily backup
    times: dict[str, list[float]] = {"bare": [], "app": [], "shown": []}
    cpu: dict[str, list[float]] = {"bare": [], "app": [], "shown": []}
    for _ in range(runs):  # interleaved: a busy moment of the machine hits the floor as much
        for mode in times:
            argv = [*probe, mode] if mode == "bare" else [*probe, mode, str(data_dir)]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            times[mode].append(median_ms(argv, 1, env))
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[mode].append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
    bare, app, shown = (statistics.median(times[m]) for m in ("bare", "app", "shown"))
    bare_cpu, app_cpu = statistics.median(cpu["bare"]), statistics.median(cpu["app"])
    return [
        Row(f"start to window shown, {n:,}", shown, "ms", "bare PySide6 window start", bare),
        Row(f"start to people listed, {n:,}", app, "ms", "bare PySide6 window start", bare, "<= 1.5 x"),
        Row(f"  the same, CPU time, {n:,}", app_cpu, "ms", "bare window, CPU time", bare_cpu),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("--people", default="100000,1000000", help="comma-separated sizes")
    parser.add_argument("--keep", metavar="DIR", help="keep (and reuse) generated databases here")
    parser.add_argument("--only", choices=("start", "list"), help="only the window start, or only the list")
    parser.add_argument(
        "--sheets", type=int, default=100_000, metavar="N", help="spreadsheet import/export rows (0: skip)"
    )
    args = parser.parse_args()
    sizes = [int(x) for x in args.people.split(",")]
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="innov-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    for n in sizes:
        data_dir, took = ensure_demo(folder, n)
        if took is not None:
            rows.append(
                Row(
                    f"demo data, {n:,} people",
                    took,
                    "s",
                    "bare sqlite3 insert, no indexes",
                    bare_insert_seconds(n, folder),
                )
            )
        if args.only is None:
            rows += search_rows(data_dir, n)
            rows += start_rows(data_dir, n)
        if args.only in (None, "list"):
            rows += gui_rows(data_dir, n)
        if n <= 100_000 and args.only in (None, "start"):
            rows += window_start_rows(data_dir, n)
        size = DataPaths(data_dir).database.stat().st_size
        print(f"# {n:,} people: database {size / 1e6:.0f} MB", file=sys.stderr, flush=True)
    if args.sheets and args.only is None:
        from tests.benchmarks.sheets import sheet_rows

        rows += sheet_rows(args.sheets, folder)
    print(f"{'measure':<34} {'value':>10} {'floor':>10} {'ratio':>8}  floor is / target")
    for r in rows:
        print(
            f"{r.measure:<32} {r.value:>8.2f}{r.unit:<2} {r.floor:>8.2f}{r.unit:<2} {r.ratio:>6.2f}x  "
            f"{r.floor_name}{'; target ' + r.target if r.target else ''}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
