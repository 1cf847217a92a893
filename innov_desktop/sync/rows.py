"""A record this copy does not have yet, as a bundle's line makes it: work that needs no database,
shared by the merge (merge.py) and the helper process that prepares lines ahead (helper.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from innov_desktop.domain.errors import BundleDamaged
from innov_desktop.store import syncmeta
from innov_desktop.store.repos import derived_values
from innov_desktop.store.syncmeta import DEFAULT, UNKNOWN_STAMP, Stamp
from innov_desktop.sync.tables import TableSpec

# a change sequence number no copy reaches: the helper builds rows with it, and the merge puts the
# number it reserves in its place (`fill_seq`)
SEQ_MARK = -(1 << 62) - 8_191
MARK_TEXT = str(SEQ_MARK)


@dataclass(frozen=True, slots=True)
class Shape:
    complete: bool  # every field sent, none reduced: the sender's search text and sort key serve
    unknown: tuple[str, ...]  # fields held as unknown (not sent, or sent reduced)
    fields: tuple[str, ...]  # fields sent (names this version does not have are ignored)
    stamped: frozenset[str]  # fields sent whole (their own stamps count)
    text: tuple[str, ...]  # text fields sent
    convert: tuple[tuple[str, Callable[[Any], Any]], ...]  # sent fields whose stored form differs


class RowMaker:
    """New rows from one sender's lines; what follows from the set of fields a line sends is
    worked out once per set (the same for most lines of a bundle)."""

    def __init__(self, sender: str, file: str) -> None:
        self.sender = sender
        self.file = file
        self._shapes: dict[tuple[str, tuple[str, ...], tuple[str, ...]], Shape] = {}
        self.stamps = 0  # stamps carrying `seq` in the last row made (for `fill_seq`)

    def new_row(
        self, spec: TableSpec, ident: Any, origin: str, entry: dict[str, Any], seq: int, *, stored: bool
    ) -> dict[str, Any]:
        """The row of a record this copy does not have yet, as sent (the bulk of a first exchange:
        kept lean). `ident`: the id as the row holds it. `stored`: values in SQLite's stored form,
        ready for the driver (text and numbers as sent, only dates, links and flags converted);
        otherwise Python values."""
        raw_values, raw_stamps = entry.get("v"), entry.get("m")
        try:
            if type(raw_values) is not dict or type(raw_stamps) is not dict:
                raise TypeError("values and stamps must be objects")
            reduced = entry.get("r") or ()
            shape = self.shape(spec, tuple(raw_values), tuple(reduced))
            first = raw_stamps[DEFAULT]
            newest = default = [int(first[0]), str(first[1]), seq, self.sender]
            meta: dict[str, Stamp] = {DEFAULT: default}
            meta.update(dict.fromkeys(shape.unknown, UNKNOWN_STAMP))
            stamps = 1
            if len(raw_stamps) > 1:
                for name, s in raw_stamps.items():
                    if name in shape.stamped and name not in meta:
                        stamp = meta[name] = [int(s[0]), str(s[1]), seq, self.sender]
                        stamps += 1
                        if (stamp[0], stamp[1]) > (newest[0], newest[1]):
                            newest = stamp
            if stored:
                for name in shape.text:  # text as text: see tables._text
                    value = raw_values[name]
                    if type(value) is not str and value is not None:
                        raise TypeError(f"{name}: text expected")
                row = dict(spec.blank_stored)
                row.update(raw_values)  # unknown names are never written; bookkeeping is set below
                for name, convert in shape.convert:
                    value = row[name]
                    if value is not None:
                        row[name] = convert(value)
            else:
                row = dict(spec.blank)
                for name in shape.fields:
                    value = raw_values[name]
                    row[name] = None if value is None else spec.decode[name](value)
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise BundleDamaged(file=self.file) from exc
        row["id"] = ident
        row["origin"] = origin
        row["rev"] = 1
        row["modified_at"] = newest[0]
        row["modified_by"] = newest[1]
        row["sync_seq"] = seq
        row["sync_meta"] = syncmeta.dump(meta)
        self.stamps = stamps
        if spec.model.sync_derived:
            given = given_derived(spec, entry) if shape.complete else None
            if given is None:  # computed here (from text columns: the stored form serves as it is)
                try:
                    given = derived_values(spec.model, row)
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise BundleDamaged(file=self.file) from exc
            row.update(given)
        return row

    def shape(self, spec: TableSpec, names: tuple[str, ...], reduced: tuple[str, ...]) -> Shape:
        """What follows from which fields a line sends."""
        key = (spec.table.name, names, reduced)
        shape = self._shapes.get(key)
        if shape is None:
            sent = frozenset(names)
            unknown = tuple(n for n in spec.fields if n not in sent or n in reduced)
            shape = self._shapes[key] = Shape(
                complete=not reduced and sent >= spec.field_set,
                unknown=unknown,
                fields=tuple(n for n in names if n in spec.field_set),
                stamped=frozenset(n for n in names if n in spec.field_set and n not in unknown),
                text=tuple(n for n in names if n in spec.text),
                convert=tuple((n, c) for n, c in spec.wire_to_stored.items() if n in sent),
            )
        return shape


def given_derived(spec: TableSpec, entry: dict[str, Any]) -> dict[str, Any] | None:
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


def columns(spec: TableSpec) -> list[str]:
    """A new row's columns in the order the helper hands them over and the merge writes them:
    every one but the local key, the two that hold the change sequence last."""
    last = ("sync_seq", "sync_meta")
    return [c.name for c in spec.table.columns if c.name != "pk" and c.name not in last] + list(last)


def fill_seq(prepared: tuple[Any, ...], seq: int) -> tuple[Any, ...]:
    """A row the helper prepared (every column of `columns` but the last two, then `sync_meta`
    with the mark for the sequence) with the sequence number the merge gives it."""
    return (*prepared[:-1], seq, prepared[-1].replace(MARK_TEXT, str(seq)))
