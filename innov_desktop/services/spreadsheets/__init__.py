"""Spreadsheet import and export, as user actions (DESIGN.md section 5).

Import is three steps the GUI and the command line share: `preview_sheet` (sheets, header row,
the automatic or remembered mapping, first rows), `plan_import` (every row read, validated and
compared with the database; nothing written), `apply_import` (one transaction, after a backup;
all or nothing unless invalid rows are skipped on purpose). `write_report` saves the original
rows with what happened to each. Export writes any list as shown, streaming.

Modules: `values` (what the steps hand over), `mappings` (columns, header, preview), `check` (one
row), `plan` (the whole sheet), `apply` (writing), `report`, `export`."""

from innov_desktop.exchange.columns import FIELDS, Kind
from innov_desktop.services.spreadsheets.apply import apply_import, dry_run, outcomes_of
from innov_desktop.services.spreadsheets.export import (
    AboutSheet,
    ExportColumn,
    ExportResult,
    center_columns,
    export_centers,
    export_organizations,
    export_people,
    filter_word,
    organization_columns,
    person_columns,
    require_workbook_name,
)
from innov_desktop.services.spreadsheets.mappings import list_sheets, preview_sheet, remembered_mapping, save_mapping
from innov_desktop.services.spreadsheets.plan import plan_import
from innov_desktop.services.spreadsheets.report import OUTCOME_TEXT, SAME_FILE_TEXT, ReportTexts, write_report
from innov_desktop.services.spreadsheets.values import (
    CellProblem,
    Decision,
    ImportPlan,
    ImportResult,
    ImportRow,
    Match,
    Outcome,
    SheetPreview,
)

__all__ = [
    "FIELDS",
    "OUTCOME_TEXT",
    "SAME_FILE_TEXT",
    "AboutSheet",
    "CellProblem",
    "Decision",
    "ExportColumn",
    "ExportResult",
    "ImportPlan",
    "ImportResult",
    "ImportRow",
    "Kind",
    "Match",
    "Outcome",
    "ReportTexts",
    "SheetPreview",
    "apply_import",
    "center_columns",
    "dry_run",
    "export_centers",
    "export_organizations",
    "export_people",
    "filter_word",
    "require_workbook_name",
    "list_sheets",
    "organization_columns",
    "outcomes_of",
    "person_columns",
    "plan_import",
    "preview_sheet",
    "remembered_mapping",
    "save_mapping",
    "write_report",
]
