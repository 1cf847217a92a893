"""The command line (DESIGN.md section 8). No command opens the GUI. Every failure prints one
line on stderr and exits non-zero; a bug also writes a crash log and names it."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import PurePath
from typing import Any

from innov_desktop import __version__
from innov_desktop.domain.errors import AppError, Cancelled, ImportHasErrors, InvalidArgument, UnknownFilter
from innov_desktop.paths import DataPaths

PROG = "innov-desktop"
EXIT_ERROR, EXIT_USAGE, EXIT_BUG, EXIT_INTERRUPTED = 1, 2, 70, 130


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, (uuid.UUID, date, datetime)):
        return str(value) if not isinstance(value, (date, datetime)) else value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _emit(args: argparse.Namespace, value: Any, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(_plain(value), ensure_ascii=False, indent=2))
    else:
        print(text)


def _open(args: argparse.Namespace, *, verify: bool = False, create: bool = False) -> Any:
    """Commands that only read or copy never create a database (a mistyped --data-dir would
    otherwise show an empty one); `init` and `demo` do."""
    from innov_desktop.services.setup import open_database

    return open_database(args.data_dir, verify=verify, create=create, url=args.database)


# -- commands -----------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from innov_desktop.domain.models import CenterInput
    from innov_desktop.services.setup import init_center, validate_center

    identity = validate_center(CenterInput(code=args.center, name=args.name, country=args.country))
    with _open(args, create=True) as db:
        center = init_center(db, identity, hq=args.hq)
    mode = "headquarters" if args.hq else "center"
    _emit(args, center, f"Initialized {mode} {center.data.code} ({center.data.name}, {center.data.country}).")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from innov_desktop.services.demo import generate_demo
    from innov_desktop.services.people import count_people

    with _open(args, create=True) as db:
        if args.if_empty and count_people(db) > 0:
            _emit(
                args,
                {"people": 0, "skipped": True},
                "The database already holds people; demo data not added.",
            )
            return 0
        show = sys.stderr.isatty() and not args.json

        def progress(done: int, total: int) -> None:
            if show:
                print(f"\r{done * 100 // max(total, 1):3d} %", end="", file=sys.stderr, flush=True)

        result = generate_demo(db, args.people, seed=args.seed, progress=progress)
        if show:
            print(file=sys.stderr)
    _emit(args, result, f"Added {result.people} demo people and {result.organizations} organizations.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from innov_desktop.services.setup import info

    with _open(args) as db:
        i = info(db)
    center = (
        f"{i.center.data.code} {i.center.data.name} ({i.center.data.country})" if i.center else "not set (run init)"
    )
    rows = [
        ("Center", center),
        ("Data folder", i.data_dir),
        ("Database", f"{i.database} ({i.database_bytes:,} bytes)"),
        ("Backups", i.backups),
        ("Logs", i.logs),
        ("Schema", f"{i.schema_revision} (newest known: {i.schema_head})"),
        ("People", f"{i.people:,}"),
        ("Organizations", f"{i.organizations:,}"),
        ("Centers", f"{i.centers:,}"),
        ("Signing key", i.key_fingerprint or "not created yet"),
    ]
    lines = [f"innov-desktop {i.version}{' (HQ mode)' if i.hq_mode else ''}"]
    lines += [f"{label + ':':<15}{value}" for label, value in rows]
    _emit(args, i, "\n".join(lines))
    return 0


def cmd_find(args: argparse.Namespace) -> int:
    from innov_desktop.services.organizations import search_organizations
    from innov_desktop.services.people import search_people

    with _open(args) as db:
        if args.kind == "people":
            people = search_people(db, " ".join(args.query), args.limit)
            lines = [
                f"{p.number}\t{p.display_name}\t{p.data.residence_country or ''}\t{p.data.email or ''}" for p in people
            ]
            found: list[Any] = list(people)
        else:
            orgs = search_organizations(db, " ".join(args.query), args.limit)
            lines = [f"{o.number}\t{o.data.name}\t{o.data.type.value}\t{o.data.country or ''}" for o in orgs]
            found = list(orgs)
    _emit(args, found, "\n".join(lines) if lines else "No match.")
    if len(found) == args.limit and not args.json:
        print(f"(the first {args.limit} matches, newest first; --limit N shows more)", file=sys.stderr)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from innov_desktop.services.maintenance import backup_now

    with _open(args) as db:
        b = backup_now(db)
    _emit(args, b, f"Backup written: {b.path} ({b.size:,} bytes)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from innov_desktop.services.maintenance import restore_backup

    kept = restore_backup(args.data_dir, args.file)
    text = f"Restored {args.file}."
    if kept:
        text += f" The replaced database was kept as {kept.path}."
    _emit(args, {"restored": args.file, "previous": kept}, text)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from innov_desktop.services.maintenance import check_database

    with _open(args, verify=True) as db:
        r = check_database(db)
    text = "\n".join(
        [
            f"Integrity:        {', '.join(r.integrity)}",
            f"Foreign keys:     {r.foreign_key_violations} violation(s)",
            f"Search index:     {'ok' if r.search_index_ok else 'damaged'}",
            f"Schema:           {r.schema_revision} (newest known {r.schema_head}), "
            f"{r.schema_differences} difference(s) from this version's tables",
            "Result:           " + ("ok" if r.ok else "PROBLEMS FOUND"),
        ]
    )
    _emit(args, r, text)
    if not r.ok:
        print(f"{PROG}: error: the database check found problems.", file=sys.stderr)
        return EXIT_ERROR
    return 0


# -- spreadsheets -------------------------------------------------------------------------------


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    from innov_desktop.services import spreadsheets as sheets

    kind = sheets.Kind(args.kind)
    default = sheets.Decision(args.on_duplicate)
    if args.report:
        sheets.require_workbook_name(args.report)  # refused before anything is imported
    with _open(args) as db:
        plan = sheets.plan_import(db, kind, args.file, sheet=args.sheet)
        refused = bool(plan.invalid) and not args.skip_invalid and not args.dry_run
        if args.dry_run or refused:
            result = sheets.dry_run(plan, default)
        else:
            result = sheets.apply_import(
                db, plan, on_duplicate=default, skip_invalid=args.skip_invalid, progress=_progress(args)
            )
            _end_progress(args)
        if args.report:
            result = dataclasses.replace(result, report=sheets.write_report(plan, result.outcomes, args.report))
    problems = plan.problems
    lines = [
        f"row {p.row}, {plan.headers[p.column] if p.column is not None else p.field}: {p.message}"
        for p in problems[:50]
    ]
    if len(problems) > 50:
        lines.append(f"... and {len(problems) - 50} more problems (--report OUT.xlsx lists them all)")
    from innov_desktop.cli_sync import counted

    verb = "Would import" if result.dry_run else "Imported"
    lines.append(
        f"{verb} from sheet {plan.sheet} (header on row {plan.header_row}), {plan.total} rows: "
        f"{result.created} created, {result.updated} updated, {counted(result.skipped, 'duplicate')} skipped, "
        f"{result.invalid} invalid."
    )
    value = {k: v for k, v in dataclasses.asdict(result).items() if k != "outcomes"} | {
        "imported": not result.dry_run,
        "sheet": plan.sheet,
        "header_row": plan.header_row,
        "mapping": dict(zip(plan.headers, plan.mapping, strict=True)),
        "problems": [dataclasses.asdict(p) | {"message": p.message} for p in problems],
    }
    if refused:
        _emit(args, value, "\n".join(lines[:-1]))
        raise ImportHasErrors(invalid=plan.invalid, total=plan.total)
    _emit(args, value, "\n".join(lines))
    # a dry run reports like the import it stands for: status 1 while rows have errors
    return 1 if plan.invalid and not args.skip_invalid else 0


def cmd_export_xlsx(args: argparse.Namespace) -> int:
    from innov_desktop.domain.queries import OrganizationQuery, PeopleQuery
    from innov_desktop.services import spreadsheets as sheets

    filters = _filters(args.filter)
    with _open(args) as db:
        if args.kind == "people":
            query: Any = _query(PeopleQuery, filters)
            result = sheets.export_people(db, args.out, query, progress=_progress(args))
        elif args.kind == "centers":
            if filters:
                raise InvalidArgument(what="--filter (the centers export takes none)", value=", ".join(filters))
            result = sheets.export_centers(db, args.out, progress=_progress(args))
        else:
            query = _query(OrganizationQuery, filters)
            result = sheets.export_organizations(db, args.out, query, progress=_progress(args))
        _end_progress(args)
    from innov_desktop.cli_sync import counted

    one = {"people": "person", "organizations": "organization", "centers": "center"}.get(args.kind, args.kind)
    _emit(args, result, f"Exported {counted(result.rows, one, args.kind)} to {result.path}.")
    return 0


def _filters(items: Sequence[str]) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise InvalidArgument(what="--filter (expected NAME=VALUE)", value=item)
        out[key.strip().lower()] = value.strip()
    return out


_YES, _NO = ("1", "yes", "true", "desc"), ("0", "no", "false", "asc")


def _query(cls: Any, filters: dict[str, str]) -> Any:
    """A list query from NAME=VALUE filters: text, the list's filters, sort and desc."""
    from enum import Enum

    fields = {f.name: f for f in dataclasses.fields(cls)}
    defaults = cls()
    values: dict[str, Any] = {}
    for key, raw in filters.items():
        name = {"search": "text", "order": "sort"}.get(key, key)
        if name not in fields or name == "organization_id":
            allowed = ", ".join(n for n in fields if n != "organization_id")
            raise UnknownFilter(name=key, known=allowed)
        current = getattr(defaults, name)
        if name == "descending":
            word = raw.lower()
            if word not in _YES + _NO:
                raise InvalidArgument(what="--filter descending (yes or no)", value=raw)
            values[name] = word in _YES
            continue
        if name == "country":
            from innov_desktop.domain.countries import lookup_country

            code = lookup_country(raw)
            if code is None:
                raise InvalidArgument(what="--filter country", value=raw)
            values[name] = code
            continue
        enum_type = type(current) if isinstance(current, Enum) else _enum_of(cls, name)
        if enum_type is not None:
            try:
                values[name] = enum_type(raw.lower() if name != "sex" else raw.upper())
            except ValueError:
                from innov_desktop.services.spreadsheets import filter_word

                try:  # a local word, as an imported cell is read (Université, Femme)
                    values[name] = filter_word(name, raw)
                except ValueError:
                    allowed = ", ".join(e.value for e in enum_type)
                    raise InvalidArgument(what=f"--filter {key} (one of {allowed})", value=raw) from None
        else:
            values[name] = raw
    return cls(**values)


def _enum_of(cls: Any, name: str) -> Any:
    from innov_desktop.domain.enums import OrgType, PersonRole, Sex

    return {"role": PersonRole, "sex": Sex, "type": OrgType}.get(name)


def _progress(args: argparse.Namespace) -> Any:
    show = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\r{done * 100 // max(total, 1):3d} %", end="", file=sys.stderr, flush=True)

    return progress


def _end_progress(args: argparse.Namespace) -> None:
    if sys.stderr.isatty() and not args.json:
        print(file=sys.stderr)


# -- parser -------------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=PROG,
        description="Records, projects, events and HQ sync for innovation centers. "
        "Without a command, opens the application window.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: $INNOV_DESKTOP_HOME, else the user data folder)",
    )
    p.add_argument(
        "--database",
        metavar="URL",
        help="a server database instead of the folder's SQLite file, for HQ on PostgreSQL: "
        "postgresql+psycopg://USER@HOST/NAME (also $INNOV_DESKTOP_DATABASE)",
    )
    shot = p.add_argument_group("window options (without a command)")
    shot.add_argument("--screenshot", metavar="OUT.png", help="open the window offscreen, save it as PNG, and exit")
    shot.add_argument(
        "--page", default="people", help="page to show: home, people, organizations, ... (default people)"
    )
    shot.add_argument("--lang", choices=("en", "fr", "es", "ar", "ru", "zh"), help="interface language")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str, func: Any, *, json_flag: bool = True) -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=help_text, description=help_text)
        if func is not None:
            c.set_defaults(func=func)
        if json_flag:
            c.add_argument("--json", action="store_true", help="machine-readable output")
        return c

    c = command("init", "give this installation its center identity", cmd_init)
    c.add_argument("--center", required=True, metavar="CODE", help="center code, e.g. KE-NBO")
    c.add_argument("--country", required=True, metavar="CC", help="ISO 3166-1 alpha-2 country code")
    c.add_argument("--name", required=True, help="the center's name")
    c.add_argument("--hq", action="store_true", help="headquarters mode")

    c = command("demo", "fill the database with demo people and organizations", cmd_demo)
    c.add_argument(
        "--people",
        type=_count(2_000_000),
        default=1000,
        metavar="N",
        help="how many people, 1 to 2,000,000 (default 1000)",
    )
    c.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    c.add_argument("--if-empty", action="store_true", help="do nothing when people already exist")

    command("info", "paths, schema version, counts, center identity", cmd_info)

    c = command("find", "search people or organizations (case and accents ignored)", cmd_find)
    c.add_argument("kind", choices=("people", "organizations"))
    c.add_argument("query", nargs="+", help="words, each matched as a prefix (quotes not needed)")
    c.add_argument("--limit", type=_count(10_000), default=50, metavar="N", help="at most N results (default 50)")

    command("backup", "take a backup of the database now", cmd_backup)
    c = command("restore", "replace the database by a backup (checked first)", cmd_restore)
    c.add_argument("file", help="a backup file, e.g. from the data folder's backups/")
    command("check", "check the database's integrity, links, search index and schema", cmd_check)

    c = command("import-xlsx", "import people or organizations from a spreadsheet (.xlsx, .ods, .csv)", cmd_import_xlsx)
    c.add_argument("kind", choices=("people", "organizations"))
    c.add_argument("file", help="the spreadsheet; its header row is found even below a title block")
    c.add_argument("--sheet", help="the sheet to read (default: the first)")
    c.add_argument("--dry-run", action="store_true", help="check every row and report; write nothing")
    c.add_argument("--report", metavar="OUT.xlsx", help="save the rows with their problems and results")
    c.add_argument(
        "--on-duplicate",
        choices=("skip", "update", "create"),
        default="skip",
        help="a row matching an existing record (same e-mail or phone, or similar name and birth date): "
        "skip it, fill the record's empty fields from it, or create a new record (default skip)",
    )
    c.add_argument("--skip-invalid", action="store_true", help="import the valid rows even when others have errors")

    c = command("export-xlsx", "export people, organizations or centers to an .xlsx workbook", cmd_export_xlsx)
    c.add_argument("kind", choices=("people", "organizations", "centers"))
    c.add_argument("out", metavar="OUT.xlsx")
    c.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="text=WORDS, country=CC, role=inventor, sex=F, type=university, sort=name|birth|..., "
        "descending=yes (repeatable)",
    )

    from innov_desktop.cli_sync import register

    register(command, _emit, _open)
    return p


def _count(most: int) -> Any:
    def count(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
        if not 1 <= value <= most:
            raise argparse.ArgumentTypeError(f"must be between 1 and {most:,}, not {value:,}")
        return value

    return count


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # a packaged build: a long import's helper process starts here
        import multiprocessing

        multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    args.database = args.database or os.environ.get("INNOV_DESKTOP_DATABASE") or None
    paths = DataPaths.resolve(args.data_dir)
    from innov_desktop.logs import setup_logging, write_crash_log

    try:
        if paths.root.exists() or args.command in (None, "init", "demo", "restore"):
            setup_logging(paths.logs)  # a mistyped folder is not created just to hold a log
    except OSError as exc:
        print(f"{PROG}: error: cannot use the data folder {paths.root}: {exc.strerror}.", file=sys.stderr)
        return EXIT_ERROR
    try:
        if args.command is None:
            from innov_desktop.gui.app import run_gui

            return run_gui(paths, screenshot=args.screenshot, page=args.page, lang=args.lang)
        return int(args.func(args))
    except AppError as exc:
        print(f"{PROG}: error: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except Cancelled:
        print(f"{PROG}: cancelled; nothing was changed.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # output piped into `head` and friends
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing was changed.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: keep the traceback for the person to send
        log = write_crash_log(paths.logs, exc)
        print(f"{PROG}: internal error ({type(exc).__name__}); details in {log}", file=sys.stderr)
        return EXIT_BUG
