"""Which column is which field: the automatic mapping with a person's saved corrections (a JSON
file in the data folder, shared by the window and the command line), the header row, and the
preview the wizard shows before anything is checked."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path

from innov_desktop.domain.errors import FileNotWritten, NoHeaderRow
from innov_desktop.exchange import cells
from innov_desktop.exchange.columns import (
    FIELDS,
    HEADER_SCAN_ROWS,
    Kind,
    auto_mapping,
    find_header_row,
    header_key,
    headers_of,
)
from innov_desktop.exchange.reader import SheetStream, Value, open_sheet, sheet_names
from innov_desktop.paths import DataPaths
from innov_desktop.services.spreadsheets.values import SheetPreview

MAPPINGS_FILE = "import-mappings.json"
PREVIEW_ROWS = 20


def _mappings_path(paths: DataPaths) -> Path:
    return paths.root / MAPPINGS_FILE


def load_mappings(paths: DataPaths) -> dict[str, dict[str, str]]:
    try:
        data = json.loads(_mappings_path(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remembered_mapping(paths: DataPaths, kind: Kind, headers: Sequence[str]) -> tuple[list[str | None], bool]:
    """The automatic mapping, with the corrections a person saved for these column titles."""
    saved = load_mappings(paths).get(kind.value, {})
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
    return first_only(out), used_saved


def first_only(mapping: Sequence[str | None]) -> list[str | None]:
    seen: set[str] = set()
    out: list[str | None] = []
    for f in mapping:
        out.append(None if f is None or f in seen else f)
        if f:
            seen.add(f)
    return out


def save_mapping(paths: DataPaths, kind: Kind, headers: Sequence[str], mapping: Sequence[str | None]) -> None:
    """Remember these titles' fields (an empty field: "do not import this column") for next time."""
    data = load_mappings(paths)
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


def list_sheets(path: str | Path) -> list[str]:
    return sheet_names(Path(path))


def header_of(kind: Kind, sheet: SheetStream, paths: DataPaths) -> tuple[int, list[str]]:
    """The header row's index (from the top of `sheet`) and its titles, one per column."""
    first = list(islice(sheet.rows(), HEADER_SCAN_ROWS))
    index = find_header_row(kind, first, load_mappings(paths).get(kind.value, {}))
    if index is None:
        raise NoHeaderRow(sheet=sheet.name, rows=HEADER_SCAN_ROWS)
    headers = headers_of(first[index])
    return index, headers + [""] * (sheet.width - len(headers))


def is_blank(row: Sequence[Value]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def data_rows(sheet: SheetStream, header_index: int) -> Iterator[tuple[int, list[Value]]]:
    """(sheet row number, cells) of every row below the header that is not blank."""
    first = sheet.first_row
    for i, row in enumerate(sheet.rows()):
        if i > header_index and not is_blank(row):
            yield first + i, row


def preview_sheet(paths: DataPaths, kind: Kind, path: str | Path, sheet: str | None = None) -> SheetPreview:
    path = Path(path)
    names = sheet_names(path)
    with open_sheet(path, sheet) as data:
        index, headers = header_of(kind, data, paths)
        mapping, remembered = remembered_mapping(paths, kind, headers)
        shown: list[tuple[str, ...]] = []
        count = 0
        for _, r in data_rows(data, index):
            if count < PREVIEW_ROWS:
                shown.append(tuple(cells.text(r[j]) or "" if j < len(r) else "" for j in range(len(headers))))
            count += 1
        return SheetPreview(
            str(path),
            kind,
            tuple(names),
            data.name,
            data.first_row + index,
            tuple(headers),
            tuple(mapping),
            remembered,
            tuple(shown),
            count,
        )
