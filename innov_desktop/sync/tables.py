"""The synced tables as sync sees them: their fields, links and consent rules read from the
models, and each column's value on the wire and as SQLite stores it. A table joins sync by mixing
in `SyncColumns`; nothing here names a table."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Any

from sqlalchemy import Table

from innov_desktop.store import models as orm
from innov_desktop.store import syncmeta


def encoder(column: Any) -> Callable[[Any], Any]:
    python_type = column_type(column)
    if python_type is uuid.UUID or python_type is date:
        return lambda v: None if v is None else str(v)
    return lambda v: v


def decoder(column: Any) -> Callable[[Any], Any]:
    python_type = column_type(column)
    if python_type is uuid.UUID:
        return lambda v: None if v is None else uuid.UUID(str(v))
    if python_type is date:
        return lambda v: None if v is None else date.fromisoformat(str(v))
    if python_type is bool:
        return lambda v: None if v is None else bool(v)
    if python_type is int:
        return lambda v: None if v is None else int(v)
    return _text


def _text(value: Any) -> str | None:
    """A text field as sent: text or nothing; anything else marks a damaged bundle (a number or a
    list is not turned into text, so that every copy refuses it alike)."""
    if value is None or type(value) is str:
        return value
    raise TypeError(f"text expected, got {type(value).__name__}")


def sqlite_stored(column: Any) -> Callable[[Any], Any]:
    """How SQLAlchemy's types store a value in SQLite (UUID as 32 hex digits, dates as ISO text)."""
    python_type = column_type(column)
    if python_type is uuid.UUID:
        return lambda v: None if v is None else v.hex
    if python_type is date:
        return lambda v: None if v is None else v.isoformat()
    if python_type is bool:
        return lambda v: None if v is None else int(v)
    return lambda v: v


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def uuid_hex(value: Any) -> str:
    """A UUID as sent (checked) to SQLite's 32 hex digits; the canonical form without building a
    UUID object (five times faster), any other form through `uuid.UUID`."""
    if type(value) is str and _CANONICAL_UUID.fullmatch(value):
        return value.replace("-", "")
    return uuid.UUID(value).hex


def stored_of_wire(column: Any) -> Callable[[Any], Any]:
    """A wire value (not None) to SQLite's stored form, checked: a malformed value raises."""
    python_type = column_type(column)
    if python_type is uuid.UUID:
        return uuid_hex
    if python_type is date:
        return lambda v: date.fromisoformat(v).isoformat()
    if python_type is bool:
        return lambda v: 1 if bool(v) else 0
    if python_type is int:
        return int
    return str


def python_of_stored(column: Any) -> Callable[[Any], Any]:
    """SQLite's stored form back to the Python value (the inverse of `sqlite_stored`; not None)."""
    python_type = column_type(column)
    if python_type is uuid.UUID:
        return lambda h: uuid.UUID(hex=h)
    if python_type is date:
        return date.fromisoformat
    return bool


def wire_of_stored(column: Any) -> Callable[[Any], Any]:
    """SQLite's stored form to the wire form (dates are ISO text in both)."""
    if column_type(column) is uuid.UUID:
        return lambda h: f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return bool


def column_type(column: Any) -> Any:
    try:
        return column.type.python_type
    except NotImplementedError:
        return str


@dataclass(frozen=True)
class TableSpec:
    model: type[orm.SyncColumns]
    table: Table
    fields: tuple[str, ...]
    encode: dict[str, Callable[[Any], Any]]
    decode: dict[str, Callable[[Any], Any]]
    links: dict[str, Table]  # field -> referenced synced table (by id)
    stored: dict[str, Callable[[Any], Any]]  # every column -> its value as SQLite stores it
    text: frozenset[str]  # fields stored as text: a string on the wire is already the value
    blank: dict[str, Any]  # the value of a field this copy does not know
    converted: frozenset[str]  # columns whose stored form differs from the Python value
    wire: dict[str, Callable[[Any], Any]]  # SQLite's stored form -> the value on the wire, where they differ
    python: dict[str, Callable[[Any], Any]]  # SQLite's stored form -> the Python value, where they differ
    field_set: frozenset[str]
    blank_stored: dict[str, Any]  # a field this copy does not know, as SQLite stores it
    wire_to_stored: dict[str, Callable[[Any], Any]]  # fields whose stored form differs from the wire
    private_keep: tuple[str, ...] | None  # without consent, only these travel to HQ
    shared_flag: str | None  # relayed to other centers only when this column is true


def _specs() -> dict[str, TableSpec]:
    out: dict[str, TableSpec] = {}
    synced = {syncmeta.table_of(m).name for m in syncmeta.synced_models()}
    for model in syncmeta.synced_models():
        table = syncmeta.table_of(model)
        fields = syncmeta.fields_of(model)
        links = {
            fk.parent.name: fk.column.table
            for fk in table.foreign_keys
            if fk.column.table.name in synced and fk.column.name == "id" and fk.parent.name in fields
        }
        keep = getattr(model, "sync_private_keep", None)
        out[table.name] = TableSpec(
            model,
            table,
            fields,
            {f: encoder(table.c[f]) for f in fields},
            {f: decoder(table.c[f]) for f in fields},
            links,
            {c.name: sqlite_stored(c) for c in table.columns},
            frozenset(f for f in fields if column_type(table.c[f]) is str),
            {f: blank(table.c[f]) for f in fields},
            frozenset(c.name for c in table.columns if column_type(c) in (uuid.UUID, date, bool)),
            {c.name: wire_of_stored(c) for c in table.columns if column_type(c) in (uuid.UUID, bool)},
            {c.name: python_of_stored(c) for c in table.columns if column_type(c) in (uuid.UUID, date, bool)},
            frozenset(fields),
            {f: sqlite_stored(table.c[f])(blank(table.c[f])) for f in fields},
            {f: stored_of_wire(table.c[f]) for f in fields if column_type(table.c[f]) is not str},
            tuple(keep) if keep else None,
            "consent_to_share" if keep else None,
        )
    return out


_SPECS: dict[str, TableSpec] | None = None


def specs() -> dict[str, TableSpec]:
    global _SPECS
    if _SPECS is None:
        _SPECS = _specs()
    return _SPECS


def stored_rows(spec: TableSpec, names: list[str], rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """The rows' values of `names` as SQLite stores them, converting only the columns that need it."""
    converted = [(i, spec.stored[n]) for i, n in enumerate(names) if n in spec.converted]
    take = itemgetter(*names)
    if len(names) == 1 or converted:
        out = []
        for r in rows:
            values = [r[n] for n in names]
            for i, convert in converted:
                values[i] = convert(values[i])
            out.append(tuple(values))
        return out
    return [take(r) for r in rows]


def blank(column: Any) -> Any:
    if column.nullable:
        return None
    python_type = column_type(column)
    if python_type is bool:
        return False
    if python_type is int:
        return 0
    return ""
