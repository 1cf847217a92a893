"""Every message template of domain/errors.py as a literal, so that lupdate puts them in the
translation files (context "errors"); tests/gui/test_translations.py keeps this list in step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def templates() -> list[str]:
    return [
        QCoreApplication.translate("errors", "This field is required."),
        QCoreApplication.translate("errors", "At most {limit} characters."),
        QCoreApplication.translate("errors", "Contains control characters."),
        QCoreApplication.translate("errors", "A name needs at least one letter."),
        QCoreApplication.translate("errors", "Not an e-mail address (expected name@example.org)."),
        QCoreApplication.translate("errors", "Not a phone number for {region} (try the international form +CC ...)."),
        QCoreApplication.translate("errors", "Not a phone number (use the international form +CC ...)."),
        QCoreApplication.translate("errors", "Unknown country (use a two-letter code such as KE, or a country name)."),
        QCoreApplication.translate("errors", "Not a date (expected YYYY-MM-DD or DD/MM/YYYY)."),
        QCoreApplication.translate("errors", "Not a date in the layout of this column ({layout}, or YYYY-MM-DD)."),
        QCoreApplication.translate("errors", "This date is in the future."),
        QCoreApplication.translate("errors", "This date is before {limit}."),
        QCoreApplication.translate(
            "errors", "Expected a center code like KE-NBO (country code, dash, 2 to 8 letters or digits)."
        ),
        QCoreApplication.translate("errors", "The code must start with the code of the country ({country})."),
        QCoreApplication.translate("errors", "Must be between {low} and {high}."),
        QCoreApplication.translate("errors", "Unknown value; expected one of: {allowed}."),
        QCoreApplication.translate(
            "errors", "This record no longer exists (it may have been deleted); choose another."
        ),
        QCoreApplication.translate(
            "errors", "Pick one from the list that appears as you type, or leave the field empty."
        ),
        QCoreApplication.translate("errors", "A consent date needs consent to share."),
        QCoreApplication.translate(
            "errors", "This data folder already belongs to center {code}; it cannot be initialized again."
        ),
        QCoreApplication.translate("errors", "The operation could not be completed."),
        QCoreApplication.translate(
            "errors", "The backup file {path} cannot be restored: {reason}. The current database was left unchanged."
        ),
        QCoreApplication.translate(
            "errors", "This {kind} was changed after that step, so it cannot be undone; it was left as it is now."
        ),
        QCoreApplication.translate(
            "errors",
            'The database {path} cannot be read: {reason}. The latest good backup is {backup}; restore it with \'innov-desktop --data-dir "{data_dir}" restore "{backup}"\'.',
        ),
        QCoreApplication.translate(
            "errors",
            "The database {path} cannot be read: {reason}. No backup exists in {backup_dir}; move the damaged file away to start a new database.",
        ),
        QCoreApplication.translate(
            "errors",
            'The database {path} is missing or empty, but backups exist. Restore the latest one with \'innov-desktop --data-dir "{data_dir}" restore "{backup}"\', or move the backups folder away to start a new database.',
        ),
        QCoreApplication.translate(
            "errors", "The disk holding {path} is full; nothing was changed. Free some space and try again."
        ),
        QCoreApplication.translate(
            "errors",
            "The backup {path} belongs to center {theirs}, not to this installation ({ours}); it was not restored and the current database was left unchanged.",
        ),
        QCoreApplication.translate("errors", "{what} is not valid: {value!r}."),
        QCoreApplication.translate(
            "errors",
            "There is no database in {data_dir} yet (is the folder name right?). Create one with 'innov-desktop --data-dir \"{data_dir}\" init ...' or 'demo'.",
        ),
        QCoreApplication.translate(
            "errors", "No {kind} with the identifier {ident} exists (it may have been deleted)."
        ),
        QCoreApplication.translate(
            "errors",
            "This data folder has no center identity yet ({data_dir}). Run 'innov-desktop init --center CODE --country CC --name NAME' first.",
        ),
        QCoreApplication.translate(
            "errors",
            "The database {path} was written by a newer version of innov-desktop (schema {found}); this version understands schema {supported} at most. Install the newer version; the file was left unchanged.",
        ),
        QCoreApplication.translate(
            "errors",
            "This {kind} was changed by someone else since you opened it (revision {expected}, now {actual}). Reload it and apply your change again.",
        ),
        QCoreApplication.translate(
            "errors", "The database {path} could not be written: {reason}. Nothing was changed."
        ),
        # spreadsheets
        QCoreApplication.translate(
            "errors", "The same e-mail address as row {row} of this file; keep one of the two rows."
        ),
        QCoreApplication.translate(
            "errors", "The file {path} changed since its rows were checked; check it again to write the report."
        ),
        QCoreApplication.translate("errors", "The file {path} could not be written ({reason}); nothing was saved."),
        QCoreApplication.translate(
            "errors",
            "{invalid} of {total} rows have errors, so nothing was imported. Correct them in the file (the report lists each one), or choose to skip the invalid rows.",
        ),
        QCoreApplication.translate(
            "errors",
            "No row of the sheet {sheet} looks like column titles (such as Name, E-mail, Country) in its first {rows} rows; add a title row above the data.",
        ),
        QCoreApplication.translate(
            "errors",
            "The file {path} is not a spreadsheet that can be imported (.xlsx, .ods or .csv); nothing was imported. If another program made it, save it as .xlsx there first.",
        ),
        QCoreApplication.translate(
            "errors",
            "The file {path} is in the old Excel 97-2003 format (.xls). Open it in Excel or LibreOffice, save it as .xlsx, and import that file; nothing was imported.",
        ),
        QCoreApplication.translate(
            "errors", "No column is matched to {field}, which every imported {kind} needs; choose that column's field."
        ),
        QCoreApplication.translate(
            "errors", "The workbook {path} has no sheet named {sheet}; its sheets are: {sheets}."
        ),
        QCoreApplication.translate(
            "errors", "The file {path} is damaged or incomplete and cannot be read ({reason}); nothing was imported."
        ),
        QCoreApplication.translate(
            "errors",
            "The file {path} is protected by a password. Open it, save a copy without the password, and import that copy; nothing was imported.",
        ),
        QCoreApplication.translate(
            "errors", "The file {path} is too large to import ({size}; at most {limit}). Split it into smaller files."
        ),
        QCoreApplication.translate(
            "errors",
            "The sheet {sheet} has {rows} rows; at most {limit} can be imported at once. Split it into smaller files.",
        ),
        QCoreApplication.translate(
            "errors",
            "The sheet {sheet} of {path} has formulas whose results were never worked out (cells {cells}): the file was made by a program that does not calculate. Open it in a spreadsheet program, save it, and import it again. Nothing was imported.",
        ),
        QCoreApplication.translate(
            "errors",
            "The file {path} was refused: it declares XML entities, which spreadsheets never need and which can be used to exhaust the computer's memory. Nothing was imported.",
        ),
        QCoreApplication.translate(
            "errors",
            "The file {path} was refused: it would unpack to far more data than a spreadsheet of its size holds, a trick used to exhaust the computer's memory. Nothing was imported.",
        ),
        QCoreApplication.translate(
            "errors", "No organization of this name exists; import or create it first, or leave the cell empty."
        ),
        QCoreApplication.translate(
            "errors",
            "A different key ({old}) is already registered for {code}; to replace it by {new}, confirm the replacement.",
        ),
        QCoreApplication.translate(
            "errors",
            "A different key ({old}) is already registered for {code}; to replace it by {new}, "
            "run keys trust again with --replace.",
        ),
        QCoreApplication.translate("errors", "Conflict {number} does not exist or is already resolved."),
        QCoreApplication.translate("errors", "There is no file {path} (check the name and the folder)."),
        QCoreApplication.translate("errors", "There is no filter {name!r}; the filters are: {known}."),
        QCoreApplication.translate(
            "errors", "{path} would be an Excel workbook: give it a name ending in .xlsx; nothing was saved."
        ),
        QCoreApplication.translate("errors", "{path} is not a file but a folder or a device: choose the file itself."),
        QCoreApplication.translate(
            "errors",
            "There is no folder {path} (is the USB stick plugged in?); a bundle file's name ends in .innovsync.",
        ),
        QCoreApplication.translate(
            "errors", "{file} was made by this installation, for {recipient}: import it there; nothing was imported."
        ),
        QCoreApplication.translate("errors", 'Give the new value after "value" (an empty value as "").'),
        QCoreApplication.translate(
            "errors", "No key is registered for {what}; register its public key file with 'keys trust' first."
        ),
        QCoreApplication.translate(
            "errors",
            "The bundle {file} (number {number} from {sender}) is older than bundle {last}, already imported; nothing was imported.",
        ),
        QCoreApplication.translate(
            "errors", "The bundle {file} comes from {sender}, whose key is not registered here; nothing was imported."
        ),
        QCoreApplication.translate(
            "errors",
            "The bundle {file} from {sender} changes a record it does not own ({kind} {record}); nothing was imported.",
        ),
        QCoreApplication.translate(
            "errors", "The bundle {file} goes beyond the safety limits ({limit}); nothing was imported."
        ),
        QCoreApplication.translate(
            "errors", "The bundle {file} is damaged or was changed after it was signed; nothing was imported."
        ),
        QCoreApplication.translate(
            "errors",
            "The bundle {file} is meant for {recipient}, not for this installation ({us}); nothing was imported.",
        ),
        QCoreApplication.translate(
            "errors",
            "The bundle {file} was made by a newer version of innov-desktop (format {found}, this version reads {supported}); update the application, nothing was imported.",
        ),
        QCoreApplication.translate("errors", "The key file {path} cannot be used: {reason}."),
        QCoreApplication.translate(
            "errors",
            "The bundle {file} is signed with another key than the one registered here for {sender} (its key {found}, registered {registered}); if {sender} has a new key, register its key file with 'keys trust --replace'; nothing was imported.",
        ),
        QCoreApplication.translate("errors", "This needs a center installation; this one is HQ."),
        QCoreApplication.translate("errors", "This needs the HQ installation; this one is the center {code}."),
        QCoreApplication.translate(
            "errors", "This record belongs to {origin}; only that center (or HQ) can change it."
        ),
        QCoreApplication.translate(
            "errors",
            "Some fields of this record were withheld from this copy (no consent to share); only the center that holds them can change them.",
        ),
        QCoreApplication.translate(
            "errors", "{file} is not a sync bundle of innov-desktop, or it is cut short; nothing was imported."
        ),
    ]


def reasons() -> list[str]:
    """The `reason` parts of messages, as the code fills them in, and the system's words for the
    common file errors (context "reasons"; `labels.error_message` translates a reason it finds
    here, and leaves any other as it came)."""
    return [
        QCoreApplication.translate("reasons", "HQ registers the keys of centers, and this is not one"),
        QCoreApplication.translate("reasons", "a center registers HQ's key only, and this is not HQ's"),
        QCoreApplication.translate("reasons", "it cannot be read as a key file"),
        QCoreApplication.translate("reasons", "it is not a file"),
        QCoreApplication.translate("reasons", "it is not an Ed25519 key"),
        QCoreApplication.translate("reasons", "it is not an innov-desktop database"),
        QCoreApplication.translate("reasons", "it is not an innov-desktop public key file"),
        QCoreApplication.translate("reasons", "it is the database itself"),
        QCoreApplication.translate("reasons", "it is this installation's own key"),
        QCoreApplication.translate("reasons", "it is too large to be a key file"),
        QCoreApplication.translate("reasons", "its code, role or key is missing or malformed"),
        QCoreApplication.translate("reasons", "the file does not exist"),
        QCoreApplication.translate("reasons", "the restored copy failed its check"),
        QCoreApplication.translate("reasons", "the signing key cannot be read"),
        QCoreApplication.translate("reasons", "this is not a database address it can use"),
        # what the system says (strerror) for the file errors people meet
        QCoreApplication.translate("reasons", "No space left on device"),
        QCoreApplication.translate("reasons", "Permission denied"),
        QCoreApplication.translate("reasons", "Is a directory"),
        QCoreApplication.translate("reasons", "Not a directory"),
        QCoreApplication.translate("reasons", "No such file or directory"),
        QCoreApplication.translate("reasons", "Read-only file system"),
        QCoreApplication.translate("reasons", "File name too long"),
        QCoreApplication.translate("reasons", "Disk quota exceeded"),
        QCoreApplication.translate("reasons", "Input/output error"),
    ]
