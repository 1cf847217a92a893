"""Closed sets of the data model (DESIGN.md section 3). Values are stored and exchanged as-is:
never rename a value, add new ones."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)


def read_enum(kind: type[E], value: str) -> E:
    """The member stored as `value`; a word this version does not know (a newer version's value,
    or a damaged one that came by sync) reads as a stand-in member of `kind` that keeps the word
    (its `value`, written back unchanged), instead of breaking every list that shows it. Only for
    values read from storage: what a person types is checked against the members (`kind(value)`)."""
    try:
        return kind(value)
    except ValueError:
        member = str.__new__(kind, value)
        member._name_, member._value_ = "UNKNOWN", value
        return member


def is_known(member: StrEnum) -> bool:
    """False for `read_enum`'s stand-in of a word this version does not know."""
    return member._name_ != "UNKNOWN"


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"
    NOT_STATED = "U"


class PersonRole(StrEnum):
    INVENTOR = "inventor"
    PARTICIPANT = "participant"
    JUROR = "juror"
    COORDINATOR = "coordinator"
    CONTACT = "contact"
    SPEAKER = "speaker"
    MENTOR = "mentor"
    STAFF = "staff"


class OrgType(StrEnum):
    IP_OFFICE = "ip_office"
    UNIVERSITY = "university"
    RESEARCH_INSTITUTE = "research_institute"
    ST_PARK = "st_park"
    INCUBATOR = "incubator"
    CHAMBER = "chamber"
    NGO = "ngo"
    COMPANY = "company"
    ASSOCIATION = "association"
    MINISTRY = "ministry"


class SmeSize(StrEnum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class HostType(StrEnum):
    IP_OFFICE = "ip_office"
    UNIVERSITY = "university"
    RESEARCH_INSTITUTE = "research_institute"
    ST_PARK = "st_park"
    ASSOCIATION = "association"
    CHAMBER = "chamber"
    OTHER = "other"


class CenterStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    UNDELETE = "undelete"
    MERGE = "merge"
    INIT = "init"
    DEMO = "demo"
    RESTORE = "restore"
    IMPORT = "import"
