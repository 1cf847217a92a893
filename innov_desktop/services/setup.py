"""Opening a data folder, this installation's identity, and what `info` reports."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from innov_desktop import __version__
from innov_desktop.domain.enums import AuditAction
from innov_desktop.domain.errors import AlreadyInitialized, AppError, NotInitialized
from innov_desktop.domain.models import Center, CenterInput
from innov_desktop.domain.validation import clean_center
from innov_desktop.paths import DataPaths
from innov_desktop.store import migrate
from innov_desktop.store.convert import snapshot_of
from innov_desktop.store.database import Database, storage_versions
from innov_desktop.store.repos import MODE_KEY, Tx

__all__ = ["Database", "Info", "info", "init_center", "open_database", "own_center", "require_center"]


def open_database(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    verify: bool = False,
    create: bool = True,
    url: str | None = None,
) -> Database:
    """Open (backing up and migrating as needed) the database of a data folder; with `create`
    a folder without one gets a new database, otherwise that is refused (a mistyped folder).
    `url` names a server database instead (PostgreSQL for HQ); the folder keeps keys and logs."""
    if url:
        return Database.open_url(DataPaths.resolve(data_dir), url)
    return Database.open(DataPaths.resolve(data_dir), verify=verify, create=create)


def validate_center(data: CenterInput) -> CenterInput:
    """Check an identity before anything is created on disk."""
    return clean_center(data, today=date.today())


def init_center(db: Database, data: CenterInput, *, hq: bool = False) -> Center:
    """Give this installation its center identity (once)."""
    with db.transaction() as tx:
        center = initialize(tx, data, hq=hq)
    ensure_keys(db)
    return center


def ensure_keys(db: Database) -> str:
    """This installation's signing key pair, made at first run; returns its fingerprint."""
    from innov_desktop.sync.keys import fingerprint
    from innov_desktop.sync.peers import own_public_key

    return fingerprint(own_public_key(db))


def fingerprint_or_none(db: Database) -> str | None:
    """The key's fingerprint when the key exists (`info` never creates it)."""
    from innov_desktop.sync.keys import PRIVATE_NAME

    if not (db.paths.keys / PRIVATE_NAME).is_file():
        return None
    try:
        return ensure_keys(db)
    except AppError:
        return None


def initialize(tx: Tx, data: CenterInput, *, hq: bool = False) -> Center:
    """The identity, inside a transaction the caller owns (so demo data can share it)."""
    cleaned = clean_center(data, today=date.today())
    existing = tx.center_code
    if existing:
        raise AlreadyInitialized(code=existing)
    tx.set_center_code(cleaned.code)
    tx.state.set(MODE_KEY, "hq" if hq else "center")
    center = tx.centers.add(cleaned, origin=cleaned.code)
    tx.audit.record(AuditAction.INIT, "center", center.id, snapshot_of(cleaned))
    return center


def own_center(db: Database) -> Center | None:
    with db.reader() as tx:
        return tx.centers.own()


def require_center(db: Database) -> Center:
    center = own_center(db)
    if center is None:
        raise NotInitialized(data_dir=str(db.paths.root))
    return center


@dataclass(frozen=True, slots=True)
class Info:
    version: str
    data_dir: str
    database: str
    backups: str
    logs: str
    keys: str
    schema_revision: str | None
    schema_head: str
    people: int
    organizations: int
    centers: int
    center: Center | None
    hq_mode: bool
    key_fingerprint: str | None
    database_bytes: int
    storage_versions: tuple[tuple[str, str], ...] = ()


def info(db: Database) -> Info:
    with db.reader() as tx:
        center = tx.centers.own()
        hq = tx.is_hq
        people = tx.people.count()
        orgs = tx.organizations.count()
        centers = tx.centers.count()
    paths = db.paths
    return Info(
        version=__version__,
        data_dir=str(paths.root),
        database=str(paths.database),
        backups=str(paths.backups),
        logs=str(paths.logs),
        keys=str(paths.keys),
        schema_revision=db.revision(),
        schema_head=migrate.head(),
        people=people,
        organizations=orgs,
        centers=centers,
        center=center,
        hq_mode=hq,
        key_fingerprint=fingerprint_or_none(db),
        database_bytes=paths.database.stat().st_size if paths.database.exists() else 0,
        storage_versions=storage_versions(),
    )
