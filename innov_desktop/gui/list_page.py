"""A page listing one kind of record: search as you type, filters, sortable columns (in SQL), a
column chooser, a detail pane, and New / Edit / Delete with confirmation and undo."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPaintEvent, QResizeEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from innov_desktop.domain.models import FirstPage
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.lazy_qt import Qt
from innov_desktop.gui.tables import ColumnSpec, KeyedTableModel
from innov_desktop.services.changes import Changes

R = TypeVar("R")
FIRST_PAGE = 64  # two screens of rows: painted at once, the rest by key as the view scrolls


def detail_rows(rows: Sequence[tuple[str, str]]) -> str:
    """Label / value rows of a detail pane as HTML; empty values are left out. Right to left, the
    label comes first from the right, its value after it on the same line, or on the next when it
    is too long (Qt's rich text does not mirror a table's columns, and an unbreakable e-mail in a
    second column was drawn over its label)."""
    if QGuiApplication.isRightToLeft():  # one line per field, wrapping before a long value
        return "".join(
            f"<tr><td align='right'><span style='color:gray'>{html.escape(k)}</span>&nbsp;&nbsp; "
            f"{html.escape(v)}</td></tr>"
            for k, v in rows
            if v
        )
    return "".join(
        f"<tr><td style='color:gray;padding-right:8px'>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
        for k, v in rows
        if v
    )


def aligned_to_start(text: str) -> str:
    """A detail pane's HTML aligned to the layout's start: a Latin name as title stays at the right
    in Arabic."""
    return f"<div align='right'>{text}</div>" if QGuiApplication.isRightToLeft() else text


class Table(QTableView):
    """A table view that says when it has painted for the first time (start-up waits for it)."""

    painted = Signal()
    rows_shown = Signal(int)  # how many rows fit in the view, when that changes

    def __init__(self) -> None:
        super().__init__()
        self._first = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # from the view's own height: asking for viewport() here would make the bindings wrap an
        # internal widget, resolving every lazily loaded class (some 40 ms at start-up)
        height = max(1, self.verticalHeader().defaultSectionSize())
        self.rows_shown.emit((event.size().height() - self.horizontalHeader().height()) // height + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._first:
            self._first = False
            self.painted.emit()


class ListPage(QWidget, Generic[R]):
    """Subclasses name their columns and services; this class does the rest."""

    key = "records"
    loaded = Signal(int)  # total rows, once every key is in
    exported = Signal(object)  # an ExportResult, once a list was written to a workbook

    def __init__(self, ctx: GuiContext, columns: Sequence[ColumnSpec[R]]) -> None:
        super().__init__()
        self.ctx = ctx
        self._generation = 0
        self._sort: Any = None
        self._descending = False
        self._preview: Any = None  # the query of rows shown before the database opened
        self._actions_on = True
        self.model: KeyedTableModel[R] = KeyedTableModel(columns, self.fetch_rows)
        self.model.fetch_failed.connect(ctx.runner.failed)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName(f"{self.key}-search")
        self.filters = QHBoxLayout()
        self.columns_button = QPushButton(self.tr("Columns"))
        self.columns_button.setMenu(self._columns_menu())
        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.export_button = QPushButton(self.tr("Export…"))  # the list as shown, to .xlsx
        self.export_button.setObjectName(f"{self.key}-export")
        self.export_button.clicked.connect(self._export)
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(False)
        self.new_button.clicked.connect(lambda: self.open_form(None))
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button.clicked.connect(self._delete_current)

        # two rows, so that the page fits a 1024-pixel screen: the search and the buttons, then the
        # filters under the search (in one row they made the window at least 1350 pixels wide)
        top = QHBoxLayout()
        self.search.setMinimumWidth(200)
        top.addWidget(self.search, 1)
        filter_row = QHBoxLayout()
        filter_row.addLayout(self.filters)
        filter_row.addStretch(1)
        top.addWidget(self.columns_button)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.export_button)

        self.table = Table()
        self.table.setObjectName(f"{self.key}-table")
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
        self.table.rows_shown.connect(self.model.set_page_size)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # the titles come from a small model of their own, so that painting the header calls no
        # Python headerData (its orientation argument would create the Qt namespace: lazy_qt.py)
        self._titles = QStandardItemModel(0, len(columns), self)
        self._titles.setHorizontalHeaderLabels([spec.title() for spec in columns])
        header.setModel(self._titles)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        self.model.sort_requested.connect(self._sort_by)  # sorting is switched on with the actions
        for i, spec in enumerate(columns):
            self.table.setColumnWidth(i, spec.width)
        self.table.doubleClicked.connect(lambda _i: self._edit_current())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = QLabel()
        self.detail.setObjectName(f"{self.key}-detail")
        self.detail.setWordWrap(True)
        self.detail.setMargin(8)
        detail_box = QWidget()  # the label at the top, the room left below it
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail)
        detail_layout.addStretch(1)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(detail_box)
        self.splitter = QSplitter()  # side by side
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([780, 300])

        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self._chain_tab_order()
        self._actions_set_up = False
        ctx.runner.changed.connect(self._on_changed)
        self._restore_layout()
        self.show_detail(None)

    # -- keyboard --------------------------------------------------------------------------------
    def add_filter(self, widget: QWidget) -> None:
        """A filter beside the search field, reached by Tab in the order it is shown."""
        self.filters.addWidget(widget)
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        """Tab goes as the row reads: search, filters, buttons, then the list and its details."""
        filters = [self.filters.itemAt(i).widget() for i in range(self.filters.count())]  # type: ignore[union-attr]
        chain: list[QWidget] = [self.search, *(w for w in filters if w is not None)]
        chain += [self.columns_button, self.new_button, self.edit_button, self.delete_button, self.export_button]
        chain.append(self.table)
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search field: Down or Enter goes to the results, Escape clears the field."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.focus_results()
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def focus_results(self) -> None:
        """Focus in the list on its first row, selected; a search typed a moment ago is run
        first, and its first row selected once it is in."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.loaded.connect(self._select_first_row, Qt.ConnectionType.SingleShotConnection)
            self.reload()
        else:
            self._select_first_row(self.model.rowCount())
        self.table.setFocus()

    def _select_first_row(self, total: int) -> None:
        if total and len(self.model.keys):
            self.select_key(self.model.keys[0])  # not QTableView.selectRow: it selects nothing right to left

    # -- showing one record ----------------------------------------------------------------------
    def show_record(self, number: str) -> None:
        """Select the record `number` in the whole list, as the global search opens it: the search
        field is cleared (the list does not stay narrowed to that one record), and the filters too
        when they hide it."""
        everything = self.query_for_number(number)
        all_keys, fetch_rows = self.all_keys, self.fetch_rows

        def key_of(_p: Any, _c: Any) -> int | None:
            keys = list(all_keys(everything))[:50]
            rows = fetch_rows(keys)
            return next((k for k in keys if getattr(rows.get(k), "number", None) == number), None)

        def found(key: int | None) -> None:
            if key is None:
                return
            self._debounce.stop()
            self.search.blockSignals(True)  # one reload, below
            self.search.clear()
            self.search.blockSignals(False)
            self.loaded.connect(lambda _n: self._select_shown(key, True), Qt.ConnectionType.SingleShotConnection)
            self.reload()

        self.ctx.runner.run(key_of, on_done=found, owner=self)

    def _select_shown(self, key: int, may_clear_filters: bool) -> None:
        if self.select_key(key):
            self.table.setFocus()
        elif may_clear_filters and self.clear_filters():  # a filter hides it: shown without them
            self.loaded.connect(lambda _n: self._select_shown(key, False), Qt.ConnectionType.SingleShotConnection)
            self.reload()

    def clear_filters(self) -> bool:
        """Every filter back to "all"; whether one was set."""
        changed = False
        for i in range(self.filters.count()):
            item = self.filters.itemAt(i)
            combo = item.widget() if item is not None else None
            if isinstance(combo, QComboBox) and combo.currentIndex() != 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
                changed = True
        return changed

    # -- for subclasses --------------------------------------------------------------------------
    def build_query(self, text: str, sort: Any, descending: bool) -> Any:
        raise NotImplementedError

    def query_for_number(self, number: str) -> Any:
        """A query finding the record `number` whatever the filters."""
        raise NotImplementedError

    def first_page(self, query: Any) -> FirstPage[R]:
        raise NotImplementedError

    def all_keys(self, query: Any) -> Sequence[int]:
        raise NotImplementedError

    def fetch_rows(self, keys: Sequence[int]) -> dict[int, R]:
        raise NotImplementedError

    def detail_html(self, record: R) -> str:
        raise NotImplementedError

    def open_form(self, record: R | None) -> None:
        raise NotImplementedError

    def delete_record(self, record: R) -> None:
        raise NotImplementedError

    def describe(self, record: R) -> str:
        raise NotImplementedError

    def concerned(self, changes: Changes) -> bool:
        raise NotImplementedError

    def why_not_deletable(self, record: R) -> str | None:
        """Why this installation cannot delete `record` (Delete is then not offered), or None."""
        return None

    def count_text(self, n: int) -> str:
        return self.tr("%n record(s)", "", n)

    # -- export (spreadsheets) -------------------------------------------------------------------
    def current_query(self) -> Any:
        """The query of what the list shows now: search, filters and sort."""
        return self.build_query(self.search.text(), self._sort, self._descending)

    def _export(self) -> None:
        from innov_desktop.gui.export_list import ask_and_export, list_title

        ask_and_export(self, list_title(self.key), self, self.exported.emit)

    # -- loading ---------------------------------------------------------------------------------
    def show_preview(self, page: FirstPage[R], query: Any) -> bool:
        """First rows read before the database opened, for `query`: shown at once (when the list
        still shows that query); the load once the database is open then brings only the keys."""
        if query != self.build_query(self.search.text(), self._sort, self._descending):
            return False
        self._preview = query
        self.model.show_first(page.keys, page.rows, page.total or len(page.keys))
        self.status.setText(self.count_text(page.total) if page.total is not None else self.tr("Loading…"))
        return True

    def set_actions_enabled(self, on: bool) -> None:
        """Before the database is open only the rows can be looked at (scroll, select, details)."""
        self._actions_on = on
        if on and not self._actions_set_up:
            self._set_up_actions()
        for i in range(self.filters.count()):
            item = self.filters.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setEnabled(on)
        for w in (self.search, self.columns_button, self.new_button):
            w.setEnabled(on)
        self._selection_changed(QItemSelection(), QItemSelection())

    def _set_up_actions(self) -> None:
        """Keys, sorting and selectable details: set once the database is open (they need the
        Qt namespace, which the first frame does without)."""
        from PySide6.QtGui import QAction, QKeySequence

        self._actions_set_up = True
        delete = QAction(self.tr("Delete"), self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._delete_current)
        self.table.addAction(delete)
        edit = QAction(self.tr("Edit"), self.table)
        edit.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(self._edit_current)
        self.table.addAction(edit)
        self.search.installEventFilter(self)  # Down, Enter and Escape in the search field
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # default order: by name
        self.table.setSortingEnabled(True)  # Qt sorts once here: by no column, which keeps it

    def reload(self) -> None:
        """Load in two steps: the first rows and the total (paint at once), then every key."""
        self._generation += 1
        generation = self._generation
        query = self.build_query(self.search.text(), self._sort, self._descending)
        selected = self.current_key()
        preview, self._preview = self._preview, None

        def first(page: FirstPage[R]) -> None:
            if generation == self._generation:
                self.model.show_first(page.keys, page.rows, page.total or len(page.keys))
                self.status.setText(self.count_text(page.total) if page.total is not None else self.tr("Loading…"))
                self._reselect(selected)
                # every key only once the first rows are painted: the worker's long query must
                # not hold the interpreter while the window draws them
                QTimer.singleShot(0, lambda: self._load_keys(query, generation, keys))

        def keys(all_keys: Sequence[int]) -> None:
            if generation == self._generation:
                self.model.set_keys(all_keys)
                self.status.setText(self.count_text(len(all_keys)))
                self._reselect(selected)
                self.loaded.emit(len(all_keys))

        if preview is not None and preview == query:  # its first rows are on screen already
            self._load_keys(query, generation, keys)
            return
        self.ctx.runner.run(lambda _p, _c: self.first_page(query), on_done=first, owner=self)

    def _load_keys(self, query: Any, generation: int, done: Any) -> None:
        if generation == self._generation:
            self.ctx.runner.run(lambda _p, _c: self.all_keys(query), on_done=done, owner=self)

    def _sort_by(self, sort: Any, descending: bool) -> None:
        self._sort, self._descending = sort, descending
        if self._generation:  # Qt sorts once when sorting is enabled: not a reason to load yet
            self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if self.concerned(changes):
            self.model.refresh_rows()
            self.reload()

    # -- selection and detail --------------------------------------------------------------------
    def current_record(self) -> R | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def current_key(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.keys):
            return None
        return self.model.keys[rows[0].row()]

    def select_key(self, key: int) -> bool:
        return self._reselect(key)

    def _reselect(self, key: int | None) -> bool:
        """Select `key` again after a reload; when it is gone, the detail pane and buttons say so."""
        row = self.model.row_of_key(key) if key is not None else None
        if row is None:
            self.table.clearSelection()
            self._selection_changed(QItemSelection(), QItemSelection())
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index,
            self.table.selectionModel().SelectionFlag.ClearAndSelect | self.table.selectionModel().SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        record = self.current_record()
        self.edit_button.setEnabled(record is not None and self._actions_on)
        locked = self.why_not_deletable(record) if record is not None else None
        self.delete_button.setEnabled(record is not None and self._actions_on and locked is None)
        self.delete_button.setToolTip(locked or "")
        self.show_detail(record)

    def show_detail(self, record: R | None) -> None:
        if record is None:
            hint = self.tr("Select a row to see its details.")
            self.detail.setText(f"<p style='color:gray'>{html.escape(hint)}</p>")
        else:
            self.detail.setText(aligned_to_start(self.detail_html(record)))

    def _edit_current(self, _index: QModelIndex | None = None) -> None:
        record = self.current_record()
        if record is not None and self._actions_on:
            self.open_form(record)

    def _delete_current(self) -> None:
        record = self.current_record()
        if record is None or not self._actions_on or self.why_not_deletable(record) is not None:
            return  # the Delete key too: not asked, then refused
        from PySide6.QtWidgets import QMessageBox  # imported when needed: a faster start

        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete {name}? You can undo this with Edit > Undo.").format(name=self.describe(record)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_record(record)

    # -- columns and layout ----------------------------------------------------------------------
    def _columns_menu(self) -> QMenu:
        menu = QMenu(self)
        hidden = self.ctx.settings.hidden_columns(self.key)
        for i, spec in enumerate(self.model.columns):
            action = menu.addAction(spec.title())
            action.setCheckable(True)
            visible = spec.visible if hidden is None else spec.key not in hidden
            action.setChecked(visible)
            action.toggled.connect(lambda on, col=i: self._set_column_visible(col, on))
        return menu

    def _set_column_visible(self, column: int, visible: bool) -> None:
        self.table.setColumnHidden(column, not visible)
        self.model.set_hidden_columns({i for i in range(len(self.model.columns)) if self.table.isColumnHidden(i)})
        hidden = {s.key for i, s in enumerate(self.model.columns) if self.table.isColumnHidden(i)}
        self.ctx.settings.set_hidden_columns(self.key, hidden)

    def _restore_layout(self) -> None:
        hidden = self.ctx.settings.hidden_columns(self.key)
        for i, spec in enumerate(self.model.columns):
            self.table.setColumnHidden(i, not spec.visible if hidden is None else spec.key in hidden)
        header = self.ctx.settings.state(f"{self.key}/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)  # the sort indicator is reset with the actions
        splitter = self.ctx.settings.state(f"{self.key}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.model.set_hidden_columns({i for i in range(len(self.model.columns)) if self.table.isColumnHidden(i)})

    def save_layout(self) -> None:
        self.ctx.settings.set_state(f"{self.key}/header", self.table.horizontalHeader().saveState())
        self.ctx.settings.set_state(f"{self.key}/splitter", self.splitter.saveState())
