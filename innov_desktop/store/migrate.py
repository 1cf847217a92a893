"""Alembic, driven from code: migrations ship inside the package and run at start.

Alembic itself is imported only when a migration runs; the start-up question "which revisions
exist, which is the head" is answered from the version files directly (checked against Alembic's
own answer in the tests), which keeps every command's start fast."""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).with_name("migrations")
SEARCH_TABLES = ("person_fts", "organization_fts")


def include_object(obj, name, type_, reflected, compare_to):
    """Full-text virtual tables and their shadow tables are managed by hand in migrations."""
    return not (type_ == "table" and name and name.startswith(SEARCH_TABLES))


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def _graph() -> dict[str, tuple[str, ...]]:
    """revision -> the revisions it revises, read from the module-level assignments."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        values: dict[str, Any] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                    values[target.id] = ast.literal_eval(node.value)
        if "revision" in values:
            down = values.get("down_revision")
            graph[values["revision"]] = tuple(down) if isinstance(down, (tuple, list)) else ((down,) if down else ())
    return graph


def heads() -> tuple[str, ...]:
    graph = _graph()
    revised = {parent for parents in graph.values() for parent in parents}
    return tuple(sorted(rev for rev in graph if rev not in revised))


def head() -> str:
    (only,) = heads()
    return only


def known_revisions() -> frozenset[str]:
    return frozenset(_graph())


def schema_differences(connection: Connection) -> list[Any]:
    """How the database's tables differ from the models (empty when they match)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from innov_desktop.store.models import Base

    context = MigrationContext.configure(connection, opts={"include_object": include_object, "compare_type": True})
    return list(compare_metadata(context, Base.metadata))


def current_revision(connection: Connection) -> str | None:
    """The schema revision of a database, None when it has none yet."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(value) if value is not None else None


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), target)
