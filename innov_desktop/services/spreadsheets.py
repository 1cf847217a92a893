"""Spreadsheet import and export, as user actions (DESIGN.md section 5).

Import is three steps the GUI and the command line share: `preview_sheet` (sheets, header row,
the automatic or remembered mapping, first rows), `plan_import` (every row read, validated and
compared with the database; nothing written), `apply_import` (one transaction, after a backup;
all or nothing unless invalid rows are skipped on purpose). `write_report` saves the original
rows with what happened to each. Export writes any list as shown, streaming."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from operator import itemgetter
from pathlib import Path
from typing import Any, Generic, TypeVar

from innov_desktop.domain import duplicates as dup
from innov_desktop.domain.countries import country_name
from innov_desktop.domain.duplicates import DuplicateReason
from innov_desktop.domain.enums import AuditAction, OrgType, Sex
from innov_desktop.domain.errors import (
    FIELD_MESSAGES,
    ErrorCode,
    FileNotWritten,
    ImportHasErrors,
    NoHeaderRow,
    NotInitialized,
    RequiredColumnMissing,
    ValidationFailed,
    field_label,
)
from innov_desktop.domain.models import Organization, OrganizationInput, Person, PersonInput
from innov_desktop.domain.queries import OrganizationQuery, PeopleQuery
from innov_desktop.domain.text import fold
from innov_desktop.domain.validation import clean_organization, clean_person
from innov_desktop.exchange import cells
from innov_desktop.exchange.columns import (
    DATE_FIELDS,
    FIELDS,
    HEADER_SCAN_ROWS,
    Kind,
    auto_mapping,
    find_header_row,
    header_key,
    headers_of,
)
from innov_desktop.exchange.reader import Sheet, Value, read_sheet, sheet_names
from innov_desktop.exchange.writer import Cell, SheetData, write_xlsx
from innov_desktop.paths import DataPaths
from innov_desktop.services.progress import CancelFn, ProgressFn, checkpoint, never_cancel, no_progress
from innov_desktop.store import bulk, lists
from innov_desktop.store.database import Database

R = TypeVar("R")
MAPPINGS_FILE = "import-mappings.json"
PREVIEW_ROWS = 20
BATCH = 5_000
REQUIRED: dict[Kind, tuple[tuple[str, ...], str]] = {
    Kind.PEOPLE: (("given_name", "family_name", "full_name"), "family_name"),
    Kind.ORGANIZATIONS: (("name",), "name"),
}


class Decision(StrEnum):
    """What happens to a row that matches a record already in the database."""

    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    SKIPPED = "skipped"  # a duplicate, left out on purpose
    INVALID = "invalid"  # not imported: it has errors
    WOULD_CREATE = "would_create"
    WOULD_UPDATE = "would_update"
    WOULD_SKIP = "would_skip"


# -- values ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SheetPreview:
    path: str
    kind: Kind
    sheets: tuple[str, ...]
    sheet: str
    header_row: int  # as numbered in the sheet (1-based)
    headers: tuple[str, ...]
    mapping: tuple[str | None, ...]  # a field per column, or None (not imported)
    remembered: bool  # some of the mapping came from a saved correction
    rows: tuple[tuple[str, ...], ...]  # the first data rows, as text
    data_rows: int


@dataclass(frozen=True, slots=True)
class CellProblem:
    row: int  # sheet row number
    column: int | None  # index into the headers; None when the problem concerns the row
    field: str
    code: ErrorCode
    params: tuple[tuple[str, Any], ...] = ()
    value: str = ""

    @property
    def message(self) -> str:
        return FIELD_MESSAGES[self.code].format(**dict(self.params))


@dataclass(frozen=True, slots=True)
class Match:
    """The existing record an imported row probably is."""

    id: uuid.UUID
    number: str
    name: str
    reasons: tuple[DuplicateReason, ...]


@dataclass(frozen=True, slots=True)
class ImportRow:
    row: int  # sheet row number
    data: Any  # PersonInput | OrganizationInput, cleaned; None when invalid
    problems: tuple[CellProblem, ...] = ()
    match: Match | None = None

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportPlan:
    kind: Kind
    path: str
    sheet: str
    header_row: int
    headers: tuple[str, ...]
    mapping: tuple[str | None, ...]
    rows: tuple[ImportRow, ...]
    source: tuple[tuple[Value, ...], ...] = field(repr=False)  # the original cells of each row

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def invalid(self) -> int:
        return sum(1 for r in self.rows if r.problems)

    @property
    def duplicates(self) -> int:
        return sum(1 for r in self.rows if r.match is not None and not r.problems)

    @property
    def problems(self) -> list[CellProblem]:
        return [p for r in self.rows for p in r.problems]


@dataclass(frozen=True, slots=True)
class ImportResult:
    kind: Kind
    total: int
    created: int
    updated: int
    skipped: int
    invalid: int
    dry_run: bool
    outcomes: tuple[Outcome, ...] = field(repr=False)
    backup: str | None = None
    report: str | None = None


# -- remembered mappings (a JSON file in the data folder, shared by the window and the CLI) -----


def _mappings_path(paths: DataPaths) -> Path:
    return paths.root / MAPPINGS_FILE


def _load_mappings(paths: DataPaths) -> dict[str, dict[str, str]]:
    try:
        data = json.loads(_mappings_path(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remembered_mapping(paths: DataPaths, kind: Kind, headers: Sequence[str]) -> tuple[list[str | None], bool]:
    """The automatic mapping, with the corrections a person saved for these column titles."""
    saved = _load_mappings(paths).get(kind.value, {})
    auto = auto_mapping(kind, headers)
    out: list[str | None] = []
    used_saved = False
    for h, a in zip(headers, auto, strict=True):
        key = header_key(h)
        if key and key in saved:
            value = saved[key] or None
            out.append(value if value in FIELDS[kind] else None)
            used_saved = True
        else:
            out.append(a)
    return _first_only(out), used_saved


def _first_only(mapping: Sequence[str | None]) -> list[str | None]:
    seen: set[str] = set()
    out: list[str | None] = []
    for f in mapping:
        out.append(None if f is None or f in seen else f)
        if f:
            seen.add(f)
    return out


def save_mapping(paths: DataPaths, kind: Kind, headers: Sequence[str], mapping: Sequence[str | None]) -> None:
    """Remember these titles' fields (an empty field: "do not import this column") for next time."""
    data = _load_mappings(paths)
    own = data.setdefault(kind.value, {})
    for h, f in zip(headers, mapping, strict=True):
        key = header_key(h)
        if key:
            own[key] = f or ""
    target = _mappings_path(paths)
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        raise FileNotWritten(path=str(target), reason=exc.strerror or str(exc)) from None


# -- reading and preview ------------------------------------------------------------------------


def list_sheets(path: str | Path) -> list[str]:
    return sheet_names(Path(path))


def _header_of(kind: Kind, sheet: Sheet, paths: DataPaths) -> tuple[int, list[str]]:
    index = find_header_row(kind, sheet.rows, _load_mappings(paths).get(kind.value, {}))
    if index is None:
        raise NoHeaderRow(sheet=sheet.name, rows=HEADER_SCAN_ROWS)
    width = max((len(r) for r in sheet.rows), default=0)
    headers = headers_of(sheet.rows[index])
    return index, headers + [""] * (width - len(headers))


def _is_blank(row: Sequence[Value]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def _data_rows(sheet: Sheet, header_index: int) -> Iterator[tuple[int, Sequence[Value]]]:
    for i in range(header_index + 1, len(sheet.rows)):
        row = sheet.rows[i]
        if not _is_blank(row):
            yield sheet.first_row + i, row


def preview_sheet(paths: DataPaths, kind: Kind, path: str | Path, sheet: str | None = None) -> SheetPreview:
    path = Path(path)
    names = sheet_names(path)
    data = read_sheet(path, sheet)
    index, headers = _header_of(kind, data, paths)
    mapping, remembered = remembered_mapping(paths, kind, headers)
    rows = list(_data_rows(data, index))
    shown = tuple(
        tuple(cells.text(r[j]) or "" if j < len(r) else "" for j in range(len(headers))) for _, r in rows[:PREVIEW_ROWS]
    )
    return SheetPreview(
        str(path),
        kind,
        tuple(names),
        data.name,
        data.first_row + index,
        tuple(headers),
        tuple(mapping),
        remembered,
        shown,
        len(rows),
    )


# -- planning: every row read, validated and compared; nothing written ---------------------------


def plan_import(
    db: Database,
    kind: Kind,
    path: str | Path,
    *,
    sheet: str | None = None,
    mapping: Sequence[str | None] | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelFn = never_cancel,
) -> ImportPlan:
    path = Path(path)
    data = read_sheet(path, sheet)
    index, headers = _header_of(kind, data, db.paths)
    if mapping is None:
        mapping, _ = remembered_mapping(db.paths, kind, headers)
    mapping = _first_only(list(mapping) + [None] * (len(headers) - len(mapping)))
    columns = {f: j for j, f in enumerate(mapping) if f}
    needed, label = REQUIRED[kind]
    if not any(f in columns for f in needed):
        raise RequiredColumnMissing(field=field_label(label), kind={"people": "person"}.get(kind, "organization"))
    rows = list(_data_rows(data, index))
    with db.reader() as tx:
        if not tx.center_code:
            raise NotInitialized(data_dir=str(db.paths.root))
        own = tx.centers.own()
        region = own.data.country if own else None
        if kind is Kind.PEOPLE:
            builder: _Builder = _PersonBuilder(tx, columns, region, rows)
        else:
            builder = _OrganizationBuilder(tx, columns, region)
    planned: list[ImportRow] = []
    total = len(rows)
    for n, (number, row) in enumerate(rows):
        if n % 1000 == 0:
            checkpoint(cancel)
            progress(n, total)
        planned.append(builder.row(number, row))
    progress(total, total)
    width = len(headers)
    source = tuple(tuple(r[:width]) + (None,) * (width - len(r)) for _, r in rows)
    return ImportPlan(
        kind, str(path), data.name, data.first_row + index, tuple(headers), tuple(mapping), tuple(planned), source
    )


class _Builder:
    def row(self, number: int, row: Sequence[Value]) -> ImportRow:
        raise NotImplementedError


def _cell(row: Sequence[Value], j: int | None) -> Value:
    return row[j] if j is not None and j < len(row) else None


class _Problems:
    def __init__(self, number: int, columns: Mapping[str, int], row: Sequence[Value]) -> None:
        self.number, self.columns, self.row = number, columns, row
        self.items: list[CellProblem] = []

    def add(self, field_name: str, code: ErrorCode, column_field: str | None = None, **params: Any) -> None:
        j = self.columns.get(column_field or field_name)
        self.items.append(
            CellProblem(self.number, j, field_name, code, tuple(params.items()), cells.text(_cell(self.row, j)) or "")
        )


class _PersonBuilder(_Builder):
    def __init__(self, tx: Any, columns: Mapping[str, int], region: str | None, rows: list[tuple[int, Any]]) -> None:
        self.columns, self.region, self.today = columns, region, date.today()
        self.layouts = {
            f: cells.date_layout((_cell(r, columns[f]) for _, r in rows), region) for f in DATE_FIELDS if f in columns
        }
        self.by_email: dict[str, bulk.PersonKey] = {}
        self.by_phone: dict[str, bulk.PersonKey] = {}
        self.by_birth: dict[date, list[bulk.PersonKey]] = {}
        for key in bulk.person_keys(tx):
            if key[4]:
                self.by_email.setdefault(key[4].casefold(), key)
            if key[5]:
                self.by_phone.setdefault(key[5], key)
            if key[6]:
                self.by_birth.setdefault(key[6], []).append(key)
        self._name_keys: dict[uuid.UUID, str] = {}
        self.seen_emails: dict[str, int] = {}  # e-mail -> the first row of this file that has it
        self.organizations: dict[str, uuid.UUID] = {}
        if "organization" in columns:
            for ident, _number, name, _email in bulk.organization_keys(tx):
                self.organizations.setdefault(fold(" ".join(name.split())), ident)

    def row(self, number: int, row: Sequence[Value]) -> ImportRow:
        c = self.columns
        p = _Problems(number, c, row)
        get = row.__getitem__
        width = len(row)

        def value(f: str) -> Value:
            j = c.get(f)
            return get(j) if j is not None and j < width else None

        given = cells.text(value("given_name")) or ""
        family = cells.text(value("family_name")) or ""
        name_field = None
        if not given and not family and "full_name" in c:
            given, family = cells.split_full_name(cells.text(value("full_name")) or "")
            name_field = "full_name"
        try:
            sex = cells.sex(value("sex")) or Sex.NOT_STATED
        except ValueError:
            sex = Sex.NOT_STATED
            p.add("sex", ErrorCode.UNKNOWN_VALUE, allowed=cells.SEX_WORDS)
        dates: dict[str, date | None] = {}
        for f in DATE_FIELDS:
            try:
                dates[f] = cells.parse_date(value(f), self.layouts[f]) if f in c else None
            except (ValueError, OverflowError):
                dates[f] = None
                p.add(f, ErrorCode.INVALID_DATE)
        try:
            consent = bool(cells.yes_no(value("consent_to_share")))
        except ValueError:
            consent = False
            p.add("consent_to_share", ErrorCode.UNKNOWN_VALUE, allowed=cells.YES_NO_WORDS)
        if dates["consent_date"] and "consent_to_share" not in c:
            consent = True  # a consent date alone says consent was given
        try:
            roles = cells.roles(value("roles"))
        except ValueError:
            roles = ()
            p.add("roles", ErrorCode.UNKNOWN_VALUE, allowed=cells.ROLE_WORDS)
        organization_id = None
        org_name = cells.text(value("organization"))
        if org_name:
            organization_id = self.organizations.get(fold(org_name))
            if organization_id is None:
                p.add("organization", ErrorCode.UNKNOWN_ORGANIZATION)
        data = PersonInput(
            given_name=given,
            family_name=family,
            sex=sex,
            birth_date=dates["birth_date"],
            nationality=cells.text(value("nationality")),
            residence_country=cells.text(value("residence_country")),
            email=cells.text(value("email")),
            phone=cells.text(value("phone")),
            organization_id=organization_id,
            position=cells.text(value("position")),
            languages=cells.languages(value("languages")),
            roles=roles,
            consent_to_share=consent,
            consent_date=dates["consent_date"],
            notes=cells.text(value("notes")),
        )
        try:
            cleaned = clean_person(data, today=self.today, default_region=self.region)
        except ValidationFailed as exc:
            for e in exc.errors:
                column = name_field if e.field in ("given_name", "family_name") and name_field else None
                if (
                    e.field == "family_name"
                    and e.code is ErrorCode.REQUIRED
                    and column is None
                    and "family_name" not in c
                ):
                    column = "given_name" if "given_name" in c else "full_name"
                p.add(e.field, e.code, column, **dict(e.params))
            return ImportRow(number, None, tuple(p.items))
        if cleaned.email:
            first = self.seen_emails.setdefault(cleaned.email.casefold(), number)
            if first != number:
                p.add("email", ErrorCode.SAME_AS_ROW, row=first)
        if p.items:
            return ImportRow(number, None, tuple(p.items))
        return ImportRow(number, cleaned, (), self._match(cleaned))

    def _match(self, d: PersonInput) -> Match | None:
        found: dict[uuid.UUID, tuple[bulk.PersonKey, list[DuplicateReason]]] = {}
        if d.email and (k := self.by_email.get(d.email.casefold())):
            found.setdefault(k[0], (k, []))[1].append(DuplicateReason.EMAIL)
        if d.phone and (k := self.by_phone.get(d.phone)):
            found.setdefault(k[0], (k, []))[1].append(DuplicateReason.PHONE)
        if d.birth_date and (same_day := self.by_birth.get(d.birth_date)):
            mine = dup.name_key(d.given_name, d.family_name)
            for k in same_day:
                theirs = self._name_keys.get(k[0])
                if theirs is None:
                    theirs = self._name_keys[k[0]] = dup.name_key(k[2], k[3])
                if dup.key_similarity(mine, theirs) >= dup.NAME_THRESHOLD:
                    found.setdefault(k[0], (k, []))[1].append(DuplicateReason.NAME_AND_BIRTH)
        if not found:
            return None
        key, reasons = max(found.values(), key=lambda kr: len(kr[1]))
        from innov_desktop.domain.models import display_name

        return Match(key[0], key[1], display_name(key[2], key[3]), tuple(reasons))


class _OrganizationBuilder(_Builder):
    def __init__(self, tx: Any, columns: Mapping[str, int], region: str | None) -> None:
        self.columns, self.region = columns, region
        self.by_name: dict[str, bulk.OrganizationKey] = {}
        self.by_email: dict[str, bulk.OrganizationKey] = {}
        for key in bulk.organization_keys(tx):
            self.by_name.setdefault(fold(" ".join(key[2].split())), key)
            if key[3]:
                self.by_email.setdefault(key[3].casefold(), key)

    def row(self, number: int, row: Sequence[Value]) -> ImportRow:
        c = self.columns
        p = _Problems(number, c, row)

        def value(f: str) -> Value:
            return _cell(row, c.get(f))

        try:
            kind = cells.org_type(value("type"))
        except ValueError:
            kind = None
            p.add("type", ErrorCode.UNKNOWN_VALUE, allowed=cells.ORG_TYPE_WORDS)
        try:
            size = cells.sme_size(value("sme_size"))
        except ValueError:
            size = None
            p.add("sme_size", ErrorCode.UNKNOWN_VALUE, allowed=cells.SME_WORDS)
        data = OrganizationInput(
            name=cells.text(value("name")) or "",
            acronym=cells.text(value("acronym")),
            country=cells.text(value("country")),
            city=cells.text(value("city")),
            email=cells.text(value("email")),
            phone=cells.text(value("phone")),
            website=cells.text(value("website")),
            sme_size=size,
            notes=cells.text(value("notes")),
            type=kind or OrgType.COMPANY,
        )
        try:
            cleaned = clean_organization(data, default_region=self.region)
        except ValidationFailed as exc:
            for e in exc.errors:
                p.add(e.field, e.code, **dict(e.params))
            return ImportRow(number, None, tuple(p.items))
        if p.items:
            return ImportRow(number, None, tuple(p.items))
        reasons: list[DuplicateReason] = []
        key = self.by_email.get(cleaned.email.casefold()) if cleaned.email else None
        if key is not None:
            reasons.append(DuplicateReason.EMAIL)
        named = self.by_name.get(fold(cleaned.name))
        if named is not None and (key is None or named[0] == key[0]):
            key = named
            reasons.append(DuplicateReason.NAME)
        match = Match(key[0], key[1], key[2], tuple(reasons)) if key else None
        return ImportRow(number, cleaned, (), match)


# -- applying -----------------------------------------------------------------------------------


def _decide(row: ImportRow, default: Decision, decisions: Mapping[int, Decision]) -> Decision:
    if row.match is None:
        return Decision.CREATE
    return decisions.get(row.row, default)


def outcomes_of(
    plan: ImportPlan, default: Decision = Decision.SKIP, decisions: Mapping[int, Decision] | None = None
) -> list[Outcome]:
    """What applying would do with each row (a dry run)."""
    decisions = decisions or {}
    out = []
    for r in plan.rows:
        if r.problems:
            out.append(Outcome.INVALID)
        else:
            d = _decide(r, default, decisions)
            out.append(
                {Decision.CREATE: Outcome.WOULD_CREATE, Decision.UPDATE: Outcome.WOULD_UPDATE}.get(
                    d, Outcome.WOULD_SKIP
                )
            )
    return out


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


def _filled(old: Any, new: Any) -> Any:
    """`old` with every field that the imported row fills; lists (roles, languages) are joined."""
    changes: dict[str, Any] = {}
    for name in old.__dataclass_fields__:
        value = getattr(new, name)
        if value in (None, "", (), False) or value is Sex.NOT_STATED:
            continue
        if isinstance(value, tuple):
            value = tuple(dict.fromkeys((*getattr(old, name), *value)))
            if name == "roles":
                value = tuple(sorted(value))
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
    outcomes = [Outcome.INVALID if r.problems else Outcome.SKIPPED for r in plan.rows]
    creates = [
        i for i, r in enumerate(plan.rows) if not r.problems and _decide(r, on_duplicate, decisions) is Decision.CREATE
    ]
    updates = [
        i for i, r in enumerate(plan.rows) if not r.problems and _decide(r, on_duplicate, decisions) is Decision.UPDATE
    ]
    checkpoint(cancel)
    backup = db.backup("pre-import") if creates or updates else None
    total = len(creates) + len(updates)
    done = 0
    with db.transaction() as tx:
        if not tx.center_code:
            raise NotInitialized(data_dir=str(db.paths.root))
        repo = tx.people if plan.kind is Kind.PEOPLE else tx.organizations
        record_kind = "person" if plan.kind is Kind.PEOPLE else "organization"
        for start in range(0, len(creates), BATCH):
            checkpoint(cancel)
            batch = creates[start : start + BATCH]
            insert_many = bulk.add_people_bulk if plan.kind is Kind.PEOPLE else bulk.add_organizations_bulk
            insert_many(tx, [plan.rows[i].data for i in batch])
            for i in batch:
                outcomes[i] = Outcome.CREATED
            done += len(batch)
            progress(done, total)
        clean = _cleaner(plan.kind, tx)
        for i in updates:
            checkpoint(cancel)
            row = plan.rows[i]
            match = row.match
            assert match is not None
            current: Any = repo.get(match.id)
            if current is None:  # removed since the check: the row is a new record after all
                repo.add(row.data)
                outcomes[i] = Outcome.CREATED
            else:
                merged = clean(_filled(current.data, row.data))
                if merged != current.data:
                    from innov_desktop.store.convert import diff

                    pair: Any = repo.update(match.id, merged)
                    tx.audit.record(AuditAction.UPDATE, record_kind, match.id, diff(pair[0].data, pair[1].data))
                outcomes[i] = Outcome.UPDATED
            done += 1
            if done % 500 == 0:
                progress(done, total)
        counts = {
            o.value: outcomes.count(o) for o in (Outcome.CREATED, Outcome.UPDATED, Outcome.SKIPPED, Outcome.INVALID)
        }
        tx.audit.record(
            AuditAction.IMPORT, record_kind, None, {"file": Path(plan.path).name, "sheet": plan.sheet, **counts}
        )
        checkpoint(cancel)
    progress(total, total)
    return ImportResult(
        plan.kind,
        plan.total,
        created=outcomes.count(Outcome.CREATED),
        updated=outcomes.count(Outcome.UPDATED),
        skipped=outcomes.count(Outcome.SKIPPED),
        invalid=outcomes.count(Outcome.INVALID),
        dry_run=False,
        outcomes=tuple(outcomes),
        backup=str(backup.path) if backup else None,
    )


def _cleaner(kind: Kind, tx: Any) -> Callable[[Any], Any]:
    own = tx.centers.own()
    region = own.data.country if own else None
    if kind is Kind.PEOPLE:
        return lambda d: clean_person(d, today=date.today(), default_region=region)
    return lambda d: clean_organization(d, default_region=region)


# -- the report workbook ------------------------------------------------------------------------

OUTCOME_TEXT = {
    Outcome.CREATED: "created",
    Outcome.UPDATED: "updated {number}",
    Outcome.SKIPPED: "skipped: already in the database as {number}",
    Outcome.INVALID: "not imported: errors",
    Outcome.WOULD_CREATE: "would be created",
    Outcome.WOULD_UPDATE: "would update {number}",
    Outcome.WOULD_SKIP: "would be skipped: already in the database as {number}",
}


def _english_problem(p: CellProblem, headers: Sequence[str]) -> str:
    where = headers[p.column] if p.column is not None and headers[p.column] else field_label(p.field)
    return f"{where}: {p.message}"


def _english_outcome(outcome: Outcome, row: ImportRow) -> str:
    return OUTCOME_TEXT[outcome].format(number=row.match.number if row.match else "")


@dataclass(frozen=True, slots=True)
class ReportTexts:
    """The report's words; the window passes them in the interface language."""

    row: str = "Row"
    problems: str = "Problems"
    result: str = "Result"
    problem: Callable[[CellProblem, Sequence[str]], str] = _english_problem
    outcome: Callable[[Outcome, ImportRow], str] = _english_outcome


def write_report(
    plan: ImportPlan, outcomes: Sequence[Outcome], out: str | Path, texts: ReportTexts = ReportTexts()
) -> str:
    """The original rows, each with its problems and what happened to it (text cells as text)."""
    header = [texts.row, *plan.headers, texts.problems, texts.result]

    def rows() -> Iterator[list[Cell]]:
        for r, source, outcome in zip(plan.rows, plan.source, outcomes, strict=True):
            problems = "; ".join(texts.problem(p, plan.headers) for p in r.problems)
            yield [r.row, *(_report_cell(v) for v in source), problems, texts.outcome(outcome, r)]

    _write(Path(out), [SheetData(plan.sheet or "Report", header, rows())])
    return str(out)


def _report_cell(v: Value) -> Cell:
    return v if isinstance(v, (str, int, float, bool, date)) or v is None else str(v)


def _write(path: Path, sheets: Sequence[SheetData]) -> None:
    try:
        write_xlsx(path, sheets)
    except OSError as exc:
        raise FileNotWritten(path=str(path), reason=exc.strerror or str(exc)) from None


# -- export -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportColumn(Generic[R]):
    key: str
    title: str
    value: Callable[[R], Cell]


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: str
    rows: int


def _joined(values: Iterable[Any]) -> str | None:
    text = ", ".join(str(getattr(v, "value", v)) for v in values)
    return text or None


def person_columns(org_names: Mapping[uuid.UUID, str] | None = None) -> list[ExportColumn[Person]]:
    """Every field a person import reads, titled so that the file imports back as it is."""
    names = org_names or {}
    return [
        ExportColumn("number", "Number", lambda p: p.number),
        ExportColumn("given_name", "Given name", lambda p: p.data.given_name or None),
        ExportColumn("family_name", "Family name", lambda p: p.data.family_name or None),
        ExportColumn("sex", "Sex", lambda p: p.data.sex.value),
        ExportColumn("birth_date", "Birth date", lambda p: p.data.birth_date),
        ExportColumn("nationality", "Nationality", lambda p: p.data.nationality),
        ExportColumn("residence_country", "Country of residence", lambda p: p.data.residence_country),
        ExportColumn("email", "E-mail", lambda p: p.data.email),
        ExportColumn("phone", "Phone", lambda p: p.data.phone),
        ExportColumn(
            "organization",
            "Organization",
            lambda p: names.get(p.data.organization_id) if p.data.organization_id else None,
        ),
        ExportColumn("position", "Position", lambda p: p.data.position),
        ExportColumn("languages", "Languages", lambda p: _joined(p.data.languages)),
        ExportColumn("roles", "Roles", lambda p: _joined(p.data.roles)),
        ExportColumn("consent_to_share", "Consent to share", lambda p: "yes" if p.data.consent_to_share else "no"),
        ExportColumn("consent_date", "Consent date", lambda p: p.data.consent_date),
        ExportColumn("notes", "Notes", lambda p: p.data.notes),
    ]


def organization_columns() -> list[ExportColumn[Organization]]:
    return [
        ExportColumn("number", "Number", lambda o: o.number),
        ExportColumn("name", "Name", lambda o: o.data.name),
        ExportColumn("acronym", "Acronym", lambda o: o.data.acronym),
        ExportColumn("type", "Type", lambda o: o.data.type.value),
        ExportColumn("country", "Country", lambda o: o.data.country),
        ExportColumn("city", "City", lambda o: o.data.city),
        ExportColumn("email", "E-mail", lambda o: o.data.email),
        ExportColumn("phone", "Phone", lambda o: o.data.phone),
        ExportColumn("website", "Website", lambda o: o.data.website),
        ExportColumn("sme_size", "SME size", lambda o: o.data.sme_size.value if o.data.sme_size else None),
        ExportColumn("notes", "Notes", lambda o: o.data.notes),
    ]


@dataclass(frozen=True, slots=True)
class AboutSheet:
    """The second sheet: what was exported, with which filters, when."""

    name: str = "Export"
    header: tuple[str, str] = ("About this export", "")
    lines: tuple[tuple[str, Cell], ...] = ()
    rows_label: str = "Rows"
    date_label: str = "Exported on"


def _export(
    db: Database,
    out: Path,
    title: str,
    keys: Sequence[int],
    fetch: Callable[[Any, Sequence[int]], Mapping[int, R]],
    columns: Sequence[ExportColumn[R]],
    about: AboutSheet,
    progress: ProgressFn,
    cancel: CancelFn,
) -> ExportResult:
    total = len(keys)

    def rows() -> Iterator[list[Cell]]:
        for start in range(0, total, BATCH):
            checkpoint(cancel)
            chunk = keys[start : start + BATCH]
            with db.rows_reader() as conn:
                found = fetch(conn, chunk)
            for k in chunk:
                record = found.get(k)
                if record is not None:
                    yield [c.value(record) for c in columns]
            progress(min(start + BATCH, total), total)

    main = SheetData(title, [c.title for c in columns], rows())

    def about_rows() -> Iterator[list[Cell]]:
        yield [about.date_label, datetime.now().replace(microsecond=0)]
        yield [about.rows_label, main.written]
        for label, value in about.lines:
            yield [label, value]

    _write(out, [main, SheetData(about.name, list(about.header), about_rows(), freeze_header=False)])
    return ExportResult(str(out), main.written)


def _english_about(filters: Mapping[str, Any]) -> AboutSheet:
    lines = tuple((k, str(getattr(v, "value", v))) for k, v in filters.items() if v not in (None, "", False))
    return AboutSheet(lines=lines)


def export_people(
    db: Database,
    out: str | Path,
    query: PeopleQuery | None = None,
    *,
    columns: Sequence[ExportColumn[Person]] | None = None,
    title: str = "People",
    about: AboutSheet | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelFn = never_cancel,
) -> ExportResult:
    """The people `query` lists, in its order, with `columns` (default: every field)."""
    query = query or PeopleQuery()
    with db.reader() as tx:
        keys = lists.people_ids(tx.session_for_lists, query)
        names = {k[0].hex: k[2] for k in bulk.organization_keys(tx)} if columns is None else {}
    about = about or _english_about(_query_lines(query))
    if columns is not None:
        return _export(db, Path(out), title, keys, bulk.people_records, columns, about, progress, cancel)
    # every field: read as the columns are written, without building a record per row
    fast = [ExportColumn(c.key, c.title, itemgetter(i)) for i, c in enumerate(person_columns())]
    return _export(
        db,
        Path(out),
        title,
        keys,
        lambda conn, chunk: bulk.person_export_rows(conn, chunk, names),
        fast,
        about,
        progress,
        cancel,
    )


def export_organizations(
    db: Database,
    out: str | Path,
    query: OrganizationQuery | None = None,
    *,
    columns: Sequence[ExportColumn[Organization]] | None = None,
    title: str = "Organizations",
    about: AboutSheet | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelFn = never_cancel,
) -> ExportResult:
    query = query or OrganizationQuery()
    with db.reader() as tx:
        keys = lists.organization_ids(tx.session_for_lists, query)
    about = about or _english_about(_query_lines(query))
    return _export(
        db, Path(out), title, keys, lists.organization_rows, columns or organization_columns(), about, progress, cancel
    )


def _query_lines(query: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in query.__dataclass_fields__:
        value = getattr(query, name)
        if name == "country" and value:
            value = f"{value} ({country_name(value)})"
        out[{"text": "Search"}.get(name, name.replace("_", " ").capitalize())] = value
    return out
