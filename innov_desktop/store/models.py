"""Typed SQLAlchemy models. Every shared record mixes in `SyncColumns` (DESIGN.md section 3);
`pk` is a local integer key (stable rowid for the full-text index and fast paging) that never
travels; `id` is the UUID that does."""

from __future__ import annotations

import uuid
from datetime import date
from typing import ClassVar

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
    # local change sequence (what an export to a peer selects on) and the per-field stamps the
    # merge compares; both are this installation's own bookkeeping (see sync/README.md)
    sync_seq: Mapped[int] = mapped_column(BigInteger, default=0, index=True)
    sync_meta: Mapped[str] = mapped_column(Text, default="")

    # columns computed from the others on every write; sync recomputes them instead of sending them
    sync_derived: ClassVar[tuple[str, ...]] = ()


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
    sync_derived = ("search_text", "sort_name")
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
    sync_derived = ("search_text", "sort_name")
    # what a person's record may carry to HQ without consent to share (DESIGN.md section 4, item 8);
    # birth_date travels reduced to its year
    sync_private_keep = (
        "number",
        "sex",
        "birth_date",
        "nationality",
        "residence_country",
        "roles",
        "organization_id",
        "consent_to_share",
        "deleted",
        "merged_into",
    )
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


class SyncPeer(Base):
    """The other side of a sync link: HQ for a center; every registered center for HQ."""

    __tablename__ = "sync_peer"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    role: Mapped[str] = mapped_column(String(8))  # "hq" or "center"
    public_key: Mapped[str] = mapped_column(String(64))  # raw Ed25519 key, base64
    registered_at: Mapped[str] = mapped_column(String(32))
    out_number: Mapped[int] = mapped_column(Integer, default=0)  # last bundle number made for the peer
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)  # the peer applied our changes up to here
    in_number: Mapped[int] = mapped_column(Integer, default=0)  # last bundle number applied from the peer
    in_seq: Mapped[int] = mapped_column(BigInteger, default=0)  # we applied the peer's changes up to here


class SyncBundle(Base):
    """Every bundle made or applied, for the history on the Sync page."""

    __tablename__ = "sync_bundle"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(3))  # "in" or "out"
    peer: Mapped[str] = mapped_column(String(16), index=True)
    number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(32))
    handled_at: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    records: Mapped[int] = mapped_column(Integer, default=0)
    added: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    seq: Mapped[int | None] = mapped_column(BigInteger)  # the sender's sequence at export
    ack_number: Mapped[int | None] = mapped_column(Integer)  # received: our last bundle the sender had applied


class SyncConflict(Base):
    """Two sides changed one field of one record concurrently: both values, until a person decides."""

    __tablename__ = "sync_conflict"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    mine_value: Mapped[str] = mapped_column(Text)  # JSON
    mine_clock: Mapped[int] = mapped_column(BigInteger)
    mine_writer: Mapped[str] = mapped_column(String(80))
    theirs_value: Mapped[str] = mapped_column(Text)  # JSON
    theirs_clock: Mapped[int] = mapped_column(BigInteger)
    theirs_writer: Mapped[str] = mapped_column(String(80))
    # this copy's side when the conflict was found: where it came from, and the numbers of our
    # bundles to the peer that carried it (None: recorded before schema 0004, or never sent)
    mine_source: Mapped[str | None] = mapped_column(String(16))
    mine_sent_from: Mapped[int | None] = mapped_column(Integer)
    mine_sent_to: Mapped[int | None] = mapped_column(Integer)
    peer: Mapped[str] = mapped_column(String(16))
    bundle_number: Mapped[int] = mapped_column(Integer)
    detected_at: Mapped[str] = mapped_column(String(32))
    resolved_at: Mapped[str | None] = mapped_column(String(32))
    resolution: Mapped[str | None] = mapped_column(String(16))  # mine, theirs, edited, superseded
