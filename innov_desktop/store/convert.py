"""ORM rows <-> domain dataclasses. The only place that knows both shapes."""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, fields
from datetime import date
from enum import Enum
from typing import Any

from innov_desktop.domain import models as dm
from innov_desktop.domain.enums import (
    CenterStatus,
    HostType,
    OrgType,
    SmeSize,
    read_enum,
)
from innov_desktop.domain.phones import phone_forms
from innov_desktop.domain.text import fold, search_document
from innov_desktop.store import models as orm
from innov_desktop.store import syncmeta
from innov_desktop.store.raw import roles_of, sex_of


def _join(values: tuple[str, ...]) -> str:
    return ",".join(str(v) for v in values)


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(value.split(",")) if value else ()


def meta_of(row: orm.SyncColumns, model: type[orm.SyncColumns]) -> dm.SyncMeta:
    """`model`: the row's mapped class (the lists hand plain rows of its table here)."""
    return dm.SyncMeta(
        row.origin, row.rev, row.modified_at, row.modified_by, row.deleted, tuple(sorted(syncmeta.withheld(row, model)))
    )


# -- people -------------------------------------------------------------------------------------


def person_columns(data: dm.PersonInput) -> dict[str, Any]:
    return {
        "given_name": data.given_name,
        "family_name": data.family_name,
        "sex": data.sex.value,
        "birth_date": data.birth_date,
        "nationality": data.nationality,
        "residence_country": data.residence_country,
        "email": data.email,
        "phone": data.phone,
        "organization_id": data.organization_id,
        "position": data.position,
        "languages": _join(data.languages),
        "roles": _join(tuple(r.value for r in data.roles)),
        "consent_to_share": data.consent_to_share,
        "consent_date": data.consent_date,
        "notes": data.notes,
    }


def person_sort_name(data: dm.PersonInput) -> str:
    return fold(f"{data.family_name} {data.given_name}").strip()[:200]


def organization_sort_name(data: dm.OrganizationInput) -> str:
    return fold(data.name)[:200]


def person_search_text(data: dm.PersonInput, number: str) -> str:
    return search_document((data.given_name, data.family_name, data.email, *phone_forms(data.phone)), codes=(number,))


def person_input(row: orm.Person) -> dm.PersonInput:
    return dm.PersonInput(
        given_name=row.given_name,
        family_name=row.family_name,
        sex=sex_of(row.sex),
        birth_date=row.birth_date,
        nationality=row.nationality,
        residence_country=row.residence_country,
        email=row.email,
        phone=row.phone,
        organization_id=row.organization_id,
        position=row.position,
        languages=_split(row.languages),
        roles=roles_of(row.roles),
        consent_to_share=row.consent_to_share,
        consent_date=row.consent_date,
        notes=row.notes,
    )


def person_of(row: orm.Person) -> dm.Person:
    return dm.Person(row.id, row.number, person_input(row), meta_of(row, orm.Person))


# -- organizations ------------------------------------------------------------------------------


def organization_columns(data: dm.OrganizationInput) -> dict[str, Any]:
    return {
        "name": data.name,
        "acronym": data.acronym,
        "type": data.type.value,
        "country": data.country,
        "city": data.city,
        "email": data.email,
        "phone": data.phone,
        "website": data.website,
        "sme_size": data.sme_size.value if data.sme_size else None,
        "contact_person_id": data.contact_person_id,
        "notes": data.notes,
    }


def organization_search_text(data: dm.OrganizationInput, number: str) -> str:
    return search_document((data.name, data.acronym, data.city, data.email, *phone_forms(data.phone)), codes=(number,))


def organization_of(row: orm.Organization) -> dm.Organization:
    data = dm.OrganizationInput(
        name=row.name,
        acronym=row.acronym,
        type=read_enum(OrgType, row.type),
        country=row.country,
        city=row.city,
        email=row.email,
        phone=row.phone,
        website=row.website,
        sme_size=read_enum(SmeSize, row.sme_size) if row.sme_size else None,
        contact_person_id=row.contact_person_id,
        notes=row.notes,
    )
    return dm.Organization(row.id, row.number, data, meta_of(row, orm.Organization))


# -- centers ------------------------------------------------------------------------------------


def center_columns(data: dm.CenterInput) -> dict[str, Any]:
    return {
        "code": data.code,
        "name": data.name,
        "country": data.country,
        "host_institution": data.host_institution,
        "host_type": data.host_type.value,
        "focal_point": data.focal_point,
        "maturity": data.maturity,
        "services": _join(data.services),
        "languages": _join(data.languages),
        "email": data.email,
        "phone": data.phone,
        "established": data.established,
        "status": data.status.value,
    }


def center_of(row: orm.Center) -> dm.Center:
    data = dm.CenterInput(
        code=row.code,
        name=row.name,
        country=row.country,
        host_institution=row.host_institution,
        host_type=read_enum(HostType, row.host_type),
        focal_point=row.focal_point,
        maturity=row.maturity,
        services=_split(row.services),
        languages=_split(row.languages),
        email=row.email,
        phone=row.phone,
        established=row.established,
        status=read_enum(CenterStatus, row.status),
    )
    return dm.Center(row.id, data, meta_of(row, orm.Center))


# -- audit --------------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, uuid.UUID)):
        return str(value)
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    return value


def diff(before: Any, after: Any) -> dict[str, list[Any]]:
    """Changed fields of two dataclasses of one type, as {field: [old, new]} in plain JSON values."""
    out: dict[str, list[Any]] = {}
    for f in fields(before):
        old, new = getattr(before, f.name), getattr(after, f.name)
        if old != new:
            out[f.name] = [plain(old), plain(new)]
    return out


def snapshot_of(data: Any) -> dict[str, Any]:
    return {k: plain(v) for k, v in asdict(data).items() if v not in (None, "", (), False)}


def audit_of(row: orm.AuditLog) -> dm.AuditEntry:
    return dm.AuditEntry(
        row.at_wall, row.clock, row.actor, row.action, row.kind, row.record_id, json.loads(row.changes)
    )
