"""Big lists in SQL: the ordered primary keys of what a list shows (filter, search and sort done
by SQLite, through indexes where it can), then the rows of one page at a time by key."""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from innov_desktop.domain import models as dm
from innov_desktop.domain.queries import OrganizationQuery, OrganizationSort, PeopleQuery, PersonSort
from innov_desktop.store import convert
from innov_desktop.store import models as orm
from innov_desktop.store.raw import PERSON_COLUMNS, person_of_row
from innov_desktop.store.repos import TextSearch, fts_match_expression

_PERSON_SORT = {
    PersonSort.NAME: (orm.Person.sort_name,),
    PersonSort.NUMBER: (orm.Person.number,),
    PersonSort.SEX: (orm.Person.sex, orm.Person.sort_name),
    PersonSort.BIRTH: (orm.Person.birth_date,),
    PersonSort.COUNTRY: (orm.Person.residence_country, orm.Person.sort_name),
    PersonSort.EMAIL: (orm.Person.email,),
    PersonSort.PHONE: (orm.Person.phone,),
    PersonSort.MODIFIED: (orm.Person.modified_at,),
}
_ORG_SORT = {
    OrganizationSort.NAME: (orm.Organization.sort_name,),
    OrganizationSort.NUMBER: (orm.Organization.number,),
    OrganizationSort.TYPE: (orm.Organization.type, orm.Organization.sort_name),
    OrganizationSort.COUNTRY: (orm.Organization.country, orm.Organization.sort_name),
    OrganizationSort.CITY: (orm.Organization.city, orm.Organization.sort_name),
    OrganizationSort.MODIFIED: (orm.Organization.modified_at,),
}


def _ordered(stmt: Select[Any], keys: Sequence[Any], pk: Any, descending: bool) -> Select[Any]:
    cols = [*keys, pk]
    return stmt.order_by(*[c.desc() if descending else c.asc() for c in cols])


def _fts_filter(table: str, pk: Any, query: str) -> ColumnElement[bool] | None:
    if fts_match_expression(query) is None:
        return None
    return TextSearch(table, pk, query)


def _ids(session: Session, stmt: Select[Any]) -> array[int]:
    """The keys read from the driver's own cursor into an int64 array: a million keys in about a
    second and 8 MB, where result rows would take seconds and ten times the memory. SQLAlchemy
    still compiles the statement and converts its parameters."""
    result = session.connection().execute(stmt)
    cursor = result.cursor
    out = array("q")
    try:
        while chunk := cursor.fetchmany(100_000):
            out.extend(r[0] for r in chunk)
    finally:
        result.close()
    return out


def people_ids(session: Session, q: PeopleQuery, limit: int | None = None) -> array[int]:
    stmt = _people_select(q)
    return array("q") if stmt is None else _ids(session, stmt.limit(limit))


def people_count(session: Session, q: PeopleQuery) -> int:
    stmt = _people_select(q)
    return 0 if stmt is None else _count(session, stmt)


def _count(session: Session, stmt: Select[Any]) -> int:
    return int(
        session.connection().execute(select(func.count()).select_from(stmt.order_by(None).subquery())).scalar() or 0
    )


def _people_select(q: PeopleQuery) -> Select[Any] | None:
    p = orm.Person
    conds: list[ColumnElement[bool]] = [p.deleted.is_(False)]
    if q.role is not None:
        conds.append(("," + p.roles + ",").like(f"%,{q.role.value},%"))
    if q.country:
        conds.append(p.residence_country == q.country)
    if q.sex is not None:
        conds.append(p.sex == q.sex.value)
    if q.organization_id is not None:
        conds.append(p.organization_id == q.organization_id)
    if q.text.strip():
        fts = _fts_filter("person", p.pk, q.text)
        if fts is None:
            return None
        conds.append(fts)
    return _ordered(select(p.pk).where(and_(*conds)), _PERSON_SORT[q.sort], p.pk, q.descending)


def people_rows(conn: Connection, pks: Sequence[int]) -> dict[int, dm.Person]:
    """People by key. On SQLite through the driver's own cursor, inside the connection's read
    transaction (see store/raw.py: a quarter of the time ORM rows take, for every page a list
    fetches as it scrolls)."""
    keys = list(pks)
    if not keys:
        return {}
    driver = conn.connection.driver_connection
    if conn.dialect.name == "sqlite" and isinstance(driver, sqlite3.Connection):
        sql = f"SELECT {PERSON_COLUMNS} FROM person WHERE pk IN ({','.join('?' * len(keys))})"
        return dict(person_of_row(r) for r in driver.execute(sql, keys))
    rows = conn.execute(select(orm.Person.__table__).where(orm.Person.pk.in_(keys)))
    return {r.pk: convert.person_of(r) for r in rows}  # type: ignore[arg-type]


def organization_ids(session: Session, q: OrganizationQuery, limit: int | None = None) -> array[int]:
    stmt = _organization_select(q)
    return array("q") if stmt is None else _ids(session, stmt.limit(limit))


def organization_count(session: Session, q: OrganizationQuery) -> int:
    stmt = _organization_select(q)
    return 0 if stmt is None else _count(session, stmt)


def _organization_select(q: OrganizationQuery) -> Select[Any] | None:
    o = orm.Organization
    conds: list[ColumnElement[bool]] = [o.deleted.is_(False)]
    if q.type is not None:
        conds.append(o.type == q.type.value)
    if q.country:
        conds.append(o.country == q.country)
    if q.text.strip():
        fts = _fts_filter("organization", o.pk, q.text)
        if fts is None:
            return None
        conds.append(fts)
    return _ordered(select(o.pk).where(and_(*conds)), _ORG_SORT[q.sort], o.pk, q.descending)


def organization_rows(conn: Connection, pks: Sequence[int]) -> dict[int, dm.Organization]:
    rows = conn.execute(select(orm.Organization.__table__).where(orm.Organization.pk.in_(list(pks))))
    return {r.pk: convert.organization_of(r) for r in rows}  # type: ignore[arg-type]
