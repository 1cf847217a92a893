"""User actions on organizations."""

from __future__ import annotations

import uuid
from array import array
from collections.abc import Sequence

from innov_desktop.domain.errors import ErrorCode, FieldError
from innov_desktop.domain.models import FirstPage, Organization, OrganizationInput
from innov_desktop.domain.queries import OrganizationQuery
from innov_desktop.domain.validation import clean_organization
from innov_desktop.services import records
from innov_desktop.store import lists
from innov_desktop.store.database import Database
from innov_desktop.store.repos import Tx


def _organization_links(tx: Tx, data: OrganizationInput) -> list[FieldError]:
    if data.contact_person_id is not None and tx.people.get(data.contact_person_id) is None:
        return [FieldError("contact_person_id", ErrorCode.UNKNOWN_RECORD)]
    return []


ORGANIZATIONS: records.RecordKind[OrganizationInput, Organization] = records.RecordKind(
    "organization",
    lambda tx: tx.organizations,
    lambda data, today, region: clean_organization(data, default_region=region),
    _organization_links,
)


def create_organization(db: Database, data: OrganizationInput) -> Organization:
    return records.create(db, ORGANIZATIONS, data)


def organization_problems(db: Database, data: OrganizationInput) -> list[FieldError]:
    """What saving `data` would refuse, each at its field; nothing is written."""
    return records.problems(db, ORGANIZATIONS, data)


def update_organization(
    db: Database,
    ident: uuid.UUID,
    data: OrganizationInput,
    *,
    expected_rev: int | None = None,
    expected_data: OrganizationInput | None = None,
) -> Organization:
    return records.update(db, ORGANIZATIONS, ident, data, expected_rev, expected_data)


def delete_organization(
    db: Database, ident: uuid.UUID, *, expected_data: OrganizationInput | None = None
) -> Organization:
    return records.delete(db, ORGANIZATIONS, ident, expected_data)


def get_organization(db: Database, ident: uuid.UUID) -> Organization:
    return records.get(db, ORGANIZATIONS, ident)


def search_organizations(db: Database, query: str, limit: int = 50) -> list[Organization]:
    return records.search(db, ORGANIZATIONS, query, limit)


def list_organizations(db: Database, offset: int = 0, limit: int = 100) -> list[Organization]:
    return records.page(db, ORGANIZATIONS, offset, limit)


def count_organizations(db: Database) -> int:
    return records.count(db, ORGANIZATIONS)


def undelete_organization(
    db: Database, ident: uuid.UUID, *, expected_data: OrganizationInput | None = None
) -> Organization:
    return records.undelete(db, ORGANIZATIONS, ident, expected_data)


def organization_ids(db: Database, query: OrganizationQuery) -> array[int]:
    with db.reader() as tx:
        return lists.organization_ids(tx.session_for_lists, query)


def organization_first_page(db: Database, query: OrganizationQuery, size: int) -> FirstPage[Organization]:
    with db.reader() as tx:
        keys = lists.organization_ids(tx.session_for_lists, query, limit=size)
        rows = lists.organization_rows(tx.session_for_lists.connection(), keys)
        # how many in all comes with every key a moment later: counting a million rows here
        # would delay the first paint
        total = None if len(keys) == size else len(keys)
    return FirstPage(keys, rows, total)


def organization_rows(db: Database, keys: Sequence[int]) -> dict[int, Organization]:
    with db.rows_reader() as conn:
        return lists.organization_rows(conn, keys)
