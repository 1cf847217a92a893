"""Record access inside one transaction. Each write bumps `rev`, takes a fresh hybrid-logical
clock value and keeps `search_text` current (the full-text triggers follow it)."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from types import SimpleNamespace
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import Boolean, ColumnElement, Table, and_, func, insert, or_, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session

from innov_desktop.domain import hlc
from innov_desktop.domain import models as dm
from innov_desktop.domain.enums import AuditAction
from innov_desktop.domain.errors import WithheldFields
from innov_desktop.domain.text import code_query, looks_like_code, query_tokens
from innov_desktop.store import convert, syncmeta
from innov_desktop.store import models as orm

_UNREAD = object()
CLOCK_KEY = "hlc"
SEQ_KEY = "seq:sync"
SELF_KEY = "self_center"
MODE_KEY = "mode"  # "hq" or "center"


class Tx:
    """One unit of work: repositories sharing a session, a clock and the acting identity."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._clock: int | None = None
        self._seq: int | None = None
        self._actor: str | None = None
        self._center_code: object = _UNREAD
        self.state = StateRepo(self)
        self.people = PeopleRepo(self)
        self.organizations = OrganizationRepo(self)
        self.centers = CenterRepo(self)
        self.audit = AuditRepo(self)

    @property
    def session_for_lists(self) -> Session:
        """The session the list queries of `store.lists` run on (store-internal)."""
        return self.session

    # identity of this installation, read once per transaction
    @property
    def center_code(self) -> str | None:
        if self._center_code is _UNREAD:
            self._center_code = self.state.get(SELF_KEY)
        return self._center_code  # type: ignore[return-value]

    @property
    def is_hq(self) -> bool:
        return self.state.get(MODE_KEY) == "hq"

    def set_center_code(self, code: str) -> None:
        self.state.set(SELF_KEY, code)
        self._center_code = code

    @property
    def actor(self) -> str:
        if self._actor is None:
            self._actor = self.center_code or "local"
        return self._actor

    def tick(self) -> int:
        if self._clock is None:
            self._clock = int(self.state.get(CLOCK_KEY) or 0)
        self._clock = hlc.tick(self._clock)
        return self._clock

    def receive_clock(self, remote: int) -> None:
        """Move this installation's clock past a clock value seen in a bundle."""
        if self._clock is None:
            self._clock = int(self.state.get(CLOCK_KEY) or 0)
        self._clock = hlc.receive(self._clock, remote)

    def next_seq(self) -> int:
        """The next local change sequence number (what exports select on)."""
        if self._seq is None:
            self._seq = int(self.state.get(SEQ_KEY) or 0)
        self._seq += 1
        return self._seq

    def counters(self) -> tuple[int | None, int | None]:
        """The clock and sequence as this transaction holds them (for `restore_counters`)."""
        return self._clock, self._seq

    def restore_counters(self, saved: tuple[int | None, int | None]) -> None:
        """Back to `counters()` after a savepoint was rolled back: what it read leaves no trace."""
        self._clock, self._seq = saved

    def current_seq(self) -> int:
        return self._seq if self._seq is not None else int(self.state.get(SEQ_KEY) or 0)

    def flush_clock(self) -> None:
        if self._clock is not None:
            self.state.set(CLOCK_KEY, str(self._clock))
        if self._seq is not None:
            self.state.set(SEQ_KEY, str(self._seq))

    def next_number(self, kind: str, count: int = 1) -> int:
        """Reserve `count` consecutive sequence numbers for `kind`; return the first."""
        key = f"seq:{kind}"
        first = int(self.state.get(key) or 0) + 1
        self.state.set(key, str(first + count - 1))
        return first


class StateRepo:
    def __init__(self, tx: Tx) -> None:
        self.s = tx.session

    def get(self, key: str) -> str | None:
        row = self.s.get(orm.LocalState, key)
        return row.value if row else None

    def set(self, key: str, value: str) -> None:
        row = self.s.get(orm.LocalState, key)
        if row is None:
            self.s.add(orm.LocalState(key=key, value=value))
        else:
            row.value = value


def _search_tokens(query: str) -> list[str]:
    return [code_query(query)] if looks_like_code(query) else query_tokens(query)


# what the index's tokenizer keeps as one token: letters and digits, less the marks its Unicode 6.1
# tables count as separators where Python's newer ones see letters (New Tai Lue vowel signs, two
# Vedic signs); a test asks SQLite about every character
_INDEX_TOKEN = re.compile(r"[^\W_\u19b0-\u19c0\u19c8\u19c9\u1cf2\u1cf3]+")


def fts_match_expression(query: str) -> str | None:
    """Each typed word as a prefix, in any order. The index keeps no word positions
    (`detail=none`), so no term may be a phrase: a word the tokenizer would cut in two (at `_`)
    becomes two terms."""
    tokens = [piece for t in _search_tokens(query) for piece in _INDEX_TOKEN.findall(t)]
    if not tokens:
        return None
    return " ".join('"' + t.replace('"', '""') + '"*' for t in tokens)


class TextSearch(ColumnElement[bool]):
    """ "The record's search text holds every word of the query as a prefix": the full-text index
    on SQLite; on PostgreSQL (HQ's central directory) a LIKE over the same search text."""

    inherit_cache = False
    type = Boolean()

    def __init__(self, table: str, pk: Any, query: str) -> None:
        self.table_name = table
        self.pk = pk
        self.fts_query = fts_match_expression(query) or '""'
        self.tokens = _search_tokens(query)


@compiles(TextSearch)
def _compile_fts(element: TextSearch, compiler: Any, **kw: Any) -> str:
    table = element.table_name
    condition = text(f"{table}_fts MATCH :m").bindparams(m=element.fts_query)
    return str(
        compiler.process(element.pk.in_(select(text("rowid")).select_from(text(f"{table}_fts")).where(condition)), **kw)
    )


@compiles(TextSearch, "postgresql")
def _compile_like(element: TextSearch, compiler: Any, **kw: Any) -> str:
    column = orm.Base.metadata.tables[element.table_name].c.search_text
    escaped = [t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for t in element.tokens]
    return str(compiler.process(and_(*[column.like(f"% {t}%") | column.like(f"{t}%") for t in escaped]), **kw))


def stamp_row(tx: Tx, row: Any, changed: Iterable[str]) -> None:
    """A local write: rev, clock and sequence move on; `changed` fields take the new stamp."""
    meta = syncmeta.load(row.sync_meta, row.modified_at, row.modified_by, row.sync_seq)
    clock, seq = tx.tick(), tx.next_seq()
    meta = syncmeta.restamp(meta, syncmeta.fields_of(type(row)), changed, [clock, tx.actor, seq, syncmeta.SELF])
    row.sync_meta = syncmeta.dump(meta)
    row.rev = (row.rev or 0) + 1
    row.modified_at = clock
    row.modified_by = tx.actor
    row.sync_seq = seq


class _SyncedRepo:
    model: type[orm.SyncColumns]
    table_name: str
    kind: str

    def __init__(self, tx: Tx) -> None:
        self.tx = tx
        self.s = tx.session

    def _row(self, ident: uuid.UUID) -> Any:
        return self.s.scalars(select(self.model).where(self.model.id == ident)).one_or_none()

    def _stamp(self, row: Any, changed: Iterable[str]) -> None:
        stamp_row(self.tx, row, changed)

    def _new_meta(self) -> dict[str, Any]:
        return {
            "origin": self.tx.center_code or "local",
            "rev": 1,
            "modified_at": self.tx.tick(),
            "modified_by": self.tx.actor,
            "deleted": False,
            "sync_seq": self.tx.next_seq(),
            "sync_meta": "",
        }

    def count(self, *, include_deleted: bool = False) -> int:
        stmt = select(func.count()).select_from(self.model)
        if not include_deleted:
            stmt = stmt.where(self.model.deleted.is_(False))
        return int(self.s.scalar(stmt) or 0)

    def _fts_rows(self, query: str, limit: int) -> list[Any]:
        match = fts_match_expression(query)
        if match is None:
            return []
        if self.s.get_bind().dialect.name != "sqlite":
            m: Any = self.model
            found = select(m).where(m.deleted.is_(False), TextSearch(self.table_name, m.pk, query))
            return list(self.s.scalars(found.order_by(m.pk.desc()).limit(limit)))
        table = self.table_name
        stmt = text(
            f"SELECT {table}.* FROM {table}_fts JOIN {table} ON {table}.pk = {table}_fts.rowid "
            f"WHERE {table}_fts MATCH :match AND {table}.deleted = 0 "
            f"ORDER BY {table}_fts.rowid DESC LIMIT :limit"
        )
        return list(self.s.scalars(select(self.model).from_statement(stmt), {"match": match, "limit": limit}))

    def tombstone(self, ident: uuid.UUID) -> Any | None:
        row = self._row(ident)
        if row is None or row.deleted:
            return None
        if syncmeta.withheld(row):  # HQ cannot tell who this is: only the owner deletes it
            raise WithheldFields()
        row.deleted = True
        row.search_text = ""
        self._stamp(row, ("deleted",))
        return row


I = TypeVar("I")  # noqa: E741  the input dataclass
R = TypeVar("R")  # the record dataclass


class _RecordRepo(_SyncedRepo, Generic[I, R]):
    """Add, change, tombstone, bring back, find and page one kind of shared record. Subclasses
    name the conversions; every write keeps rev, clock, search text and sort key current."""

    columns: Callable[[I], dict[str, Any]]
    search_text: Callable[[I, str], str]
    sort_name: Callable[[I], str]
    record_of: Callable[[Any], R]
    number_format: str  # with {center} and {seq}

    def add(self, data: I) -> R:
        (record,) = self.add_many([data], return_records=True)
        return record

    def add_many(self, items: Iterable[I], *, return_records: bool = False) -> list[R]:
        """Insert many records in one statement batch (bulk path used by demo data and imports)."""
        batch = list(items)
        first = self.tx.next_number(self.kind, len(batch))
        center = self.tx.center_code or "LOCAL"
        rows = []
        for i, data in enumerate(batch):
            number = self.number_format.format(center=center, seq=first + i)
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "number": number,
                    **self.columns(data),
                    "search_text": self.search_text(data, number),
                    "sort_name": self.sort_name(data),
                    **self._new_meta(),
                }
            )
        if rows:  # Core insert: no ORM bookkeeping for rows nobody holds
            self.s.connection().execute(insert(cast(Table, self.model.__table__)), rows)  # type: ignore[attr-defined]
        if not return_records:
            return []
        return [self.get(r["id"]) for r in rows]  # type: ignore[misc]

    def get(self, ident: uuid.UUID, *, include_deleted: bool = False) -> R | None:
        row = self._row(ident)
        if row is None or (row.deleted and not include_deleted):
            return None
        return self.record_of(row)

    def update(self, ident: uuid.UUID, data: I) -> tuple[R, R] | None:
        row = self._row(ident)
        if row is None or row.deleted:
            return None
        before = self.record_of(row)
        # compared with the record as read, not as stored: a word this version cannot read (a
        # newer version's role) is not "changed" by a form that never showed it, and stays
        held = self.columns(cast(Any, before).data)  # every record type carries its input as .data
        changed = {key: value for key, value in self.columns(data).items() if held[key] != value}
        if changed.keys() & syncmeta.withheld(row):
            # a write here would be newer and replace, at the center, a value this copy never saw
            raise WithheldFields()
        for key, value in changed.items():
            setattr(row, key, value)
        row.search_text = self.search_text(data, row.number)
        row.sort_name = self.sort_name(data)
        self._stamp(row, list(changed))
        self.s.flush()
        return before, self.record_of(row)

    def delete(self, ident: uuid.UUID) -> R | None:
        row = self.tombstone(ident)
        return self.record_of(row) if row is not None else None

    def undelete(self, ident: uuid.UUID) -> R | None:
        row = self._row(ident)
        if row is None or not row.deleted or getattr(row, "merged_into", None) is not None:
            return None  # a merged record stays merged: its links live on the kept one
        row.deleted = False
        row.search_text = self.search_text(self.record_of(row).data, row.number)  # type: ignore[attr-defined]
        self._stamp(row, ("deleted",))
        self.s.flush()
        return self.record_of(row)

    def search(self, query: str, limit: int = 50) -> list[R]:
        return [self.record_of(r) for r in self._fts_rows(query, limit)]

    def page(self, offset: int, limit: int) -> list[R]:
        m: Any = self.model
        stmt = select(m).where(m.deleted.is_(False)).order_by(m.sort_name, m.pk).offset(offset).limit(limit)
        return [self.record_of(r) for r in self.s.scalars(stmt)]


class PeopleRepo(_RecordRepo[dm.PersonInput, dm.Person]):
    table_name = "person"
    model = orm.Person
    kind = "person"
    columns = staticmethod(convert.person_columns)
    search_text = staticmethod(convert.person_search_text)
    sort_name = staticmethod(convert.person_sort_name)
    record_of = staticmethod(convert.person_of)
    number_format = "{center}-{seq:06d}"

    def candidates(self, data: dm.PersonInput, exclude: uuid.UUID | None, limit: int = 200) -> list[dm.Person]:
        """Live people sharing the e-mail, the phone or the birth date of `data`."""
        p = orm.Person
        conds = []
        if data.email:
            conds.append(func.lower(p.email) == data.email.lower())
        if data.phone:
            conds.append(p.phone == data.phone)
        if data.birth_date:
            conds.append(p.birth_date == data.birth_date)
        if not conds:
            return []
        stmt = select(p).where(p.deleted.is_(False), or_(*conds))
        if exclude is not None:
            stmt = stmt.where(p.id != exclude)
        return [convert.person_of(r) for r in self.s.scalars(stmt.limit(limit))]

    def shared_values(self, column: str) -> Iterator[list[dm.Person]]:
        """Groups of live people with the same non-empty value in `column` (email, phone, birth_date)."""
        p = orm.Person
        col = getattr(p, column)
        key = func.lower(col) if column == "email" else col
        values = select(key).where(p.deleted.is_(False), col.is_not(None)).group_by(key).having(func.count() > 1)
        current: list[dm.Person] = []
        last: object = object()
        stmt = select(p).where(p.deleted.is_(False), key.in_(values)).order_by(key, p.pk)
        for row in self.s.scalars(stmt):
            value = getattr(row, column).lower() if column == "email" else getattr(row, column)
            if value != last and current:
                yield current
                current = []
            last = value
            current.append(convert.person_of(row))
        if current:
            yield current

    def merge_into(
        self, keep: uuid.UUID, drop: uuid.UUID, data: dm.PersonInput, *, owner: str | None = None
    ) -> tuple[dm.Person, int]:
        """`keep` takes `data`; every link to `drop` moves to `keep` (with `owner`, only links in
        records that `owner` owns: the others follow the tombstone's pointer); `drop` becomes a
        tombstone pointing to `keep`. Returns the kept person and how many links moved."""
        moved = 0
        for model in syncmeta.synced_models():
            for fk in syncmeta.table_of(model).foreign_keys:
                if fk.column.table.name == "person" and fk.column.name == "id":
                    column = getattr(model, fk.parent.name)
                    stmt = select(model).where(column == drop)
                    if owner is not None:
                        stmt = stmt.where(model.origin == owner)
                    for linked in self.s.scalars(stmt):
                        setattr(linked, fk.parent.name, keep)  # stamped: the move travels in sync
                        stamp_row(self.tx, linked, (fk.parent.name,))
                        moved += 1
        pair = self.update(keep, data)
        assert pair is not None
        row = self._row(drop)
        row.merged_into = keep
        row.deleted = True
        row.search_text = ""
        self._stamp(row, ("deleted", "merged_into"))
        self.s.flush()
        return pair[1], moved

    def find_by_email(self, email: str) -> dm.Person | None:
        row = self.s.scalars(
            select(orm.Person).where(orm.Person.email == email, orm.Person.deleted.is_(False)).limit(1)
        ).first()
        return convert.person_of(row) if row else None


class OrganizationRepo(_RecordRepo[dm.OrganizationInput, dm.Organization]):
    table_name = "organization"
    model = orm.Organization
    kind = "organization"
    columns = staticmethod(convert.organization_columns)
    search_text = staticmethod(convert.organization_search_text)
    sort_name = staticmethod(convert.organization_sort_name)
    record_of = staticmethod(convert.organization_of)
    number_format = "{center}-ORG-{seq:05d}"

    def ids(self) -> list[uuid.UUID]:
        return list(self.s.scalars(select(orm.Organization.id).where(orm.Organization.deleted.is_(False))))


class CenterRepo(_SyncedRepo):
    table_name = "center"
    model = orm.Center
    kind = "center"

    def add(self, data: dm.CenterInput, *, origin: str) -> dm.Center:
        row = orm.Center(id=uuid.uuid4(), **convert.center_columns(data), **self._new_meta())
        row.origin = origin
        row.modified_by = origin
        self.s.add(row)
        self.s.flush()
        return convert.center_of(row)

    def by_code(self, code: str) -> dm.Center | None:
        row = self.s.scalars(select(orm.Center).where(orm.Center.code == code)).one_or_none()
        return convert.center_of(row) if row else None

    def own(self) -> dm.Center | None:
        code = self.tx.center_code
        return self.by_code(code) if code else None


class AuditRepo:
    def __init__(self, tx: Tx) -> None:
        self.tx = tx
        self.s = tx.session

    def record(self, action: AuditAction, kind: str, record_id: uuid.UUID | None, changes: dict[str, Any]) -> None:
        self.s.add(
            orm.AuditLog(
                at_wall=datetime.now().astimezone().isoformat(timespec="seconds"),
                clock=self.tx.tick(),
                actor=self.tx.actor,
                action=action.value,
                kind=kind,
                record_id=str(record_id) if record_id else None,
                changes=json.dumps(changes, ensure_ascii=False, sort_keys=True),
            )
        )

    def for_record(self, record_id: uuid.UUID) -> list[dm.AuditEntry]:
        rows = self.s.scalars(
            select(orm.AuditLog).where(orm.AuditLog.record_id == str(record_id)).order_by(orm.AuditLog.pk)
        )
        return [convert.audit_of(r) for r in rows]

    def latest(self, limit: int = 100) -> list[dm.AuditEntry]:
        rows = self.s.scalars(select(orm.AuditLog).order_by(orm.AuditLog.pk.desc()).limit(limit))
        return [convert.audit_of(r) for r in rows]


def derived_values(model: type[orm.SyncColumns], values: dict[str, Any]) -> dict[str, Any]:
    """The computed columns (search text, sort key) of a record given as column values; used when
    sync writes a record without going through a form."""
    if not model.sync_derived:
        return {}
    repo = _REPO_OF_MODEL[model]
    # the search text and sort key read only text columns (names, e-mail, phone...), which are the
    # domain record's fields of the same name: the columns serve as the record, no conversion
    data = SimpleNamespace(**values)
    if values.get("deleted"):
        return {"search_text": "", "sort_name": repo.sort_name(data)}
    return {"search_text": repo.search_text(data, values["number"]), "sort_name": repo.sort_name(data)}


_REPO_OF_MODEL: dict[type[orm.SyncColumns], Any] = {orm.Person: PeopleRepo, orm.Organization: OrganizationRepo}
