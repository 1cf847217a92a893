"""Exporting any list as shown, streaming: people and organizations, every field by default
(titled so that the file imports back as it is), with a second sheet saying what was exported."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any, Generic, TypeVar

from innov_desktop.domain.countries import country_name
from innov_desktop.domain.errors import FileNotWritten, NotAWorkbookName
from innov_desktop.domain.models import Center, Organization, Person, birth_as_known
from innov_desktop.domain.queries import OrganizationQuery, PeopleQuery
from innov_desktop.exchange import cells
from innov_desktop.exchange.writer import Cell, SheetData, write_xlsx
from innov_desktop.services.progress import CancelFn, ProgressFn, checkpoint, never_cancel, no_progress
from innov_desktop.store import bulk, lists
from innov_desktop.store.database import Database

R = TypeVar("R")
BATCH = 5_000


def require_workbook_name(path: str | Path) -> None:
    """A workbook's file name ends in .xlsx: one named .csv would not open as what it says (the
    command line checks a report's name before the import it reports on)."""
    if Path(path).suffix.lower() != ".xlsx":
        raise NotAWorkbookName(path=str(path))


def write_sheets(path: Path, sheets: Sequence[SheetData]) -> None:
    require_workbook_name(path)
    try:
        write_xlsx(path, sheets)
    except OSError as exc:
        raise FileNotWritten(path=str(path), reason=exc.strerror or str(exc)) from None


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
        ExportColumn("birth_date", "Birth date", birth_as_known),  # the year alone where withheld
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

    write_sheets(out, [main, SheetData(about.name, list(about.header), about_rows(), freeze_header=False)])
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


def filter_word(name: str, raw: str) -> Any:
    """A `--filter` value for the sex, role or organization type filters, read as a spreadsheet
    cell is (local words in six languages: Université, Femme, ذكر); raises ValueError."""
    if name == "sex":
        return cells.sex(raw)
    if name == "type":
        return cells.org_type(raw)
    if name == "role":
        found = cells.roles(raw)
        if len(found) == 1:
            return found[0]
    raise ValueError(raw)


def _query_lines(query: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in query.__dataclass_fields__:
        value = getattr(query, name)
        if name == "country" and value:
            value = f"{value} ({country_name(value)})"
        elif isinstance(value, bool):
            value = "yes" if value else "no"  # as the list's other yes/no cells
        out[{"text": "Search"}.get(name, name.replace("_", " ").capitalize())] = value
    return out


def center_columns() -> list[ExportColumn[Center]]:
    """The directory of innovation centers, every field."""
    return [
        ExportColumn("code", "Code", lambda c: c.data.code),
        ExportColumn("name", "Name", lambda c: c.data.name),
        ExportColumn("country", "Country", lambda c: c.data.country),
        ExportColumn("host_institution", "Host institution", lambda c: c.data.host_institution),
        ExportColumn("host_type", "Host type", lambda c: c.data.host_type.value),
        ExportColumn("focal_point", "National focal point", lambda c: "yes" if c.data.focal_point else "no"),
        ExportColumn("maturity", "Maturity level", lambda c: c.data.maturity),
        ExportColumn("services", "Services", lambda c: _joined(c.data.services)),
        ExportColumn("languages", "Languages", lambda c: _joined(c.data.languages)),
        ExportColumn("email", "E-mail", lambda c: c.data.email),
        ExportColumn("phone", "Phone", lambda c: c.data.phone),
        ExportColumn("established", "Established", lambda c: c.data.established),
        ExportColumn("status", "Status", lambda c: c.data.status.value),
    ]


def export_centers(
    db: Database,
    out: str | Path,
    *,
    title: str = "Centers",
    about: AboutSheet | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelFn = never_cancel,
) -> ExportResult:
    """The directory of innovation centers (a few hundred at most: read at once)."""
    with db.reader() as tx:
        found = bulk.centers(tx)
    by_key = dict(enumerate(found))
    return _export(
        db,
        Path(out),
        title,
        list(by_key),
        lambda _conn, chunk: {k: by_key[k] for k in chunk},
        center_columns(),
        about or AboutSheet(),
        progress,
        cancel,
    )
