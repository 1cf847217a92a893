"""Export, verification and merge of bundles (sync/README.md describes the protocol); the tables
are described in tables.py, the peers and conflicts in peers.py.

Every synced table takes part by mixing in `SyncColumns`: its fields are read from the table,
the merge is field by field, so a table added later needs no code here."""

from __future__ import annotations

import gc
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, exc, insert, select, update

from innov_desktop.domain.errors import (
    AppError,
    BundleDamaged,
    BundleOutOfScope,
    BundleReplayed,
)
from innov_desktop.store import models as orm
from innov_desktop.store import syncmeta
from innov_desktop.store.database import Database
from innov_desktop.store.repos import Tx, derived_values
from innov_desktop.store.search_ddl import deferred_indexes, deferred_search_catch_up
from innov_desktop.store.syncmeta import DEFAULT, UNKNOWN, UNKNOWN_STAMP, Stamp
from innov_desktop.sync import bundle as fmt
from innov_desktop.sync import keys
from innov_desktop.sync.peers import Identity, identity, now, peer_for_export
from innov_desktop.sync.tables import TableSpec, specs, stored_rows

CHUNK = 2_000
Progress = Callable[[int, int], None]  # done, total; raises Cancelled to stop


# -- export ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    recipient: str
    number: int
    records: int
    counts: dict[str, int]
    sha256: str


def export(db: Database, out: Path, *, center: str | None = None, progress: Progress | None = None) -> ExportResult:
    """Everything the peer has not acknowledged, in its scope, signed; the file first, then the
    bundle number is recorded (a failed write leaves no trace)."""
    private = keys.ensure_key_pair(db.paths.keys)
    writer = fmt.BundleWriter(out)
    try:
        with db.reader() as tx, _gc_paused():
            me = identity(tx)
            peer = peer_for_export(tx, center)
            seq = tx.current_seq()
            counts: dict[str, int] = {}
            total = 0
            for spec in specs().values():
                n = 0
                for entry in _entries(tx, spec, me, peer):
                    writer.add(entry)
                    n += 1
                    total += 1
                    if progress is not None and total % 1000 == 0:
                        progress(total, 0)
                if n:
                    counts[spec.table.name] = n
            number = peer.out_number + 1
            manifest = {
                "format": fmt.FORMAT_VERSION,
                "schema": db.revision(),
                "sender": me.code,
                "sender_role": "hq" if me.hq else "center",
                "recipient": peer.code,
                "number": number,
                "created_at": now(),
                "clock": int(tx.state.get("hlc") or 0),
                "seq": seq,
                "ack": peer.in_seq,
                "ack_number": peer.in_number,
                "counts": counts,
                "records": total,
            }
            peer_code = peer.code
    except BaseException:
        writer.abort()
        raise
    digest = writer.finish(manifest, lambda data: keys.sign(private, data))
    with db.transaction() as tx:
        row = tx.session.get(orm.SyncPeer, peer_code)
        assert row is not None
        row.out_number = max(row.out_number, number)
        _history(tx, "out", peer_code, manifest, digest, out.name, total, 0, 0, 0, 0)
    return ExportResult(out, peer_code, number, total, counts, digest)


def _entries(tx: Tx, spec: TableSpec, me: Identity, peer: orm.SyncPeer) -> Iterator[dict[str, Any]]:
    t = spec.table
    stmt = select(t).where(t.c.sync_seq > peer.acked_seq).order_by(t.c.sync_seq)
    if not me.hq:
        stmt = stmt.where(t.c.origin == me.code)  # a center sends only what it owns
    elif spec.shared_flag is not None:  # HQ relays people of other centers only with consent
        stmt = stmt.where((t.c.origin == peer.code) | (t.c[spec.shared_flag].is_(True)))
    conn = tx.session.connection()
    if conn.dialect.name == "sqlite":  # the driver's own rows: no type processing per value
        compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
        cursor = conn.exec_driver_sql(str(compiled)).cursor
        columns = [d[0] for d in cursor.description]
        wire = [spec.wire.get(c) for c in columns]
        while batch := cursor.fetchmany(CHUNK):
            for raw in batch:
                row = {
                    c: (w(v) if w is not None and v is not None else v)
                    for c, w, v in zip(columns, wire, raw, strict=True)
                }
                private = spec.shared_flag is not None and not row[spec.shared_flag]
                yield _entry(spec, row, redact=not me.hq and private, encoded=True)
        return
    result = conn.execution_options(yield_per=CHUNK).execute(stmt)
    for mapping in result.mappings():
        private = spec.shared_flag is not None and not mapping[spec.shared_flag]
        yield _entry(spec, mapping, redact=not me.hq and private, encoded=False)


def _entry(spec: TableSpec, row: Any, *, redact: bool, encoded: bool) -> dict[str, Any]:
    """One record line; `encoded`: the row's values are already in their wire form."""
    meta = syncmeta.load(row["sync_meta"], row["modified_at"], row["modified_by"], row["sync_seq"])
    default = meta[DEFAULT]
    if not redact and all(stamp[3] != UNKNOWN for stamp in meta.values()):  # every field known: no pass per field
        if encoded:
            values = {name: row[name] for name in spec.fields}
        else:
            values = {name: spec.encode[name](row[name]) for name in spec.fields}
        entry: dict[str, Any] = {"t": spec.table.name, "id": str(row["id"]), "o": row["origin"], "v": values}
        entry["m"] = {name: stamp[:3] for name, stamp in meta.items()}
        if spec.model.sync_derived:
            entry["x"] = {name: row[name] for name in spec.model.sync_derived}
        return entry
    values = {}
    stamps: dict[str, list[Any]] = {DEFAULT: default[:3]}
    reduced: list[str] = []
    for name in spec.fields:
        stamp = meta.get(name) or default
        if stamp[3] == UNKNOWN:
            continue  # this copy does not know the value: say nothing about it
        if redact and name not in (spec.private_keep or ()):
            continue
        value = row[name] if encoded else spec.encode[name](row[name])
        if redact and name == "birth_date" and value:
            value = value[:4] + "-01-01"
            reduced.append(name)
        values[name] = value
        if stamp is not default:
            stamps[name] = stamp[:3]
    entry = {"t": spec.table.name, "id": str(row["id"]), "o": row["origin"], "v": values, "m": stamps}
    if reduced:
        entry["r"] = reduced
    if not redact and spec.model.sync_derived:
        entry["x"] = {name: row[name] for name in spec.model.sync_derived}
    return entry


def _history(
    tx: Tx,
    direction: str,
    peer: str,
    manifest: dict[str, Any],
    digest: str,
    file_name: str,
    records: int,
    added: int,
    changed: int,
    deleted: int,
    conflicts: int,
) -> None:
    tx.session.add(
        orm.SyncBundle(
            direction=direction,
            peer=peer,
            number=int(manifest["number"]),
            created_at=str(manifest.get("created_at", ""))[:32],
            handled_at=now(),
            sha256=digest,
            records=records,
            added=added,
            changed=changed,
            deleted=deleted,
            conflicts=conflicts,
            file_name=file_name[:255],
        )
    )


# -- import ---------------------------------------------------------------------------------------


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


def verify_file(db: Database, path: Path) -> tuple[fmt.Verified, ImportResult | None]:
    """All checks before any write. Returns the verified bundle, and a result when the same file
    was imported before (nothing to do)."""
    with db.reader() as tx:
        return _verify_in(tx, path)


def _verify_in(tx: Tx, path: Path) -> tuple[fmt.Verified, ImportResult | None]:
    me = identity(tx)
    peers = {p.code: p for p in tx.session.scalars(select(orm.SyncPeer))}

    def key_for(sender: str) -> str | None:
        peer = peers.get(sender)
        if peer is None or (me.hq and peer.role != "center") or (not me.hq and peer.role != "hq"):
            return None
        return peer.public_key

    verified = fmt.verify(path, key_for=key_for, recipient=me.code)
    peer = peers[verified.sender]
    seen = tx.session.scalars(
        select(orm.SyncBundle).where(
            orm.SyncBundle.sha256 == verified.sha256,
            orm.SyncBundle.direction == "in",
            orm.SyncBundle.peer == verified.sender,
        )
    ).first()
    if seen is not None:
        return verified, _result(verified, already=True)
    if verified.number <= peer.in_number:
        raise BundleReplayed(file=path.name, number=verified.number, sender=verified.sender, last=peer.in_number)
    return verified, None


def _result(verified: fmt.Verified, *, already: bool = False) -> ImportResult:
    m = verified.manifest
    counts = _counts(m)
    return ImportResult(
        verified.path,
        verified.sender,
        verified.number,
        str(m.get("created_at", "")),
        records=int(m.get("records", 0) or 0),
        already_imported=already,
        counts=counts,
    )


def import_bundle(
    db: Database, path: Path, *, dry_run: bool = False, backup: bool = True, progress: Progress | None = None
) -> ImportResult:
    """Verify, back up, then apply in one transaction. `dry_run` applies and rolls back: the
    counts (new, changed, deleted, conflicts) are exact and nothing is kept."""
    verified, done = verify_file(db, path)
    if done is not None:
        return done
    if backup and not dry_run and db.engine.dialect.name == "sqlite":
        db.backup("pre-import")
    result = _result(verified)
    try:
        with db.transaction() as tx, _gc_paused():
            _Merger(tx, verified, result, progress).run()
            if dry_run:
                raise _RollBack()
    except _RollBack:
        return result
    result.applied = True
    return result


Outcome = Callable[[Path, "ImportResult | None", "AppError | None"], None]


def import_many(db: Database, paths: list[Path], *, done: Outcome, stop: Callable[[], bool] = lambda: False) -> None:
    """Many bundles (HQ's merge) in one write transaction, each in a savepoint of its own: a
    refused bundle is rolled back alone and reported through `done`, the others go on. The
    tables' plain indexes and full-text index are set aside once for the whole run (see
    `deferred_indexes`), and there is one commit instead of one per bundle. `stop()` is asked
    after each bundle; what was merged until then is kept. A process killed half-way leaves the
    database as it was before the run."""
    if not paths:
        return
    if db.engine.dialect.name == "sqlite":
        db.backup("pre-import")
    incoming: dict[str, int] = {}
    for path in paths:
        try:
            for name, count in _counts(fmt.read_manifest(path)[0]).items():
                incoming[name] = incoming.get(name, 0) + count
        except (AppError, TypeError, ValueError, AttributeError):
            pass  # refused below, with its own message
    try:
        with db.transaction() as tx, _gc_paused(), ExitStack() as deferred:
            _merge_many(tx, paths, incoming, deferred, done, stop)
    except _RollBack:
        pass  # nothing was applied: not even the clock moves


def _merge_many(
    tx: Tx,
    paths: list[Path],
    incoming: dict[str, int],
    deferred: ExitStack,
    done: Outcome,
    stop: Callable[[], bool],
) -> None:
    """The savepoint per bundle of `import_many`; raises `_RollBack` when none applied."""
    conn = tx.session.connection()
    search: dict[str, list[tuple[int, str]]] = {}
    for name in specs():
        deferred.enter_context(deferred_indexes(conn, name, incoming.get(name, 0)))
        search[name] = deferred.enter_context(deferred_search_catch_up(conn, name))
    applied = 0
    for path in paths:
        marks = {name: len(changed) for name, changed in search.items()}
        counters = tx.counters()
        try:
            try:
                with tx.session.begin_nested():
                    verified, result = _verify_in(tx, path)
                    if result is None:
                        result = _result(verified)
                        _Merger(tx, verified, result, None, search).run(set_aside=False)
                        result.applied = True
            except (exc.IntegrityError, exc.DataError, OverflowError) as error:  # rolled back to the savepoint
                raise BundleDamaged(file=path.name) from error
        except AppError as error:
            for name, changed in search.items():  # the rolled-back rows' text stays as it was
                del changed[marks[name] :]
            tx.restore_counters(counters)
            done(path, None, error)
        else:
            applied += int(result.applied)
            done(path, result, None)
        if stop():
            break
    if not applied:
        raise _RollBack()


def _counts(manifest: dict[str, Any]) -> dict[str, int]:
    counts = manifest.get("counts")
    return {str(k): v for k, v in counts.items() if type(v) is int} if isinstance(counts, dict) else {}


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Bulk work makes many small objects and no cycles: the cyclic collector's passes over them
    cost a quarter of an import's time. Paused for the duration, as it was afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _RollBack(Exception):
    """Leaves a dry run's transaction without keeping anything."""


class _Merger:
    def __init__(
        self,
        tx: Tx,
        verified: fmt.Verified,
        result: ImportResult,
        progress: Progress | None,
        search: dict[str, list[tuple[int, str]]] | None = None,
    ) -> None:
        self.tx = tx
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
        self.search = search if search is not None else {}  # table -> (pk, old text) of changed search texts

    def run(self, *, set_aside: bool = True) -> None:
        """`set_aside`: this merge sets the indexes aside itself (`import_many` does it once)."""
        self.tx.receive_clock(int(self.v.manifest.get("clock", 0) or 0))
        counts = _counts(self.v.manifest)
        with ExitStack() as deferred:
            if set_aside:
                for name in specs():
                    deferred.enter_context(deferred_indexes(self.conn, name, counts.get(name, 0)))
                    self.search[name] = deferred.enter_context(deferred_search_catch_up(self.conn, name))
            self._run()
        self.peer.in_seq = max(self.peer.in_seq, int(self.v.manifest["seq"]))

    def _run(self) -> None:
        batch: list[dict[str, Any]] = []
        table = None
        done = 0
        for entry in fmt.records(self.v):
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
        self._finish_links()
        self.peer.in_number = self.v.number
        self.peer.acked_seq = max(self.peer.acked_seq, self.ack)
        r = self.result
        _history(
            self.tx, "in", self.sender, self.v.manifest, self.v.sha256, self.v.path.name,
            r.records, r.added, r.changed, r.deleted, r.conflicts,
        )  # fmt: skip

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
                inserts.append(self._new_row(spec, ident, origin, entry, stored=self.sqlite))
                self.result.added += 1
            else:
                merged = self._merge(spec, current, entry)
                if merged is not None:
                    updates.append(merged)
        if inserts:
            self._hold_links(spec, inserts, stored=self.sqlite)
            self._insert(spec, inserts)
        if updates:
            self._hold_links(spec, updates, stored=False)
            self._update(spec, updates)

    def _existing(self, spec: TableSpec, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
        """This copy's rows among `ids`, as Python values (on SQLite read through the driver and
        converted only where the stored form differs: three times faster than through the ORM)."""
        t = spec.table
        if self.conn.dialect.name != "sqlite":
            return {r["id"]: dict(r) for r in self.conn.execute(select(t).where(t.c.id.in_(ids))).mappings()}
        by_hex = {i.hex: i for i in ids}
        marks = ", ".join("?" * len(ids))
        cursor = self.conn.exec_driver_sql(f"SELECT * FROM {t.name} WHERE id IN ({marks})", tuple(by_hex)).cursor
        columns = [d[0] for d in cursor.description]
        convert = [(c, spec.python[c]) for c in columns if c in spec.python and c != "id"]
        out = {}
        for raw in cursor.fetchall():
            row = dict(zip(columns, raw, strict=True))
            for c, to_python in convert:
                if row[c] is not None:
                    row[c] = to_python(row[c])
            ident = row["id"] = by_hex[row["id"]]  # the id as already parsed, not parsed again
            out[ident] = row
        return out

    def _new_row(
        self, spec: TableSpec, ident: uuid.UUID, origin: str, entry: dict[str, Any], *, stored: bool
    ) -> dict[str, Any]:
        """A record this copy does not have yet, as sent (the bulk of a first exchange: kept lean).
        `stored`: values in SQLite's stored form, ready for the driver (text and numbers as sent,
        only dates, links and flags converted); otherwise Python values."""
        raw_values, raw_stamps = entry.get("v"), entry.get("m")
        try:
            if not isinstance(raw_values, dict) or not isinstance(raw_stamps, dict):
                raise TypeError("values and stamps must be objects")
            seq = self.tx.next_seq()
            first = raw_stamps[DEFAULT]
            default = [int(first[0]), str(first[1]), seq, self.sender]
            reduced = entry.get("r") or ()
            meta: dict[str, Stamp] = {DEFAULT: default}
            newest = default
            complete = not reduced and raw_values.keys() >= spec.field_set
            if not complete:
                for name in spec.fields:
                    if name not in raw_values or name in reduced:
                        meta[name] = UNKNOWN_STAMP
            for name, s in raw_stamps.items():
                if name in spec.field_set and name not in meta and name in raw_values:
                    stamp = meta[name] = [int(s[0]), str(s[1]), seq, self.sender]
                    if (stamp[0], stamp[1]) > (newest[0], newest[1]):
                        newest = stamp
            if stored:
                for name in spec.text.intersection(raw_values):  # text as text: see tables._text
                    if type(raw_values[name]) is not str and raw_values[name] is not None:
                        raise TypeError(f"{name}: text expected")
                row = dict(spec.blank_stored)
                row.update(raw_values)  # unknown names are never written; bookkeeping is set below
                for name, convert in spec.wire_to_stored.items():
                    value = row[name]
                    if value is not None and name in raw_values:
                        row[name] = convert(value)
            else:
                row = dict(spec.blank)
                for name, value in raw_values.items():
                    if name in spec.field_set:
                        row[name] = None if value is None else spec.decode[name](value)
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise BundleDamaged(file=self.v.path.name) from exc
        row.update(
            id=ident.hex if stored else ident,
            origin=origin,
            rev=1,
            modified_at=newest[0],
            modified_by=newest[1],
            sync_seq=seq,
            sync_meta=syncmeta.dump(meta),
        )
        if spec.model.sync_derived:
            given = self._given_derived(spec, entry) if complete else None
            if given is None:  # computed here (from text columns: the stored form serves as it is)
                try:
                    given = derived_values(spec.model, row)
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise BundleDamaged(file=self.v.path.name) from exc
            row.update(given)
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
        theirs_new_fields: set[str] = set()
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
            if name in reduced:
                value = decode[name](raw)
                if mine[3] == UNKNOWN and current[name] != value:
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
                theirs_new_fields.add(name)
                if self._mine_new(mine):
                    value = decode[name](raw)
                    if encode[name](current[name]) != encode[name](value):
                        self._conflict(spec, current, name, mine, value, theirs)
            if (theirs[0], theirs[1]) > (mine[0], mine[1]):
                taken[name], taken_stamps[name] = decode[name](raw), theirs
            else:
                kept_other = True
        if deleted is not None:
            self._delete_versus_edit(spec, current, meta, deleted, theirs_new_fields)
        self._close_superseded(spec, current, taken_stamps)
        if not taken:
            return None
        seq = self.tx.next_seq()
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

    def _mine_new(self, mine: Stamp) -> bool:
        """A write here the sender had not seen when it made the bundle."""
        return int(mine[2]) > self.ack and mine[3] != self.sender

    def _delete_versus_edit(
        self,
        spec: TableSpec,
        current: dict[str, Any],
        meta: dict[str, Stamp],
        deleted: tuple[Any, Stamp],
        theirs_new: set[str],
    ) -> None:
        value, theirs = deleted
        if value == current["deleted"]:
            return
        mine_default = meta[DEFAULT]
        mine_edits = [
            n
            for n in spec.fields
            if n not in ("deleted", "merged_into") and self._mine_new(meta.get(n) or mine_default)
        ]
        theirs_edits = theirs_new - {"deleted", "merged_into"}
        mine_deleted_new = self._mine_new(meta.get("deleted") or mine_default)
        if ("deleted" in theirs_new and mine_edits) or (mine_deleted_new and theirs_edits):
            self._conflict(spec, current, "deleted", meta.get("deleted") or mine_default, value, theirs)

    def _conflict(
        self, spec: TableSpec, current: dict[str, Any], name: str, mine: Stamp, value: Any, theirs: Stamp
    ) -> None:
        self.result.conflicts += 1
        self.open_conflicts.add(str(current["id"]))
        self.tx.session.add(
            orm.SyncConflict(
                table_name=spec.table.name,
                record_id=str(current["id"]),
                field=name,
                mine_value=json.dumps(spec.encode[name](current[name]), ensure_ascii=False),
                mine_clock=int(mine[0]),
                mine_writer=str(mine[1]),
                theirs_value=json.dumps(spec.encode[name](value), ensure_ascii=False),
                theirs_clock=int(theirs[0]),
                theirs_writer=str(theirs[1]),
                peer=self.sender,
                bundle_number=self.v.number,
                detected_at=self.now,
                resolved_at=None,
                resolution=None,
            )
        )

    def _close_superseded(self, spec: TableSpec, current: dict[str, Any], taken: dict[str, Stamp]) -> None:
        """An open conflict whose field now carries a write newer than both sides is settled."""
        if not taken or str(current["id"]) not in self.open_conflicts:
            return
        for conflict in self.tx.session.scalars(
            select(orm.SyncConflict).where(
                orm.SyncConflict.record_id == str(current["id"]),
                orm.SyncConflict.resolved_at.is_(None),
                orm.SyncConflict.field.in_(list(taken)),
            )
        ):
            stamp = taken[conflict.field]
            if stamp[0] > max(conflict.mine_clock, conflict.theirs_clock):
                conflict.resolved_at = self.now
                conflict.resolution = "superseded"

    def _derived(
        self, spec: TableSpec, row: dict[str, Any], entry: dict[str, Any], *, complete: bool
    ) -> dict[str, Any]:
        if not spec.model.sync_derived:
            return {}
        given = self._given_derived(spec, entry) if complete else None
        return given if given is not None else derived_values(spec.model, row)

    @staticmethod
    def _given_derived(spec: TableSpec, entry: dict[str, Any]) -> dict[str, Any] | None:
        """The sender's search text and sort key, taken as sent when the record came whole."""
        given = entry.get("x")
        if type(given) is not dict:
            return None
        out = {}
        for name in spec.model.sync_derived:
            value = given.get(name)
            if type(value) is not str:
                return None
            out[name] = value
        return out

    # links to records that may arrive later in the bundle, or never (not shared with us)
    def _hold_links(self, spec: TableSpec, rows: list[dict[str, Any]], *, stored: bool) -> None:
        for name, target in spec.links.items():
            # a merged row's own link was checked when it arrived: only links taken now count
            linking = [r for r in rows if "_columns" not in r or name in r["_columns"]]
            wanted = {r[name] for r in linking if r[name] is not None}
            if not wanted:
                continue
            if stored:  # SQLite's 32 hex digits
                marks = ", ".join("?" * len(wanted))
                found = self.conn.exec_driver_sql(f"SELECT id FROM {target.name} WHERE id IN ({marks})", tuple(wanted))
                present = {h for (h,) in found}
            else:
                present = set(self.conn.scalars(select(target.c.id).where(target.c.id.in_(list(wanted)))))
            if spec.table is target:
                present |= {r["id"] for r in rows} & wanted
            for r in linking:
                value = r[name]
                if value is not None and value not in present:
                    meta = json.loads(r["sync_meta"])
                    stamp = meta.get(name) or meta[DEFAULT]
                    ident, link = (uuid.UUID(hex=r["id"]), uuid.UUID(hex=value)) if stored else (r["id"], value)
                    self.deferred.append((spec, ident, name, link, stamp))
                    r[name] = None
                    meta[name] = UNKNOWN_STAMP
                    r["sync_meta"] = syncmeta.dump(meta)

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

    def _insert(self, spec: TableSpec, rows: list[dict[str, Any]]) -> None:
        t = spec.table
        if self.conn.dialect.name == "postgresql":
            # COPY, the server's bulk path, on the transaction's own connection (psycopg adapts
            # the Python values); several times faster than multi-row INSERTs
            names = [c.name for c in t.columns if c.name != "pk"]
            driver = self.conn.connection.driver_connection
            assert driver is not None
            import psycopg  # only here: the PostgreSQL extra

            take = itemgetter(*names)
            try:
                with driver.cursor() as cursor, cursor.copy(f"COPY {t.name} ({', '.join(names)}) FROM STDIN") as copy:
                    for r in rows:
                        copy.write_row(take(r))
            except (psycopg.DataError, psycopg.IntegrityError) as error:  # a value the table cannot hold
                raise BundleDamaged(file=self.v.path.name) from error
            return
        if self.conn.dialect.name != "sqlite":
            self.conn.execute(insert(t), rows)
            return
        # SQLite: straight to the driver, values in the column types' stored form, and the
        # full-text index filled once for the batch instead of by one trigger run per row
        names = [c.name for c in t.columns if c.name != "pk"]
        marks = ", ".join("?" * len(names))
        take = itemgetter(*names)
        params = [take(r) for r in rows]  # already in the stored form (_new_row)
        try:
            self.conn.exec_driver_sql(f"INSERT INTO {t.name} ({', '.join(names)}) VALUES ({marks})", params)
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
