"""A real PostgreSQL server for the HQ tests, started by the test run itself (initdb and pg_ctl
of the installed PostgreSQL, a Unix socket in a temporary folder, stopped at the end)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.sync.pgserver import PgServer, running_server

REQUIRE = "INNOV_DESKTOP_REQUIRE_POSTGRES"  # set by .ci/run: a missing server fails instead of skipping


@pytest.fixture(scope="session")
def postgres() -> Iterator[PgServer]:
    with running_server() as server:
        if server is None:
            message = "PostgreSQL is not installed (pg_ctl not found); .ci/run installs it with apt-get"
            if os.environ.get(REQUIRE):
                pytest.fail(message)
            pytest.skip(message)
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def hq_url(request: pytest.FixtureRequest) -> str | None:
    """HQ's database: the data folder's SQLite file, or a fresh database on the PostgreSQL server."""
    if request.param == "sqlite":
        return None
    server: PgServer = request.getfixturevalue("postgres")
    return server.create_database()
