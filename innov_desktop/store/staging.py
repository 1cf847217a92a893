"""The checked rows of an import, kept on disk between the check and the import (a temporary
SQLite file in the data folder): memory stays flat whatever the size of the sheet, and the rows
are not checked twice. The file is removed when the plan holding it is closed or forgotten."""

from __future__ import annotations

import sqlite3
import time
import uuid
import weakref
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, suppress
from pathlib import Path
from typing import Any

from innov_desktop.domain.models import PERSON_FIELDS

SUFFIX = ".import-staging"
STALE_SECONDS = 24 * 3600
# a person's stored values, in the order `bulk.add_people_staged` reads them, then the search
# text without the record number's tokens, and the sort key
PERSON_COLUMNS = (*PERSON_FIELDS, "search_base", "sort_name")
# what rows of one file are compared on (same e-mail, same phone, similar name and birth date)
# and the cells as written (shown with the problem)
KEY_COLUMNS = (
    "email",
    "phone",
    "birth_date",
    "given_name",
    "family_name",
    "name_key",  # `domain.duplicates.name_key`, for rows with a birth date
    "name_skeleton",  # and its `skeleton`
    "email_cell",
    "phone_cell",
    "birth_cell",
)


class Staging:
    """Rows by sheet row number: `records` (ready to insert) and `keys` (to compare rows)."""

    def __init__(self, folder: Path, width: int) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale(folder)
        self.path = folder / f"{uuid.uuid4().hex}{SUFFIX}"
        self.width = width
        self._conn: sqlite3.Connection | None = self._connect()
        marks = ", ".join(f"c{i}" for i in range(width))
        self._conn.execute(f"CREATE TABLE records (row INTEGER PRIMARY KEY, {marks})")
        self._conn.execute(f"CREATE TABLE keys (row INTEGER PRIMARY KEY, {', '.join(KEY_COLUMNS)})")
        self._finalizer = weakref.finalize(self, _unlink, self.path)

    def _connect(self) -> sqlite3.Connection:
        # scratch data: no journal, no waiting for the disk (a crash leaves a stale file, removed later)
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN")
        return conn

    def add(self, records: Sequence[tuple[Any, ...]], keys: Sequence[tuple[Any, ...]]) -> None:
        """`records`: (row, *values); `keys`: (row, *KEY_COLUMNS values)."""
        assert self._conn is not None, "staging already finished"
        if records:
            self._conn.executemany(f"INSERT INTO records VALUES ({', '.join('?' * (self.width + 1))})", records)
        if keys:
            self._conn.executemany(f"INSERT INTO keys VALUES ({', '.join('?' * (len(KEY_COLUMNS) + 1))})", keys)

    def finish(self) -> None:
        """All rows added: commit, and close the writing connection."""
        if self._conn is not None:
            self._conn.execute("COMMIT")
            self._conn.close()
            self._conn = None

    def _reader(self) -> sqlite3.Connection:
        self.finish()
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)

    def index_keys(self) -> None:
        """Indexes for comparing rows, made once all rows are in (cheaper than keeping them up)."""
        self.finish()
        with closing(sqlite3.connect(self.path, check_same_thread=False)) as conn, conn:
            for column in ("email", "phone", "birth_date"):
                conn.execute(f"CREATE INDEX IF NOT EXISTS keys_{column} ON keys ({column})")

    def same_value(self, column: str) -> Iterator[tuple[str, int, str, str, str]]:
        """(value, row, given, family, the row's cell) of the rows whose `column` value other rows
        share, grouped by value, each group in row order."""
        assert column in ("email", "phone")
        with closing(self._reader()) as conn:
            yield from conn.execute(
                f"SELECT {column}, row, given_name, family_name, {column}_cell FROM keys WHERE {column} IN "
                f"(SELECT {column} FROM keys WHERE {column} IS NOT NULL GROUP BY {column} HAVING count(*) > 1) "
                f"ORDER BY {column}, row"
            )

    def values(self, rows: Iterable[int]) -> dict[int, tuple[Any, ...]]:
        """The records of `rows`, by row."""
        wanted = sorted(set(rows))
        out: dict[int, tuple[Any, ...]] = {}
        with closing(self._reader()) as conn:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                for row, *values in conn.execute(f"SELECT * FROM records WHERE row IN ({marks})", chunk):
                    out[row] = tuple(values)
        return out

    def same_birth_groups(self, limit: int = 1000) -> Iterator[list[tuple[int, str, str, str, str]]]:
        """(row, given and family names, name key and its skeleton) of the rows sharing a birth
        date, a list per date, each in row order; dates shared by more than `limit` rows (a
        placeholder date) are left to `crowded_births`. One pass along the birth-date index
        (the pairs are made by the caller: joining them here cost twice as much)."""
        with closing(self._reader()) as conn:
            rows = conn.execute(
                "SELECT birth_date, row, given_name, family_name, name_key, name_skeleton FROM keys "
                "WHERE birth_date IN (SELECT birth_date FROM keys WHERE birth_date IS NOT NULL "
                "GROUP BY birth_date HAVING count(*) BETWEEN 2 AND ?) ORDER BY birth_date, row",
                (limit,),
            )
            group: list[tuple[int, str, str, str, str]] = []
            current = None
            for birth, *rest in rows:
                if birth != current:
                    if group:
                        yield group
                    group, current = [], birth
                group.append(tuple(rest))
            if group:
                yield group

    def crowded_births(self, limit: int = 1000) -> Iterator[tuple[int, str, str, str, str]]:
        """(row, birth date, given, family, name key) of the rows whose birth date more than
        `limit` rows share, in order."""
        with closing(self._reader()) as conn:
            yield from conn.execute(
                "SELECT row, birth_date, given_name, family_name, name_key FROM keys WHERE birth_date IN "
                "(SELECT birth_date FROM keys WHERE birth_date IS NOT NULL GROUP BY birth_date HAVING count(*) > ?) "
                "ORDER BY row",
                (limit,),
            )

    def drop(self, rows: Iterable[int]) -> None:
        """Rows that turned out invalid: they will not be imported."""
        doomed = [(r,) for r in rows]
        if not doomed:
            return
        self.finish()
        with closing(sqlite3.connect(self.path, check_same_thread=False)) as conn, conn:
            conn.executemany("DELETE FROM records WHERE row = ?", doomed)

    def count(self) -> int:
        with closing(self._reader()) as conn:
            return int(conn.execute("SELECT count(*) FROM records").fetchone()[0])

    def rows(self) -> Iterator[int]:
        """The row numbers of the records, in order."""
        with closing(self._reader()) as conn:
            for (row,) in conn.execute("SELECT row FROM records ORDER BY row"):
                yield row

    def records(self, batch: int = 5000) -> Iterator[list[tuple[Any, ...]]]:
        """(row, *values) of every record, in sheet order, `batch` at a time."""
        with closing(self._reader()) as conn:
            cursor = conn.execute("SELECT * FROM records ORDER BY row")
            while chunk := cursor.fetchmany(batch):
                yield chunk

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._finalizer()


def _unlink(path: Path) -> None:
    with suppress(OSError):  # still open elsewhere (Windows): removed with the stale files later
        path.unlink(missing_ok=True)


def _remove_stale(folder: Path) -> None:
    """Files left by an import that never finished (the program was killed)."""
    limit = time.time() - STALE_SECONDS
    for f in folder.glob(f"*{SUFFIX}"):
        try:
            if f.stat().st_mtime < limit:
                f.unlink()
        except OSError:
            pass
