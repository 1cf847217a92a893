"""The main window of this stage: the people list with search. The full navigation, forms and the
background operation runner arrive with the main-window issue."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

from innov_desktop.gui.people_model import Column, PeopleModel
from innov_desktop.services import people
from innov_desktop.services.setup import Info


class MainWindow(QMainWindow):
    def __init__(self, db: object, info: Info) -> None:
        super().__init__()
        self.db = db
        center = info.center
        title = self.tr("innov-desktop")
        self.setWindowTitle(f"{title} — {center.data.name}" if center else title)
        self.search = QLineEdit(placeholderText=self.tr("Search people by name, e-mail, phone or number"))
        self.search.setClearButtonEnabled(True)
        self.model = PeopleModel(self._page, info.people, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(rows.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in (
            (Column.NUMBER, 120),
            (Column.NAME, 220),
            (Column.SEX, 40),
            (Column.BIRTH, 90),
            (Column.COUNTRY, 140),
            (Column.EMAIL, 260),
            (Column.PHONE, 140),
        ):
            self.table.setColumnWidth(col, width)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.setCentralWidget(body)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        if center:
            self.statusBar().showMessage(
                self.tr("Center {code} ({country})").format(
                    code=center.data.code, country=center.data.country
                )
            )
        self._total = info.people
        self._show_count(info.people)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        focus = QAction(self.tr("Search"), self, shortcut=QKeySequence("Ctrl+K"))
        focus.triggered.connect(self.search.setFocus)
        self.addAction(focus)
        self.resize(1100, 680)
        self.restoreGeometry(QSettings().value("main/geometry", b""))  # type: ignore[arg-type]

    def _page(self, offset: int, limit: int) -> list[people.Person]:
        return people.list_people(self.db, offset, limit)  # type: ignore[arg-type]

    def _show_count(self, n: int) -> None:
        self.count_label.setText(self.tr("{n} people").format(n=f"{n:,}"))

    def _run_search(self) -> None:
        query = self.search.text().strip()
        if not query:
            self.model.reset(self._page, self._total)
            self._show_count(self._total)
            return
        found = people.search_people(self.db, query, 500)  # type: ignore[arg-type]
        self.model.reset(lambda offset, limit: found[offset : offset + limit], len(found))
        self._show_count(len(found))

    def closeEvent(self, event) -> None:
        QSettings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
