"""The schema is migrated, never recreated: models and migrations must agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from liaison.errors import DatabaseLocationError, SchemaTooNewError
from liaison.storage.db import Database, open_database
from liaison.storage.migrate import head_revision, include_name
from liaison.storage.models import Base


def test_models_and_migrations_agree(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_name}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_database_is_at_head(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()


def test_newer_schema_is_refused(db: Database, db_path: Path) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'fromthefuture'"))
    db.close()
    with pytest.raises(SchemaTooNewError, match="newer version of Liaison"):
        open_database(db_path)


def test_sqlite_is_tuned_and_private(db: Database, db_path: Path) -> None:
    assert db_path.stat().st_mode & 0o777 == 0o600
    with db.engine.connect() as conn:
        assert conn.scalar(text("PRAGMA journal_mode")) == "wal"
        assert conn.scalar(text("PRAGMA foreign_keys")) == 1
        assert conn.scalar(text("PRAGMA busy_timeout")) >= 5000


def test_bad_locations_get_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(DatabaseLocationError, match="is a folder"):
        open_database(tmp_path)
    junk = tmp_path / "notes.txt"
    junk.write_text("hello, this is not a database")
    with pytest.raises(DatabaseLocationError, match="not an SQLite file"):
        open_database(junk)


def test_fast_revision_chain_matches_alembic() -> None:
    """Opening reads the chain from the files without Alembic; it must agree with Alembic."""
    from liaison.storage.migrate import revision_chain, script_directory

    script = script_directory()
    assert head_revision() == script.get_current_head()
    assert revision_chain() == {rev.revision: rev.down_revision for rev in script.walk_revisions()}


def test_closing_leaves_planner_statistics_for_the_tables_used(db_path: Path) -> None:
    import sqlite3

    from liaison.services import records
    from liaison.storage.models import Organisation

    database = open_database(db_path)
    with database.session_scope() as s:
        records.create(s, Organisation, name="Voedselbank Zuid")
    database.close()
    conn = sqlite3.connect(db_path)
    try:
        tables = {r[0] for r in conn.execute("SELECT tbl FROM sqlite_stat1")}
    finally:
        conn.close()
    assert "organisation" in tables
