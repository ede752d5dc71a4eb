"""Alembic environment: runs on the connection handed in by liaison.storage.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from liaison.storage.migrate import include_name
from liaison.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the `alembic` command line, for developers
        url = config.get_main_option("sqlalchemy.url")
        with create_engine(url).connect() as connection:
            _run(connection)
            connection.commit()
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
