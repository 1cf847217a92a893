"""User actions on people."""

from __future__ import annotations

import uuid

from innov_desktop.domain.models import Person, PersonInput
from innov_desktop.domain.validation import clean_person
from innov_desktop.services import records
from innov_desktop.store.database import Database

PEOPLE: records.RecordKind[PersonInput, Person] = records.RecordKind(
    "person",
    lambda tx: tx.people,
    lambda data, today, region: clean_person(data, today=today, default_region=region),
)


def create_person(db: Database, data: PersonInput) -> Person:
    return records.create(db, PEOPLE, data)


def update_person(
    db: Database, ident: uuid.UUID, data: PersonInput, *, expected_rev: int | None = None
) -> Person:
    return records.update(db, PEOPLE, ident, data, expected_rev)


def delete_person(db: Database, ident: uuid.UUID) -> Person:
    return records.delete(db, PEOPLE, ident)


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
