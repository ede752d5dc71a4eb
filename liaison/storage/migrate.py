"""Alembic, shipped inside the package and run when a database is opened."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from liaison.errors import SchemaTooNewError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the FTS5 search index (and its shadow tables) out of schema comparisons."""
    return not (type_ == "table" and name is not None and name.startswith("search_fts"))


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def check_not_newer(connection: Connection) -> None:
    """Refuse a database stamped with a revision this app does not know."""
    current = current_revision(connection)
    if current is None:
        return
    known = {rev.revision for rev in script_directory().walk_revisions()}
    if current not in known:
        raise SchemaTooNewError(
            "This database was made by a newer version of Liaison "
            f"(schema {current}); update Liaison to open it."
        )


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to this release's head; refuse one from the future."""
    with engine.connect() as connection:
        check_not_newer(connection)
        start = current_revision(connection)
        if start == head_revision():
            return
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        if start is not None:
            # An older database's records predate derived tables (the search
            # index, summaries) that later revisions created empty: fill them.
            from liaison.storage import derived

            derived.rebuild_all(connection)
