"""Sync benchmarks (DESIGN.md section 7): bundle export and import of N changed records, memory
at two sizes, and HQ merging many center bundles on SQLite and on PostgreSQL.

    python -m tests.benchmarks.sync                      # 100 000 records; 100 bundles x 10 000
    python -m tests.benchmarks.sync --records 20000 --centers 10 --per-center 2000   # a quick look
    python -m tests.benchmarks.sync --only merge --helper off   # hq merge without its helper process

Floors are measured in the same run: for export, reading the same rows with sqlite3 and writing
them as compressed JSON lines; for import, inserting the same rows into one table without
indexes. Targets are absolute (5 s, 60 s); the table prints both."""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import tempfile
import time
import tracemalloc
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from innov_desktop.domain.models import CenterInput
from innov_desktop.services import sync
from innov_desktop.services.demo import generate_demo
from innov_desktop.services.setup import init_center, open_database
from innov_desktop.store.repos import stamp_row
from innov_desktop.sync import bundle as fmt
from innov_desktop.sync import keys
from tests.benchmarks.floors import copy_site, merge_floor, sync_import_floor
from tests.sync.pgserver import running_server


@dataclass
class Row:
    measure: str
    value: float
    unit: str
    floor_name: str
    floor: float
    target: str

    def line(self) -> str:
        ratio = self.value / self.floor if self.floor else float("nan")
        return (
            f"{self.measure:<48} {self.value:>10.2f} {self.unit:<3} {self.floor_name:<34} {self.floor:>8.2f} "
            f"{ratio:>7.1f}x  {self.target}"
        )


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def peak_mb(work: Callable[[], Any]) -> float:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def site(root: Path, code: str, *, hq: bool = False, url: str | None = None) -> Any:
    db = open_database(root, url=url)
    init_center(db, CenterInput(code=code, name=f"Center {code}", country=code[:2]), hq=hq)
    return db


def introduce(hq: Any, center: Any, folder: Path) -> None:
    for a, b in ((hq, center), (center, hq)):
        path = folder / f"{uuid.uuid4().hex}.pub"
        sync.export_public_key(a, path)
        sync.trust_key(b, path)


def floor_export(database: Path, out: Path) -> float:
    """Read every person with sqlite3 and write them as zlib-compressed JSON lines."""
    start = time.perf_counter()
    conn = sqlite3.connect(database)
    cursor = conn.execute("SELECT * FROM person")
    names = [d[0] for d in cursor.description]
    compressor = zlib.compressobj(6)
    with open(out, "wb") as fh:
        for row in cursor:
            fh.write(compressor.compress(json.dumps(dict(zip(names, row, strict=True))).encode() + b"\n"))
        fh.write(compressor.flush())
    conn.close()
    return time.perf_counter() - start


def floor_import(database: Path, folder: Path) -> float:
    """Insert the same rows into one table without indexes, triggers or full-text search."""
    conn = sqlite3.connect(database)
    rows = conn.execute("SELECT * FROM person").fetchall()
    width = len(rows[0])
    conn.close()
    (folder / "floor.sqlite").unlink(missing_ok=True)
    target = sqlite3.connect(folder / "floor.sqlite")
    target.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(width))})")
    start = time.perf_counter()
    with target:
        target.executemany(f"INSERT INTO t VALUES ({', '.join('?' * width)})", rows)
    elapsed = time.perf_counter() - start
    target.close()
    return elapsed


def touch_everyone(db: Any) -> None:
    """A local change on every person (consent collected, with a note), stamped as a form save
    stamps it: every field of every person now travels to HQ."""
    from sqlalchemy import select

    from innov_desktop.store.models import Person

    with db.transaction() as tx:
        for person in tx.session.scalars(select(Person)):
            person.notes = f"checked {person.number}"
            person.consent_to_share = True
            stamp_row(tx, person, ("notes", "consent_to_share"))


def exchange_rows(n: int, work: Path) -> list[Row]:
    rows = []
    ke_root, hq_root = work / "ke", work / "hq"
    center = site(ke_root, "KE-NBO")
    hq = site(hq_root, "CH-HQ", hq=True)
    introduce(hq, center, work)
    generate_demo(center, n, organizations=max(10, n // 100))
    seconds, first = timed(lambda: sync.export_bundle(center, work / "first.innovsync"))
    floor = floor_export(center.paths.database, work / "floor.jsonl.z")
    rows.append(
        Row(f"export, {first.records:,} new records", seconds, "s", "sqlite3 read + JSON + zlib", floor, "< 5 s")
    )
    seconds, result = timed(lambda: sync.import_bundle(hq, first.path))
    assert result.added == first.records
    floor = floor_import(center.paths.database, work)
    rows.append(
        Row(f"import at HQ, {result.added:,} new records", seconds, "s", "bare insert, no indexes", floor, "< 5 s")
    )
    sync.import_bundle(center, sync.export_bundle(hq, work / "ack.innovsync", center="KE-NBO").path)
    touch_everyone(center)
    seconds, changed = timed(lambda: sync.export_bundle(center, work / "changed.innovsync"))
    rows.append(
        Row(
            f"export, {changed.records:,} changed records",
            seconds,
            "s",
            "sqlite3 read + JSON + zlib",
            floor_export(center.paths.database, work / "f2"),
            "< 5 s",
        )
    )
    hq.close()
    copy_site(hq_root, work / "hq-before")  # for the floor below
    hq = open_database(hq_root)
    seconds, result = timed(lambda: sync.import_bundle(hq, changed.path))
    assert result.changed >= n
    rows.append(
        Row(
            f"import at HQ, {result.changed:,} changed records",
            seconds,
            "s",
            "bare insert, no indexes",
            floor_import(center.paths.database, work),
            "< 5 s",
        )
    )
    floor = sync_import_floor(work / "hq-before", hq.paths.database, changed.path)
    rows.append(Row("  store's own work alone, nothing merged", floor.total, "s", "the import's target", 5.0, "< 5 s"))
    for part in ("verify", "backup", "parse", "read", "write", "indexes", "commit"):
        rows.append(Row(f"    {part}", getattr(floor, part), "s", "store's own work alone", floor.total, ""))
    center.close()
    hq.close()
    return rows


def memory_rows(sizes: tuple[int, int], work: Path) -> list[Row]:
    peaks = {}
    for n in sizes:
        folder = work / f"mem-{n}"
        center = site(folder / "ke", "KE-NBO")
        hq = site(folder / "hq", "CH-HQ", hq=True)
        introduce(hq, center, folder)
        generate_demo(center, n, organizations=10)
        out = folder / "b.innovsync"
        export_peak = peak_mb(lambda c=center, o=out: sync.export_bundle(c, o))
        import_peak = peak_mb(lambda h=hq, o=out: sync.import_bundle(h, o))
        peaks[n] = (export_peak, import_peak)
        center.close()
        hq.close()
    small, large = sizes
    return [
        Row(
            f"export peak Python memory, {large:,} records",
            peaks[large][0],
            "MB",
            f"the same at {small:,}",
            peaks[small][0],
            "flat",
        ),
        Row(
            f"import peak Python memory, {large:,} records",
            peaks[large][1],
            "MB",
            f"the same at {small:,}",
            peaks[small][1],
            "flat",
        ),
    ]


def center_bundles(count: int, per_center: int, work: Path, hq_key_file: Path) -> tuple[list[Path], list[Path]]:
    """`count` centers' first bundles of `per_center` people each: one real center's bundle, its
    records given new ids and owners per center, signed with each center's own key."""
    template_root = work / "template"
    template = site(template_root, "KE-NBO")
    sync.trust_key(template, hq_key_file)
    generate_demo(template, per_center, organizations=max(10, per_center // 100))
    made = sync.export_bundle(template, work / "template.innovsync")
    template.close()
    manifest, _, _ = fmt.read_manifest(made.path)
    verified = fmt.Verified(made.path, manifest, fmt._members(manifest, made.path.name, fmt.LIMITS), "")
    entries = list(fmt.records(verified))
    files, key_files = [], []
    for i in range(count):
        code = f"KE-C{i:03d}"
        keys_dir = work / "keys" / code
        private = keys.ensure_key_pair(keys_dir)
        key_file = work / f"{code}.pub"
        key_file.write_text(keys.PublicKeyFile(code, "center", keys.public_b64(private)).text(), encoding="utf-8")
        key_files.append(key_file)
        namespace = uuid.uuid5(uuid.NAMESPACE_URL, code)

        def new_id(old: Any, ns: uuid.UUID = namespace) -> Any:
            return str(uuid.uuid5(ns, old)) if isinstance(old, str) else old

        writer = fmt.BundleWriter(work / f"{code}.innovsync")
        for e in entries:
            v = dict(e["v"])
            for link in ("organization_id", "contact_person_id", "merged_into"):
                if v.get(link):
                    v[link] = new_id(v[link])
            if "number" in v:
                v["number"] = v["number"].replace("KE-NBO", code)
            if e["t"] == "center":
                v["code"], v["name"] = code, f"Center {code}"
            x = e.get("x")
            writer.add({**e, "id": new_id(e["id"]), "o": code, "v": v, **({"x": x} if x else {})})
        writer.finish(
            {**{k: val for k, val in manifest.items() if k != "members"}, "sender": code},
            lambda data, k=private: keys.sign(k, data),
        )
        files.append(work / f"{code}.innovsync")
    return files, key_files


def merge_rows(count: int, per_center: int, work: Path, pg: bool, helper: bool | None = None) -> list[Row]:
    """`helper`: HQ's merge with its helper process always, never, or as it decides (None)."""
    from innov_desktop.sync import importing

    importing.HELPER = helper
    rows = []
    hq_keys = work / "hq-keys"
    hq_keys.mkdir(parents=True)
    private = keys.ensure_key_pair(hq_keys)
    hq_key_file = work / "hq.pub"
    hq_key_file.write_text(keys.PublicKeyFile("CH-HQ", "hq", keys.public_b64(private)).text(), encoding="utf-8")
    files, key_files = center_bundles(count, per_center, work, hq_key_file)
    total = count * per_center

    def run(url: str | None, label: str) -> None:
        root = work / f"hq-{label}"
        root.mkdir()
        (root / "keys").mkdir()
        shutil.copy(hq_keys / keys.PRIVATE_NAME, root / "keys" / keys.PRIVATE_NAME)
        hq = site(root, "CH-HQ", hq=True, url=url)
        for key_file in key_files:
            sync.trust_key(hq, key_file)
        if url is None:  # HQ as it is before the merge, for the floor below
            hq.close()
            copy_site(root, work / "hq-before")
            hq = open_database(root)
        seconds, outcomes = timed(lambda: sync.hq_merge(hq, files))
        assert all(o.error is None for o in outcomes), [o.error for o in outcomes if o.error]
        floor = 0.0
        if url is None:
            database = work / "template" / "innov-desktop.sqlite"
            floor = floor_import(database, work) * count
        rows.append(
            Row(
                f"hq merge, {count} bundles x {per_center:,} ({label})",
                seconds,
                "s",
                "bare insert x bundles" if url is None else "(absolute target)",
                floor or 60.0,
                "< 60 s",
            )
        )
        if url is None:
            own = merge_floor(work / "hq-before", hq.paths.database, files)
            rows.append(Row("  store's own work alone, nothing merged", own.total, "s", "the target", 60.0, "< 60 s"))
            for part in ("read", "backup", "insert", "indexes", "commit"):
                rows.append(Row(f"    {part}", getattr(own, part), "s", "store's own work alone", own.total, ""))
        hq.close()

    run(None, "SQLite")
    if pg:
        with running_server() as server:
            if server is None:
                print("PostgreSQL is not installed: the PostgreSQL merge is not measured")
            else:
                run(server.create_database(), "PostgreSQL")
    _ = total
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--centers", type=int, default=100)
    parser.add_argument("--per-center", type=int, default=10_000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--only", choices=("exchange", "memory", "merge"))
    parser.add_argument(
        "--helper", choices=("auto", "on", "off"), default="auto", help="hq merge's helper process (for A/B runs)"
    )
    args = parser.parse_args()
    random.seed(1)
    work = Path(tempfile.mkdtemp(prefix="innov-sync-bench-"))
    rows: list[Row] = []
    try:
        if args.only in (None, "exchange"):
            rows += exchange_rows(args.records, work / "exchange")
        if args.only in (None, "memory"):
            rows += memory_rows((max(1000, args.records // 10), args.records), work / "memory")
        if args.only in (None, "merge"):
            helper = {"auto": None, "on": True, "off": False}[args.helper]
            rows += merge_rows(args.centers, args.per_center, work / "merge", not args.no_postgres, helper)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{'measure':<48} {'value':>10} {'':<3} {'floor (same run)':<34} {'floor':>8} {'ratio':>8}  target")
    for row in rows:
        print(row.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
