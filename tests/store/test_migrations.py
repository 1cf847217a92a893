"""Schema migrations: one head, upgrade from empty, models equal the migrated schema, and every
released schema (kept as a fixture file) upgrades with its data intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from innov_desktop.paths import DataPaths
from innov_desktop.services import people
from innov_desktop.services.setup import info, open_database
from innov_desktop.store import migrate
from innov_desktop.store.migrate import include_object
from innov_desktop.store.models import Base

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_exactly_one_head_and_same_view_as_alembic() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(migrate.heads()) == 1
    assert migrate.heads() == tuple(scripts.get_heads())
    assert migrate.known_revisions() == {r.revision for r in scripts.walk_revisions()}


def test_upgrade_from_empty_reaches_head_and_creates_search_index(data_dir: Path) -> None:
    db = open_database(data_dir)
    try:
        assert db.revision() == migrate.head()
    finally:
        db.close()
    conn = sqlite3.connect(data_dir / "innov-desktop.sqlite")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert {"person", "organization", "center", "audit_log", "person_fts", "organization_fts"} <= names


def test_models_match_migrated_schema(data_dir: Path) -> None:
    open_database(data_dir).close()
    engine = create_engine(f"sqlite:///{data_dir / 'innov-desktop.sqlite'}")
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": True})
        differences = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert differences == []


def test_downgrade_to_base_and_up_again(data_dir: Path) -> None:
    db = open_database(data_dir)
    try:
        with db._writer.begin() as conn:
            from alembic import command

            command.downgrade(migrate.alembic_config(conn), "base")
        with db._writer.begin() as conn:
            migrate.upgrade(conn)
        assert db.revision() == migrate.head()
    finally:
        db.close()


def test_every_kept_schema_upgrades_with_data(tmp_path: Path) -> None:
    kept = sorted(FIXTURES.glob("schema-*.sqlite"))
    assert kept, "a database file of each released schema is kept in tests/fixtures"
    for fixture in kept:
        data_dir = tmp_path / fixture.stem
        data_dir.mkdir()
        shutil.copy(fixture, data_dir / "innov-desktop.sqlite")
        db = open_database(data_dir)
        try:
            assert db.revision() == migrate.head()
            summary = info(db)
            assert summary.people == 60 and summary.center is not None
            assert summary.center.data.code == "KE-NBO"
            found = people.search_people(db, "jose ramirez")
            assert {p.display_name for p in found} >= {"José Ramírez", "JOSE RAMIREZ"}
        finally:
            db.close()
        if fixture.stem != f"schema-{migrate.head()}":
            assert any("pre-migration" in p.name for p in DataPaths(data_dir).backups.iterdir())
