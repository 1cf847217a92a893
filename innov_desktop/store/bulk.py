"""What an import compares each row with, read once for the whole file (one query per kind,
columns only, no ORM objects): e-mails, phones, birth dates and names of live records."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

from sqlalchemy import select

from innov_desktop.store import models as orm
from innov_desktop.store.repos import Tx

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
