"""Typed SQLAlchemy models. Every shared record mixes in `SyncColumns` (DESIGN.md section 3);
`pk` is a local integer key (stable rowid for the full-text index and fast paging) that never
travels; `id` is the UUID that does."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SyncColumns:
    """Columns every record that travels in a sync bundle carries."""

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    origin: Mapped[str] = mapped_column(String(16))
    rev: Mapped[int] = mapped_column(Integer, default=1)
    modified_at: Mapped[int] = mapped_column(BigInteger, index=True)
    modified_by: Mapped[str] = mapped_column(String(80))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Center(SyncColumns, Base):
    __tablename__ = "center"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    host_institution: Mapped[str | None] = mapped_column(String(200))
    host_type: Mapped[str] = mapped_column(String(32))
    focal_point: Mapped[bool] = mapped_column(Boolean, default=False)
    maturity: Mapped[int] = mapped_column(Integer, default=1)
    services: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    established: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))


class Organization(SyncColumns, Base):
    __tablename__ = "organization"
    __table_args__ = (Index("ix_organization_live_sort", "deleted", "sort_name", "pk"),)

    number: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    acronym: Mapped[str | None] = mapped_column(String(30))
    type: Mapped[str] = mapped_column(String(32), index=True)
    country: Mapped[str | None] = mapped_column(String(2))
    city: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    website: Mapped[str | None] = mapped_column(String(200))
    sme_size: Mapped[str | None] = mapped_column(String(16))
    contact_person_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("person.id", use_alter=True), index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_name: Mapped[str] = mapped_column(String(200), default="")


class Person(SyncColumns, Base):
    __tablename__ = "person"
    __table_args__ = (
        # covers the list's filters too: filtering a million rows by sex or role reads the index only
        Index("ix_person_live_sort", "deleted", "sort_name", "pk", "sex", "residence_country", "roles"),
        Index("ix_person_birth_date", "birth_date"),
    )

    number: Mapped[str] = mapped_column(String(32), unique=True)
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date | None] = mapped_column(Date)
    nationality: Mapped[str | None] = mapped_column(String(2))
    residence_country: Mapped[str | None] = mapped_column(String(2), index=True)
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    organization_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("organization.id"), index=True)
    position: Mapped[str | None] = mapped_column(String(200))
    languages: Mapped[str] = mapped_column(String(100), default="")
    roles: Mapped[str] = mapped_column(String(200), default="")
    consent_to_share: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_name: Mapped[str] = mapped_column(String(200), default="")
    # set on the tombstone of a person merged into another, so that sync can follow the link
    merged_into: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class AuditLog(Base):
    """Append-only: triggers in the migration refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at_wall: Mapped[str] = mapped_column(String(32))
    clock: Mapped[int] = mapped_column(BigInteger)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str | None] = mapped_column(String(36), index=True)
    changes: Mapped[str] = mapped_column(Text, default="{}")


class LocalState(Base):
    """Small key/value facts about this installation (own center id, clock, counters)."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
