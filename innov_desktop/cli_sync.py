"""Command-line sync with HQ: bundle, conflicts, keys and hq commands (DESIGN.md section 8)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from innov_desktop.domain.errors import ConflictValueMissing, KeyAlreadyRegistered, KeyAlreadyRegisteredHere

Emit = Callable[[argparse.Namespace, Any, str], None]
Open = Callable[..., Any]


def counted(n: int, one: str, many: str | None = None) -> str:
    """ "1 record", "2 records", "1 person", "2 people"."""
    return f"1 {one}" if n == 1 else f"{n:,} {many or one + 's'}"


def _progress(args: argparse.Namespace) -> Any:
    if getattr(args, "json", False) or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        text = f"{done:,} of {total:,}" if total else f"{done:,}"
        print(f"\r{text} records", end="", file=sys.stderr, flush=True)

    return show


def _summary(r: Any) -> str:
    if r.already_imported:
        return f"Bundle {r.number} from {r.sender} was imported before; nothing changed."
    verb = "Applied" if r.applied else "Would apply"
    return (
        f"{verb} bundle {r.number} from {r.sender} (made {r.created_at}): {counted(r.records, 'record')}, "
        f"{r.added:,} new, {r.changed:,} changed, {r.deleted:,} deleted, {counted(r.conflicts, 'conflict')}."
    )


def register(command: Callable[..., argparse.ArgumentParser], emit: Emit, open_db: Open) -> None:
    def bundle_export(args: argparse.Namespace) -> int:
        from innov_desktop.services import sync

        with open_db(args) as db:
            r = sync.export_bundle(db, Path(args.out), center=None, progress=_progress(args))
        emit(args, r, _written(r))
        return 0

    def bundle_import(args: argparse.Namespace) -> int:
        from innov_desktop.services import sync

        with open_db(args) as db:
            r = sync.import_bundle(db, Path(args.file), progress=_progress(args))
        emit(args, r, _summary(r))
        return 0

    def bundle_inspect(args: argparse.Namespace) -> int:
        from innov_desktop.services import sync

        with open_db(args) as db:
            r = sync.inspect_bundle(db, Path(args.file))
        text = f"Signature and contents verified.\n{_summary(r)}\nNothing was changed."
        emit(args, r, text)
        return 0

    def conflicts_list(args: argparse.Namespace) -> int:
        from innov_desktop.services import sync

        with open_db(args) as db:
            found = sync.conflicts(db)
        lines = [
            f"#{c.number}\t{c.kind} {c.record_label}\t{c.field}\tmine={c.mine!r} ({c.mine_by})\t"
            f"theirs={c.theirs!r} ({c.theirs_by})\tin force: {c.winner}"
            for c in found
        ]
        emit(args, found, "\n".join(lines) if lines else "No open conflicts.")
        return 0

    def conflicts_resolve(args: argparse.Namespace) -> int:
        from innov_desktop.services import sync

        if args.keep == "value" and args.value is None:
            raise ConflictValueMissing()
        with open_db(args) as db:
            sync.resolve_conflict(db, args.number, args.keep, args.value)
        emit(args, {"resolved": args.number, "keep": args.keep}, f"Conflict {args.number} resolved ({args.keep}).")
        return 0

    def keys_show(args: argparse.Namespace) -> int:
        from innov_desktop.services import sync

        with open_db(args) as db:
            k = sync.key_info(db)
        emit(args, k, f"{k.code} ({k.role})\nFingerprint: {k.fingerprint}\nPublic key:  {k.public_key}")
        return 0

    def keys_export(args: argparse.Namespace) -> int:
        from innov_desktop.services import sync

        with open_db(args) as db:
            k = sync.export_public_key(db, Path(args.out))
        emit(args, k, f"Public key of {k.code} written to {args.out} (fingerprint {k.fingerprint}).")
        return 0

    def keys_trust(args: argparse.Namespace) -> int:
        from innov_desktop.services import sync

        with open_db(args) as db:
            try:
                peer = sync.trust_key(db, Path(args.file), replace=args.replace)
            except KeyAlreadyRegistered as exc:  # the window asks; here confirming is an option
                raise KeyAlreadyRegisteredHere(**exc.params) from None
        emit(args, peer, f"Registered {peer.role} {peer.code}, fingerprint {peer.fingerprint}.")
        return 0

    def hq_merge(args: argparse.Namespace) -> int:
        from innov_desktop.services import sync

        with open_db(args) as db:
            outcomes = sync.hq_merge(db, [Path(f) for f in args.files], progress=None)
        lines = [f"{o.path.name}: {_summary(o.result) if o.result else 'refused: ' + _reason(o)}" for o in outcomes]
        refused = [o for o in outcomes if o.error is not None]
        value = [
            {"file": str(o.path), "result": o.result, "error": o.error.message if o.error else None} for o in outcomes
        ]
        emit(args, value, "\n".join(lines))
        if refused:
            print(f"innov-desktop: error: {len(refused)} of {len(outcomes)} bundle(s) refused.", file=sys.stderr)
            return 1
        return 0

    def hq_export_for(args: argparse.Namespace) -> int:
        from innov_desktop.services import sync

        with open_db(args) as db:
            r = sync.export_bundle(db, Path(args.out), center=args.center, progress=_progress(args))
        emit(args, r, _written(r))
        return 0

    group = command("bundle", "sync bundles: export, import, inspect", None, json_flag=False)
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(group))
    c = _sub(sub, "export", "write a bundle of everything HQ has not acknowledged", bundle_export)
    c.add_argument("out", metavar="OUT", help="bundle file, or a folder (e.g. a USB stick) to write it in")
    c = _sub(sub, "import", "verify and apply a bundle (a backup is taken first)", bundle_import)
    c.add_argument("file", metavar="FILE")
    c = _sub(sub, "inspect", "verify a bundle and say what it would change; changes nothing", bundle_inspect)
    c.add_argument("file", metavar="FILE")

    group = command("conflicts", "sync conflicts: list and resolve", None, json_flag=False)
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(group))
    _sub(sub, "list", "open conflicts with both values", conflicts_list)
    c = _sub(sub, "resolve", "settle a conflict: keep mine, keep theirs or a new value", conflicts_resolve)
    c.add_argument("number", type=int, metavar="N")
    c.add_argument("keep", choices=("mine", "theirs", "value"))
    c.add_argument("value", nargs="?", help="the new value when KEEP is 'value'")

    group = command("keys", "signing keys: show, export, trust", None, json_flag=False)
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(group))
    _sub(sub, "show", "this installation's key fingerprint and public key", keys_show)
    c = _sub(sub, "export", "write this installation's public key to a file", keys_export)
    c.add_argument("out", metavar="OUT")
    c = _sub(sub, "trust", "register the other side's public key file (HQ: a center's; a center: HQ's)", keys_trust)
    c.add_argument("file", metavar="FILE")
    c.add_argument("--replace", action="store_true", help="replace a different key already registered for that code")

    group = command("hq", "headquarters: merge center bundles, export for a center", None, json_flag=False)
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(group))
    c = _sub(sub, "merge", "verify and apply many center bundles (each on its own)", hq_merge)
    c.add_argument("files", nargs="+", metavar="FILE")
    c = _sub(sub, "export-for", "write the bundle for one center", hq_export_for)
    c.add_argument("center", metavar="CENTER", type=str.upper)  # ke-nbo is KE-NBO
    c.add_argument("out", metavar="OUT")


def _reason(outcome: Any) -> str:
    return str(outcome.error.message) if outcome.error is not None else ""


def _sub(sub: Any, name: str, help_text: str, func: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
    c: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    c.set_defaults(func=func)
    c.add_argument("--json", action="store_true", help="machine-readable output")
    return c


def _written(r: Any) -> str:
    return f"Bundle {r.number} for {r.recipient} written: {r.path} ({counted(r.records, 'record')})."
