"""Closed sets of the data model (DESIGN.md section 3). Values are stored and exchanged as-is:
never rename a value, add new ones."""

from __future__ import annotations

from enum import StrEnum


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
