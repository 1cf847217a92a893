"""The import wizard: choose the file and sheet, match the columns (found automatically, correctable
and remembered), check every row (problems per cell, duplicates with skip / update / create, a
report workbook; nothing written yet), then import in one transaction with progress and cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from innov_desktop.gui import backend
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.import_check import CheckPage
from innov_desktop.gui.labels import field_title
from innov_desktop.gui.tables import directed
from innov_desktop.gui.value_table import value_item, value_table

FILE_FILTER = "*.xlsx *.xlsm *.ods *.csv"


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Choose the spreadsheet"))
        self.setSubTitle(
            QCoreApplication.translate("ImportWizard", "An Excel or LibreOffice workbook (.xlsx, .ods) or a .csv file.")
        )
        self.kind = QComboBox()
        self.kind.setObjectName("import-kind")
        self.kind.addItem(QCoreApplication.translate("ImportWizard", "People"), "people")
        self.kind.addItem(QCoreApplication.translate("ImportWizard", "Organizations"), "organizations")
        self.path = QLineEdit()
        self.path.setObjectName("import-path")
        self.path.setReadOnly(True)
        browse = QPushButton(QCoreApplication.translate("ImportWizard", "Choose…"))
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox()
        self.sheet.setObjectName("import-sheet")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("ImportWizard", "Import"), self.kind)
        form.addRow(QCoreApplication.translate("ImportWizard", "File"), row)
        form.addRow(QCoreApplication.translate("ImportWizard", "Sheet"), self.sheet)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ImportWizard", "Choose the spreadsheet"),
            "",
            QCoreApplication.translate("ImportWizard", "Spreadsheets") + f" ({FILE_FILTER})",
        )
        if path:
            self.choose(path)

    def choose(self, path: str) -> None:
        """Take `path` and list its sheets (on the worker: a big file takes a moment)."""
        self.path.setText(path)
        self.sheet.clear()
        self.completeChanged.emit()

        def shown(names: list[str]) -> None:
            if self.path.text() == path:
                self.sheet.addItems(names)
                self.completeChanged.emit()

        self.w.ctx.runner.run(lambda _p, _c: backend.spreadsheets.list_sheets(path), on_done=shown, owner=self)

    def isComplete(self) -> bool:
        return bool(self.path.text()) and self.sheet.count() > 0


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.preview: Any = None
        self.setTitle(QCoreApplication.translate("ImportWizard", "Match the columns"))
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.columns = value_table(
            [
                QCoreApplication.translate("ImportWizard", "Column in the file"),
                QCoreApplication.translate("ImportWizard", "First values"),
                QCoreApplication.translate("ImportWizard", "Field"),
            ]
        )
        self.columns.setObjectName("import-columns")
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.remember = QCheckBox(
            QCoreApplication.translate("ImportWizard", "Remember these choices for files with the same column titles")
        )
        self.remember.setChecked(True)
        self.rows = value_table([])
        self.rows.setObjectName("import-preview")
        layout = QVBoxLayout(self)
        layout.addWidget(self.found)
        layout.addWidget(self.columns, 3)
        layout.addWidget(self.remember)
        layout.addWidget(QLabel(QCoreApplication.translate("ImportWizard", "First rows of the sheet:")))
        layout.addWidget(self.rows, 2)

    def initializePage(self) -> None:
        self.preview = None
        self.columns.setRowCount(0)
        self.found.setText(QCoreApplication.translate("ImportWizard", "Reading the sheet…"))
        page = self.w.file_page
        kind, path, sheet = page.kind.currentData(), page.path.text(), page.sheet.currentText()
        paths = self.w.ctx.paths

        def work(_p: Any, _c: Any) -> Any:
            s = backend.spreadsheets
            return s.preview_sheet(paths, s.Kind(kind), path, sheet)

        self.w.ctx.runner.run(work, on_done=self.show_preview, on_error=self._failed, owner=self)

    def _failed(self, error: Any) -> bool:
        self.found.setText("")
        return False  # the window shows the message; Back leads to another file

    def show_preview(self, preview: Any) -> None:
        self.preview = preview
        fields = backend.spreadsheets.FIELDS[preview.kind]
        self.found.setText(
            QCoreApplication.translate(
                "ImportWizard",
                "Column titles found on row {row}; {count} rows of data. Check the field of each column.",
            ).format(row=preview.header_row, count=preview.data_rows)
            + (
                " " + QCoreApplication.translate("ImportWizard", "Your earlier choices for these titles were applied.")
                if preview.remembered
                else ""
            )
        )
        self.columns.setRowCount(len(preview.headers))
        for i, (header, field) in enumerate(zip(preview.headers, preview.mapping, strict=True)):
            sample = " · ".join(directed(v) for v in (r[i] for r in preview.rows[:3]) if v)
            self.columns.setItem(i, 0, value_item(header))
            self.columns.setItem(i, 1, value_item(sample))
            combo = QComboBox()
            combo.addItem(field_title(None), None)
            for f in fields:
                combo.addItem(field_title(f), f)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            self.columns.setCellWidget(i, 2, combo)
        self.rows.setColumnCount(len(preview.headers))
        # each title in its own direction: "Tél." keeps its dot at its end in a right-to-left layout
        self.rows.setHorizontalHeaderLabels([directed(h) for h in preview.headers])
        self.rows.setRowCount(len(preview.rows))
        for r, values in enumerate(preview.rows):
            for c, v in enumerate(values):
                self.rows.setItem(r, c, value_item(v))
        self.completeChanged.emit()

    def mapping(self) -> list[str | None]:
        return [self.columns.cellWidget(i, 2).currentData() for i in range(self.columns.rowCount())]  # type: ignore[attr-defined]

    def set_field(self, column: int, field: str | None) -> None:
        combo: Any = self.columns.cellWidget(column, 2)
        combo.setCurrentIndex(combo.findData(field))

    def isComplete(self) -> bool:
        return self.preview is not None


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Import done"))
        self.text = QLabel()
        self.text.setObjectName("import-done")
        self.text.setWordWrap(True)
        report = QPushButton(QCoreApplication.translate("ImportWizard", "Save report…"))
        report.clicked.connect(wizard.check_page.save_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(report, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addStretch(1)

    def initializePage(self) -> None:
        r = self.w.check_page.result
        skipped = self.tr("%n duplicate(s) skipped", "", r.skipped)
        self.text.setText(
            QCoreApplication.translate(
                "ImportWizard",
                "{created} created, {updated} updated, {skipped}, {invalid} rows with errors left out.",
            ).format(
                created=r.created,
                updated=r.updated,
                skipped=skipped,
                invalid=r.invalid,
            )
            + "\n"
            + QCoreApplication.translate("ImportWizard", "A backup was taken before the import: {path}").format(
                path=Path(r.backup).name if r.backup else "—"
            )
        )


class ImportWizard(QWizard):
    reported = Signal(str)  # a report workbook was saved (its path)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, kind: str = "people") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("import-wizard")
        self.setWindowTitle(QCoreApplication.translate("ImportWizard", "Import from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, QCoreApplication.translate("ImportWizard", "Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, QCoreApplication.translate("ImportWizard", "Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, QCoreApplication.translate("ImportWizard", "Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, QCoreApplication.translate("ImportWizard", "Close"))
        self.file_page = FilePage(self)
        self.file_page.kind.setCurrentIndex(max(0, self.file_page.kind.findData(kind)))
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.done_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)
        self.resize(860, 620)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _page_changed(self, _id: int) -> None:
        import_text = (
            QCoreApplication.translate("ImportWizard", "Import")
            if self.currentPage() is self.check_page
            else QCoreApplication.translate("ImportWizard", "Next")
        )
        self.setButtonText(QWizard.WizardButton.NextButton, import_text)
