"""The first rows of the people list read with plain sqlite3, read-only, before SQLAlchemy has
loaded: the window can show them while the full storage stack opens the database on the worker.

Only a database this version writes, with its identity, is read; on any doubt (no file, another
schema revision, no identity, an error, a value it cannot convert) the answer is None and the
normal path decides (migrate, refuse, ask for the identity). Nothing is ever written here."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from innov_desktop.domain.enums import PersonRole, Sex
from innov_desktop.domain.models import FirstPage, Person, PersonInput, SyncMeta

# The schema revision this reader knows (a test keeps it equal to the migrations' head).
SCHEMA_REVISION = "0002"
_COLUMNS = (
    "pk, id, number, given_name, family_name, sex, birth_date, nationality, residence_country, email, phone, "
    "organization_id, position, languages, roles, consent_to_share, consent_date, notes, "
    "origin, rev, modified_at, modified_by, deleted"
)
# the list's default order (store/lists.py, PersonSort.NAME ascending), through the same index
_FIRST_PAGE = f"SELECT {_COLUMNS} FROM person WHERE deleted IS 0 ORDER BY sort_name, pk LIMIT ?"
_SEX = {s.value: s for s in Sex}
_ROLE = {r.value: r for r in PersonRole}


def first_people(database: Path, size: int) -> FirstPage[Person] | None:
    """The first `size` people in the list's default order, or None (see the module's note)."""
    if not database.is_file() or database.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("SELECT version_num FROM alembic_version").fetchall() != [(SCHEMA_REVISION,)]:
            return None
        identity = conn.execute("SELECT value FROM local_state WHERE key = 'self_center'").fetchone()
        if identity is None or conn.execute("SELECT 1 FROM center WHERE code = ?", identity).fetchone() is None:
            return None  # first run: the setup dialog comes first
        rows = [_person(r) for r in conn.execute(_FIRST_PAGE, (size,))]
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None
    finally:
        conn.close()
    keys = [pk for pk, _ in rows]
    return FirstPage(keys, dict(rows), None if len(keys) == size else len(keys))


def _uuid(value: str | None) -> uuid.UUID | None:
    return uuid.UUID(value) if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(value.split(",")) if value else ()


def _person(r: tuple[Any, ...]) -> tuple[int, Person]:
    """The same values store/convert.py makes from an ORM row (a test compares them)."""
    (pk, ident, number, given, family, sex, birth, nationality, residence, email, phone, org, position) = r[:13]
    (languages, roles, consent, consent_date, notes, origin, rev, modified_at, modified_by, deleted) = r[13:]
    data = PersonInput(
        given_name=given,
        family_name=family,
        sex=_SEX[sex],
        birth_date=_date(birth),
        nationality=nationality,
        residence_country=residence,
        email=email,
        phone=phone,
        organization_id=_uuid(org),
        position=position,
        languages=_split(languages),
        roles=tuple(_ROLE[x] for x in _split(roles)),
        consent_to_share=bool(consent),
        consent_date=_date(consent_date),
        notes=notes,
    )
    meta = SyncMeta(origin, rev, modified_at, modified_by, bool(deleted))
    return pk, Person(uuid.UUID(ident), number, data, meta)
