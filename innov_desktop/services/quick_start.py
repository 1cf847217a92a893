"""What the window shows before the storage stack has loaded: the first rows of the people list,
read without SQLAlchemy (None whenever the normal opening must decide first)."""

from __future__ import annotations

from pathlib import Path

from innov_desktop.domain.models import FirstPage, Person
from innov_desktop.paths import DataPaths
from innov_desktop.store.quick import first_people


def first_people_page(data_dir: Path, size: int) -> FirstPage[Person] | None:
    """Read-only; refuses nothing and changes nothing (the database then opens as usual)."""
    return first_people(DataPaths(data_dir).database, size)
