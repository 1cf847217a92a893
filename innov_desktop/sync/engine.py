"""Export of bundles (sync/README.md describes the protocol); their verification and merge are in
merge.py, the tables in tables.py, the peers and conflicts in peers.py.

Every synced table takes part by mixing in `SyncColumns`: its fields are read from the table,
the merge is field by field, so a table added later needs no code here."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from innov_desktop.store import models as orm
from innov_desktop.store import syncmeta
from innov_desktop.store.database import Database
from innov_desktop.store.repos import Tx
from innov_desktop.store.syncmeta import DEFAULT, UNKNOWN
from innov_desktop.sync import bundle as fmt
from innov_desktop.sync import keys
from innov_desktop.sync.peers import Identity, identity, now, peer_for_export
from innov_desktop.sync.tables import TableSpec, specs

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
        with db.reader() as tx, gc_paused():
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
                "sender_key": keys.fingerprint(keys.public_b64(private)),  # says which key to expect
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
        record_history(tx, "out", peer_code, manifest, digest, out.name, total, 0, 0, 0, 0)
    return ExportResult(out, peer_code, number, total, counts, digest)


def _entries(tx: Tx, spec: TableSpec, me: Identity, peer: orm.SyncPeer) -> Iterator[dict[str, Any]]:
    t = spec.table
    stmt = select(t).where(t.c.sync_seq > peer.acked_seq).order_by(t.c.sync_seq)
    if not me.hq:
        stmt = stmt.where(t.c.origin == me.code)  # a center sends only what it owns
    # HQ relays people of other centers only with consent; without it, only the consent itself
    # travels (`_withdrawn`), so that a center that held the person forgets what it was given
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
                yield _line(spec, row, me, peer, encoded=True)
        return
    result = conn.execution_options(yield_per=CHUNK).execute(stmt)
    for mapping in result.mappings():
        yield _line(spec, mapping, me, peer, encoded=False)


def _line(spec: TableSpec, row: Any, me: Identity, peer: orm.SyncPeer, *, encoded: bool) -> dict[str, Any]:
    flag = spec.shared_flag
    if flag is None or row[flag]:
        return _entry(spec, row, redact=False, encoded=encoded)
    if not me.hq:
        return _entry(spec, row, redact=True, encoded=encoded)  # HQ gets the record without a name
    if row["origin"] != peer.code:
        return _withdrawn(spec, row, flag)
    return _entry(spec, row, redact=False, encoded=encoded)  # its own center's record, as HQ holds it


def _withdrawn(spec: TableSpec, row: Any, flag: str) -> dict[str, Any]:
    """Another center's record without consent to share, for a center that may hold it from
    when it was shared: the consent alone (and its stamp), nothing of the person. The center
    forgets the record's withheld fields, or ignores the line when it never held the record."""
    meta = syncmeta.load(row["sync_meta"], row["modified_at"], row["modified_by"], row["sync_seq"])
    stamp = meta.get(flag) or meta[DEFAULT]
    return {
        "t": spec.table.name,
        "id": str(row["id"]),
        "o": row["origin"],
        "v": {flag: False},
        "m": {DEFAULT: stamp[:3]},
    }


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


def record_history(
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
            seq=_int_or_none(manifest.get("seq")),
            ack_number=_int_or_none(manifest.get("ack_number")),
        )
    )


def _int_or_none(value: Any) -> int | None:
    return value if type(value) is int else None


@contextmanager
def gc_paused() -> Iterator[None]:
    """Bulk work makes many small objects and no cycles: the cyclic collector's passes over them
    cost a quarter of an import's time. Paused for the duration, as it was afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
