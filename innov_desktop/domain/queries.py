"""What a list shows: filter and sort, as plain values the store turns into SQL."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from innov_desktop.domain.enums import OrgType, PersonRole, Sex


class PersonSort(StrEnum):
    NAME = "name"
    NUMBER = "number"
    SEX = "sex"
    BIRTH = "birth"
    COUNTRY = "country"
    EMAIL = "email"
    PHONE = "phone"
    MODIFIED = "modified"


@dataclass(frozen=True, slots=True)
class PeopleQuery:
    text: str = ""
    role: PersonRole | None = None
    country: str | None = None
    sex: Sex | None = None
    organization_id: uuid.UUID | None = None
    sort: PersonSort = PersonSort.NAME
    descending: bool = False


class OrganizationSort(StrEnum):
    NAME = "name"
    NUMBER = "number"
    TYPE = "type"
    COUNTRY = "country"
    CITY = "city"
    MODIFIED = "modified"


@dataclass(frozen=True, slots=True)
class OrganizationQuery:
    text: str = ""
    type: OrgType | None = None
    country: str | None = None
    sort: OrganizationSort = OrganizationSort.NAME
    descending: bool = False
