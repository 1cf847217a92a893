"""Reading spreadsheets behind one module: .xlsx (and .xlsm, .ods) through python-calamine, .csv
through the standard library. A file is checked before any parser sees it: size, what it really
is (an old .xls, a password-protected workbook, something renamed), zip member count, sizes and
compression ratio, and XML entity declarations (which no spreadsheet needs)."""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from innov_desktop.domain.errors import (
    NotASpreadsheet,
    OldSpreadsheetFormat,
    SheetNotFound,
    SpreadsheetDamaged,
    SpreadsheetEncrypted,
    SpreadsheetTooLarge,
    SpreadsheetTooManyRows,
    SpreadsheetUncomputedFormulas,
    SpreadsheetUnsafeXml,
    SpreadsheetZipBomb,
    require_file,
)

Value = str | float | int | bool | date | datetime | None

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 100  # a worksheet compresses about 10:1; a zip bomb thousands to one
RATIO_FLOOR = 20 * 1024 * 1024  # small parts may compress as they like
MAX_ROWS = 500_000
MAX_COLUMNS = 300
_ZIP, _OLE2 = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".ods")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")


@dataclass(frozen=True, slots=True)
class Sheet:
    """The cells of one sheet, as read: `rows[i]` is sheet row `first_row + i` (1-based), and
    column `j` is sheet column `first_column + j` (0-based)."""

    name: str
    rows: list[list[Value]]
    first_row: int = 1
    first_column: int = 0


def _human(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def check_file(path: Path) -> str:
    """'zip' or 'text' when the file may be read; raises the message for everything else."""
    require_file(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise NotASpreadsheet(path=str(path)) from None
    except OSError as exc:
        raise SpreadsheetDamaged(path=str(path), reason=exc.strerror or str(exc)) from None
    if size > MAX_FILE_BYTES:
        raise SpreadsheetTooLarge(path=str(path), size=_human(size), limit=_human(MAX_FILE_BYTES))
    suffix = path.suffix.lower()
    if head.startswith(_OLE2):
        if suffix != ".xls" and _has_encryption_stream(path):
            raise SpreadsheetEncrypted(path=str(path))
        raise OldSpreadsheetFormat(path=str(path))
    if head.startswith(_ZIP):
        _check_zip(path)
        return "zip"
    if suffix in TEXT_SUFFIXES and _looks_like_text(_peek(path, 4096)):
        return "text"
    raise NotASpreadsheet(path=str(path))


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return b"\x00" not in head


def _peek(path: Path, n: int) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(n)


def _has_encryption_stream(path: Path) -> bool:
    """A password-protected .xlsx is an OLE2 container holding an 'EncryptionInfo' stream."""
    with open(path, "rb") as fh:
        data = fh.read(MAX_FILE_BYTES)
    return _ENCRYPTED_MARK in data


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
            if len(members) > MAX_MEMBERS:
                raise SpreadsheetZipBomb(path=str(path))
            total = 0
            for m in members:
                total += m.file_size
                ratio = m.file_size / max(m.compress_size, 1)
                if total > MAX_UNPACKED_BYTES or (m.file_size > RATIO_FLOOR and ratio > MAX_RATIO):
                    raise SpreadsheetZipBomb(path=str(path))
            names = {m.filename for m in members}
            if "xl/workbook.xml" not in names and "content.xml" not in names:
                raise NotASpreadsheet(path=str(path))
            for m in members:
                if m.filename.endswith((".xml", ".rels", ".vml")) and _declares_entities(zf, m):
                    raise SpreadsheetUnsafeXml(path=str(path))
    except zipfile.BadZipFile as exc:
        raise SpreadsheetDamaged(path=str(path), reason=str(exc)) from None


def _declares_entities(zf: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """True when the part has a document type declaration (the only place entities can be
    declared). It must come before the root element, so only the prolog is read, and at most as
    many bytes as the part declares (a lying header cannot make this read more)."""
    tail, read = b"", 0
    with zf.open(member) as fh:
        while read <= member.file_size:
            chunk = fh.read(16384)
            if not chunk:
                break
            read += len(chunk)
            window = (tail + chunk).upper()
            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                return True
            if _root_started(chunk):
                return False
            tail = chunk[-16:]
    return False


def _root_started(chunk: bytes) -> bool:
    """An element start tag (`<` then a name character) seen: the prolog is over."""
    i = chunk.find(b"<")
    while i != -1 and i + 1 < len(chunk):
        nxt = chunk[i + 1 : i + 2]
        if nxt.isalpha() or nxt == b"_":
            return True
        i = chunk.find(b"<", i + 1)
    return False


def sheet_names(path: Path) -> list[str]:
    path = Path(path)
    if check_file(path) == "text":
        return [path.stem]
    wb = _open_workbook(path)
    try:
        return [m.name for m in wb.sheets_metadata if str(m.typ).endswith("WorkSheet")]
    finally:
        wb.close()


def read_sheet(path: Path, sheet: str | None = None) -> Sheet:
    """The cells of `sheet` (default: the first), checked and capped, all in memory."""
    with open_sheet(path, sheet) as stream:
        return Sheet(stream.name, list(stream.rows()), stream.first_row, stream.first_column)


class SheetStream:
    """The rows of one sheet, turned into Python values only as they are iterated (a big sheet
    never sits in memory as Python objects); `rows()` starts again from the top each call.
    A workbook is parsed once, by calamine, when the stream opens; a .csv file is read again."""

    height = 0  # the number of rows, where known before reading them (0: not known)

    def __init__(self, name: str, first_row: int = 1, first_column: int = 0) -> None:
        self.name, self.first_row, self.first_column = name, first_row, first_column

    @property
    def width(self) -> int:
        """The number of columns of the widest row."""
        raise NotImplementedError

    def rows(self) -> Iterator[list[Value]]:
        raise NotImplementedError

    def close(self) -> None:
        """Free the parsed workbook."""

    def __enter__(self) -> SheetStream:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_sheet(path: Path, sheet: str | None = None) -> SheetStream:
    """`sheet` (default: the first) of a checked file, to read row by row."""
    path = Path(path)
    if check_file(path) == "text":
        return _CsvStream(path)
    import python_calamine

    wb = _open_workbook(path)
    try:
        names = [m.name for m in wb.sheets_metadata if str(m.typ).endswith("WorkSheet")]
        if not names:
            raise NotASpreadsheet(path=str(path))
        name = sheet if sheet is not None else names[0]
        if name not in names:
            raise SheetNotFound(path=str(path), sheet=name, sheets=", ".join(names))
        try:
            ws = wb.get_sheet_by_name(name)
        except python_calamine.CalamineError as exc:
            raise SpreadsheetDamaged(path=str(path), reason=_one_line(exc)) from None
        if ws.height > MAX_ROWS:
            raise SpreadsheetTooManyRows(sheet=name, rows=ws.height, limit=MAX_ROWS)
        uncomputed = _uncomputed_once(path, name)
        if uncomputed:
            shown = ", ".join(uncomputed[:UNCOMPUTED_SHOWN]) + (" …" if len(uncomputed) > UNCOMPUTED_SHOWN else "")
            raise SpreadsheetUncomputedFormulas(path=str(path), sheet=name, cells=shown)
        return _WorkbookStream(path, wb, ws)
    except BaseException:
        wb.close()
        raise


UNCOMPUTED_SHOWN = 5  # cells named in the message, at most
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def uncomputed_formulas(path: Path, sheet: str) -> list[str]:
    """The cells of an .xlsx sheet holding a formula with no result stored (the first few). A
    program that writes workbooks without calculating them (openpyxl, pandas, many web exports)
    stores the formula alone and asks the spreadsheet program to work the results out when the
    file opens (`fullCalcOnLoad`); every other reader would see an empty cell. Only such a
    workbook's sheet is searched, as bytes (a pass over the sheet costs about what unpacking it
    does), and a formula with its result is read as that result. A text result left empty by a
    spreadsheet program (`t="str"`) is a result. Entity declarations were refused before."""
    import xml.etree.ElementTree as ET

    try:
        with zipfile.ZipFile(path) as zf:
            if "xl/workbook.xml" not in zf.namelist():
                return []  # an OpenDocument file stores its results otherwise
            book = ET.fromstring(zf.read("xl/workbook.xml"))
            calc = book.find(f"{_MAIN_NS}calcPr")
            if calc is None or calc.get("fullCalcOnLoad") not in ("1", "true"):
                return []
            part = _sheet_part(zf, book, sheet)
            if part is None:
                return []
            found: list[str] = []
            with zf.open(part) as fh:
                for cell in _formula_cells(fh):
                    if not _has_result(cell):
                        ref = _CELL_REF.search(cell)
                        found.append(ref.group(1).decode() if ref else "?")
                        if len(found) > UNCOMPUTED_SHOWN:
                            break
            return found
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError, NotImplementedError, RuntimeError):
        return []  # calamine has read the sheet: what this cannot read, it leaves to it


_SEARCHED: dict[tuple[str, int, int, str], list[str]] = {}  # the last few sheets searched


def _uncomputed_once(path: Path, sheet: str) -> list[str]:
    """`uncomputed_formulas`, once per version of the file: the wizard opens a sheet for its
    preview, its check and its report, and a search of a long sheet takes a pass over it."""
    st = path.stat()
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns, sheet)
    found = _SEARCHED.get(key)
    if found is None:
        if len(_SEARCHED) >= 8:
            _SEARCHED.clear()
        found = _SEARCHED[key] = uncomputed_formulas(path, sheet)
    return found


_CELL_REF = re.compile(rb'\br="([A-Z]+[0-9]+)"')
_CELL_TYPE = re.compile(rb'\bt="([a-zA-Z]+)"')
_RESULT = re.compile(rb"<v>([^<]*)</v>")


def _formula_cells(fh: Any) -> Iterator[bytes]:
    """Each cell element (`<c …>…</c>`) that holds a formula element, read a piece at a time:
    a formula is found by its tag (`<f>`, `<f …>` or `<f/>`; text never holds a raw `<`)."""
    pending = b""
    while True:
        chunk = fh.read(1 << 20)
        data = pending + chunk
        cut = data.rfind(b"</c>") + 4 if chunk else len(data)  # whole cells only, the rest waits
        if cut < 4:
            cut = 0
        done, pending = data[:cut], data[cut:]
        at = done.find(b"<f")
        while at != -1:
            after = done[at + 2 : at + 3]
            if after in (b">", b" ", b"/"):
                start = done.rfind(b"<c ", 0, at)
                end = done.find(b"</c>", at)
                if start != -1 and end != -1:
                    yield done[start : end + 4]
                    at = done.find(b"<f", end)
                    continue
            at = done.find(b"<f", at + 2)
        if not chunk:
            return


def _has_result(cell: bytes) -> bool:
    value = _RESULT.search(cell)
    if value is not None and value.group(1):
        return True
    kind = _CELL_TYPE.search(cell[: cell.find(b">")])
    return value is not None and kind is not None and kind.group(1) == b"str"  # an empty text result


def _sheet_part(zf: zipfile.ZipFile, book: Any, sheet: str) -> str | None:
    """The zip member holding `sheet`, from the workbook's sheet list and its relationships."""
    import xml.etree.ElementTree as ET

    rid = next((s.get(f"{_REL_NS}id") for s in book.iter(f"{_MAIN_NS}sheet") if s.get("name") == sheet), None)
    if rid is None:
        return None
    rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    target = next((r.get("Target") for r in rels if r.get("Id") == rid), None)
    if not target:
        return None
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


class _WorkbookStream(SheetStream):
    def __init__(self, path: Path, wb: Any, ws: Any) -> None:
        start = ws.start or (0, 0)
        super().__init__(ws.name, start[0] + 1, start[1])
        self.path, self._wb, self._ws = path, wb, ws
        self.height = int(ws.height)

    @property
    def width(self) -> int:
        return min(int(self._ws.width), MAX_COLUMNS)

    def rows(self) -> Iterator[list[Value]]:
        import python_calamine

        values = _values
        try:
            for raw in self._ws.iter_rows():
                yield values(raw)
        except python_calamine.CalamineError as exc:
            raise SpreadsheetDamaged(path=str(self.path), reason=_one_line(exc)) from None

    def close(self) -> None:
        self._ws = None
        self._wb.close()


def _values(raw: list[Any]) -> list[Value]:
    """A row as read: empty cells are None; a time of day alone becomes text."""
    out: list[Value] = raw[:MAX_COLUMNS]
    for j, v in enumerate(out):
        if v == "":
            out[j] = None
        elif isinstance(v, (time, timedelta)):  # a time of day alone is nothing the records hold
            out[j] = str(v)
    return out


def _open_workbook(path: Path) -> Any:
    """A checked zip workbook; one named otherwise (an .xlsx saved as `.xls`) is read for what it
    is, not for what its name says."""
    import python_calamine

    try:
        if path.suffix.lower() not in WORKBOOK_SUFFIXES:
            with open(path, "rb") as fh:
                return python_calamine.CalamineWorkbook.from_filelike(fh)
        return python_calamine.load_workbook(str(path))
    except python_calamine.PasswordError:
        raise SpreadsheetEncrypted(path=str(path)) from None
    except (python_calamine.CalamineError, ValueError, OSError) as exc:
        raise SpreadsheetDamaged(path=str(path), reason=_one_line(exc)) from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


class _CsvStream(SheetStream):
    def __init__(self, path: Path) -> None:
        super().__init__(path.stem)
        self.path = path
        self.encoding = _encoding(path)
        with open(path, encoding=self.encoding, errors="replace", newline="") as fh:
            sample = fh.read(65536)
        try:
            self.dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        except csv.Error:
            self.dialect = csv.excel
        self._width: int | None = None

    @property
    def width(self) -> int:
        """Found by reading the file once, which also gives its `height`."""
        if self._width is None:
            width = height = 0
            for r in self.rows():
                width, height = max(width, len(r)), height + 1
            self._width, self.height = width, height
        return self._width

    def rows(self) -> Iterator[list[Value]]:
        with open(self.path, encoding=self.encoding, errors="replace", newline="") as fh:
            for n, record in enumerate(csv.reader(fh, self.dialect)):
                if n >= MAX_ROWS:
                    raise SpreadsheetTooManyRows(sheet=self.path.name, rows=f"{MAX_ROWS:,}+", limit=MAX_ROWS)
                yield [c if c.strip() else None for c in record[:MAX_COLUMNS]]


def _encoding(path: Path) -> str:
    """UTF-8 (with or without the mark Excel writes), UTF-16 with its mark, else Windows-1252;
    the whole file is checked, a piece at a time."""
    with open(path, "rb") as fh:
        head = fh.read(2)
        if head in (b"\xff\xfe", b"\xfe\xff"):
            return "utf-16"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"
