"""Alembic, driven from code: migrations ship inside the package and run at start."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).with_name("migrations")
SEARCH_TABLES = ("person_fts", "organization_fts")


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    """Full-text virtual tables and their shadow tables are managed by hand in migrations."""
    return not (type_ == "table" and name and name.startswith(SEARCH_TABLES))


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def heads() -> tuple[str, ...]:
    return tuple(script_directory().get_heads())


def head() -> str:
    (only,) = heads()
    return only


@lru_cache(maxsize=1)
def known_revisions() -> frozenset[str]:
    return frozenset(rev.revision for rev in script_directory().walk_revisions())


def upgrade(connection: Connection, target: str = "head") -> None:
    command.upgrade(alembic_config(connection), target)
