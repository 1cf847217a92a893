"""The import wizard's check: every row checked (problems per cell), the duplicates with skip /
update / create for each or for all, and the report workbook; nothing written yet."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from innov_desktop.domain.errors import FieldError
from innov_desktop.domain.models import display_name
from innov_desktop.gui import backend
from innov_desktop.gui.labels import field_message, field_title, listed, reason_label
from innov_desktop.gui.value_table import fit_columns, value_item, value_table
from innov_desktop.services import changes

if TYPE_CHECKING:
    from innov_desktop.gui.import_wizard import ImportWizard

SHOWN_ROWS = 1000  # problems and duplicates listed in the window; the report holds them all


def decision_title(decision: Any) -> str:
    return {
        "skip": QCoreApplication.translate("ImportWizard", "Skip (keep the existing record)"),
        "update": QCoreApplication.translate("ImportWizard", "Update the existing record"),
        "create": QCoreApplication.translate("ImportWizard", "Create a new record"),
    }[decision.value]


def problem_text(problem: Any, headers: Any = None) -> str:
    return field_message(FieldError(problem.field, problem.code, problem.params))


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.plan: Any = None
        self.result: Any = None
        self._applying = False
        self._cancel: Any = None
        self._check = 0  # which check the page waits for (an earlier one may still report)
        self._check_flag: Any = None  # the running check's cancel flag
        wizard.ctx.runner.busy_changed.connect(self._runner_busy)
        self.setTitle(QCoreApplication.translate("ImportWizard", "Check every row"))
        self.setSubTitle(QCoreApplication.translate("ImportWizard", "Nothing is written until you press Import."))
        self.summary = QLabel()
        self.summary.setObjectName("import-summary")
        self.summary.setWordWrap(True)
        self.problems = value_table(
            [
                QCoreApplication.translate("ImportWizard", "Row"),
                QCoreApplication.translate("ImportWizard", "Column"),
                QCoreApplication.translate("ImportWizard", "Value"),
                QCoreApplication.translate("ImportWizard", "Problem"),
            ]
        )
        self.problems.setObjectName("import-problems")
        self.duplicates = value_table(
            [
                QCoreApplication.translate("ImportWizard", "Row"),
                QCoreApplication.translate("ImportWizard", "In the file"),
                QCoreApplication.translate("ImportWizard", "Already in the database"),
                QCoreApplication.translate("ImportWizard", "Why"),
                QCoreApplication.translate("ImportWizard", "What to do"),
            ]
        )
        self.duplicates.setObjectName("import-duplicates")
        # the choice right after the row number, whole, where it is seen without scrolling; the
        # reasons last, taking the room left
        self.duplicates.horizontalHeader().moveSection(4, 1)
        self.for_all = QComboBox()
        self.for_all.setObjectName("import-for-all")
        self.for_all.currentIndexChanged.connect(self._apply_to_all)
        self.skip_invalid = QCheckBox(
            QCoreApplication.translate("ImportWizard", "Import the valid rows and skip the rows with errors")
        )
        self.skip_invalid.setObjectName("import-skip-invalid")
        self.skip_invalid.toggled.connect(lambda _on: self.completeChanged.emit())
        self.report_button = QPushButton(QCoreApplication.translate("ImportWizard", "Save report…"))
        self.report_button.setObjectName("import-save-report")
        self.report_button.clicked.connect(self.save_report)
        self.report_button.setEnabled(False)  # a report once a check has finished
        self.check_again = QPushButton(QCoreApplication.translate("ImportWizard", "Check again"))
        self.check_again.setObjectName("import-check-again")
        self.check_again.clicked.connect(self._start_check)
        self.check_again.hide()
        all_row = QHBoxLayout()
        self.for_all_label = QLabel(QCoreApplication.translate("ImportWizard", "For every duplicate:"))
        all_row.addWidget(self.for_all_label)
        all_row.addWidget(self.for_all, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_invalid)
        bottom.addStretch(1)
        bottom.addWidget(self.report_button)
        self.problems_label = QLabel(QCoreApplication.translate("ImportWizard", "Problems"))
        self.duplicates_label = QLabel(
            QCoreApplication.translate(
                "ImportWizard", "Rows that are probably already in the database, or the same person as an earlier row"
            )
        )
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.check_again, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(summary_row)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 2)
        layout.addWidget(self.duplicates_label)
        layout.addLayout(all_row)
        layout.addWidget(self.duplicates, 2)
        self.filler = QWidget()  # takes the room while no table is shown: the summary stays on top
        layout.addWidget(self.filler, 1)
        layout.addLayout(bottom)

    def initializePage(self) -> None:
        self.for_all.clear()
        for d in backend.spreadsheets.Decision:
            self.for_all.addItem(decision_title(d), d)
        self._start_check()

    def _start_check(self) -> None:
        """Check every row on the worker, with progress and cancel; nothing is written."""
        s = backend.spreadsheets
        if self._check_flag is not None:  # an earlier check still running: its result is not wanted
            self._check_flag.set()
        self._check += 1
        check = self._check
        self.plan = None
        self.check_again.hide()
        self.report_button.setEnabled(False)
        self.problems.setRowCount(0)
        self.duplicates.setRowCount(0)
        hidden: tuple[QWidget, ...] = (self.problems_label, self.problems, self.skip_invalid, self.duplicates_label)
        for w in (*hidden, self.duplicates, self.for_all, self.for_all_label):
            w.hide()
        self.filler.show()
        self.completeChanged.emit()
        self.summary.setText(QCoreApplication.translate("ImportWizard", "Checking every row…"))
        page, mapping_page = self.w.file_page, self.w.mapping_page
        kind, path, sheet = s.Kind(page.kind.currentData()), page.path.text(), page.sheet.currentText()
        mapping = mapping_page.mapping()
        headers = mapping_page.preview.headers
        remember = mapping_page.remember.isChecked()
        db = self.w.ctx.db

        def work(progress: Any, cancel: Any) -> Any:
            if remember:
                s.save_mapping(db.paths, kind, headers, mapping)
            return s.plan_import(db, kind, path, sheet=sheet, mapping=mapping, progress=progress, cancel=cancel)

        def done(plan: Any) -> None:
            if check == self._check:
                self._check_flag = None
                self.show_plan(plan)

        def stopped(text: str) -> None:
            if check == self._check:
                self._check_flag = None
                self.summary.setText(text)
                self.check_again.show()

        def cancelled() -> None:
            stopped(
                QCoreApplication.translate(
                    "ImportWizard",
                    "The check was cancelled; nothing was written. Check again, or go Back to choose "
                    "another file or other columns.",
                )
            )

        def failed(_error: Any) -> bool:
            stopped(QCoreApplication.translate("ImportWizard", "The check did not finish."))
            return False  # the window says why

        self._check_flag = self.w.ctx.runner.run(
            work,
            on_done=done,
            on_error=failed,
            on_cancelled=cancelled,
            progress_label=QCoreApplication.translate("ImportWizard", "Checking every row…"),
            parent=self.w,
            owner=self,
        )

    def show_plan(self, plan: Any) -> None:
        self.plan = plan
        ready = plan.total - plan.invalid - plan.duplicates
        self.summary.setText(
            QCoreApplication.translate(
                "ImportWizard",
                "{total} rows: {ready} ready to import, {invalid} with errors, "
                "{dups} probably already in the database or earlier in the file.",
            ).format(total=plan.total, ready=ready, invalid=plan.invalid, dups=plan.duplicates)
        )
        problems = plan.problems
        shown = problems[:SHOWN_ROWS]
        self.problems.setRowCount(len(shown))
        for i, p in enumerate(shown):
            column = plan.headers[p.column] if p.column is not None else field_title(p.field)
            for c, text in enumerate((str(p.row), column, p.value, problem_text(p))):
                self.problems.setItem(i, c, value_item(text))
        more = len(problems) - len(shown)
        self.problems_label.setText(
            QCoreApplication.translate("ImportWizard", "Problems")
            + (
                " "
                + QCoreApplication.translate("ImportWizard", "(the first {n}; the report lists all)").format(
                    n=SHOWN_ROWS
                )
                if more > 0
                else ""
            )
        )
        for w in (self.problems_label, self.problems, self.skip_invalid):
            w.setVisible(bool(problems))
        dups = plan.duplicate_rows[:SHOWN_ROWS]
        self.duplicates.setRowCount(len(dups))
        for i, r in enumerate(dups):
            d = r.data
            name = d.name if hasattr(d, "name") else display_name(d.given_name, d.family_name)
            reasons = listed(reason_label(x) for x in r.match.reasons)
            where = (
                QCoreApplication.translate("ImportWizard", "row {row} of this file").format(row=r.match.row)
                if r.match.row is not None
                else r.match.number
            )
            for c, text in enumerate((str(r.row), name, f"{r.match.name} · {where}", reasons)):
                self.duplicates.setItem(i, c, value_item(text))
            combo = QComboBox()
            for d_ in backend.spreadsheets.Decision:
                combo.addItem(decision_title(d_), d_)
            combo.setCurrentIndex(self.for_all.currentIndex())
            combo.setProperty("row", r.row)
            self.duplicates.setCellWidget(i, 4, combo)
        for table in (self.problems, self.duplicates):
            fit_columns(table)
        if dups:  # the choice is read whole: its column as wide as the widest choice
            choice = self.duplicates.cellWidget(0, 4)
            self.duplicates.setColumnWidth(4, choice.sizeHint().width() + 4)
        self.duplicates_label.setVisible(bool(dups))
        self.duplicates.setVisible(bool(dups))
        self.for_all.setVisible(bool(dups))
        self.for_all_label.setVisible(bool(dups))  # no duplicate: nothing to choose for
        self.report_button.setEnabled(True)
        self.filler.setVisible(not problems and not dups)
        self.completeChanged.emit()

    def _runner_busy(self, busy: bool) -> None:
        if not busy and self._applying and self._cancel is not None and self._cancel.is_set():
            self._applying = False  # cancelled: nothing was written, the person may try again
            self.completeChanged.emit()

    def _apply_to_all(self, index: int) -> None:
        for i in range(self.duplicates.rowCount()):
            combo: Any = self.duplicates.cellWidget(i, 4)
            combo.setCurrentIndex(index)

    def decisions(self) -> dict[int, Any]:
        out = {}
        for i in range(self.duplicates.rowCount()):
            combo: Any = self.duplicates.cellWidget(i, 4)
            out[int(combo.property("row"))] = combo.currentData()
        return out

    def isComplete(self) -> bool:
        return self.plan is not None and not self._applying and (not self.plan.invalid or self.skip_invalid.isChecked())

    def save_report(self) -> None:
        if self.plan is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ImportWizard", "Save report"),
            "",
            QCoreApplication.translate("ImportWizard", "Excel workbook") + " (*.xlsx)",
        )
        if path:
            self.write_report(path)

    def write_report(self, path: str) -> None:
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        s = backend.spreadsheets
        plan = self.plan
        outcomes = (
            list(self.result.outcomes)
            if self.result
            else s.outcomes_of(plan, self.for_all.currentData(), self.decisions())
        )
        texts = report_texts()
        self.w.ctx.runner.run(
            lambda _p, _c: s.write_report(plan, outcomes, path, texts),
            on_done=self.w.reported.emit,
            owner=self,
        )

    def validatePage(self) -> bool:
        """Import: in one transaction, with progress and cancel; the page moves on when done."""
        if self.result is not None:
            return True
        if self._applying or self.plan is None:
            return False
        s = backend.spreadsheets
        plan, default, decisions, skip = (
            self.plan,
            self.for_all.currentData(),
            self.decisions(),
            self.skip_invalid.isChecked(),
        )
        db = self.w.ctx.db
        self._applying = True
        self.completeChanged.emit()

        def done(result: Any) -> None:
            self._applying = False
            self.result = result
            self.w.next()

        def failed(_error: Any) -> bool:
            self._applying = False
            self.completeChanged.emit()
            return False

        what = changes.PEOPLE if plan.kind.value == "people" else changes.ORGANIZATIONS
        cancel = self.w.ctx.runner.run(
            lambda progress, cancel: s.apply_import(
                db, plan, on_duplicate=default, decisions=decisions, skip_invalid=skip, progress=progress, cancel=cancel
            ),
            on_done=done,
            on_error=failed,
            changes=what,
            progress_label=QCoreApplication.translate("ImportWizard", "Importing…"),
            parent=self.w,
            owner=self,
        )
        self._cancel = cancel
        return False


def report_texts() -> Any:
    s = backend.spreadsheets
    outcome = {
        s.Outcome.CREATED: QCoreApplication.translate("ImportWizard", "created"),
        s.Outcome.UPDATED: QCoreApplication.translate("ImportWizard", "updated {number}"),
        s.Outcome.SKIPPED: QCoreApplication.translate("ImportWizard", "skipped: already in the database as {number}"),
        s.Outcome.INVALID: QCoreApplication.translate("ImportWizard", "not imported: errors"),
        s.Outcome.WOULD_CREATE: QCoreApplication.translate("ImportWizard", "would be created"),
        s.Outcome.WOULD_UPDATE: QCoreApplication.translate("ImportWizard", "would update {number}"),
        s.Outcome.WOULD_SKIP: QCoreApplication.translate(
            "ImportWizard", "would be skipped: already in the database as {number}"
        ),
    }

    def problem(p: Any, headers: Any) -> str:
        where = headers[p.column] if p.column is not None and headers[p.column] else field_title(p.field)
        return f"{where}: {problem_text(p)}"

    same_file = {  # a row repeating an earlier row of the same file
        s.Outcome.UPDATED: QCoreApplication.translate("ImportWizard", "filled the record of row {row}"),
        s.Outcome.SKIPPED: QCoreApplication.translate("ImportWizard", "skipped: the same person as row {row}"),
        s.Outcome.WOULD_UPDATE: QCoreApplication.translate("ImportWizard", "would fill the record of row {row}"),
        s.Outcome.WOULD_SKIP: QCoreApplication.translate(
            "ImportWizard", "would be skipped: the same person as row {row}"
        ),
    }

    def outcome_text(o: Any, r: Any) -> str:
        if r.match is not None and r.match.row is not None and o in same_file:
            return same_file[o].format(row=r.match.row)
        return outcome[o].format(number=r.match.number if r.match else "")

    return s.ReportTexts(
        row=QCoreApplication.translate("ImportWizard", "Row"),
        problems=QCoreApplication.translate("ImportWizard", "Problems"),
        result=QCoreApplication.translate("ImportWizard", "Result"),
        problem=problem,
        outcome=outcome_text,
    )
