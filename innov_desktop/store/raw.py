"""Person rows read as plain tuples by the DB-API driver, turned into domain values without
SQLAlchemy: the quick first page at start-up and the list's page fetches (a page of 48 rows in
about a millisecond, where ORM rows take four). A test compares the values with the ORM's."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from innov_desktop.domain.enums import PersonRole, Sex
from innov_desktop.domain.models import Person, PersonInput, SyncMeta

PERSON_COLUMNS = (
    "pk, id, number, given_name, family_name, sex, birth_date, nationality, residence_country, email, phone, "
    "organization_id, position, languages, roles, consent_to_share, consent_date, notes, "
    "origin, rev, modified_at, modified_by, deleted, sync_meta"
)
# the person fields that travel (syncmeta.fields_of(Person), a test compares them), by name
SYNCED_FIELDS = (
    "number", "given_name", "family_name", "sex", "birth_date", "nationality", "residence_country", "email",
    "phone", "organization_id", "position", "languages", "roles", "consent_to_share", "consent_date", "notes",
    "merged_into", "deleted",
)  # fmt: skip
_UNKNOWN_SOURCE = '"~"'  # syncmeta.UNKNOWN as JSON: the mark of a field this copy was not given
_SEX = {s.value: s for s in Sex}
_ROLE = {r.value: r for r in PersonRole}


def sex_of(code: str) -> Sex:
    """The stored letter as a Sex; a letter this version does not know (a newer version's, or a
    damaged value that came by sync) reads as not stated instead of breaking the list."""
    return _SEX.get(code, Sex.NOT_STATED)


def roles_of(text: str | None) -> tuple[PersonRole, ...]:
    """The stored role words; words this version does not know are left out (see `sex_of`)."""
    if not text:
        return ()
    return tuple(_ROLE[x] for x in text.split(",") if x in _ROLE)


def withheld_of(sync_meta: str | None) -> tuple[str, ...]:
    """`syncmeta.withheld` from the stored text alone (no SQLAlchemy on the first frame's path);
    most records hold no unknown field and are not parsed at all."""
    if not sync_meta or _UNKNOWN_SOURCE not in sync_meta:
        return ()
    import json

    meta = json.loads(sync_meta)
    default = meta.get("_") or [""]
    return tuple(sorted(f for f in SYNCED_FIELDS if (meta.get(f) or default)[-1] == "~"))


def uuid_of(value: Any) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):  # PostgreSQL's driver gives UUIDs already
        return value
    return uuid.UUID(value) if value else None


def date_of(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value) if value else None


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(value.split(",")) if value else ()


def person_of_row(r: tuple[Any, ...]) -> tuple[int, Person]:
    """The same values store/convert.py makes from an ORM row (a test compares them)."""
    (pk, ident, number, given, family, sex, birth, nationality, residence, email, phone, org, position) = r[:13]
    (languages, roles, consent, consent_date, notes, origin, rev, modified_at, modified_by, deleted, sync_meta) = r[13:]
    data = PersonInput(
        given_name=given,
        family_name=family,
        sex=sex_of(sex),
        birth_date=date_of(birth),
        nationality=nationality,
        residence_country=residence,
        email=email,
        phone=phone,
        organization_id=uuid_of(org),
        position=position,
        languages=_split(languages),
        roles=roles_of(roles),
        consent_to_share=bool(consent),
        consent_date=date_of(consent_date),
        notes=notes,
    )
    meta = SyncMeta(origin, rev, modified_at, modified_by, bool(deleted), withheld_of(sync_meta))
    return pk, Person(uuid_of(ident) or uuid.UUID(int=0), number, data, meta)
