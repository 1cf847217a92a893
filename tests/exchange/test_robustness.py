"""Whatever people type into a list, the check never fails with a bug: each row is either ready
or carries problems at its cells; and the cell readers agree with what they are given."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innov_desktop.exchange import cells
from innov_desktop.exchange.writer import SheetData, write_xlsx
from innov_desktop.services import spreadsheets as sheets
from innov_desktop.services.spreadsheets import Kind
from innov_desktop.store.database import Database

HEADER = ["Prénom", "Nom", "Sexe", "Date de naissance", "Courriel", "Téléphone", "Pays", "Rôle", "Langues"]
cell = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.sampled_from(["F", "ذكر", "31/02/1990", "1990-13-01", "+254712345678", "Kenya", "كينيا", "x@", "=1+1"]),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(cell, min_size=len(HEADER), max_size=len(HEADER)), min_size=1, max_size=8))
def test_any_cells_give_rows_or_problems_never_a_bug(db: Database, tmp_path: Path, rows: list[list[object]]) -> None:
    path = tmp_path / "any.xlsx"
    write_xlsx(path, [SheetData("S", HEADER, rows)])
    plan = sheets.plan_import(db, Kind.PEOPLE, path)
    for r in plan.rows:
        assert (r.data is None) == bool(r.problems)
        for p in r.problems:
            assert p.message and (p.column is None or 0 <= p.column < len(HEADER))


@given(st.dates(min_value=dt.date(1909, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_dates_read_back_in_every_layout(day: dt.date) -> None:
    serial = (day - dt.date(1899, 12, 30)).days
    for value, layout in (
        (day.isoformat(), cells.DateLayout.DAY_FIRST),
        (day.strftime("%d/%m/%Y") if day.year >= 1000 else day.isoformat(), cells.DateLayout.DAY_FIRST),
        (f"{day.month:02d}/{day.day:02d}/{day.year:04d}", cells.DateLayout.MONTH_FIRST),
        (float(serial), cells.DateLayout.DAY_FIRST),
        (str(serial), cells.DateLayout.DAY_FIRST),
    ):
        assert cells.parse_date(value, layout) == day, value


def test_a_year_alone_is_not_read_as_a_date() -> None:
    import pytest

    for value in (1990, 1990.0, "1990"):
        with pytest.raises(ValueError):
            cells.parse_date(value, cells.DateLayout.DAY_FIRST)
