"""Every test runs with its data, config and cache folders in a temporary directory and Qt on
the offscreen platform; nothing touches the real user folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from innov_desktop.domain.models import CenterInput  # noqa: E402
from innov_desktop.paths import DataPaths  # noqa: E402
from innov_desktop.services.setup import init_center, open_database  # noqa: E402
from innov_desktop.store.database import Database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("INNOV_DESKTOP_HOME", raising=False)
    monkeypatch.delenv("INNOV_DESKTOP_LANG", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def paths(data_dir: Path) -> DataPaths:
    return DataPaths(data_dir)


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    """An initialized center database (KE-NBO) in a fresh data folder."""
    database = open_database(data_dir)
    init_center(database, CenterInput(code="KE-NBO", name="Nairobi Center", country="KE"))
    yield database
    database.close()


def dump(path: Path) -> list[str]:
    """Every row of every table, to prove a database unchanged (not byte-level)."""
    import sqlite3

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
