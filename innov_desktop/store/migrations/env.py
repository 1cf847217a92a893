"""Alembic environment: the application passes its open connection in `config.attributes`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from innov_desktop.store.migrate import include_object
from innov_desktop.store.models import Base


def run() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is None:  # developer use: `alembic revision --autogenerate` against a URL
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.begin() as conn:
            _configure_and_run(conn)
        return
    _configure_and_run(connection)


def _configure_and_run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
