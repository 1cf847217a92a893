"""The create / update / delete / get / search shape shared by every record type: validation,
one transaction, rev and clock bumped by the store, one audit entry per change."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from innov_desktop.domain.enums import AuditAction
from innov_desktop.domain.errors import (
    ChangedSince,
    FieldError,
    NotFound,
    NotInitialized,
    NotOwned,
    StaleRecord,
    ValidationFailed,
    WithheldFields,
)
from innov_desktop.store.convert import diff, snapshot_of
from innov_desktop.store.database import Database
from innov_desktop.store.repos import Tx

I = TypeVar("I")  # noqa: E741  the input dataclass
R = TypeVar("R")  # the record dataclass


@dataclass(frozen=True, slots=True)
class RecordKind(Generic[I, R]):
    name: str  # as written in the audit log and error messages
    repo: Callable[[Tx], Any]
    clean: Callable[[I, date, str | None], I]
    links: Callable[[Tx, I], list[FieldError]] = lambda _tx, _data: []  # links to records that must exist


def _validated(tx: Tx, kind: RecordKind[I, R], data: I) -> I:
    cleaned = kind.clean(data, date.today(), _default_region(tx))
    broken = kind.links(tx, cleaned)
    if broken:
        raise ValidationFailed(broken)
    return cleaned


def problems(db: Database, kind: RecordKind[I, R], data: I) -> list[FieldError]:
    """Every refusal saving `data` would meet, written nowhere: a form shows them all at once,
    with the ones it found itself (a date it cannot read)."""
    with db.reader() as tx:
        try:
            cleaned = kind.clean(data, date.today(), _default_region(tx))
        except ValidationFailed as failed:
            return list(failed.errors) + kind.links(tx, data)
        return kind.links(tx, cleaned)


def _default_region(tx: Tx) -> str | None:
    own = tx.centers.own()
    if own is None:
        return None
    return own.data.country


def owned(tx: Tx, origin: str) -> bool:
    """A center changes only its own records (its bundles may carry nothing else); HQ changes any."""
    return origin in (tx.center_code, "local") or tx.is_hq


def require_owned(tx: Tx, origin: str) -> None:
    if not owned(tx, origin):
        raise NotOwned(origin=origin)


def _require_identity(tx: Tx, db: Database) -> None:
    if not tx.center_code:
        raise NotInitialized(data_dir=str(db.paths.root))


def create(db: Database, kind: RecordKind[I, R], data: I) -> R:
    with db.transaction() as tx:
        _require_identity(tx, db)
        cleaned = _validated(tx, kind, data)
        record = kind.repo(tx).add(cleaned)
        tx.audit.record(AuditAction.CREATE, kind.name, record.id, snapshot_of(cleaned))
        return record


def update(
    db: Database,
    kind: RecordKind[I, R],
    ident: uuid.UUID,
    data: I,
    expected_rev: int | None,
    expected_data: I | None = None,
) -> R:
    """`expected_rev`: the form's revision (someone else saved since: refused). `expected_data`:
    an undo applies only while the record still holds what the undone step saved."""
    with db.transaction() as tx:
        repo = kind.repo(tx)
        current = repo.get(ident)
        if current is None:
            raise NotFound(kind=kind.name, ident=str(ident))
        require_owned(tx, current.meta.origin)
        if current.meta.withheld:  # HQ holds it without its names: only the owner changes it
            raise WithheldFields()
        cleaned = _validated(tx, kind, data)
        if expected_rev is not None and current.meta.rev != expected_rev:
            raise StaleRecord(kind=kind.name, expected=expected_rev, actual=current.meta.rev)
        if expected_data is not None and current.data != expected_data:
            raise ChangedSince(kind=kind.name)
        if current.data == cleaned:
            return current
        before, after = repo.update(ident, cleaned)
        tx.audit.record(AuditAction.UPDATE, kind.name, ident, diff(before.data, after.data))
        return after


def _check_unchanged(tx: Tx, kind: RecordKind[I, R], ident: uuid.UUID, expected_data: I | None) -> None:
    if expected_data is None:
        return
    current = kind.repo(tx).get(ident, include_deleted=True)
    if current is None:
        raise NotFound(kind=kind.name, ident=str(ident))
    if current.data != expected_data:
        raise ChangedSince(kind=kind.name)


def _tombstone_step(
    db: Database, kind: RecordKind[I, R], ident: uuid.UUID, expected_data: I | None, action: AuditAction
) -> R:
    """Delete or bring back one record, in one transaction with its audit entry."""
    with db.transaction() as tx:
        _check_unchanged(tx, kind, ident, expected_data)
        repo = kind.repo(tx)
        existing = repo.get(ident, include_deleted=True)
        if existing is not None:
            require_owned(tx, existing.meta.origin)
        changed = repo.delete(ident) if action is AuditAction.DELETE else repo.undelete(ident)
        if changed is None:
            raise NotFound(kind=kind.name, ident=str(ident))
        tx.audit.record(action, kind.name, ident, {})
        return changed


def delete(db: Database, kind: RecordKind[I, R], ident: uuid.UUID, expected_data: I | None = None) -> R:
    """Soft delete: the record becomes a tombstone that sync carries to the other side."""
    return _tombstone_step(db, kind, ident, expected_data, AuditAction.DELETE)


def undelete(db: Database, kind: RecordKind[I, R], ident: uuid.UUID, expected_data: I | None = None) -> R:
    """Bring back a tombstoned record (the undo of a delete)."""
    return _tombstone_step(db, kind, ident, expected_data, AuditAction.UNDELETE)


def get(db: Database, kind: RecordKind[I, R], ident: uuid.UUID) -> R:
    with db.reader() as tx:
        found = kind.repo(tx).get(ident)
    if found is None:
        raise NotFound(kind=kind.name, ident=str(ident))
    return found


def search(db: Database, kind: RecordKind[I, R], query: str, limit: int) -> list[R]:
    with db.reader() as tx:
        return kind.repo(tx).search(query, limit)


def page(db: Database, kind: RecordKind[I, R], offset: int, limit: int) -> list[R]:
    with db.reader() as tx:
        return kind.repo(tx).page(offset, limit)


def count(db: Database, kind: RecordKind[I, R]) -> int:
    with db.reader() as tx:
        return int(kind.repo(tx).count())
