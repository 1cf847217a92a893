"""A table model over a long list held as ordered keys: rows are fetched by key, a page at a time,
when the view first paints them (STYLE.md: big tables); sorting and filtering happen in SQL."""

from __future__ import annotations

import re
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

from innov_desktop.domain.errors import AppError
from innov_desktop.gui.lazy_qt import Qt

if TYPE_CHECKING:
    from PySide6.QtCore import Qt as QtNamespace

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
# roles as the plain numbers data() receives (Qt.ItemDataRole.DisplayRole, UserRole + 1; a test
# checks them): the first frame paints without the Qt namespace (see gui/lazy_qt.py)
DISPLAY_ROLE = 0
ROW_ROLE = 257
PAGE = 48  # rows a fetch brings until the view says how many it shows (`set_page_size`)
CACHED_ROWS = 4096
_LTR, _FIRST_STRONG, _POP = "\u2066", "\u2068", "\u2069"


def ltr(text: str) -> str:
    """Keep numbers, e-mails and codes left-to-right inside a right-to-left layout."""
    return f"{_LTR}{text}{_POP}" if text else ""


def isolated(text: str) -> str:
    """Text in its own direction: "Grupo Koné S.A." keeps its final dot in a right-to-left
    layout, and an Arabic name keeps its order in a left-to-right one."""
    return f"{_FIRST_STRONG}{text}{_POP}" if text else ""


# A phone number, a date or an amount as typed: digits (of any script) with + ( ) . - / and spaces
_NUMBER_RUN = re.compile(r"[+(]?\d[\d\s().\-/]*\d\)?")
_LRO, _PDF = "\u202d", "\u202c"


def _as_typed(run: re.Match[str]) -> str:
    """A run of digits and separators drawn exactly as typed, left to right. An isolate (LRI)
    alone is not enough: inside it, digit groups separated by spaces still take the direction
    of what surrounds them when they are Arabic-Indic digits ("٠٧١٢ ٣٤٥ ٦٧٨" would show as
    "٦٧٨ ٣٤٥ ٠٧١٢"), and any group order turns around when the cell's first letter is Arabic
    ("+254 712 345 678 (واتساب)"); the override (LRO) fixes every character's direction."""
    return f"{_LRO}{run.group()}{_PDF}"


def when_text(stamp: str | None) -> str:
    """An ISO date and time as people read it, 2026-11-26 14:05, drawn in that order in both
    layouts (right to left, the time would otherwise come first)."""
    text = (stamp or "").replace("T", " ")[:16]
    return ltr(f"{_LRO}{text}{_PDF}") if text else ""


def directed(text: str) -> str:
    """A value in its own direction in both layouts; numbers, phones and dates left to right."""
    exact = _NUMBER_RUN.sub(_as_typed, text)
    return isolated(exact) if any(c.isalpha() for c in text) else ltr(exact)


@dataclass(frozen=True)
class ColumnSpec(Generic[R]):
    key: str
    title: Callable[[], str]  # called when headers are shown, so the current language applies
    value: Callable[[R], str]
    sort: Enum | None = None
    ltr: bool = False
    visible: bool = True
    width: int = 120


class KeyedTableModel(QAbstractTableModel, Generic[R]):
    sort_requested = Signal(object, bool)  # sort enum, descending
    fetch_failed = Signal(object)  # AppError, once until the next reload

    def __init__(self, columns: Sequence[ColumnSpec[R]], fetch: Callable[[Sequence[int]], dict[int, R]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self._fetch = fetch
        self._keys: Sequence[int] = array("q")
        self._total = 0
        self._cache: OrderedDict[int, R] = OrderedDict()  # recently shown records, by key
        self._texts: dict[int, tuple[str | None, ...]] = {}  # and their cells, formatted once
        self._failed = False
        self._page = PAGE
        self._hidden: frozenset[int] = frozenset()  # columns the view hides: formatted only if asked

    def set_page_size(self, rows: int) -> None:
        """How many rows one fetch brings: what the view shows, from the first visible row down
        (a jump then costs one fetch of just that)."""
        self._page = max(8, rows)

    def set_hidden_columns(self, columns: set[int]) -> None:
        self._hidden = frozenset(columns)
        self._texts.clear()

    # -- content ---------------------------------------------------------------------------------
    def show_first(self, keys: Sequence[int], rows: dict[int, R], total: int) -> None:
        """Paint at once: the first keys and rows; the other rows are placeholders until
        `set_keys` brings every key."""
        self.beginResetModel()
        self._keys, self._total = keys, total
        self._cache.clear()
        self._texts.clear()
        self._failed = False
        self._cache.update(rows)
        self.endResetModel()

    def set_keys(self, keys: Sequence[int]) -> None:
        same_start = list(keys[: len(self._keys)]) == list(self._keys[: len(keys)])
        if len(keys) == self._total and same_start:
            self._keys = keys  # nothing visible moves: no reset, selection and scroll stay
            if self._total:
                self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._keys, self._total = keys, len(keys)
        self._cache.clear()
        self._texts.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Row contents changed (an edit): drop cached rows, repaint."""
        self._cache.clear()
        self._texts.clear()
        if self._total:
            self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, len(self.columns) - 1))

    @property
    def keys(self) -> Sequence[int]:
        return self._keys

    def row_of_key(self, key: int) -> int | None:
        try:
            return list(self._keys).index(key)
        except ValueError:
            return None

    def record(self, row: int) -> R | None:
        """The record shown at `row`; a miss fetches it with the rows below it (views paint top
        down, so one fetch serves the whole screen)."""
        if not 0 <= row < len(self._keys):
            return None
        key = self._keys[row]
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        if self._failed:
            return None
        wanted = [k for k in self._keys[row : row + self._page] if k not in self._cache]
        try:
            self._cache.update(self._fetch(wanted))
        except AppError as exc:  # the database went away under the list: say it once, show "…"
            self._failed = True
            self.fetch_failed.emit(exc)
            return None
        while len(self._cache) > CACHED_ROWS:
            gone, _ = self._cache.popitem(last=False)
            self._texts.pop(gone, None)
        return self._cache.get(key)

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if role not in (DISPLAY_ROLE, ROW_ROLE) or not index.isValid():
            return None
        row = index.row()
        if row >= len(self._keys):
            return "…" if role == DISPLAY_ROLE else None
        if role == ROW_ROLE:
            return self.record(row)
        texts = self._texts.get(self._keys[row])
        if texts is None:  # format a row once, when first shown: painting is then lookups only
            rec = self.record(row)
            if rec is None:
                return None
            hidden = self._hidden
            texts = tuple(None if i in hidden else self._cell(c, rec) for i, c in enumerate(self.columns))
            self._texts[self._keys[row]] = texts
        text = texts[index.column()]
        if text is None:  # a hidden column, asked anyway
            rec = self.record(row)
            return None if rec is None else self._cell(self.columns[index.column()], rec)
        return text

    @staticmethod
    def _cell(column: ColumnSpec[R], record: R) -> str:
        return ltr(column.value(record)) if column.ltr else isolated(column.value(record))

    def sort(self, column: int, order: QtNamespace.SortOrder | None = None) -> None:
        if not 0 <= column < len(self.columns):
            return  # no sort column: the list keeps its default order
        spec = self.columns[column]
        if spec.sort is not None:
            self.sort_requested.emit(spec.sort, order == Qt.SortOrder.DescendingOrder)
