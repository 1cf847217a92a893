"""Writing a checked plan: in one transaction, after a backup; all or nothing unless invalid rows
are skipped on purpose. New people go straight through the driver in batches (the rows were
checked already); duplicates chosen for an update go through the repository, one by one."""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from innov_desktop.domain.duplicates import DuplicateReason, name_key, similar_keys
from innov_desktop.domain.enums import AuditAction, Sex
from innov_desktop.domain.errors import ImportHasErrors, NotInitialized
from innov_desktop.domain.validation import clean_organization, clean_person
from innov_desktop.exchange.columns import Kind
from innov_desktop.services.progress import CancelFn, ProgressFn, checkpoint, never_cancel, no_progress
from innov_desktop.services.records import owned
from innov_desktop.services.spreadsheets.values import Decision, ImportPlan, ImportResult, ImportRow, Outcome
from innov_desktop.store import bulk
from innov_desktop.store.database import Database

BATCH = 5_000
_WOULD = {Decision.CREATE: Outcome.WOULD_CREATE, Decision.UPDATE: Outcome.WOULD_UPDATE}


def _decide(row: ImportRow, default: Decision, decisions: Mapping[int, Decision]) -> Decision:
    if row.match is None:
        return Decision.CREATE
    if row.row in decisions:
        chosen = Decision(decisions[row.row])  # chosen for this row (the window's may come as text)
    else:
        chosen = Decision(default)
        if chosen is Decision.UPDATE and _someone_else(row):
            return Decision.CREATE
    if chosen is Decision.UPDATE and not row.match.owned:
        return Decision.SKIP  # another center's record: only it (or HQ) may change it
    return chosen


def _someone_else(row: ImportRow) -> bool:
    """A row matched by its phone alone, whose name is not like the record's: another member of the
    household sharing the number, to be created, not poured into that record by an update chosen
    for every duplicate (a choice made for this row is kept)."""
    match, data = row.match, row.data
    if match is None or data is None or set(match.reasons) != {DuplicateReason.PHONE}:
        return False
    given, family = getattr(data, "given_name", ""), getattr(data, "family_name", "")
    if not (given or family):
        return False
    return not similar_keys(name_key(given, family), name_key(match.name, ""))


def _outcomes(plan: ImportPlan, by_row: Mapping[int, Outcome], valid: Outcome) -> list[Outcome]:
    """One outcome per data row, in sheet order: `by_row` where it says, else `valid`."""
    invalid = {r.row for r in plan.invalid_rows}
    get = by_row.get
    return [Outcome.INVALID if n in invalid else get(n, valid) for n in plan.row_numbers()]


def outcomes_of(
    plan: ImportPlan, default: Decision = Decision.SKIP, decisions: Mapping[int, Decision] | None = None
) -> list[Outcome]:
    """What applying would do with each row (a dry run)."""
    decisions = decisions or {}
    by_row = {r.row: _WOULD.get(_decide(r, default, decisions), Outcome.WOULD_SKIP) for r in plan.duplicate_rows}
    return _outcomes(plan, by_row, Outcome.WOULD_CREATE)


def dry_run(
    plan: ImportPlan, default: Decision = Decision.SKIP, decisions: Mapping[int, Decision] | None = None
) -> ImportResult:
    outcomes = outcomes_of(plan, default, decisions)
    return ImportResult(
        plan.kind,
        plan.total,
        created=outcomes.count(Outcome.WOULD_CREATE),
        updated=outcomes.count(Outcome.WOULD_UPDATE),
        skipped=outcomes.count(Outcome.WOULD_SKIP),
        invalid=outcomes.count(Outcome.INVALID),
        dry_run=True,
        outcomes=tuple(outcomes),
    )


_NEVER_UPDATED = frozenset({"consent_to_share", "consent_date"})


def _filled(old: Any, new: Any) -> Any:
    """`old` with its empty fields filled from the imported row, and the row's roles and languages
    added to its own: a value the record holds is never replaced (a row matched by a shared phone
    may be another member of the household). Consent is not changed by an update (a list cannot
    tell a withdrawal from a consent never asked for; the form records it)."""
    changes: dict[str, Any] = {}
    for name in old.__dataclass_fields__:
        value = getattr(new, name)
        if value in (None, "", (), False) or value is Sex.NOT_STATED:
            continue
        held = getattr(old, name)
        if isinstance(value, tuple):
            value = tuple(dict.fromkeys((*held, *value)))
            if name == "roles":
                value = tuple(sorted(value))
        elif name in _NEVER_UPDATED or not (held in (None, "") or held is Sex.NOT_STATED):
            continue  # a value held stays
        changes[name] = value
    return replace(old, **changes)


def apply_import(
    db: Database,
    plan: ImportPlan,
    *,
    on_duplicate: Decision = Decision.SKIP,
    decisions: Mapping[int, Decision] | None = None,
    skip_invalid: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelFn = never_cancel,
) -> ImportResult:
    """Write the plan in one transaction, after a backup. A plan with invalid rows writes nothing
    unless `skip_invalid`; a cancel rolls everything back."""
    decisions = decisions or {}
    if plan.invalid and not skip_invalid:
        raise ImportHasErrors(invalid=plan.invalid, total=plan.total)
    chosen = {r.row: _decide(r, on_duplicate, decisions) for r in plan.duplicate_rows}
    not_created = {n for n, d in chosen.items() if d is not Decision.CREATE}
    updates = [r for r in plan.duplicate_rows if chosen[r.row] is Decision.UPDATE]
    creates = plan.staging.count() - len(not_created)
    by_row: dict[int, Outcome] = {n: Outcome.SKIPPED for n, d in chosen.items() if d is Decision.SKIP}
    # rows repeating an earlier row of the file, to update the record that row makes
    ids: dict[int, uuid.UUID] = {r.match.row: uuid.UUID(int=0) for r in updates if r.match and r.match.row}
    checkpoint(cancel)
    backup = db.backup("pre-import") if creates or updates else None
    total = creates + len(updates)
    gc_was_on = gc.isenabled()
    gc.disable()  # thousands of short-lived tuples a batch, none in cycles
    try:
        with db.transaction() as tx:
            if not tx.center_code:
                raise NotInitialized(data_dir=str(db.paths.root))
            record_kind = "person" if plan.kind is Kind.PEOPLE else "organization"
            done = 0
            for done in _insert(tx, plan, not_created, ids, cancel, creates):
                progress(done, total)
            targets = _targets(plan, chosen, ids)
            done += _update(tx, plan.kind, updates, targets, by_row, cancel, lambda n: progress(done + n, total))
            outcomes = _outcomes(plan, by_row, Outcome.CREATED)
            counts = {
                o.value: outcomes.count(o) for o in (Outcome.CREATED, Outcome.UPDATED, Outcome.SKIPPED, Outcome.INVALID)
            }
            tx.audit.record(
                AuditAction.IMPORT, record_kind, None, {"file": Path(plan.path).name, "sheet": plan.sheet, **counts}
            )
            checkpoint(cancel)
    finally:
        if gc_was_on:
            gc.enable()
    progress(total, total)
    return ImportResult(
        plan.kind,
        plan.total,
        created=counts[Outcome.CREATED],
        updated=counts[Outcome.UPDATED],
        skipped=counts[Outcome.SKIPPED],
        invalid=counts[Outcome.INVALID],
        dry_run=False,
        outcomes=tuple(outcomes),
        backup=str(backup.path) if backup else None,
    )


def _targets(plan: ImportPlan, chosen: Mapping[int, Decision], ids: Mapping[int, uuid.UUID]) -> dict[int, Any]:
    """The record each duplicate row chosen for an update fills: the database record it matches,
    or the record its earlier row made (or, when that row was itself a duplicate, filled)."""
    rows = {r.row: r for r in plan.duplicate_rows}

    def target(row: int) -> uuid.UUID | None:
        if row in ids and row not in rows:
            return ids[row]  # created by this import
        r = rows.get(row)
        if r is None or r.match is None:
            return ids.get(row)
        if chosen.get(row) is Decision.CREATE:
            return ids.get(row)
        if r.match.id is not None:
            return r.match.id
        return target(r.match.row) if r.match.row is not None else None

    return {n: target(n) for n, d in chosen.items() if d is Decision.UPDATE}


def _batches(plan: ImportPlan, leave_out: set[int], cancel: CancelFn) -> Iterator[list[tuple[Any, ...]]]:
    """The staged records to create, (row, *values), a batch at a time."""
    for batch in plan.staging.records(BATCH):
        checkpoint(cancel)
        yield [r for r in batch if r[0] not in leave_out]


def _insert(
    tx: Any, plan: ImportPlan, leave_out: set[int], ids: dict[int, uuid.UUID], cancel: CancelFn, creates: int
) -> Iterator[int]:
    if plan.kind is Kind.PEOPLE and bulk.is_sqlite(tx):
        yield from bulk.add_people_staged(tx, _batches(plan, leave_out, cancel), ids, incoming=creates)
        return
    people = plan.kind is Kind.PEOPLE
    of_values = bulk.person_of_values if people else bulk.organization_of_values
    repo = tx.people if people else tx.organizations
    done = 0
    for batch in _batches(plan, leave_out, cancel):
        wanted = any(r[0] in ids for r in batch)
        made = repo.add_many([of_values(r[1:]) for r in batch], return_records=wanted)
        for r, record in zip(batch, made, strict=False):
            if r[0] in ids:
                ids[r[0]] = record.id
        done += len(batch)
        yield done


def _update(
    tx: Any,
    kind: Kind,
    updates: list[ImportRow],
    targets: Mapping[int, Any],
    by_row: dict[int, Outcome],
    cancel: CancelFn,
    progress: Callable[[int], None],
) -> int:
    from innov_desktop.store.convert import diff

    repo = tx.people if kind is Kind.PEOPLE else tx.organizations
    record_kind = "person" if kind is Kind.PEOPLE else "organization"
    clean = _cleaner(kind, tx)
    for n, row in enumerate(updates, 1):
        checkpoint(cancel)
        ident = targets.get(row.row)
        current: Any = repo.get(ident) if ident is not None else None
        if current is None:  # removed since the check: the row is a new record after all
            repo.add(row.data)
            by_row[row.row] = Outcome.CREATED
        elif not owned(tx, current.meta.origin):  # another center's record: only it may change it
            by_row[row.row] = Outcome.SKIPPED
        else:
            merged = clean(_filled(current.data, row.data))
            if merged != current.data:
                pair: Any = repo.update(ident, merged)
                tx.audit.record(AuditAction.UPDATE, record_kind, ident, diff(pair[0].data, pair[1].data))
            by_row[row.row] = Outcome.UPDATED
        if n % 500 == 0:
            progress(n)
    return len(updates)


def _cleaner(kind: Kind, tx: Any) -> Callable[[Any], Any]:
    own = tx.centers.own()
    region = own.data.country if own else None
    if kind is Kind.PEOPLE:
        return lambda d: clean_person(d, today=date.today(), default_region=region)
    return lambda d: clean_organization(d, default_region=region)
