"""User actions on people."""

from __future__ import annotations

import uuid
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from innov_desktop.domain import duplicates
from innov_desktop.domain.duplicates import DuplicateMatch
from innov_desktop.domain.enums import AuditAction
from innov_desktop.domain.errors import (
    ErrorCode,
    FieldError,
    InvalidArgument,
    NotFound,
    StaleRecord,
    ValidationFailed,
)
from innov_desktop.domain.models import FirstPage, Person, PersonInput
from innov_desktop.domain.phones import normalize_phone
from innov_desktop.domain.queries import PeopleQuery
from innov_desktop.domain.validation import clean_email, clean_person
from innov_desktop.services import records
from innov_desktop.store import lists
from innov_desktop.store.database import Database
from innov_desktop.store.repos import Tx


def _person_links(tx: Tx, data: PersonInput) -> list[FieldError]:
    if data.organization_id is not None and tx.organizations.get(data.organization_id) is None:
        return [FieldError("organization_id", ErrorCode.UNKNOWN_RECORD)]
    return []


PEOPLE: records.RecordKind[PersonInput, Person] = records.RecordKind(
    "person",
    lambda tx: tx.people,
    lambda data, today, region: clean_person(data, today=today, default_region=region),
    _person_links,
)


def create_person(db: Database, data: PersonInput) -> Person:
    return records.create(db, PEOPLE, data)


def person_problems(db: Database, data: PersonInput) -> list[FieldError]:
    """What saving `data` would refuse, each at its field; nothing is written."""
    return records.problems(db, PEOPLE, data)


def update_person(
    db: Database,
    ident: uuid.UUID,
    data: PersonInput,
    *,
    expected_rev: int | None = None,
    expected_data: PersonInput | None = None,
) -> Person:
    return records.update(db, PEOPLE, ident, data, expected_rev, expected_data)


def delete_person(db: Database, ident: uuid.UUID, *, expected_data: PersonInput | None = None) -> Person:
    return records.delete(db, PEOPLE, ident, expected_data)


def get_person(db: Database, ident: uuid.UUID) -> Person:
    return records.get(db, PEOPLE, ident)


def search_people(db: Database, query: str, limit: int = 50) -> list[Person]:
    """Full-text search: any order of words, each a prefix; case and diacritics ignored."""
    return records.search(db, PEOPLE, query, limit)


def list_people(db: Database, offset: int = 0, limit: int = 100) -> list[Person]:
    """People sorted by family then given name."""
    return records.page(db, PEOPLE, offset, limit)


def count_people(db: Database) -> int:
    return records.count(db, PEOPLE)


def undelete_person(db: Database, ident: uuid.UUID, *, expected_data: PersonInput | None = None) -> Person:
    return records.undelete(db, PEOPLE, ident, expected_data)


def people_ids(db: Database, query: PeopleQuery) -> array[int]:
    """The local keys of every person the list shows, in display order (filter, search and sort
    in SQL); rows then come a page at a time from `people_rows`."""
    with db.reader() as tx:
        return lists.people_ids(tx.session_for_lists, query)


def people_first_page(db: Database, query: PeopleQuery, size: int) -> FirstPage[Person]:
    """What a list needs to paint at once: the first keys with their rows, and the total."""
    with db.reader() as tx:
        keys = lists.people_ids(tx.session_for_lists, query, limit=size)
        rows = lists.people_rows(tx.session_for_lists.connection(), keys)
        # how many in all comes with every key a moment later: counting a million rows here
        # would delay the first paint
        total = None if len(keys) == size else len(keys)
    return FirstPage(keys, rows, total)


def people_rows(db: Database, keys: Sequence[int]) -> dict[int, Person]:
    with db.rows_reader() as conn:
        return lists.people_rows(conn, keys)


def likely_duplicates(db: Database, data: PersonInput, exclude: uuid.UUID | None = None) -> list[DuplicateMatch]:
    """People who are probably the one being typed: same e-mail or phone, or a similar name (any
    script) with the same birth date. Input is normalized first, so "0712 345 678" finds +254..."""
    with db.reader() as tx:
        own = tx.centers.own()
        region = own.data.country if own else None
        probe = normalize_for_matching(data, region)
        found = [duplicates.match(probe, other) for other in tx.people.candidates(probe, exclude)]
    matches = [m for m in found if m is not None]
    return sorted(matches, key=lambda m: (-len(m.reasons), -m.score))


def normalize_for_matching(data: PersonInput, region: str | None) -> PersonInput:
    """The e-mail and phone as they would be stored, without refusing anything still being typed."""
    email = clean_email(data.email) if data.email else None
    phone = normalize_phone(data.phone, data.residence_country or region) if data.phone else None
    return replace(data, email=email, phone=phone)


def merge_people(
    db: Database,
    keep: uuid.UUID,
    drop: uuid.UUID,
    data: PersonInput,
    *,
    expected_revs: tuple[int, int] | None = None,
) -> MergeResult:
    """`keep` takes the chosen field values; every link to `drop` moves to `keep`; `drop` stays as a
    tombstone pointing to `keep`, so that sync can follow it. `expected_revs` (keep, drop): the
    revisions the person compared; a change since then refuses the merge."""
    if keep == drop:
        raise InvalidArgument(what="Merge", value="a person with itself")
    with db.transaction() as tx:
        own = tx.centers.own()
        cleaned = clean_person(data, today=date.today(), default_region=own.data.country if own else None)
        broken = _person_links(tx, cleaned)
        if broken:
            raise ValidationFailed(broken)
        for n, ident in enumerate((keep, drop)):
            current = tx.people.get(ident)
            if current is None:
                raise NotFound(kind="person", ident=str(ident))
            records.require_owned(tx, current.meta.origin)
            if expected_revs is not None and current.meta.rev != expected_revs[n]:
                raise StaleRecord(kind="person", expected=expected_revs[n], actual=current.meta.rev)
        kept, moved = tx.people.merge_into(keep, drop, cleaned, owner=None if tx.is_hq else tx.center_code)
        tx.audit.record(AuditAction.MERGE, "person", keep, {"absorbed": str(drop), "links_moved": moved})
        tx.audit.record(AuditAction.DELETE, "person", drop, {"merged_into": str(keep)})
    return MergeResult(kept, drop, moved)


@dataclass(frozen=True, slots=True)
class MergeResult:
    kept: Person
    dropped: uuid.UUID
    links_moved: int
