"""Imports in bulk: what each row is compared with, read once for the whole file (one query per
kind, columns only, no ORM objects), and many records inserted with one full-text index pass."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select

from innov_desktop.domain import models as dm
from innov_desktop.domain.enums import PersonRole, Sex
from innov_desktop.store import models as orm
from innov_desktop.store.repos import Tx
from innov_desktop.store.search_ddl import deferred_search_index

PersonKey = tuple[uuid.UUID, str, str, str, str | None, str | None, date | None]
OrganizationKey = tuple[uuid.UUID, str, str, str | None]


def person_keys(tx: Tx) -> Iterator[PersonKey]:
    """(id, number, given, family, e-mail, phone, birth date) of every live person."""
    p = orm.Person
    stmt = select(p.id, p.number, p.given_name, p.family_name, p.email, p.phone, p.birth_date).where(
        p.deleted.is_(False)
    )
    for row in tx.session.execute(stmt):
        yield tuple(row)  # type: ignore[misc]


def organization_keys(tx: Tx) -> Iterator[OrganizationKey]:
    """(id, number, name, e-mail) of every live organization."""
    o = orm.Organization
    for row in tx.session.execute(select(o.id, o.number, o.name, o.email).where(o.deleted.is_(False))):
        yield tuple(row)  # type: ignore[misc]


def add_people_bulk(tx: Tx, items: Sequence[dm.PersonInput]) -> None:
    """Insert many people as `PeopleRepo.add_many` does, with the full-text index filled by one
    statement per batch instead of one trigger run per row (five times faster on 100 000 rows).
    The trigger is dropped and re-created inside the same transaction, so a rollback (an error, a
    cancel) leaves it exactly as it was and other connections never see it missing."""
    _bulk(tx, tx.people, "person", items)


def add_organizations_bulk(tx: Tx, items: Sequence[dm.OrganizationInput]) -> None:
    _bulk(tx, tx.organizations, "organization", items)


def _bulk(tx: Tx, repo: Any, table: str, items: Sequence[Any]) -> None:
    with deferred_search_index(tx.session.connection(), table):
        repo.add_many(items)


_PERSON_COLUMNS = (
    "pk, id, origin, rev, modified_at, modified_by, deleted, number, given_name, family_name, sex, birth_date, "
    "nationality, residence_country, email, phone, organization_id, position, languages, roles, "
    "consent_to_share, consent_date, notes"
)
_SEX = {s.value: s for s in Sex}
_ROLE = {r.value: r for r in PersonRole}


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _uuid(text: str | None) -> uuid.UUID | None:
    return uuid.UUID(hex=text) if text else None


def people_records(db_conn: Any, keys: Sequence[int]) -> dict[int, dm.Person]:
    """The people of `keys` straight from the driver's cursor (an export reads every row of a
    list: this skips the SQLAlchemy row layer, which costs more than writing the workbook)."""
    raw = db_conn.connection.dbapi_connection
    marks = ",".join("?" * len(keys))
    cursor = raw.execute(f"SELECT {_PERSON_COLUMNS} FROM person WHERE pk IN ({marks})", tuple(keys))
    out: dict[int, dm.Person] = {}
    sex, role, day, ident = _SEX, _ROLE, _day, _uuid
    for r in cursor.fetchall():
        data = dm.PersonInput(
            r[8],
            r[9],
            sex[r[10]],
            day(r[11]),
            r[12],
            r[13],
            r[14],
            r[15],
            ident(r[16]),
            r[17],
            tuple(r[18].split(",")) if r[18] else (),
            tuple(role[x] for x in r[19].split(",")) if r[19] else (),
            bool(r[20]),
            day(r[21]),
            r[22],
        )
        out[r[0]] = dm.Person(uuid.UUID(hex=r[1]), r[7], data, dm.SyncMeta(r[2], r[3], r[4], r[5], bool(r[6])))
    return out


def person_export_rows(db_conn: Any, keys: Sequence[int], org_names: dict[str, str]) -> dict[int, tuple[Any, ...]]:
    """Every field of the people of `keys`, as the full export writes them (number, given and
    family name, sex code, birth date, nationality, residence, e-mail, phone, organization name,
    position, languages, roles, consent yes/no, consent date, notes), without building records."""
    raw = db_conn.connection.dbapi_connection
    marks = ",".join("?" * len(keys))
    cursor = raw.execute(f"SELECT {_PERSON_COLUMNS} FROM person WHERE pk IN ({marks})", tuple(keys))
    day, names = _day, org_names.get
    return {
        r[0]: (
            r[7],
            r[8] or None,
            r[9] or None,
            r[10],
            day(r[11]),
            r[12],
            r[13],
            r[14],
            r[15],
            names(r[16]) if r[16] else None,
            r[17],
            r[18].replace(",", ", ") or None,
            r[19].replace(",", ", ") or None,
            "yes" if r[20] else "no",
            day(r[21]),
            r[22],
        )
        for r in cursor.fetchall()
    }
