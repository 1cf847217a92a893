"""The main window: navigation, pages, menus and shortcuts, the global search (Ctrl+K), status
bar, undo, and remembered layout. Pages refresh from the runner's "changed" value."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from innov_desktop.domain.errors import AppError
from innov_desktop.domain.models import FirstPage, Person
from innov_desktop.domain.queries import PeopleQuery
from innov_desktop.gui import backend
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.global_search import GlobalSearch
from innov_desktop.gui.labels import error_message, path_text
from innov_desktop.gui.lazy_qt import Qt
from innov_desktop.services.changes import EVERYTHING

if TYPE_CHECKING:  # pages and dialogs are imported when first built: the window shows sooner
    from PySide6.QtGui import QAction, QKeySequence

    from innov_desktop.gui.organizations.page import OrganizationsPage
    from innov_desktop.gui.pages.simple import HomePage
    from innov_desktop.gui.people.page import PeoplePage


PAGES = ("home", "people", "organizations", "projects", "events", "awards", "requests", "directory", "sync")


class MainWindow(QMainWindow):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main-window")
        center = ctx.center
        self.setWindowTitle(
            self.tr("innov-desktop — {center}").format(center=center.data.name) if center else "innov-desktop"
        )
        self.planned = {
            "projects": (
                self.tr("Projects"),
                self.tr(
                    "Innovation projects through the selection pipeline: intake, screening, search, feasibility, "
                    "prototype, IP filing, funding and commercialization, with gate reviews and scores."
                ),
            ),
            "events": (
                self.tr("Events"),
                self.tr(
                    "Workshops, trainings, symposiums and exhibitions: registrations, capacity and waiting list, "
                    "attendance, certificates and gender-disaggregated reports."
                ),
            ),
            "awards": (
                self.tr("Awards"),
                self.tr(
                    "Award nominations for inventors, young inventors and enterprises, with the program's "
                    "eligibility rules and deadlines."
                ),
            ),
            "requests": (
                self.tr("Service requests"),
                self.tr(
                    "Patent-information service requests: searches, freedom-to-operate, landscapes and advice, "
                    "with dates, hours and outcomes."
                ),
            ),
            "directory": (
                self.tr("Directory"),
                self.tr("Innovation centers, associations of inventors and university IP coordinators."),
            ),
            "sync": (
                self.tr("Sync"),
                self.tr(
                    "Exchange files with headquarters: export, import with a summary before applying, history, "
                    "conflicts and keys."
                ),
            ),
        }
        self.titles = {
            "home": self.tr("Home"),
            "people": self.tr("People"),
            "organizations": self.tr("Organizations"),
            **{k: v[0] for k, v in self.planned.items()},
        }
        self._built: dict[str, QWidget] = {}
        self._slots: dict[str, QWidget] = {}  # one empty holder a page, filled on its first visit

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        for key in PAGES:
            self.nav.addItem(self.titles[key])
            holder = self._slots[key] = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
        metrics = self.nav.fontMetrics()  # not sizeHintForColumn: it lays every item out first
        self.nav.setMinimumWidth(max(metrics.horizontalAdvance(t) for t in self.titles.values()) + 56)
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.nav.currentRowChanged.connect(self._page_changed)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.nav.minimumWidth(), 1000])
        self.setCentralWidget(self.splitter)

        self._build_search()
        self._build_menus()
        self._build_status()
        ctx.runner.failed.connect(self.show_error)
        ctx.runner.crashed.connect(self.show_crash)
        ctx.runner.changed.connect(self._refresh_status)
        self._loaded: set[str] = set()
        self.previewing = False
        self.ready = ctx.__dict__.get("db") is not None  # tests hand in an open database
        self.resize(1200, 760)
        self._restore_layout()
        start = ctx.settings.start_page
        self.show_page(start if start in PAGES else "people")
        getattr(self.page(self.current_page()), "table", self.nav).setFocus()  # a list answers the arrow keys
        self._set_enabled(self.ready)

    def _set_enabled(self, on: bool) -> None:
        """Nothing that needs the database can be used before it is open (a list's first rows,
        read before it opens, can be looked at: see `preview_people`)."""
        if on:
            self._fill_menus()
        for widget in (self.menuBar(), self.global_search):
            widget.setEnabled(on)
        for page in self._built.values():
            if hasattr(page, "set_actions_enabled"):
                page.set_actions_enabled(on)

    def preview_people(self, page: FirstPage[Person]) -> None:
        """The first rows of the people list, read before the database has opened."""
        self.previewing = self.people.show_preview(page, PeopleQuery())

    def database_ready(self) -> None:
        """The database is open and this center has its identity: load what is shown."""
        self.ready = True
        self._set_enabled(True)
        self._loaded.clear()
        c = self.ctx.center
        if c is not None:
            self.setWindowTitle(self.tr("innov-desktop — {center}").format(center=c.data.name))
        self._refresh_status()
        self._refresh_last_sync()
        self._page_changed(self.stack.currentIndex())

    # -- pages -----------------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGES.index(key))

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def page(self, key: str) -> QWidget:
        """The page `key`, built the first time it is asked for."""
        built = self._built.get(key)
        if built is None:
            built = self._built[key] = self._build_page(key)
            layout = self._slots[key].layout()
            assert layout is not None
            layout.addWidget(built)
            if hasattr(built, "set_actions_enabled"):
                built.set_actions_enabled(self.ready)
        return built

    def _build_page(self, key: str) -> QWidget:
        if key == "people":
            from innov_desktop.gui.people.page import PeoplePage

            people = PeoplePage(self.ctx)
            people.exported.connect(self._exported)
            return people
        if key == "organizations":
            from innov_desktop.gui.organizations.page import OrganizationsPage

            organizations = OrganizationsPage(self.ctx)
            organizations.exported.connect(self._exported)
            return organizations
        if key == "home":
            from innov_desktop.gui.pages.simple import HomePage

            return HomePage(self.ctx)
        if key == "sync":
            from innov_desktop.gui.sync_page import SyncPage

            return SyncPage(self.ctx)
        from innov_desktop.gui.pages.simple import PlannedPage

        return PlannedPage(*self.planned[key])

    @property
    def home(self) -> HomePage:
        return self.page("home")  # type: ignore[return-value]

    @property
    def people(self) -> PeoplePage:
        return self.page("people")  # type: ignore[return-value]

    @property
    def organizations(self) -> OrganizationsPage:
        return self.page("organizations")  # type: ignore[return-value]

    def _page_changed(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row]
        page: Any = self.page(key)
        self.stack.setCurrentIndex(row)
        if self.ready and key not in self._loaded:  # a list loads the first time it is shown
            self._loaded.add(key)
            if hasattr(page, "reload"):
                page.reload()

    # -- global search ---------------------------------------------------------------------------
    def _build_search(self) -> None:
        bar = QToolBar(self.tr("Search"))
        bar.setObjectName("search-bar")
        bar.setMovable(False)
        self.global_search = GlobalSearch(self.ctx, self._open_record, self)
        bar.addWidget(self.global_search)
        self.addToolBar(bar)

    def _open_record(self, page_key: str, number: str) -> None:
        page: Any = self.page(page_key)
        self.show_page(page_key)
        page.show_record(number)

    # -- menus -----------------------------------------------------------------------------------
    def _action(
        self, text: str, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence  # with the menus, once the database is open

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        """The menus show at once; their actions (and shortcuts) arrive with the database."""
        bar = self.menuBar()
        self._menus = [
            bar.addMenu(self.tr("&File")),
            bar.addMenu(self.tr("&Edit")),
            bar.addMenu(self.tr("&View")),
            bar.addMenu(self.tr("&Tools")),
            bar.addMenu(self.tr("&Help")),
        ]

    def _fill_menus(self) -> None:
        """With the database: the menus' actions, and what needs the Qt namespace (lazy_qt.py)."""
        from PySide6.QtGui import QKeySequence

        if self._menus[0].actions():
            return
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.undo_action = self._action(self.tr("&Undo"), self.ctx.undo.undo, QKeySequence.StandardKey.Undo)
        self._undo_available(self.ctx.undo.label)
        self.ctx.undo.available.connect(self._undo_available)
        file, edit, view, tools, help_menu = self._menus
        file.addAction(self._action(self.tr("New &person…"), self.new_person, "Ctrl+N"))
        file.addAction(self._action(self.tr("New &organization…"), self.new_organization, "Ctrl+Shift+N"))
        file.addSeparator()
        file.addAction(self._action(self.tr("&Import from a spreadsheet…"), self.import_spreadsheet, "Ctrl+I"))
        self.export_action = self._action(self.tr("&Export this list…"), self.export_list, "Ctrl+E")
        file.addAction(self.export_action)
        file.addSeparator()
        file.addAction(self._action(self.tr("Export a s&ync bundle…"), self.export_bundle, "Ctrl+Shift+E"))
        file.addAction(self._action(self.tr("Import a sy&nc bundle…"), self.import_bundle, "Ctrl+Shift+I"))
        file.addSeparator()
        file.addAction(self._action(self.tr("&Back up now"), self.backup_now))
        file.addAction(self._action(self.tr("&Restore from a backup…"), self.restore))
        file.addSeparator()
        file.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit.addAction(self.undo_action)
        edit.addSeparator()
        edit.addAction(self._action(self.tr("&Find…"), self.focus_search, "Ctrl+K"))
        edit.addAction(self._action(self.tr("P&references…"), self.preferences, QKeySequence.StandardKey.Preferences))

        for i, key in enumerate(PAGES, start=1):
            view.addAction(self._action(self.titles[key], lambda _=False, k=key: self.show_page(k), f"Ctrl+{i}"))

        tools.addAction(self._action(self.tr("Find &duplicates…"), self.find_duplicates))

        help_menu.addAction(self._action(self.tr("&About innov-desktop"), self.about))

    def new_person(self) -> None:
        from innov_desktop.gui.people.form import PersonDialog

        PersonDialog(self.ctx, None, self).open()

    def new_organization(self) -> None:
        from innov_desktop.gui.organizations.form import OrganizationDialog

        OrganizationDialog(self.ctx, None, self).open()

    def _undo_available(self, label: str) -> None:
        self.undo_action.setEnabled(bool(label))
        self.undo_action.setText(label or self.tr("&Undo"))

    def focus_search(self) -> None:
        self.global_search.setFocus()
        self.global_search.selectAll()

    # -- status bar ------------------------------------------------------------------------------
    def _build_status(self) -> None:
        self._hq = False  # this installation is HQ (known once the database is open)
        self.identity = QLabel()
        self.identity.setObjectName("identity")
        self.last_sync = QLabel(self.tr("Last sync with headquarters: never"))
        self.busy = QLabel()
        self.statusBar().addWidget(self.identity)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.last_sync)
        self.ctx.runner.busy_changed.connect(self._busy)
        self.ctx.runner.changed.connect(self._refresh_last_sync)
        self._refresh_status()

    def _refresh_last_sync(self, _changes: object = None) -> None:
        db = self.ctx.__dict__.get("db")
        if db is None or not self.ready:
            return

        from innov_desktop.gui.tables import when_text

        def show(found: tuple[str | None, bool]) -> None:
            when, hq = found
            if hq != self._hq:
                self._hq = hq
                self._refresh_status()
            self.last_sync.setText(
                self.tr("Last sync: {when}").format(when=when_text(when))
                if when
                else self.tr("No bundle exchanged yet")
                if hq
                else self.tr("Last sync with headquarters: never")
            )

        def look(_p: object, _c: object) -> tuple[str | None, bool]:
            return backend.sync.last_sync(db), backend.sync.is_hq(db)

        self.ctx.runner.run(look, on_done=show, owner=self)

    def _busy(self, busy: bool) -> None:
        self.busy.setText(self.tr("Working…") if busy else "")

    def _refresh_status(self, _changes: object = None) -> None:
        c = self.ctx.center
        self.identity.setText(
            self.tr("Headquarters {code} · {name} · {country}").format(
                code=c.data.code, name=c.data.name, country=c.data.country
            )
            if c and self._hq
            else self.tr("Center {code} · {name} · {country}").format(
                code=c.data.code, name=c.data.name, country=c.data.country
            )
            if c
            else self.tr("Opening the database…")
            if self.ctx.__dict__.get("db") is None
            else self.tr("No center identity")
        )

    # -- actions ---------------------------------------------------------------------------------
    def show_error(self, error: AppError) -> None:
        """Window-modal but not blocking: background work and the screenshot mode go on."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not done"), error_message(error), parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_crash(self, exc: BaseException) -> None:
        from innov_desktop.gui.dialogs import CrashDialog
        from innov_desktop.logs import write_crash_log

        log = write_crash_log(self.ctx.paths.logs, exc)
        dialog = CrashDialog(log, self)
        if not self.ready:  # the database never opened: nothing to work with, end after the dialog
            dialog.finished.connect(lambda _r: QCoreApplication.exit(70))
        dialog.open()

    def backup_now(self) -> None:
        db = self.ctx.db
        self.ctx.runner.run(
            lambda _p, _c: backend.maintenance.backup_now(db),
            on_done=lambda b: self.statusBar().showMessage(
                self.tr("Backup written: {path}").format(path=path_text(b.path)), 8000
            ),
            owner=self,
        )

    def restore(self) -> None:
        """Pick a backup, confirm, then restore on the worker with a progress dialog: queued work
        finishes first (one worker, in order), and the window stays responsive meanwhile."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        folder = str(self.ctx.paths.backups)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), folder, self.tr("Backups (*.sqlite)")
        )
        if not path:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr("Replace the current database with this backup? The current database is kept as a backup first."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_from(path)

    def restore_from(self, path: str) -> None:
        root, db, maintenance, setup = self.ctx.paths.root, self.ctx.db, backend.maintenance, backend.setup

        def work(progress: Any, cancel: Any) -> Any:
            maintenance.restore_backup(root, path, progress=progress, cancel=cancel)
            return setup.own_center(db)

        def done(center: Any) -> None:
            self.ctx.center = center
            self.ctx.undo.clear()
            self.database_ready()
            self.statusBar().showMessage(self.tr("Restored {path}").format(path=path_text(path)), 8000)

        self.ctx.runner.run(
            work,
            on_done=done,
            changes=lambda _c: EVERYTHING,
            progress_label=self.tr("Checking and restoring the backup…"),
            parent=self,
            owner=self,
        )

    # -- spreadsheets ----------------------------------------------------------------------------
    def import_spreadsheet(self) -> Any:
        from innov_desktop.gui.import_wizard import ImportWizard

        kind = "organizations" if self.current_page() == "organizations" else "people"
        wizard = ImportWizard(self.ctx, self, kind)
        wizard.reported.connect(
            lambda p: self.statusBar().showMessage(self.tr("Report saved: {path}").format(path=path_text(p)), 8000)
        )
        wizard.open()
        return wizard

    def export_list(self) -> None:
        key = self.current_page() if self.current_page() in ("people", "organizations") else "people"
        self.show_page(key)
        page: Any = self.page(key)
        page.export_button.click()

    # -- sync ------------------------------------------------------------------------------------
    def export_bundle(self) -> None:
        self.show_page("sync")
        page: Any = self.page("sync")
        page.export_bundle()

    def import_bundle(self) -> None:
        self.show_page("sync")
        page: Any = self.page("sync")
        page.import_bundle()

    def _exported(self, result: Any) -> None:
        self.statusBar().showMessage(
            self.tr("Exported {rows} rows to {path}").format(rows=result.rows, path=path_text(result.path)), 8000
        )

    def find_duplicates(self) -> None:
        from innov_desktop.gui.people.duplicates import DuplicatesDialog

        dialog = DuplicatesDialog(self.ctx, self)
        dialog.open()
        dialog.search()

    def about(self) -> None:
        from innov_desktop.gui.dialogs import AboutDialog

        db = self.ctx.db
        self.ctx.runner.run(
            lambda _p, _c: backend.setup.info(db), on_done=lambda i: AboutDialog(i, self).open(), owner=self
        )

    def preferences(self) -> None:
        from innov_desktop.gui.dialogs import PreferencesDialog

        db = self.ctx.db
        self.ctx.runner.run(
            lambda _p, _c: backend.setup.info(db),
            on_done=lambda i: PreferencesDialog(self.ctx.settings, i, self).open(),
        )

    # -- layout ----------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        s = self.ctx.settings
        geometry = s.state("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = s.state("main/state")
        if state is not None:
            self.restoreState(state)
        splitter = s.state("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        s = self.ctx.settings
        s.set_state("main/geometry", self.saveGeometry())
        s.set_state("main/state", self.saveState())
        s.set_state("main/splitter", self.splitter.saveState())
        s.start_page = self.current_page()
        for page in self._built.values():
            if hasattr(page, "save_layout"):
                page.save_layout()
        s.sync()
        self.ctx.runner.wait()
        super().closeEvent(event)
