"""What the import steps hand each other and the window: the preview, the problems of a cell,
the record a row probably is, the plan (rows checked, nothing written) and the result."""

from __future__ import annotations

import heapq
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from innov_desktop.domain.duplicates import DuplicateReason
from innov_desktop.domain.errors import FIELD_MESSAGES, ErrorCode
from innov_desktop.exchange.columns import Kind
from innov_desktop.store import bulk
from innov_desktop.store.staging import Staging


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
    """The existing record an imported row probably is: one in the database (`id`, `number`),
    or the record an earlier row of the same file makes (`row`; `id` None, `number` empty)."""

    id: uuid.UUID | None
    number: str
    name: str
    reasons: tuple[DuplicateReason, ...]
    row: int | None = None
    owned: bool = True  # False: another center's record, which only it (or HQ) may update


@dataclass(frozen=True, slots=True)
class ImportRow:
    row: int  # sheet row number
    data: Any  # PersonInput | OrganizationInput, cleaned; None when invalid
    problems: tuple[CellProblem, ...] = ()
    match: Match | None = None

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass(frozen=True, eq=False)
class ImportPlan:
    """Every row checked, nothing written. In memory: the rows with problems and the rows that
    match a record already in the database; the other checked rows wait on disk (`staging`),
    so a sheet of 100 000 rows takes no more memory than one of 10 000."""

    kind: Kind
    path: str
    sheet: str
    header_row: int
    headers: tuple[str, ...]
    mapping: tuple[str | None, ...]
    total: int
    invalid_rows: tuple[ImportRow, ...]  # in sheet order
    duplicate_rows: tuple[ImportRow, ...]  # valid rows matching a record or an earlier row, in order
    staging: Staging = field(repr=False)
    stamp: tuple[int, int] = (0, 0)  # the file's size and modification time when it was checked

    @property
    def invalid(self) -> int:
        return len(self.invalid_rows)

    @property
    def duplicates(self) -> int:
        return len(self.duplicate_rows)

    @property
    def problems(self) -> list[CellProblem]:
        return [p for r in self.invalid_rows for p in r.problems]

    def row_numbers(self) -> Iterator[int]:
        """Every data row's sheet number, in order."""
        return heapq.merge(self.staging.rows(), (r.row for r in self.invalid_rows))

    @property
    def rows(self) -> tuple[ImportRow, ...]:
        """Every row with its cleaned data, read back from disk (small files and tests; the
        window and the command line use `invalid_rows` and `duplicate_rows`)."""
        of_values = bulk.person_of_values if self.kind is Kind.PEOPLE else bulk.organization_of_values
        known = {r.row: r for r in (*self.invalid_rows, *self.duplicate_rows)}
        valid = {}
        for batch in self.staging.records():
            for row, *values in batch:
                valid[row] = ImportRow(row, of_values(values))
        return tuple(known.get(n) or valid[n] for n in sorted(set(known) | set(valid)))

    def close(self) -> None:
        """Remove the checked rows from disk (also done when the plan is forgotten)."""
        self.staging.close()


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
