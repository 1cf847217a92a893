"""The error family. An `AppError` is something the person or the environment caused; it carries
an English template (the GUI translates it by template) and the values to fill in. Anything that
is not an `AppError` is a bug and goes to the crash log."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar


class AppError(Exception):
    """Base of every failure that gets a message for people instead of a traceback."""

    template: ClassVar[str] = "The operation could not be completed."

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class Cancelled(Exception):
    """Raised by long work when the person pressed Cancel; error displays ignore it."""


class NotInitialized(AppError):
    template = (
        "This data folder has no center identity yet ({data_dir}). "
        "Run 'innov-desktop init --center CODE --country CC --name NAME' first."
    )


class AlreadyInitialized(AppError):
    template = "This data folder already belongs to center {code}; it cannot be initialized again."


class NotFound(AppError):
    template = "No {kind} with the identifier {ident} exists (it may have been deleted)."


class StaleRecord(AppError):
    template = (
        "This {kind} was changed by someone else since you opened it "
        "(revision {expected}, now {actual}). Reload it and apply your change again."
    )


class ChangedSince(AppError):
    template = "This {kind} was changed after that step, so it cannot be undone; it was left as it is now."


class SchemaTooNew(AppError):
    template = (
        "The database {path} was written by a newer version of innov-desktop "
        "(schema {found}); this version understands schema {supported} at most. "
        "Install the newer version; the file was left unchanged."
    )


class DatabaseCorrupt(AppError):
    template = (
        "The database {path} cannot be read: {reason}. "
        "The latest good backup is {backup}; restore it with "
        '\'innov-desktop --data-dir "{data_dir}" restore "{backup}"\'.'
    )


class DatabaseCorruptNoBackup(AppError):
    template = (
        "The database {path} cannot be read: {reason}. "
        "No backup exists in {backup_dir}; move the damaged file away to start a new database."
    )


class NoDatabase(AppError):
    template = (
        "There is no database in {data_dir} yet (is the folder name right?). "
        "Create one with 'innov-desktop --data-dir \"{data_dir}\" init ...' or 'demo'."
    )


class ForeignBackup(AppError):
    template = (
        "The backup {path} belongs to center {theirs}, not to this installation ({ours}); "
        "it was not restored and the current database was left unchanged."
    )


class DatabaseMissing(AppError):
    template = (
        "The database {path} is missing or empty, but backups exist. Restore the latest one with "
        '\'innov-desktop --data-dir "{data_dir}" restore "{backup}"\', or move the backups folder '
        "away to start a new database."
    )


class BackupInvalid(AppError):
    template = "The backup file {path} cannot be restored: {reason}. The current database was left unchanged."


class DiskFull(AppError):
    template = "The disk holding {path} is full; nothing was changed. Free some space and try again."


class StorageError(AppError):
    template = "The database {path} could not be written: {reason}. Nothing was changed."


class InvalidArgument(AppError):
    template = "{what} is not valid: {value!r}."


class UnknownFilter(AppError):
    template = "There is no filter {name!r}; the filters are: {known}."


class KeyFileInvalid(AppError):
    template = "The key file {path} cannot be used: {reason}."


class KeyAlreadyRegistered(AppError):
    template = (
        "A different key ({old}) is already registered for {code}; to replace it by {new}, confirm the replacement."
    )


class KeyAlreadyRegisteredHere(KeyAlreadyRegistered):
    """The same refusal on the command line, where confirming is an option."""

    template = (
        "A different key ({old}) is already registered for {code}; to replace it by {new}, "
        "run keys trust again with --replace."
    )


class PeerNotRegistered(AppError):
    template = "No key is registered for {what}; register its public key file with 'keys trust' first."


class HqOnly(AppError):
    template = "This needs the HQ installation; this one is the center {code}."


class CenterOnly(AppError):
    template = "This needs a center installation; this one is HQ."


class ConflictNotFound(AppError):
    template = "Conflict {number} does not exist or is already resolved."


class ConflictValueMissing(AppError):
    template = 'Give the new value after "value" (an empty value as "").'


class NotOwned(AppError):
    template = "This record belongs to {origin}; only that center (or HQ) can change it."


class WithheldFields(AppError):
    template = (
        "Some fields of this record were withheld from this copy (no consent to share); "
        "only the center that holds them can change them."
    )


class BundleNotABundle(AppError):
    template = "{file} is not a sync bundle of innov-desktop, or it is cut short; nothing was imported."


class BundleDamaged(AppError):
    template = "The bundle {file} is damaged or was changed after it was signed; nothing was imported."


class BundleFromHere(AppError):
    template = "{file} was made by this installation, for {recipient}: import it there; nothing was imported."


class BundleOtherKey(AppError):
    template = (
        "The bundle {file} is signed with another key than the one registered here for {sender} (its key"
        " {found}, registered {registered}); if {sender} has a new key, register its key file with"
        " 'keys trust --replace'; nothing was imported."
    )


class BundleUnknownSender(AppError):
    template = "The bundle {file} comes from {sender}, whose key is not registered here; nothing was imported."


class BundleWrongRecipient(AppError):
    template = "The bundle {file} is meant for {recipient}, not for this installation ({us}); nothing was imported."


class BundleReplayed(AppError):
    template = (
        "The bundle {file} (number {number} from {sender}) is older than bundle {last}, already imported; "
        "nothing was imported."
    )


class BundleTooNew(AppError):
    template = (
        "The bundle {file} was made by a newer version of innov-desktop (format {found}, this version reads "
        "{supported}); update the application, nothing was imported."
    )


class BundleTooLarge(AppError):
    template = "The bundle {file} goes beyond the safety limits ({limit}); nothing was imported."


class BundleOutOfScope(AppError):
    template = (
        "The bundle {file} from {sender} changes a record it does not own ({kind} {record}); nothing was imported."
    )


# -- spreadsheets (import and export) ----------------------------------------------------------


class NotASpreadsheet(AppError):
    template = (
        "The file {path} is not a spreadsheet that can be imported (.xlsx, .ods or .csv); nothing was "
        "imported. If another program made it, save it as .xlsx there first."
    )


class OldSpreadsheetFormat(AppError):
    template = (
        "The file {path} is in the old Excel 97-2003 format (.xls). Open it in Excel or LibreOffice, "
        "save it as .xlsx, and import that file; nothing was imported."
    )


class SpreadsheetEncrypted(AppError):
    template = (
        "The file {path} is protected by a password. Open it, save a copy without the password, and "
        "import that copy; nothing was imported."
    )


class SpreadsheetTooLarge(AppError):
    template = "The file {path} is too large to import ({size}; at most {limit}). Split it into smaller files."


class SpreadsheetTooManyRows(AppError):
    template = (
        "The sheet {sheet} has {rows} rows; at most {limit} can be imported at once. Split it into smaller files."
    )


class SpreadsheetZipBomb(AppError):
    template = (
        "The file {path} was refused: it would unpack to far more data than a spreadsheet of its size "
        "holds, a trick used to exhaust the computer's memory. Nothing was imported."
    )


class SpreadsheetUncomputedFormulas(AppError):
    template = (
        "The sheet {sheet} of {path} has formulas whose results were never worked out (cells {cells}): "
        "the file was made by a program that does not calculate. Open it in a spreadsheet program, "
        "save it, and import it again. Nothing was imported."
    )


class SpreadsheetUnsafeXml(AppError):
    template = (
        "The file {path} was refused: it declares XML entities, which spreadsheets never need and "
        "which can be used to exhaust the computer's memory. Nothing was imported."
    )


class SpreadsheetDamaged(AppError):
    template = "The file {path} is damaged or incomplete and cannot be read ({reason}); nothing was imported."


class SpreadsheetChanged(AppError):
    template = "The file {path} changed since its rows were checked; check it again to write the report."


class FileMissing(AppError):
    template = "There is no file {path} (check the name and the folder)."


class NotAFile(AppError):
    template = "{path} is not a file but a folder or a device: choose the file itself."


def require_file(path: Path) -> None:
    """Raises the message for a path that is missing, or that is not a plain file (a folder, a
    pipe, a device: reading one would hang or fail half-way)."""
    if not path.exists():
        raise FileMissing(path=str(path))
    if not path.is_file():
        raise NotAFile(path=str(path))


class FolderMissing(AppError):
    template = "There is no folder {path} (is the USB stick plugged in?); a bundle file's name ends in .innovsync."


class SheetNotFound(AppError):
    template = "The workbook {path} has no sheet named {sheet}; its sheets are: {sheets}."


class NoHeaderRow(AppError):
    template = (
        "No row of the sheet {sheet} looks like column titles (such as Name, E-mail, Country) in its "
        "first {rows} rows; add a title row above the data."
    )


class RequiredColumnMissing(AppError):
    template = "No column is matched to {field}, which every imported {kind} needs; choose that column's field."


class ImportHasErrors(AppError):
    template = (
        "{invalid} of {total} rows have errors, so nothing was imported. Correct them in the file "
        "(the report lists each one), or choose to skip the invalid rows."
    )


class NotAWorkbookName(AppError):
    template = "{path} would be an Excel workbook: give it a name ending in .xlsx; nothing was saved."


class FileNotWritten(AppError):
    template = "The file {path} could not be written ({reason}); nothing was saved."


class ErrorCode(StrEnum):
    """Why one field was refused; the GUI shows `FIELD_MESSAGES[code]` translated, at the field."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    BAD_CHARACTERS = "bad_characters"
    NO_LETTERS = "no_letters"
    INVALID_EMAIL = "invalid_email"
    INVALID_PHONE = "invalid_phone"
    INVALID_PHONE_NO_REGION = "invalid_phone_no_region"
    UNKNOWN_COUNTRY = "unknown_country"
    INVALID_DATE = "invalid_date"
    INVALID_DATE_IN_COLUMN = "invalid_date_in_column"
    DATE_IN_FUTURE = "date_in_future"
    DATE_TOO_OLD = "date_too_old"
    INVALID_CENTER_CODE = "invalid_center_code"
    CENTER_CODE_COUNTRY = "center_code_country"
    OUT_OF_RANGE = "out_of_range"
    UNKNOWN_VALUE = "unknown_value"
    UNKNOWN_ORGANIZATION = "unknown_organization"
    SAME_AS_ROW = "same_as_row"
    UNKNOWN_RECORD = "unknown_record"
    CONSENT_DATE_WITHOUT_CONSENT = "consent_date_without_consent"
    NOT_CHOSEN = "not_chosen"


FIELD_MESSAGES: dict[ErrorCode, str] = {
    ErrorCode.REQUIRED: "This field is required.",
    ErrorCode.TOO_LONG: "At most {limit} characters.",
    ErrorCode.BAD_CHARACTERS: "Contains control characters.",
    ErrorCode.NO_LETTERS: "A name needs at least one letter.",
    ErrorCode.INVALID_EMAIL: "Not an e-mail address (expected name@example.org).",
    ErrorCode.INVALID_PHONE: "Not a phone number for {region} (try the international form +CC ...).",
    ErrorCode.INVALID_PHONE_NO_REGION: "Not a phone number (use the international form +CC ...).",
    ErrorCode.UNKNOWN_COUNTRY: "Unknown country (use a two-letter code such as KE, or a country name).",
    ErrorCode.INVALID_DATE: "Not a date (expected YYYY-MM-DD or DD/MM/YYYY).",
    ErrorCode.INVALID_DATE_IN_COLUMN: "Not a date in the layout of this column ({layout}, or YYYY-MM-DD).",
    ErrorCode.DATE_IN_FUTURE: "This date is in the future.",
    ErrorCode.DATE_TOO_OLD: "This date is before {limit}.",
    ErrorCode.INVALID_CENTER_CODE: (
        "Expected a center code like KE-NBO (country code, dash, 2 to 8 letters or digits)."
    ),
    ErrorCode.CENTER_CODE_COUNTRY: "The code must start with the code of the country ({country}).",
    ErrorCode.OUT_OF_RANGE: "Must be between {low} and {high}.",
    ErrorCode.UNKNOWN_VALUE: "Unknown value; expected one of: {allowed}.",
    ErrorCode.SAME_AS_ROW: "The same e-mail address as row {row} of this file; keep one of the two rows.",
    ErrorCode.UNKNOWN_ORGANIZATION: (
        "No organization of this name exists; import or create it first, or leave the cell empty."
    ),
    ErrorCode.UNKNOWN_RECORD: "This record no longer exists (it may have been deleted); choose another.",
    ErrorCode.NOT_CHOSEN: "Pick one from the list that appears as you type, or leave the field empty.",
    ErrorCode.CONSENT_DATE_WITHOUT_CONSENT: "A consent date needs consent to share.",
}


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    code: ErrorCode
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def message(self) -> str:
        return FIELD_MESSAGES[self.code].format(**dict(self.params))


FIELD_LABELS: dict[str, str] = {
    "given_name": "Given name",
    "family_name": "Family name",
    "birth_date": "Birth date",
    "residence_country": "Country of residence",
    "consent_date": "Consent date",
    "email": "E-mail",
    "host_institution": "Host institution",
    "code": "Center code",
}


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field) or field.replace("_", " ").capitalize()


class ValidationFailed(AppError):
    template = "{summary}"

    def __init__(self, errors: list[FieldError] | tuple[FieldError, ...]) -> None:
        self.errors = tuple(errors)
        summary = " ".join(f"{field_label(e.field)}: {e.message}" for e in self.errors)
        super().__init__(summary=summary)
