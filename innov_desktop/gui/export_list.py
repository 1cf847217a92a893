"""Export a list as it is shown: its filters, search and sort, its visible columns in their
order, text as the window shows it, dates as dates; a second sheet says what was exported."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from innov_desktop.domain import hlc
from innov_desktop.gui import backend


def _modified(record: Any) -> datetime:
    return datetime.fromtimestamp(hlc.physical_ms(record.meta.modified_at) / 1000).replace(microsecond=0)


# columns whose cells are dates in the workbook (the list shows them as text)
TYPED: dict[str, Callable[[Any], Any]] = {
    "born": lambda p: p.data.birth_date,
    "modified": _modified,
}
FILTER_NAMES = {
    "filter-role": lambda: QCoreApplication.translate("ExportList", "Role"),
    "filter-country": lambda: QCoreApplication.translate("ExportList", "Country"),
    "filter-sex": lambda: QCoreApplication.translate("ExportList", "Sex"),
    "filter-organization": lambda: QCoreApplication.translate("ExportList", "Organization"),
    "filter-type": lambda: QCoreApplication.translate("ExportList", "Type"),
}


def list_title(key: str) -> str:
    return {
        "people": QCoreApplication.translate("ExportList", "People"),
        "organizations": QCoreApplication.translate("ExportList", "Organizations"),
    }.get(key, key)


def export_columns(page: Any) -> list[Any]:
    """The visible columns, in the order the person arranged them."""
    s = backend.spreadsheets
    header = page.table.horizontalHeader()
    shown = [i for i in range(len(page.model.columns)) if not page.table.isColumnHidden(i)]
    shown.sort(key=header.visualIndex)
    out = []
    for i in shown:
        spec = page.model.columns[i]
        out.append(s.ExportColumn(spec.key, spec.title(), TYPED.get(spec.key, spec.value)))
    return out


def about_sheet(page: Any, title: str) -> Any:
    lines: list[tuple[str, Any]] = [(QCoreApplication.translate("ExportList", "List"), title)]
    if page.search.text().strip():
        lines.append((QCoreApplication.translate("ExportList", "Search"), page.search.text().strip()))
    for i in range(page.filters.count()):
        widget = page.filters.itemAt(i).widget()
        if isinstance(widget, QComboBox) and widget.currentIndex() > 0:
            named = FILTER_NAMES.get(widget.objectName())
            name = named() if named else widget.objectName()
            lines.append((name, widget.currentText()))
    column = page.table.horizontalHeader().sortIndicatorSection()
    if 0 <= column < len(page.model.columns):
        order = (
            QCoreApplication.translate("ExportList", "descending")
            if page.current_query().descending
            else QCoreApplication.translate("ExportList", "ascending")
        )
        lines.append(
            (QCoreApplication.translate("ExportList", "Sorted by"), f"{page.model.columns[column].title()} ({order})")
        )
    return backend.spreadsheets.AboutSheet(
        name=QCoreApplication.translate("ExportList", "Export"),
        header=(QCoreApplication.translate("ExportList", "About this export"), ""),
        lines=tuple(lines),
        rows_label=QCoreApplication.translate("ExportList", "Rows"),
        date_label=QCoreApplication.translate("ExportList", "Exported on"),
    )


def export_page(page: Any, path: str, title: str, on_done: Callable[[Any], None] | None = None) -> None:
    """Write `page`'s list to `path` on the worker, with progress and cancel."""
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    s = backend.spreadsheets
    db, query, columns, about = page.ctx.db, page.current_query(), export_columns(page), about_sheet(page, title)
    export = s.export_people if page.key == "people" else s.export_organizations
    page.ctx.runner.run(
        lambda progress, cancel: export(
            db, path, query, columns=columns, title=title, about=about, progress=progress, cancel=cancel
        ),
        on_done=on_done,
        progress_label=QCoreApplication.translate("ExportList", "Exporting…"),
        parent=page,
        owner=page,
    )


def ask_and_export(page: Any, title: str, parent: QWidget, on_done: Callable[[Any], None] | None = None) -> None:
    default = str(Path.home() / f"{title}.xlsx")
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportList", "Export the list"),
        default,
        QCoreApplication.translate("ExportList", "Excel workbook") + " (*.xlsx)",
    )
    if path:
        export_page(page, path, title, on_done)
