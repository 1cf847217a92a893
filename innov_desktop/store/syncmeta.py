"""Per-field stamps of synced records (sync/README.md, "Stamps").

A stamp is `[clock, writer, seq, source]`: the hybrid-logical clock and writer of the write that
set the field (the same on every copy), this installation's change sequence when the value
arrived here, and where it came from ("self" or the peer's code; "~" marks a field this copy does
not know, e.g. a name withheld without consent). `sync_meta` holds `{"_": default, field: stamp}`;
a field without its own entry carries the default. Empty `sync_meta` means every field carries the
record's own (modified_at, modified_by, sync_seq, "self")."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import orjson
from sqlalchemy import Table

from innov_desktop.store import models as orm

Stamp = list[Any]  # [clock, writer, seq, source]
SELF = "self"
UNKNOWN = "~"
UNKNOWN_STAMP: Stamp = [0, "", 0, UNKNOWN]
DEFAULT = "_"

_BOOKKEEPING = frozenset({"pk", "id", "origin", "rev", "modified_at", "modified_by", "sync_seq", "sync_meta"})


@lru_cache(maxsize=1)
def synced_models() -> tuple[type[orm.SyncColumns], ...]:
    """Every mapped class with the sync columns, parents before children (foreign keys)."""
    by_table = {
        table_of(m.class_).name: m.class_ for m in orm.Base.registry.mappers if issubclass(m.class_, orm.SyncColumns)
    }
    return tuple(by_table[t.name] for t in orm.Base.metadata.sorted_tables if t.name in by_table)


def table_of(model: type[orm.SyncColumns]) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def fields_of(model: type[orm.SyncColumns]) -> tuple[str, ...]:
    """The columns that travel and merge one by one."""
    cached = _FIELDS.get(model)
    if cached is None:
        cached = _FIELDS[model] = _fields(model)
    return cached


_FIELDS: dict[type[orm.SyncColumns], tuple[str, ...]] = {}


def _fields(model: type[orm.SyncColumns]) -> tuple[str, ...]:
    derived = set(model.sync_derived)
    return tuple(c.name for c in table_of(model).columns if c.name not in _BOOKKEEPING and c.name not in derived)


def load(sync_meta: str, modified_at: int, modified_by: str, sync_seq: int) -> dict[str, Stamp]:
    if not sync_meta:
        return {DEFAULT: [modified_at, modified_by, sync_seq, SELF]}
    meta: dict[str, Stamp] = orjson.loads(sync_meta)
    for name, stamp in meta.items():
        if len(stamp) == 5:  # written by an early build: [clock, writer, sender's seq, seq here, source]
            meta[name] = [stamp[0], stamp[1], stamp[3], stamp[4]]
    return meta


def dump(meta: dict[str, Stamp]) -> str:
    return orjson.dumps(meta).decode("utf-8")  # compact, UTF-8: as json.dumps(separators=(",", ":"))


def stamp_of(meta: dict[str, Stamp], field: str) -> Stamp:
    return meta.get(field) or meta[DEFAULT]


def restamp(meta: dict[str, Stamp], fields: Iterable[str], changed: Iterable[str], stamp: Stamp) -> dict[str, Stamp]:
    """`changed` fields take `stamp`; the others keep theirs. Returns the stamps compacted."""
    fields = tuple(fields)
    changed = set(changed)
    default = meta.get(DEFAULT)
    full = {f: stamp if f in changed else (meta.get(f) or default or stamp) for f in fields}
    return compact(full)


def compact(full: dict[str, Stamp]) -> dict[str, Stamp]:
    """Every field's stamp -> the most common one as the default, the others per field (a record
    where two fields changed then travels with two stamps, not with fifteen)."""
    counts: dict[tuple[Any, ...], int] = {}
    for stamp in full.values():
        key = tuple(stamp)
        counts[key] = counts.get(key, 0) + 1
    default = list(max(counts.items(), key=lambda item: item[1])[0]) if counts else list(UNKNOWN_STAMP)
    out: dict[str, Stamp] = {DEFAULT: default}
    out.update({name: s for name, s in full.items() if s != default})
    return out


def withheld(row: Any, model: type[orm.SyncColumns] | None = None) -> frozenset[str]:
    """The fields of a synced row this copy holds as unknown (withheld from it without consent),
    whether they carry the unknown stamp of their own or as the record's default. `model`: the
    mapped class, for a plain row of its table (a Core row knows no model)."""
    if not row.sync_meta:
        return frozenset()
    meta = load(row.sync_meta, row.modified_at, row.modified_by, row.sync_seq)
    return frozenset(name for name in fields_of(model or type(row)) if stamp_of(meta, name)[3] == UNKNOWN)


def latest(meta: dict[str, Stamp]) -> Stamp:
    """The newest known write among the fields (for modified_at / modified_by)."""
    return max((s for s in meta.values() if s[3] != UNKNOWN), key=lambda s: (s[0], s[1]), default=UNKNOWN_STAMP)
