"""Spreadsheet benchmarks (DESIGN.md section 7): import of N rows x 12 columns, validated and
stored; export of the same people against the fastest writer measured on the same rows in the
same run; memory (tracemalloc peak) at 10 000 and at N rows.

    python -m tests.benchmarks.sheets                 # 100 000 rows
    python -m tests.benchmarks.sheets --rows 20000    # a quick look
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from innov_desktop.domain.models import CenterInput
from innov_desktop.exchange.writer import SheetData, openpyxl_write, write_xlsx
from innov_desktop.services import spreadsheets as sheets
from innov_desktop.services.setup import init_center, open_database
from tests.benchmarks.__main__ import Row
from tests.benchmarks.floors import sheet_import_floor, stored_rows

HEADER = [
    "Prénom",
    "Nom",
    "Sexe",
    "Date de naissance",
    "Nationalité",
    "Pays",
    "Courriel",
    "Téléphone",
    "Fonction",
    "Langues",
    "Rôle",
    "Remarques",
]
_GIVEN = ["Amina", "José", "Wanjiru", "Fatima", "Jean", "Наталья", "Kwame", "Léa", "Ahmed", "María", "秀英", "Otieno"]
_FAMILY = ["Yusuf", "Ramírez", "Otieno", "Diallo", "Dupont", "Иванова", "Mensah", "Martin", "Hassan", "López", "王"]
_COUNTRIES = [
    "Kenya",
    "KE",
    "Sénégal",
    "Égypte",
    "مصر",
    "Mexico",
    "México",
    "UG",
    "Tanzania",
    "Россия",
    "中国",
    "Ghana",
]


_SYLLABLES = ("ka", "mo", "ri", "ta", "ne", "lu", "si", "do", "ba", "we")


def _second_name(i: int) -> str:
    """A family name of its own for each row (people in a real list are different people)."""
    return "".join(_SYLLABLES[int(d)] for d in str(i)).capitalize()


def rows(n: int, seed: int = 1) -> list[list[Any]]:
    """People as a hand-made list holds them: mixed date layouts and serials, local words,
    countries by name in several languages or by code, phones as typed (each person their own
    e-mail and phone, given names repeating, family names mostly not)."""
    rng = random.Random(seed)
    out = []
    first = date(1950, 1, 1)
    for i in range(n):
        born = first + timedelta(days=rng.randrange(22_000))
        layout = i % 4
        birth: Any = (
            born
            if layout == 0
            else born.strftime("%d/%m/%Y")
            if layout == 1
            else born.isoformat()
            if layout == 2
            else (born - date(1899, 12, 30)).days
        )
        out.append(
            [
                rng.choice(_GIVEN),
                f"{rng.choice(_FAMILY)} {_second_name(i)}",
                rng.choice(["F", "M", "Femme", "Homme", "ذكر", "أنثى"]),
                birth,
                rng.choice(_COUNTRIES),
                "Kenya",
                f"person{i}@example.org",
                f"07{10 + i // 1_000_000 % 20} {i // 1000 % 1000:03d} {i % 1000:03d}",
                rng.choice(["Engineer", "Student", "Researcher", None]),
                rng.choice(["en", "fr, en", "ar", "sw, en"]),
                rng.choice(["inventor", "participant", "Inventeur; participant"]),
                rng.choice(["", "=1+1 is not a formula", "met at the workshop", None]),
            ]
        )
    return out


def _timed(fn: Callable[[], Any]) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _peak(fn: Callable[[], Any]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def _fresh(folder: Path, name: str) -> Any:
    db = open_database(folder / name)
    init_center(db, CenterInput(code="KE-NBO", name="Nairobi Center", country="KE"))
    return db


PHASES: dict[str, float] = {}


def _cpu() -> float:
    """CPU seconds of this process and of its ended helper processes."""
    import resource

    own, helpers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + helpers.ru_utime + helpers.ru_stime


def _import(db: Any, path: Path) -> None:
    start, cpu = time.perf_counter(), _cpu()
    plan = sheets.plan_import(db, sheets.Kind.PEOPLE, path)
    PHASES["check"], PHASES["check cpu"] = time.perf_counter() - start, _cpu() - cpu
    assert plan.invalid == 0, plan.problems[:3]
    result = sheets.apply_import(db, plan)
    assert result.created + result.skipped == plan.total  # skipped: a similar name born the same day


def _check_alone(db: Any, path: Path) -> float:
    """Seconds the check takes with no helper process (what a one-processor machine does)."""
    from innov_desktop.services.spreadsheets import plan as planning

    saved = planning.HELPER_ROWS
    planning.HELPER_ROWS = sys.maxsize
    try:
        return _timed(lambda: sheets.plan_import(db, sheets.Kind.PEOPLE, path).close())
    finally:
        planning.HELPER_ROWS = saved
        db.close()


def sheet_rows(n: int, folder: Path) -> list[Row]:
    data = rows(n)
    source = folder / f"list-{n}.xlsx"
    write_xlsx(source, [SheetData("Participants", HEADER, data)])

    import python_calamine

    read = _timed(lambda: python_calamine.load_workbook(str(source)).get_sheet_by_index(0).to_python())
    db = _fresh(folder, f"import-{n}")
    try:
        took = _timed(lambda: _import(db, source))
        checking, checking_cpu = PHASES["check"], PHASES["check cpu"]
        alone = _check_alone(_fresh(folder, f"alone-{n}"), source)
        stored = stored_rows(db.paths.database, "person")
        export_out = folder / f"export-{n}.xlsx"
        export = _timed(lambda: sheets.export_people(db, export_out))
        exported = [[c.value(p) for c in sheets.person_columns()] for p in _people(db)]
        header = [c.title for c in sheets.person_columns()]
        raw = _timed(lambda: write_xlsx(folder / "raw.xlsx", [SheetData("People", header, exported)]))
        opx = _timed(lambda: openpyxl_write(folder / "openpyxl.xlsx", header, exported))
        fastest, fastest_name = min((raw, "own streaming writer"), (opx, "openpyxl write-only"))
    finally:
        db.close()
    small = min(10_000, n)
    small_source = folder / f"list-{small}.xlsx"
    write_xlsx(small_source, [SheetData("Participants", HEADER, data[:small])])
    db1, db2 = _fresh(folder, "mem-small"), _fresh(folder, "mem-big")
    try:
        import_small = _peak(lambda: _import(db1, small_source))
        import_big = _peak(lambda: _import(db2, source))
        export_small = _peak(lambda: sheets.export_people(db1, folder / "e-small.xlsx"))
        export_big = _peak(lambda: sheets.export_people(db2, folder / "e-big.xlsx"))
    finally:
        db1.close()
        db2.close()
    floor = sheet_import_floor(source, stored, _fresh(folder, f"floor-{n}"))
    return [
        Row(f"import {n:,} x 12, checked+stored", took, "s", "calamine read of the same file", read, "< 5 s"),
        Row("  read + store alone, nothing checked", floor.total, "s", "the import's target", 5.0, "< 5 s"),
        Row("    calamine read", floor.read, "s", "read + store alone", floor.total),
        Row("    rows inserted (executemany)", floor.insert, "s", "read + store alone", floor.total),
        Row("    full-text index built", floor.search, "s", "read + store alone", floor.total),
        Row("    plain indexes built", floor.indexes, "s", "read + store alone", floor.total),
        Row("    commit", floor.commit, "s", "read + store alone", floor.total),
        Row("  of which checking (nothing written)", checking, "s", "calamine read of the same file", read),
        Row("  the check's CPU time, all processes", checking_cpu, "s", "calamine read of the same file", read),
        Row("  the check in one process alone", alone, "s", "calamine read of the same file", read),
        Row("  of which storing", took - checking, "s", "calamine read of the same file", read),
        Row(f"export {n:,} people (16 col.)", export, "s", f"fastest writer: {fastest_name}", fastest, "<= 2 x"),
        Row("  own writer, same rows", raw, "s", "openpyxl write-only, same rows", opx),
        Row(f"export peak memory, {n:,}", export_big, "MB", f"the same at {small:,} rows", export_small, "flat"),
        Row(f"import peak memory, {n:,}", import_big, "MB", f"the same at {small:,} rows", import_small),
    ]


def _people(db: Any) -> list[Any]:
    from innov_desktop.domain.queries import PeopleQuery
    from innov_desktop.services import people

    keys = people.people_ids(db, PeopleQuery())
    out = []
    for start in range(0, len(keys), 5000):
        found = people.people_rows(db, keys[start : start + 5000])
        out += [found[k] for k in keys[start : start + 5000]]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.sheets")
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="innov-sheets-"))
    result = sheet_rows(args.rows, folder)
    print(f"{'measure':<42} {'value':>10} {'floor':>10} {'ratio':>8}  floor is / target")
    for r in result:
        print(
            f"{r.measure:<40} {r.value:>8.2f}{r.unit:<2} {r.floor:>8.2f}{r.unit:<2} {r.ratio:>6.2f}x  "
            f"{r.floor_name}{'; target ' + r.target if r.target else ''}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
