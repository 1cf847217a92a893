"""The merge of one verified bundle into this copy, record by record and field by field
(sync/README.md, "Merge"); importing.py verifies bundles and runs merges in transactions.

Every synced table takes part by mixing in `SyncColumns`: its fields are read from the table,
the merge is field by field, so a table added later needs no code here."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import any_, bindparam, exc, insert, select, update
from sqlalchemy.dialects import postgresql

from innov_desktop.domain.errors import (
    BundleDamaged,
    BundleOutOfScope,
)
from innov_desktop.store import models as orm
from innov_desktop.store import syncmeta
from innov_desktop.store.repos import Tx, derived_values
from innov_desktop.store.search_ddl import bulk_cache, deferred_indexes, deferred_search_catch_up
from innov_desktop.store.syncmeta import DEFAULT, UNKNOWN, UNKNOWN_STAMP, Stamp
from innov_desktop.sync import bundle as fmt
from innov_desktop.sync.ahead import read_ahead
from innov_desktop.sync.conflicts import ConflictKeeping
from innov_desktop.sync.engine import CHUNK, Progress, record_history
from innov_desktop.sync.helper import Batch, Helper, HelperGone, Job
from innov_desktop.sync.peers import identity, now, open_conflicts_on
from innov_desktop.sync.rows import RowMaker, columns, fill_seq, given_derived
from innov_desktop.sync.tables import TableSpec, specs, stored_rows


@dataclass
class ImportResult:
    path: Path
    sender: str
    number: int
    created_at: str
    records: int = 0
    added: int = 0
    changed: int = 0
    deleted: int = 0
    conflicts: int = 0
    already_imported: bool = False
    applied: bool = False
    counts: dict[str, int] = field(default_factory=dict)


def _among(column: Any, values: list[Any], dialect: str) -> Any:
    """`column IN values`; on PostgreSQL as `= ANY(one array parameter)`: the statement is then
    the same whatever the number of values, instead of one placeholder per value rendered and
    parsed again for each batch (a tenth of HQ's merge time there)."""
    if dialect == "postgresql":
        return column == any_(bindparam("among", values, type_=postgresql.ARRAY(column.type)))
    return column.in_(values)


def manifest_counts(manifest: dict[str, Any]) -> dict[str, int]:
    counts = manifest.get("counts")
    return {str(k): v for k, v in counts.items() if type(v) is int} if isinstance(counts, dict) else {}


class Merger(ConflictKeeping):
    def __init__(
        self,
        tx: Tx,
        verified: fmt.Verified,
        result: ImportResult,
        progress: Progress | None,
        search: dict[str, list[tuple[int, str]]] | None = None,
        prepared: tuple[Helper, Job] | None = None,
    ) -> None:
        """`prepared`: the helper process preparing this bundle's lines (helper.py), if any."""
        self.tx = tx
        self.prepared = prepared
        self.conn = tx.session.connection()
        self.v = verified
        self.result = result
        self.progress = progress
        self.me = identity(tx)
        peer = tx.session.get(orm.SyncPeer, verified.sender)
        assert peer is not None
        self.peer = peer
        self.sender = verified.sender
        self.seen_of_sender = peer.in_seq  # the sender's changes applied here before
        self.ack = int(verified.manifest["ack"])  # our changes the sender had applied
        self.open_conflicts = {  # records with an open conflict: the only ones a new write may settle
            r for (r,) in tx.session.execute(
                select(orm.SyncConflict.record_id).where(orm.SyncConflict.resolved_at.is_(None))
            )
        }  # fmt: skip
        self.deferred: list[tuple[TableSpec, uuid.UUID, str, uuid.UUID, Stamp]] = []
        self.now = now()
        self.sqlite = self.conn.dialect.name == "sqlite"
        # new rows in SQLite's stored form, on PostgreSQL too (COPY's text of 32 hex digits, ISO
        # dates and 0 or 1 is read by the column's type): one path for new rows, the helper's.
        # By itself about as fast as UUID and date objects (hq merge of 100 x 10 000, main
        # process CPU 57.9 and 63.7 s against 59.3 and 64.8 s)
        self.stored = self.conn.dialect.name in ("sqlite", "postgresql")
        self.search = search if search is not None else {}  # table -> (pk, old text) of changed search texts
        self.rows = RowMaker(self.sender, verified.path.name)

    def run(self, *, set_aside: bool = True) -> None:
        """`set_aside`: this merge sets the indexes aside itself (`import_many` does it once)."""
        self.tx.receive_clock(int(self.v.manifest.get("clock", 0) or 0))
        counts = manifest_counts(self.v.manifest)
        with ExitStack() as deferred:
            if set_aside:
                deferred.enter_context(bulk_cache(self.conn, sum(counts.values())))
                for name in specs():
                    deferred.enter_context(deferred_indexes(self.conn, name, counts.get(name, 0)))
                    self.search[name] = deferred.enter_context(deferred_search_catch_up(self.conn, name))
            self._run()
        self.peer.in_seq = max(self.peer.in_seq, int(self.v.manifest["seq"]))

    def _run(self) -> None:
        done = 0
        lines: Iterator[dict[str, Any]] | None = None
        if self.prepared is not None:
            helper, job = self.prepared
            try:
                for batch in helper.batches(job):
                    self._apply_prepared(specs()[batch.table], batch)
                    done += len(batch.ids)
                    if self.progress is not None:
                        self.progress(done, self.result.records)
            except HelperGone:  # the rest read here, as without a helper
                lines = islice(fmt.records(self.v), done, None)
        else:
            lines = fmt.records(self.v)
        if lines is not None:
            if not self.sqlite:
                # PostgreSQL: the driver waits for the server in long stretches, free for the
                # thread to read ahead (hq merge of 100 x 10 000, 3 pairs in turn: 0.78 to 0.96
                # of the time without it). SQLite hands Python's lock back and forth at every
                # row: there a thread made the merge slower in a single run (93.6 s against
                # 81.9 s), so it reads in turn
                lines = read_ahead(lines)
            self._apply_lines(lines, done)
        self._finish_links()
        self.peer.in_number = self.v.number
        # what the sender holds of ours: it only goes back when the sender lost some (its database
        # restored from a backup); the next bundle then carries again what it lost
        self.peer.acked_seq = self.ack
        r = self.result
        record_history(
            self.tx, "in", self.sender, self.v.manifest, self.v.sha256, self.v.path.name,
            r.records, r.added, r.changed, r.deleted, r.conflicts,
        )  # fmt: skip

    def _apply_lines(self, lines: Iterator[dict[str, Any]], done: int) -> None:
        """Lines read here, in batches of one table (`done` lines were merged before them)."""
        batch: list[dict[str, Any]] = []
        table = None
        for entry in lines:
            name = entry.get("t")
            if name not in specs():
                raise BundleDamaged(file=self.v.path.name)
            if batch and (name != table or len(batch) >= CHUNK):
                self._apply(specs()[str(table)], batch)
                done += len(batch)
                batch = []
                if self.progress is not None:
                    self.progress(done, self.result.records)
            table = name
            batch.append(entry)
        if batch:
            self._apply(specs()[str(table)], batch)

    # one batch of entries of one table
    def _apply(self, spec: TableSpec, entries: list[dict[str, Any]]) -> None:
        t = spec.table
        name = self.v.path.name
        ids = []
        for e in entries:
            try:
                ids.append(uuid.UUID(str(e["id"])))
            except (KeyError, ValueError) as exc:
                raise BundleDamaged(file=name) from exc
        existing = self._existing(spec, ids)
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for ident, entry in zip(ids, entries, strict=True):
            origin = str(entry.get("o", ""))
            current = existing.get(ident)
            if self.me.hq and (origin != self.sender or (current is not None and current["origin"] != self.sender)):
                raise BundleOutOfScope(file=name, sender=self.sender, kind=t.name, record=str(ident))
            if current is None:
                if self._withdrawn_elsewhere(spec, origin, entry):
                    continue  # another center's person this copy never held: nothing to forget
                inserts.append(self._new_row(spec, ident, origin, entry, stored=self.stored))
                self.result.added += 1
            else:
                merged = self._merge(spec, current, entry)
                if merged is not None:
                    updates.append(merged)
        if inserts and self.stored:
            order = columns(spec)
            rows = list(map(itemgetter(*order), inserts))
            self._hold_row_links(spec, order, rows)
            self._insert_rows(spec, order, rows)
        elif inserts:
            self._hold_links(spec, inserts)
            self.conn.execute(insert(spec.table), inserts)
        if updates:
            self._hold_links(spec, updates)
            self._update(spec, updates)

    def _apply_prepared(self, spec: TableSpec, batch: Batch) -> None:
        """A batch the helper prepared: as `_apply`, with the new rows already made but for their
        change sequence; a line is parsed here only for a merge with an existing row."""
        t = spec.table
        name = self.v.path.name
        existing = self._existing_stored(spec, batch.ids)
        inserts: list[tuple[Any, ...]] = []
        updates: list[dict[str, Any]] = []
        hq, sender, next_seq = self.me.hq, self.sender, self.tx.next_seq
        withdrawals = not hq and spec.shared_flag is not None
        order = columns(spec)
        deleted = order.index("deleted")
        for ident, origin, prepared, line in zip(batch.ids, batch.origins, batch.rows, batch.lines, strict=True):
            current = existing.get(ident) if existing else None
            if hq and (origin != sender or (current is not None and current["origin"] != sender)):
                raise BundleOutOfScope(file=name, sender=sender, kind=t.name, record=str(uuid.UUID(hex=ident)))
            if current is not None:
                merged = self._merge(spec, current, fmt.parse_line(line, name))
                if merged is not None:
                    updates.append(merged)
                continue
            if withdrawals and self._withdrawn_elsewhere(spec, origin, fmt.parse_line(line, name)):
                continue
            if prepared is None:  # made here (and refused here if it cannot be)
                made = self._new_row(spec, uuid.UUID(hex=ident), origin, fmt.parse_line(line, name), stored=True)
                row = tuple(made[c] for c in order)
            else:
                row = fill_seq(prepared, next_seq())
                if row[deleted]:
                    self.result.deleted += 1
            inserts.append(row)
            self.result.added += 1
        if inserts:
            self._hold_row_links(spec, order, inserts)
            self._insert_rows(spec, order, inserts)
        if updates:
            self._hold_links(spec, updates)
            self._update(spec, updates)

    def _withdrawn_elsewhere(self, spec: TableSpec, origin: str, entry: dict[str, Any]) -> bool:
        """At a center, HQ's line for another center's record without consent to share."""
        flag = spec.shared_flag
        if self.me.hq or flag is None or origin == self.me.code:
            return False
        values = entry.get("v")
        return type(values) is dict and values.get(flag) is False

    def _existing(self, spec: TableSpec, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
        """This copy's rows among `ids`, as Python values."""
        t = spec.table
        if self.conn.dialect.name != "sqlite":
            return {
                r["id"]: dict(r)
                for r in self.conn.execute(select(t).where(_among(t.c.id, ids, self.conn.dialect.name))).mappings()
            }
        by_hex = {i.hex: i for i in ids}
        return {row["id"]: row for row in self._existing_stored(spec, list(by_hex), by_hex).values()}

    def _existing_stored(
        self, spec: TableSpec, ids: list[str], parsed: dict[str, uuid.UUID] | None = None
    ) -> dict[str, dict[str, Any]]:
        """This copy's rows among `ids` (32 hex digits, as SQLite stores them), as Python values,
        by those ids. On SQLite read through the driver and converted only where the stored form
        differs: three times faster than through the ORM. `parsed`: the ids already parsed."""
        t = spec.table
        if self.conn.dialect.name != "sqlite":
            wanted = [uuid.UUID(hex=i) for i in ids]
            return {
                r["id"].hex: dict(r)
                for r in self.conn.execute(select(t).where(_among(t.c.id, wanted, self.conn.dialect.name))).mappings()
            }
        marks = ", ".join("?" * len(ids))
        cursor = self.conn.exec_driver_sql(f"SELECT * FROM {t.name} WHERE id IN ({marks})", tuple(ids)).cursor
        columns = [d[0] for d in cursor.description]
        convert = [(c, spec.python[c]) for c in columns if c in spec.python and c != "id"]
        out = {}
        for raw in cursor.fetchall():
            row = dict(zip(columns, raw, strict=True))
            for c, to_python in convert:
                if row[c] is not None:
                    row[c] = to_python(row[c])
            stored = row["id"]
            row["id"] = parsed[stored] if parsed is not None else uuid.UUID(hex=stored)  # not parsed twice
            out[stored] = row
        return out

    def _new_row(
        self, spec: TableSpec, ident: uuid.UUID, origin: str, entry: dict[str, Any], *, stored: bool
    ) -> dict[str, Any]:
        """A record this copy does not have yet (rows.RowMaker), with the next change sequence."""
        row = self.rows.new_row(spec, ident.hex if stored else ident, origin, entry, self.tx.next_seq(), stored=stored)
        if row.get("deleted"):
            self.result.deleted += 1
        return row

    def _merge(self, spec: TableSpec, current: dict[str, Any], entry: dict[str, Any]) -> dict[str, Any] | None:
        """Field by field against this copy's record; values are decoded only where they matter."""
        raw_values, raw_stamps = entry.get("v"), entry.get("m")
        try:
            if not isinstance(raw_values, dict) or not isinstance(raw_stamps, dict):
                raise TypeError("values and stamps must be objects")
            first = raw_stamps[DEFAULT]
            default = [int(first[0]), str(first[1]), int(first[2])]
            reduced = set(entry.get("r") or ())
            return self._merge_fields(spec, current, entry, raw_values, raw_stamps, default, reduced)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise BundleDamaged(file=self.v.path.name) from exc

    def _merge_fields(
        self,
        spec: TableSpec,
        current: dict[str, Any],
        entry: dict[str, Any],
        raw_values: dict[str, Any],
        raw_stamps: dict[str, Any],
        default: Stamp,
        reduced: set[str],
    ) -> dict[str, Any] | None:
        meta = syncmeta.load(current["sync_meta"], current["modified_at"], current["modified_by"], current["sync_seq"])
        mine_default = meta[DEFAULT]
        decode, encode = spec.decode, spec.encode
        taken: dict[str, Any] = {}
        taken_stamps: dict[str, Stamp] = {}
        theirs_new_fields: dict[str, Stamp] = {}  # their writes this copy has not seen, by field
        kept_other = False  # a field where this copy's different write stays
        if raw_values.keys() <= decode.keys():
            sent = len(raw_values)
        else:  # fields this version does not have are ignored (newer schema, same format)
            sent = sum(1 for name in raw_values if name in decode)
        names: Iterable[str] = raw_values
        if not reduced and default[0] == mine_default[0] and default[1] == mine_default[1]:
            # both sides' default stamps are the same write: only fields with a stamp of their
            # own on either side can differ (the usual change: a few fields of a known record)
            own = raw_stamps.keys() | meta.keys()
            names = [name for name in raw_values if name in own]
        deleted: tuple[Any, Stamp] | None = None
        for name in names:
            if name not in decode:
                continue
            raw = raw_values[name]
            s = raw_stamps.get(name)
            theirs: Stamp = default if s is None else [int(s[0]), str(s[1]), int(s[2])]
            mine = meta.get(name) or mine_default
            if name == "deleted":
                deleted = (decode[name](raw), theirs)
            if name in reduced:  # sent reduced (a birth year): held reduced, whatever was here
                value = decode[name](raw)
                if mine[3] != UNKNOWN or current[name] != value:
                    taken[name] = value
                    taken_stamps[name] = UNKNOWN_STAMP
                continue
            if mine[3] == UNKNOWN:
                taken[name], taken_stamps[name] = decode[name](raw), theirs
                continue
            if theirs[0] == mine[0] and theirs[1] == mine[1]:
                continue
            # new to us: not applied from this sender before, and not our own write coming back
            theirs_new = int(theirs[2]) > self.seen_of_sender and theirs[1] != self.me.code
            if theirs_new:
                theirs_new_fields[name] = theirs
                if self._mine_new(mine):
                    value = decode[name](raw)
                    if encode[name](current[name]) != encode[name](value):
                        self._conflict(spec, current, name, mine, value, theirs)
            if (theirs[0], theirs[1]) > (mine[0], mine[1]):
                taken[name], taken_stamps[name] = decode[name](raw), theirs
            else:
                kept_other = True
        flag = spec.shared_flag
        if (
            flag is not None
            and not taken.get(flag, current[flag])
            and (self.me.hq or current["origin"] != self.me.code)
        ):
            self._forget_withheld(spec, current, meta, taken, taken_stamps)
        if deleted is not None:
            self._delete_versus_edit(spec, current, meta, deleted, theirs_new_fields)
        if not taken:
            return None
        seq = self.tx.next_seq()
        self._settle(spec, current, meta, taken, taken_stamps, seq)
        newest = (current["modified_at"], current["modified_by"])
        for name, stamp in taken_stamps.items():
            if stamp[3:] == [UNKNOWN]:
                meta[name] = stamp
            else:
                meta[name] = [*stamp[:2], seq, self.sender]  # [clock, writer, our seq, source]
                newest = max(newest, (stamp[0], stamp[1]))
        if len(meta) > len(spec.fields) // 2:
            meta = syncmeta.compact({name: meta.get(name) or mine_default for name in spec.fields})
        row = dict(current)
        row.update(taken)
        row.update(modified_at=newest[0], modified_by=newest[1], sync_seq=seq, rev=current["rev"] + 1)
        row["sync_meta"] = syncmeta.dump(meta)
        complete = sent == len(spec.fields) and not reduced and not kept_other
        derived = self._derived(spec, row, entry, complete=complete)
        row.update(derived)
        if derived.get("search_text", current.get("search_text")) != current.get("search_text"):
            row["_old_search"] = current["search_text"]  # the full-text index drops it (search_ddl)
        row["_columns"] = (
            *taken,
            *(n for n, v in derived.items() if v != current[n]),
            "modified_at", "modified_by", "sync_seq", "rev", "sync_meta",
        )  # fmt: skip
        if taken.get("deleted") is True and not current["deleted"]:
            self.result.deleted += 1
        else:
            self.result.changed += 1
        return row

    def _forget_withheld(
        self,
        spec: TableSpec,
        current: dict[str, Any],
        meta: dict[str, Stamp],
        taken: dict[str, Any],
        stamps: dict[str, Stamp],
    ) -> None:
        """At HQ, or at a center HQ relayed it to, a record whose owner no longer consents to share
        (DESIGN.md section 4, item 8): what this copy held of the withheld fields is blanked and
        held as unknown, as if it had never come; the owner still holds the values, and they come
        back with a new consent."""
        keep = spec.private_keep or ()
        default = meta[DEFAULT]
        for name in spec.fields:
            if name in keep or stamps.get(name) is UNKNOWN_STAMP:
                continue
            if (meta.get(name) or default)[3] != UNKNOWN or current[name] != spec.blank[name]:
                taken[name] = spec.blank[name]
                stamps[name] = UNKNOWN_STAMP
        if not self.me.hq:
            # another center, which HQ relays the withdrawal to: the person is no longer shared
            # with it at all. It keeps the year of the birth date only (as HQ does), and the record
            # leaves its lists: deleted here as a value it does not know, so the deletion never
            # travels, and the owner's later consent, relayed whole, brings the record back
            day: Any = current.get("birth_date")
            held_whole = day is not None and (meta.get("birth_date") or default)[3] != UNKNOWN
            if "birth_date" in keep and held_whole and "birth_date" not in stamps:
                taken["birth_date"] = day.replace(month=1, day=1)
                stamps["birth_date"] = UNKNOWN_STAMP
            if not current["deleted"] and "deleted" not in stamps:
                taken["deleted"] = True
                stamps["deleted"] = UNKNOWN_STAMP
        forgotten = [name for name, stamp in stamps.items() if stamp is UNKNOWN_STAMP and name not in keep]
        record = str(current["id"])
        if forgotten and record in self.open_conflicts:  # their values are forgotten too
            for conflict in open_conflicts_on(self.tx, record, forgotten):
                conflict.mine_value = conflict.theirs_value = "null"
                conflict.resolved_at = self.now
                conflict.resolution = "withheld"

    def _derived(
        self, spec: TableSpec, row: dict[str, Any], entry: dict[str, Any], *, complete: bool
    ) -> dict[str, Any]:
        if not spec.model.sync_derived:
            return {}
        given = given_derived(spec, entry) if complete else None
        return given if given is not None else derived_values(spec.model, row)

    # links to records that may arrive later in the bundle, or never (not shared with us)
    def _hold_links(self, spec: TableSpec, rows: list[dict[str, Any]]) -> None:
        """Rows of Python values (`_hold_row_links` for new rows in the stored form)."""
        for name, target in spec.links.items():
            # a merged row's own link was checked when it arrived: only links taken now count
            linking = [r for r in rows if "_columns" not in r or name in r["_columns"]]
            wanted = {r[name] for r in linking if r[name] is not None}
            if not wanted:
                continue
            present = set(
                self.conn.scalars(select(target.c.id).where(_among(target.c.id, list(wanted), self.conn.dialect.name)))
            )
            if spec.table is target:
                present |= {r["id"] for r in rows} & wanted
            for r in linking:
                value = r[name]
                if value is not None and value not in present:
                    meta = json.loads(r["sync_meta"])
                    stamp = meta.get(name) or meta[DEFAULT]
                    self.deferred.append((spec, r["id"], name, value, stamp))
                    r[name] = None
                    meta[name] = UNKNOWN_STAMP
                    r["sync_meta"] = syncmeta.dump(meta)

    def _hold_row_links(self, spec: TableSpec, order: list[str], rows: list[tuple[Any, ...]]) -> None:
        """`_hold_links` for new rows in the stored form, as tuples of `order`'s columns."""
        ident, meta_at = order.index("id"), order.index("sync_meta")
        for name, target in spec.links.items():
            at = order.index(name)
            wanted = {r[at] for r in rows if r[at] is not None}
            if not wanted:
                continue
            present = self._present_stored(target, wanted)
            if spec.table is target:
                present |= {r[ident] for r in rows} & wanted
            for k, r in enumerate(rows):
                value = r[at]
                if value is not None and value not in present:
                    meta = json.loads(r[meta_at])
                    stamp = meta.get(name) or meta[DEFAULT]
                    self.deferred.append((spec, uuid.UUID(hex=r[ident]), name, uuid.UUID(hex=value), stamp))
                    meta[name] = UNKNOWN_STAMP
                    changed = list(r)
                    changed[at] = None
                    changed[meta_at] = syncmeta.dump(meta)
                    rows[k] = tuple(changed)

    def _present_stored(self, target: Any, wanted: set[str]) -> set[str]:
        """Which of `wanted` (ids as 32 hex digits) this copy holds in `target`."""
        if self.sqlite:
            marks = ", ".join("?" * len(wanted))
            found = self.conn.exec_driver_sql(f"SELECT id FROM {target.name} WHERE id IN ({marks})", tuple(wanted))
            return {h for (h,) in found}
        ids = [uuid.UUID(hex=h) for h in wanted]
        return {i.hex for i in self.conn.scalars(select(target.c.id).where(_among(target.c.id, ids, "postgresql")))}

    def _insert_rows(self, spec: TableSpec, order: list[str], rows: list[tuple[Any, ...]]) -> None:
        """New rows in the stored form, as tuples of `order`'s columns (PostgreSQL reads the text
        of COPY by the column's type: 32 hex digits as a UUID, 0 and 1 as false and true)."""
        if self.sqlite:
            self._insert_stored(spec.table.name, order, rows)
        else:
            self._copy(spec.table.name, order, rows)

    def _finish_links(self) -> None:
        for spec, ident, name, value, stamp in self.deferred:
            target = spec.links[name]
            if self.conn.scalar(select(target.c.pk).where(target.c.id == value)) is None:
                continue  # a record not shared with this copy: the link stays unknown here
            t = spec.table
            current = self.conn.execute(select(t.c.sync_meta).where(t.c.id == ident)).scalar_one()
            meta = json.loads(current)
            meta[name] = stamp
            self.conn.execute(update(t).where(t.c.id == ident).values({name: value, "sync_meta": syncmeta.dump(meta)}))

    def _copy(self, table: str, names: list[str], rows: Iterable[tuple[Any, ...]]) -> None:
        """COPY, the server's bulk path, on the transaction's own connection (psycopg adapts the
        Python values); several times faster than multi-row INSERTs."""
        driver = self.conn.connection.driver_connection
        assert driver is not None
        import psycopg  # only here: the PostgreSQL extra

        try:
            with driver.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        except (psycopg.DataError, psycopg.IntegrityError) as error:  # a value the table cannot hold
            raise BundleDamaged(file=self.v.path.name) from error

    def _insert_stored(self, table: str, names: list[str], rows: list[tuple[Any, ...]]) -> None:
        """SQLite: straight to the driver, values in the column types' stored form, and the
        full-text index filled once for the batch instead of by one trigger run per row."""
        marks = ", ".join("?" * len(names))
        try:
            self.conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows)
        except (exc.InterfaceError, exc.ProgrammingError, exc.IntegrityError, OverflowError) as error:
            raise BundleDamaged(file=self.v.path.name) from error  # a value the table cannot hold

    def _update(self, spec: TableSpec, rows: list[dict[str, Any]]) -> None:
        t = spec.table
        if self.conn.dialect.name == "sqlite":
            # only the columns that change: untouched indexes and the search index stay as they are
            groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for r in rows:
                groups.setdefault(tuple(sorted(set(r["_columns"]))), []).append(r)
            self.search[t.name].extend((r["pk"], r["_old_search"]) for r in rows if "_old_search" in r)
            for names, members in groups.items():
                assignments = ", ".join(f"{n} = ?" for n in names)
                params = stored_rows(spec, [*names, "pk"], members)
                self.conn.exec_driver_sql(f"UPDATE {t.name} SET {assignments} WHERE pk = ?", params)
            return
        columns = [c.name for c in t.columns if c.name not in ("pk", "id", "origin")]
        stmt = update(t).where(t.c.pk == bindparam("b_pk")).values({name: bindparam(f"b_{name}") for name in columns})
        self.conn.execute(stmt, [{"b_pk": r["pk"], **{f"b_{n}": r[n] for n in columns}} for r in rows])
