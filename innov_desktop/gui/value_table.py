"""Read-only tables of cell values (the import wizard's columns, rows, problems and duplicates):
each value in its own direction, a long one cut short with the whole in its tooltip, and columns
as wide as their contents up to a limit, so that one very long value hides nothing else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from innov_desktop.gui.tables import directed

SHOWN_CHARS = 80  # a cell's text shown in a table, at most (the whole of it in its tooltip)
COLUMN_MAX_WIDTH = 320  # pixels: one very long value must not push the problems out of sight


def value_item(text: str) -> QTableWidgetItem:
    shown = text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"
    item = QTableWidgetItem(directed(shown))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if shown != text:
        item.setToolTip(text[:1000])
    return item


def fit_columns(table: QTableWidget) -> None:
    """Columns as wide as their contents, up to COLUMN_MAX_WIDTH (the last one takes the rest)."""
    table.resizeColumnsToContents()
    for c in range(table.columnCount() - 1):
        table.setColumnWidth(c, min(table.columnWidth(c), COLUMN_MAX_WIDTH))


def value_table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.horizontalHeader().setStretchLastSection(True)
    t.setWordWrap(False)
    t.setTabKeyNavigation(False)  # Tab leaves the table for the buttons below it
    return t
