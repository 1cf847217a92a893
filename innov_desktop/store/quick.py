"""The first rows of the people list read with plain sqlite3, read-only, before SQLAlchemy has
loaded: the window can show them while the full storage stack opens the database on the worker.

Only a database this version writes, with its identity, is read; on any doubt (no file, another
schema revision, no identity, an error, a value it cannot convert) the answer is None and the
normal path decides (migrate, refuse, ask for the identity). Nothing is ever written here."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from innov_desktop.domain.models import FirstPage, Person
from innov_desktop.store.raw import PERSON_COLUMNS, person_of_row

# The schema revision this reader knows (a test keeps it equal to the migrations' head).
SCHEMA_REVISION = "0005"
# the list's default order (store/lists.py, PersonSort.NAME ascending), through the same index
_FIRST_PAGE = f"SELECT {PERSON_COLUMNS} FROM person WHERE deleted IS 0 ORDER BY sort_name, pk LIMIT ?"


def first_people(database: Path, size: int) -> FirstPage[Person] | None:
    """The first `size` people in the list's default order, or None (see the module's note)."""
    if not database.is_file() or database.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("SELECT version_num FROM alembic_version").fetchall() != [(SCHEMA_REVISION,)]:
            return None
        identity = conn.execute("SELECT value FROM local_state WHERE key = 'self_center'").fetchone()
        if identity is None or conn.execute("SELECT 1 FROM center WHERE code = ?", identity).fetchone() is None:
            return None  # first run: the setup dialog comes first
        rows = [person_of_row(r) for r in conn.execute(_FIRST_PAGE, (size,))]
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None
    finally:
        conn.close()
    keys = [pk for pk, _ in rows]
    return FirstPage(keys, dict(rows), None if len(keys) == size else len(keys))
