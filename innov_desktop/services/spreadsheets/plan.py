"""Checking a whole sheet, nothing written: rows read a chunk at a time, each checked (a long
sheet's chunks shared with helper processes) and compared with the database; the rows to import
wait on disk, and rows of the same file that are the same person (e-mail, phone, similar name
with the same birth date) are found there at the end."""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from innov_desktop.domain import duplicates as dup
from innov_desktop.domain.duplicates import DuplicateReason
from innov_desktop.domain.errors import ErrorCode, NotInitialized, RequiredColumnMissing, field_label
from innov_desktop.domain.models import display_name
from innov_desktop.exchange import cells
from innov_desktop.exchange.columns import DATE_FIELDS, Kind
from innov_desktop.exchange.reader import SheetStream, open_sheet
from innov_desktop.machine import free_processors
from innov_desktop.services.progress import CancelFn, ProgressFn, checkpoint, never_cancel, no_progress
from innov_desktop.services.spreadsheets.check import OrganizationChecker, PersonChecker, PersonRules, Prepared
from innov_desktop.services.spreadsheets.mappings import data_rows, first_only, header_of, remembered_mapping
from innov_desktop.services.spreadsheets.values import CellProblem, ImportPlan, ImportRow, Match
from innov_desktop.store import bulk
from innov_desktop.store.database import Database
from innov_desktop.store.staging import Staging

BATCH = 5_000
REQUIRED: dict[Kind, tuple[tuple[str, ...], str]] = {
    Kind.PEOPLE: (("given_name", "family_name", "full_name"), "family_name"),
    Kind.ORGANIZATIONS: (("name",), "name"),
}
STAGING_FOLDER = "tmp"


def file_stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


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
    """Every row read, checked and compared with the database; nothing written."""
    path = Path(path)
    with open_sheet(path, sheet) as data:
        stamp = file_stamp(path)
        index, headers = header_of(kind, data, db.paths)
        if mapping is None:
            mapping, _ = remembered_mapping(db.paths, kind, headers)
        mapping = first_only(list(mapping) + [None] * (len(headers) - len(mapping)))
        columns = {f: j for j, f in enumerate(mapping) if f}
        needed, label = REQUIRED[kind]
        if not any(f in columns for f in needed):
            raise RequiredColumnMissing(field=field_label(label), kind={"people": "person"}.get(kind, "organization"))
        with db.reader() as tx:
            if not tx.center_code:
                raise NotInitialized(data_dir=str(db.paths.root))
            own = tx.centers.own()
            region = own.data.country if own else None
            if kind is Kind.PEOPLE:
                layouts = {f: _date_layout(data, index, columns[f], region) for f in DATE_FIELDS if f in columns}
                checker: Any = PersonChecker(tx, columns, region, layouts)
            else:
                checker = OrganizationChecker(tx, columns, region)
        staging = Staging(db.paths.root / STAGING_FOLDER, checker.width)
        try:
            total, invalid, duplicates = _check_rows(data, index, checker, staging, progress, cancel)
            if kind is Kind.PEOPLE:
                _same_person_rows(staging, columns, invalid, duplicates)
            staging.finish()
        except BaseException:
            staging.close()
            raise
    progress(total, total)
    return ImportPlan(
        kind,
        str(path),
        data.name,
        data.first_row + index,
        tuple(headers),
        tuple(mapping),
        total,
        tuple(invalid[n] for n in sorted(invalid)),
        tuple(duplicates[n] for n in sorted(duplicates)),
        staging,
        stamp,
    )


def _date_layout(sheet: SheetStream, header_index: int, j: int, region: str | None) -> cells.DateLayout:
    """A date column's layout, from its values (read until one decides it)."""
    values = (r[j] if j < len(r) else None for r in islice(sheet.rows(), header_index + 1, None))
    return cells.date_layout(values, region)


def _check_rows(
    data: SheetStream,
    index: int,
    checker: Any,
    staging: Staging,
    progress: ProgressFn,
    cancel: CancelFn,
) -> tuple[int, dict[int, ImportRow], dict[int, ImportRow]]:
    invalid: dict[int, ImportRow] = {}
    duplicates: dict[int, ImportRow] = {}
    records: list[tuple[Any, ...]] = []
    keys: list[tuple[Any, ...]] = []
    total = 0
    rules, match, of_values = checker.rules, checker.match, checker.of_values
    estimate = _estimate(data, index)

    def done(chunk: list[tuple[int, list[Any]]], checked: list[Prepared]) -> None:
        """Rows checked (here or by the helper; chunks may come back out of order)."""
        nonlocal records, keys, total
        checkpoint(cancel)
        for (number, _row), (problems, record, row_keys) in zip(chunk, checked, strict=True):
            if row_keys is not None:
                keys.append((number, *row_keys))
            if problems:
                invalid[number] = ImportRow(number, None, problems)
                continue
            records.append((number, *record))  # type: ignore[misc]
            found = match(record, row_keys)
            if found is not None:
                duplicates[number] = ImportRow(number, of_values(record), (), found)
        total += len(chunk)
        if len(records) >= BATCH:
            staging.add(records, keys)
            records, keys = [], []
        progress(total, estimate)

    gc_was_on = gc.isenabled()
    gc.disable()  # many small objects, none in cycles: the collector would only walk them
    chunks = _chunks(data_rows(data, index), CHUNK)
    helper = _Helper.start(rules) if estimate >= HELPER_ROWS and isinstance(rules, PersonRules) else None
    try:
        progress(0, estimate)
        if helper is None:
            for chunk in chunks:
                done(chunk, rules.check_many(chunk))
        else:
            helper.run(chunks, rules, done)
            helper.close(wait=True)  # all answered: the helpers end at once (their time is then counted)
        staging.add(records, keys)
    finally:
        if helper is not None:
            helper.close()
        if gc_was_on:
            gc.enable()
    return total, invalid, duplicates


CHUNK = 1_000  # rows checked at a time (progress and cancel are looked at in between)
HELPER_ROWS = 20_000  # sheets this long are checked by more than one process
HELPER_AHEAD = 3  # chunks handed to each helper process and not answered yet, at most
MAX_HELPERS = 3  # helper processes at most (one less than the processors this program may use)


class _Helper:
    """Helper processes checking whole chunks of rows (`PersonRules.check_many`, nothing from
    the database) while this one checks other chunks and compares every row with the database
    and with the file. The helpers are handed a chunk whenever fewer than HELPER_AHEAD chunks
    each wait, so every process takes the share it can (another program may be using the other
    processors); at the end, the chunks no helper has started are checked here. Whatever goes
    wrong with them (no second process allowed, a crash), the rows are checked here as they
    would be anyway: their answers are those of the very same rules."""

    def __init__(self, pool: Any, processes: int) -> None:
        self.pool, self.processes = pool, processes
        self.working = True  # False once the helpers failed: the rest is checked here
        self.answered = 0  # chunks the helpers checked (tests)

    @classmethod
    def start(cls, rules: PersonRules) -> _Helper | None:
        processes = min(MAX_HELPERS, free_processors() - 1)
        if processes < 1:
            return None
        try:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = multiprocessing.get_context("spawn")
            pool = ProcessPoolExecutor(processes, mp_context=context, initializer=_helper_start, initargs=(rules,))
            return cls(pool, processes)
        except (OSError, ValueError, ImportError, NotImplementedError):
            return None

    def run(
        self,
        chunks: Iterator[list[tuple[int, list[Any]]]],
        rules: PersonRules,
        done: Callable[[list[tuple[int, list[Any]]], list[Prepared]], None],
    ) -> None:
        pending: deque[tuple[list[tuple[int, list[Any]]], Any]] = deque()
        for chunk in chunks:
            self._take_answers(pending, rules, done)
            if self.working and len(pending) < HELPER_AHEAD * self.processes:
                future = self._submit(chunk)
                if future is not None:
                    pending.append((chunk, future))
                    continue
            done(chunk, rules.check_many(chunk))
        while pending:
            chunk, future = pending.popleft()
            if future.cancel():  # not started yet: quicker here than waiting for it
                done(chunk, rules.check_many(chunk))
            else:
                done(chunk, self._answer(chunk, future, rules))

    def _take_answers(self, pending: deque[Any], rules: PersonRules, done: Any) -> None:
        while pending and pending[0][1].done():
            chunk, future = pending.popleft()
            done(chunk, self._answer(chunk, future, rules))

    def _submit(self, chunk: list[tuple[int, list[Any]]]) -> Any:
        try:
            return self.pool.submit(_helper_check, chunk)
        except Exception:  # noqa: BLE001  a broken pool: carry on without it
            self.working = False
            return None

    def _answer(self, chunk: list[tuple[int, list[Any]]], future: Any, rules: PersonRules) -> list[Prepared]:
        try:
            answer: list[Prepared] = future.result()
            self.answered += 1
            return answer
        except Exception:  # noqa: BLE001  the process failed: the rows are checked here
            self.working = False
            return rules.check_many(chunk)

    def close(self, *, wait: bool = False) -> None:
        """End the helpers: after every answer came back, waiting for them to exit (`wait`) is
        quick; on an error or a cancel they are left to end on their own."""
        if self.pool is not None:
            self.pool.shutdown(wait=wait, cancel_futures=True)
            self.pool = None


_HELPER_RULES: list[PersonRules] = []  # in the helper process: the rules it checks rows with


def _helper_start(rules: PersonRules) -> None:
    gc.disable()  # as in the main process: many small objects, none in cycles
    _HELPER_RULES.append(rules)


def _helper_check(chunk: list[tuple[int, list[Any]]]) -> list[Prepared]:
    return _HELPER_RULES[0].check_many(chunk)


def _chunks(rows: Iterator[tuple[int, list[Any]]], size: int) -> Iterator[list[tuple[int, list[Any]]]]:
    while chunk := list(islice(rows, size)):
        yield chunk


def _estimate(data: SheetStream, index: int) -> int:
    """About how many data rows a sheet has (0 when not known before reading it, as for .csv)."""
    return max(data.height - index - 1, 0)


def _same_person_rows(
    staging: Staging, columns: Mapping[str, int], invalid: dict[int, ImportRow], duplicates: dict[int, ImportRow]
) -> None:
    """Rows of this file that are the same person as an earlier row. The same e-mail address is an
    error (an address is one person's); the same phone (a household may share one) or a similar
    name with the same birth date makes the row a duplicate of the earlier row, to skip or create
    like a duplicate of a record in the database (which it stays, when it is one too)."""
    staging.index_keys()
    errors: dict[int, list[CellProblem]] = {}
    first_row: dict[str, int] = {}
    for email, row, _given, _family, value in staging.same_value("email"):
        first = first_row.setdefault(email, row)
        if first != row:
            errors.setdefault(row, []).append(
                CellProblem(row, columns.get("email"), "email", ErrorCode.SAME_AS_ROW, (("row", first),), value or "")
            )
    staging.drop(r for r in errors if r not in invalid)
    for row, problems in errors.items():
        before = invalid.get(row)
        duplicates.pop(row, None)
        invalid[row] = ImportRow(row, None, (*(before.problems if before else ()), *problems))

    found: dict[int, tuple[int, str, str, list[DuplicateReason]]] = {}  # later row -> earlier row

    def link(later: int, earlier: int, given: str, family: str, reason: DuplicateReason) -> None:
        if later in invalid or earlier in invalid or later in duplicates:
            return  # a row not imported matches nothing; a match in the database comes first
        current = found.get(later)
        if current is None or earlier < current[0]:
            found[later] = (earlier, given, family, [reason])
        elif earlier == current[0] and reason not in current[3]:
            current[3].append(reason)

    group: tuple[str, int, str, str] | None = None
    for phone, row, given, family, _value in staging.same_value("phone"):
        if group is None or group[0] != phone or group[1] in invalid:
            group = (phone, row, given, family)
        else:
            link(row, group[1], group[2], group[3], DuplicateReason.PHONE)
    for same_day in staging.same_birth_groups():  # each later row with its earlier ones
        for i, j in dup.similar_within([(r[3], r[4]) for r in same_day]):
            earlier, given, family = same_day[i][:3]
            link(same_day[j][0], earlier, given, family, DuplicateReason.NAME_AND_BIRTH)
    seen: dict[tuple[str, str], tuple[int, str, str]] = {}
    for row, birth, given, family, key in staging.crowded_births():
        # hundreds of rows on one date (a placeholder): the same name only, not every pair compared
        earliest = seen.setdefault((birth, key), (row, given, family))
        if earliest[0] != row:
            link(row, earliest[0], earliest[1], earliest[2], DuplicateReason.NAME_AND_BIRTH)
    if not found:
        return
    records = staging.values(found)
    for later, (earlier, given, family, reasons) in found.items():
        match = Match(None, "", display_name(given, family), tuple(reasons), row=earlier)
        duplicates[later] = ImportRow(later, bulk.person_of_values(records[later]), (), match)
