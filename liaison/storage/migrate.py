"""Alembic, shipped inside the package and run when a database is opened.

Opening a database that is already at this release's head is the common case
and must be quick (the app's start-up waits on it): the revision chain is read
from the migration files' ``revision``/``down_revision`` lines and compared
with the database's ``alembic_version`` by plain SQL. Alembic itself (a third
of a second to import) is loaded only when there is something to migrate.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from liaison.errors import DatabaseLocationError, SchemaTooNewError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: PostgreSQL advisory lock taken while migrating (ASCII "LIAIMIG").
MIGRATION_LOCK_KEY = 0x4C4941494D4947
VERSION_TABLE = "alembic_version"

_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
_DOWN_REVISION = re.compile(r'^down_revision\s*=\s*(?:None|["\']([^"\']+)["\'])', re.MULTILINE)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the FTS5 search index (and its shadow tables) out of schema comparisons."""
    return not (type_ == "table" and name is not None and name.startswith("search_fts"))


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@cache
def revision_chain() -> dict[str, str | None]:
    """revision → down_revision, read from the shipped migration files (no Alembic import)."""
    chain: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            continue
        chain[revision.group(1)] = down.group(1)
    return chain


def head_revision() -> str:
    """The newest revision: the one no other revision builds on."""
    chain = revision_chain()
    heads = set(chain) - {down for down in chain.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must form one chain, not heads {sorted(heads)}")
    return heads.pop()


def current_revision(connection: Connection) -> str | None:
    """The database's schema revision (None for a new, empty database)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def check_not_newer(connection: Connection) -> None:
    """Refuse a database stamped with a revision this app does not know."""
    current = current_revision(connection)
    if current is not None and current not in revision_chain():
        raise SchemaTooNewError(
            "This database was made by a newer version of Liaison "
            f"(schema {current}); update Liaison to open it."
        )


def check_not_foreign(connection: Connection) -> None:
    """Refuse an SQLite file of another program: migrating it wrote Liaison's tables into it.

    A Liaison database always has its schema revision; a new one has no tables
    at all. ``liaison list people --db places.sqlite`` (a browser's history, a
    colleague's other tool) added 20 tables to that file and printed "(none)".
    """
    if connection.dialect.name != "sqlite" or current_revision(connection) is not None:
        return
    if inspect(connection).get_table_names():
        raise DatabaseLocationError(
            f"'{connection.engine.url.database}' is an SQLite database of another "
            "program, not a Liaison database."
        )


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to this release's head; refuse one from the future or another program."""
    with engine.connect() as connection:
        check_not_newer(connection)
        check_not_foreign(connection)
        start = current_revision(connection)
        if start == head_revision():
            return
    from alembic import command

    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Colleagues starting a new release at once on one server: the first
            # migrates, the others wait here and then find the schema at head (they
            # ran the same DDL alongside and failed on "already exists").
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
            if current_revision(connection) == head_revision():
                return
        command.upgrade(alembic_config(connection), "head")
        if start is not None:
            # An older database's records predate derived tables (the search
            # index, summaries) that later revisions created empty: fill them.
            from liaison.storage import derived

            derived.rebuild_all(connection)
