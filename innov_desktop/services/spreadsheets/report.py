"""The report workbook: the original rows (read again from the file), each with its problems and
what happened to it, text cells kept as text."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from innov_desktop.domain.errors import SpreadsheetChanged, field_label
from innov_desktop.exchange.reader import Value, open_sheet
from innov_desktop.exchange.writer import Cell, SheetData
from innov_desktop.services.spreadsheets.export import write_sheets
from innov_desktop.services.spreadsheets.mappings import data_rows
from innov_desktop.services.spreadsheets.plan import file_stamp
from innov_desktop.services.spreadsheets.values import CellProblem, ImportPlan, ImportRow, Outcome

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


# a row repeating an earlier row of the same file
SAME_FILE_TEXT = {
    Outcome.UPDATED: "filled the record of row {row}",
    Outcome.SKIPPED: "skipped: the same person as row {row}",
    Outcome.WOULD_UPDATE: "would fill the record of row {row}",
    Outcome.WOULD_SKIP: "would be skipped: the same person as row {row}",
}


def _english_outcome(outcome: Outcome, row: ImportRow) -> str:
    if row.match is not None and row.match.row is not None and outcome in SAME_FILE_TEXT:
        return SAME_FILE_TEXT[outcome].format(row=row.match.row)
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
    """The original rows, each with its problems and what happened to it (text cells as text).
    The rows are read again from the file, which must not have changed since the check."""
    path = Path(plan.path)
    try:
        changed = file_stamp(path) != plan.stamp
    except OSError:
        changed = True
    if changed:
        raise SpreadsheetChanged(path=str(path))
    header = [texts.row, *plan.headers, texts.problems, texts.result]
    known = {r.row: r for r in (*plan.invalid_rows, *plan.duplicate_rows)}
    width = len(plan.headers)

    with open_sheet(path, plan.sheet) as sheet:

        def rows() -> Iterator[list[Cell]]:
            index = plan.header_row - sheet.first_row
            for (number, source), outcome in zip(data_rows(sheet, index), outcomes, strict=True):
                r = known.get(number) or ImportRow(number, None)
                problems = "; ".join(texts.problem(p, plan.headers) for p in r.problems)
                cells = [_report_cell(v) for v in source[:width]] + [None] * (width - len(source))
                yield [number, *cells, problems, texts.outcome(outcome, r)]

        write_sheets(Path(out), [SheetData(plan.sheet or "Report", header, rows())])
    return str(out)


def _report_cell(v: Value) -> Cell:
    return v if isinstance(v, (str, int, float, bool, date)) or v is None else str(v)
