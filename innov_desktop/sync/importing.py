"""Importing bundles: verification before any write, then one bundle in one transaction (after a
backup), or HQ's many in one transaction with a savepoint each (sync/README.md, "Verification"
and "Merge")."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from sqlalchemy import exc, select

from innov_desktop.domain.errors import (
    AppError,
    BundleDamaged,
    BundleReplayed,
)
from innov_desktop.machine import free_processors
from innov_desktop.store import models as orm
from innov_desktop.store.database import Database
from innov_desktop.store.repos import Tx
from innov_desktop.store.search_ddl import bulk_cache, deferred_indexes, deferred_search_catch_up
from innov_desktop.sync import bundle as fmt
from innov_desktop.sync.engine import Progress, gc_paused
from innov_desktop.sync.helper import Helper, Job
from innov_desktop.sync.merge import ImportResult, Merger, manifest_counts
from innov_desktop.sync.peers import identity
from innov_desktop.sync.tables import specs


def verify_file(db: Database, path: Path) -> tuple[fmt.Verified, ImportResult | None]:
    """All checks before any write. Returns the verified bundle, and a result when the same file
    was imported before (nothing to do)."""
    with db.reader() as tx:
        return _verify_in(tx, path)


def _verify_in(tx: Tx, path: Path) -> tuple[fmt.Verified, ImportResult | None]:
    me = identity(tx)
    peers = {p.code: p for p in tx.session.scalars(select(orm.SyncPeer))}

    def key_for(sender: str) -> str | None:
        peer = peers.get(sender)
        if peer is None or (me.hq and peer.role != "center") or (not me.hq and peer.role != "hq"):
            return None
        return peer.public_key

    verified = fmt.verify(path, key_for=key_for, recipient=me.code)
    peer = peers[verified.sender]
    seen = tx.session.scalars(
        select(orm.SyncBundle).where(
            orm.SyncBundle.sha256 == verified.sha256,
            orm.SyncBundle.direction == "in",
            orm.SyncBundle.peer == verified.sender,
        )
    ).first()
    if seen is not None:
        return verified, _result(verified, already=True)
    if verified.number <= peer.in_number:
        raise BundleReplayed(file=path.name, number=verified.number, sender=verified.sender, last=peer.in_number)
    return verified, None


def _result(verified: fmt.Verified, *, already: bool = False) -> ImportResult:
    m = verified.manifest
    counts = manifest_counts(m)
    return ImportResult(
        verified.path,
        verified.sender,
        verified.number,
        str(m.get("created_at", "")),
        records=int(m.get("records", 0) or 0),
        already_imported=already,
        counts=counts,
    )


def import_bundle(
    db: Database, path: Path, *, dry_run: bool = False, backup: bool = True, progress: Progress | None = None
) -> ImportResult:
    """Verify, back up, then apply in one transaction. `dry_run` applies and rolls back: the
    counts (new, changed, deleted, conflicts) are exact and nothing is kept."""
    verified, done = verify_file(db, path)
    if done is not None:
        return done
    if backup and not dry_run and db.engine.dialect.name == "sqlite":
        db.backup("pre-import")
    result = _result(verified)
    try:
        with db.transaction() as tx, gc_paused():
            Merger(tx, verified, result, progress).run()
            if dry_run:
                raise _RollBack()
    except _RollBack:
        return result
    result.applied = True
    return result


Outcome = Callable[[Path, "ImportResult | None", "AppError | None"], None]

# A helper process for `import_many`: always, never, or None: when it pays. It takes the main
# process's CPU time for hq merge of 100 x 10 000 from 103-116 s to 70-80 s on SQLite and from
# 57-65 s to 22-26 s on PostgreSQL (the helper's own: 36-49 s); wall time, in pairs run in turn on
# two processors that other work kept busy (load 2 to 4.7), 0.69 to 1.40 of the time without it on
# SQLite (median 1.00, 5 pairs) and 0.55 to 1.10 on PostgreSQL (median 0.82, 4 pairs). It pays
# only with a processor free for it, hence the load check.
HELPER: bool | None = None
HELPER_MIN_RECORDS = 20_000  # fewer records: the helper's start (about a second) costs more than it saves
AHEAD = 2  # bundles handed to the helper before their turn


def import_many(
    db: Database,
    paths: list[Path],
    *,
    done: Outcome,
    stop: Callable[[], bool] = lambda: False,
    helper: bool | None = None,
) -> None:
    """Many bundles (HQ's merge) in one write transaction, each in a savepoint of its own: a
    refused bundle is rolled back alone and reported through `done`, the others go on. The
    tables' plain indexes and full-text index are set aside once for the whole run (see
    `deferred_indexes`), and there is one commit instead of one per bundle. `stop()` is asked
    after each bundle; what was merged until then is kept. A process killed half-way leaves the
    database as it was before the run. `helper`: a helper process reads the bundles ahead
    (sync/helper.py), or not; None: as HELPER says, or else when the bundles bring at least
    HELPER_MIN_RECORDS records and a second processor is free."""
    if not paths:
        return
    incoming: dict[str, int] = {}
    for path in paths:
        try:
            for name, count in manifest_counts(fmt.read_manifest(path)[0]).items():
                incoming[name] = incoming.get(name, 0) + count
        except (AppError, TypeError, ValueError, AttributeError):
            pass  # refused below, with its own message
    if helper is None:
        helper = HELPER
    if helper is None:
        helper = sum(incoming.values()) >= HELPER_MIN_RECORDS and free_processors() >= 2
    worker = Helper.start() if helper else None  # starting while the backup is taken
    try:
        if db.engine.dialect.name == "sqlite":
            db.backup("pre-import")
        with db.transaction() as tx, gc_paused(), ExitStack() as deferred:
            _merge_many(tx, paths, incoming, deferred, done, stop, worker)
    except _RollBack:
        pass  # nothing was applied: not even the clock moves
    finally:
        if worker is not None:
            worker.close()


def _merge_many(
    tx: Tx,
    paths: list[Path],
    incoming: dict[str, int],
    deferred: ExitStack,
    done: Outcome,
    stop: Callable[[], bool],
    worker: Helper | None,
) -> None:
    """The savepoint per bundle of `import_many`; raises `_RollBack` when none applied. With a
    helper process (`worker`), the next bundle is handed to it while this one is merged."""
    conn = tx.session.connection()
    search: dict[str, list[tuple[int, str]]] = {}
    deferred.enter_context(bulk_cache(conn, sum(incoming.values())))
    for name in specs():
        deferred.enter_context(deferred_indexes(conn, name, incoming.get(name, 0)))
        search[name] = deferred.enter_context(deferred_search_catch_up(conn, name))
    applied = 0
    ahead: dict[int, Job | None] = {}  # the helper's jobs for the bundles after the one being merged
    if worker is not None:
        _read_ahead(worker, paths, 0, ahead)  # it starts while the indexes are set aside
    for index, path in enumerate(paths):
        marks = {name: len(changed) for name, changed in search.items()}
        counters = tx.counters()
        job = ahead.pop(index, None)
        try:
            try:
                with tx.session.begin_nested():
                    verified, result = _verify_in(tx, path)
                    if result is None:
                        result = _result(verified)
                        prepared = None
                        if worker is not None:
                            if job is None or not job.matches(verified):
                                # the jobs go in order: those handed over for later bundles too
                                for later in (job, *ahead.values()):
                                    if later is not None:
                                        worker.cancel(later)
                                ahead.clear()
                                job = worker.submit(verified.path, verified.sender, verified.members)
                            _read_ahead(worker, paths, index + 1, ahead)
                            prepared = (worker, job) if job is not None else None
                        Merger(tx, verified, result, None, search, prepared).run(set_aside=False)
                        result.applied = True
            except (exc.IntegrityError, exc.DataError, OverflowError) as error:  # rolled back to the savepoint
                raise BundleDamaged(file=path.name) from error
            finally:
                if job is not None and worker is not None:
                    worker.cancel(job)  # what is left of it, if anything
        except AppError as error:
            for name, changed in search.items():  # the rolled-back rows' text stays as it was
                del changed[marks[name] :]
            tx.restore_counters(counters)
            done(path, None, error)
        else:
            applied += int(result.applied)
            done(path, result, None)
        if stop():
            break
    if not applied:
        raise _RollBack()


def _read_ahead(worker: Helper, paths: list[Path], start: int, jobs: dict[int, Job | None]) -> None:
    """The helper starts on the next bundles (AHEAD of them) as their manifests list them; what it
    reads is used only if it is what the merge verifies when their turn comes."""
    for index in range(start, min(start + AHEAD, len(paths))):
        if index in jobs:
            continue
        try:
            sender, members = fmt.listed_members(paths[index])
        except (AppError, TypeError, ValueError, AttributeError):
            jobs[index] = None  # refused when its turn comes, with its own message
            continue
        jobs[index] = worker.submit(paths[index], sender, members)


class _RollBack(Exception):
    """Leaves a dry run's transaction without keeping anything."""
