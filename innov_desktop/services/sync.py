"""File sync with HQ for the GUI and the command line: keys, bundles, history, conflicts, HQ."""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from innov_desktop.domain.errors import AppError, FileNotWritten, FolderMissing, HqOnly
from innov_desktop.services.progress import CancelFn, ProgressFn, checkpoint
from innov_desktop.store.database import Database
from innov_desktop.sync import bundle, engine, importing, keys, peers
from innov_desktop.sync.engine import ExportResult
from innov_desktop.sync.merge import ImportResult

__all__ = ["ExportResult", "ImportResult"]
log = logging.getLogger(__name__)
BUNDLE_SUFFIX = ".innovsync"


@dataclass(frozen=True, slots=True)
class KeyInfo:
    code: str
    role: str
    fingerprint: str
    public_key: str


@dataclass(frozen=True, slots=True)
class PeerInfo:
    code: str
    role: str
    fingerprint: str
    registered_at: str
    bundles_in: int
    bundles_out: int
    last_in: str | None
    last_out: str | None


@dataclass(frozen=True, slots=True)
class BundleEntry:
    direction: str
    peer: str
    number: int
    created_at: str
    handled_at: str
    records: int
    added: int
    changed: int
    deleted: int
    conflicts: int
    file_name: str


@dataclass(frozen=True, slots=True)
class ConflictEntry:
    number: int
    kind: str
    record_id: str
    record_label: str
    field: str
    mine: Any
    theirs: Any
    mine_by: str
    theirs_by: str
    winner: str  # "mine" or "theirs": the value in force until someone decides
    peer: str
    detected_at: str


@dataclass(frozen=True, slots=True)
class MergeOutcome:
    path: Path
    result: ImportResult | None
    error: AppError | None


def key_info(db: Database) -> KeyInfo:
    public = peers.own_public_key(db)
    with db.reader() as tx:
        me = peers.identity(tx)
    return KeyInfo(me.code, "hq" if me.hq else "center", keys.fingerprint(public), public)


def is_hq(db: Database) -> bool:
    """This installation is HQ (without reading its key, as `key_info` does)."""
    with db.reader() as tx:
        return peers.identity(tx).hq


def export_public_key(db: Database, out: Path) -> KeyInfo:
    info = key_info(db)
    text = keys.PublicKeyFile(info.code, info.role, info.public_key).text()
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise FileNotWritten(path=str(out), reason=exc.strerror or str(exc)) from exc
    return info


def trust_key(db: Database, path: Path, *, replace: bool = False) -> PeerInfo:
    key_file = keys.read_public_key_file(path)
    with db.transaction() as tx:
        peers.register_peer(tx, key_file, replace=replace)
    (peer,) = [p for p in registered_peers(db) if p.code == key_file.code]
    return peer


def registered_peers(db: Database) -> list[PeerInfo]:
    with db.reader() as tx:
        return [PeerInfo(*row) for row in peers.peer_rows(tx)]


def default_bundle_name(sender: str, recipient: str, number: int) -> str:
    return f"{sender}-to-{recipient}-{number:05d}{BUNDLE_SUFFIX}"


def export_bundle(
    db: Database,
    out: Path,
    *,
    center: str | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ExportResult:
    """`out` may be a folder (a USB stick): the file is named after sender, recipient and number.
    Otherwise it is the file to write (a new one named *.innovsync, in a folder that exists): a
    USB stick's path that is not mounted must not become a file of that name."""
    if not out.exists() and (out.suffix.lower() != BUNDLE_SUFFIX or not out.parent.is_dir()):
        raise FolderMissing(path=str(out if out.suffix.lower() != BUNDLE_SUFFIX else out.parent))
    if out.is_dir():
        with db.reader() as tx:
            sender, recipient, number = peers.next_out_name(tx, center)
        out = out / default_bundle_name(sender, recipient, number)
    return engine.export(db, out, center=center, progress=_adapt(progress, cancel))


def inspect_bundle(db: Database, path: Path) -> ImportResult:
    """Verify and merge without keeping anything: exact counts of what an import would do."""
    return importing.import_bundle(db, path, dry_run=True, backup=False)


def import_bundle(
    db: Database, path: Path, *, progress: ProgressFn | None = None, cancel: CancelFn | None = None
) -> ImportResult:
    result = importing.import_bundle(db, path, progress=_adapt(progress, cancel))
    log.info(
        "bundle %s from %s: %s", path.name, result.sender, "already imported" if result.already_imported else "applied"
    )
    return result


def hq_merge(
    db: Database, files: list[Path], *, progress: ProgressFn | None = None, cancel: CancelFn | None = None
) -> list[MergeOutcome]:
    """Many bundles at once, in the order of sender and number, in one transaction with a
    savepoint per bundle: one refused bundle does not stop the others. Cancel stops after the
    bundle being merged; the ones merged until then are kept."""
    with db.reader() as tx:
        me = peers.identity(tx)
    if not me.hq:
        raise HqOnly(code=me.code)
    ordered = []
    for path in files:
        try:
            manifest, _, _ = bundle.read_manifest(path)
            ordered.append((str(manifest.get("sender", "")), int(manifest.get("number", 0) or 0), path))
        except (AppError, TypeError, ValueError):
            ordered.append(("", 0, path))
    ordered.sort(key=lambda item: (item[0], item[1], str(item[2])))
    outcomes: list[MergeOutcome] = []

    def done(path: Path, result: ImportResult | None, error: AppError | None) -> None:
        if error is not None:
            log.warning("bundle %s refused: %s", path.name, error.message)
        outcomes.append(MergeOutcome(path, result, error))
        if progress is not None:
            progress(len(outcomes), len(ordered))

    importing.import_many(db, [path for _, _, path in ordered], done=done, stop=cancel or (lambda: False))
    if cancel is not None:
        checkpoint(cancel)  # after the commit: what was merged stays
    return outcomes


def history(db: Database, limit: int = 200) -> list[BundleEntry]:
    with db.reader() as tx:
        return [BundleEntry(*row) for row in peers.history_rows(tx, limit)]


def last_sync(db: Database) -> str | None:
    entries = history(db, 1)
    return entries[0].handled_at if entries else None


def conflicts(db: Database) -> list[ConflictEntry]:
    out = []
    with db.reader() as tx:
        for c in peers.open_conflicts(tx):
            label = c.record_id
            if c.table_name == "person":
                person = tx.people.get(uuid.UUID(c.record_id), include_deleted=True)
                label = f"{person.number} {person.display_name}" if person else label
            elif c.table_name == "organization":
                org = tx.organizations.get(uuid.UUID(c.record_id), include_deleted=True)
                label = f"{org.number} {org.data.name}" if org else label
            out.append(
                ConflictEntry(
                    c.pk,
                    c.table_name,
                    c.record_id,
                    label,
                    c.field,
                    json.loads(c.mine_value),
                    json.loads(c.theirs_value),
                    c.mine_writer,
                    c.theirs_writer,
                    peers.in_force(tx, c),
                    c.peer,
                    c.detected_at,
                )
            )
    return out


def resolve_conflict(db: Database, number: int, choice: str, value: Any = None) -> None:
    with db.transaction() as tx:
        peers.resolve(tx, number, choice, value)


def _adapt(progress: ProgressFn | None, cancel: CancelFn | None) -> Any:
    if progress is None and cancel is None:
        return None

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total)
        if cancel is not None:
            checkpoint(cancel)

    return report
