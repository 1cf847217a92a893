"""Frozen values that cross every layer. `...Input` is what a person types; the record types add
identity and the sync columns (DESIGN.md section 3)."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Generic, TypeVar

from innov_desktop.domain.enums import (
    CenterStatus,
    HostType,
    OrgType,
    PersonRole,
    Sex,
    SmeSize,
)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SyncMeta:
    """The columns every shared record carries; `modified_at` is a hybrid logical clock value."""

    origin: str
    rev: int
    modified_at: int
    modified_by: str
    deleted: bool = False
    withheld: tuple[str, ...] = ()  # fields this copy was not given (no consent to share)


@dataclass(frozen=True, slots=True)
class PersonInput:
    given_name: str = ""
    family_name: str = ""
    sex: Sex = Sex.NOT_STATED
    birth_date: date | None = None
    nationality: str | None = None
    residence_country: str | None = None
    email: str | None = None
    phone: str | None = None
    organization_id: uuid.UUID | None = None
    position: str | None = None
    languages: tuple[str, ...] = ()
    roles: tuple[PersonRole, ...] = ()
    consent_to_share: bool = False
    consent_date: date | None = None
    notes: str | None = None


PERSON_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(PersonInput))  # in the form's order


@dataclass(frozen=True, slots=True)
class Person:
    id: uuid.UUID
    number: str
    data: PersonInput
    meta: SyncMeta

    @property
    def display_name(self) -> str:
        return display_name(self.data.given_name, self.data.family_name)


def known_birth(day: date | None, withheld: Collection[str]) -> date | int | None:
    """A birth date as this copy knows it: the year alone where the date was withheld (HQ holds a
    person without consent with the year only, stored as 1 January)."""
    return day.year if day is not None and "birth_date" in withheld else day


def birth_as_known(p: Person) -> date | int | None:
    return known_birth(p.data.birth_date, p.meta.withheld)


def display_name(given: str, family: str) -> str:
    """Given then family name; family first and unspaced for Chinese, Japanese and Korean names."""
    if family and ord(family[0]) >= 0x2E80 and (not given or ord(given[0]) >= 0x2E80):
        return family + given
    return " ".join(p for p in (given, family) if p)


@dataclass(frozen=True, slots=True)
class OrganizationInput:
    name: str = ""
    acronym: str | None = None
    type: OrgType = OrgType.COMPANY
    country: str | None = None
    city: str | None = None
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    sme_size: SmeSize | None = None
    contact_person_id: uuid.UUID | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class Organization:
    id: uuid.UUID
    number: str
    data: OrganizationInput
    meta: SyncMeta


@dataclass(frozen=True, slots=True)
class CenterInput:
    code: str
    name: str
    country: str
    host_institution: str | None = None
    host_type: HostType = HostType.OTHER
    focal_point: bool = False
    maturity: int = 1
    services: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    email: str | None = None
    phone: str | None = None
    established: date | None = None
    status: CenterStatus = CenterStatus.ACTIVE


@dataclass(frozen=True, slots=True)
class Center:
    id: uuid.UUID
    data: CenterInput
    meta: SyncMeta


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at_wall: str
    clock: int
    actor: str
    action: str
    kind: str
    record_id: str | None
    changes: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FirstPage(Generic[T]):
    """The start of a long list: its first keys, their rows (by key), and how many rows in all
    when that is already known (the list is short), else None."""

    keys: Sequence[int]
    rows: dict[int, T]
    total: int | None
