"""Databases made by earlier schema revisions open, migrate to head and keep every record."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from liaison.services import records
from liaison.storage.db import open_database
from liaison.storage.migrate import head_revision
from liaison.storage.models import Commitment, Interaction, Organisation, Person

DATA = Path(__file__).with_name("data")
FIXTURES = sorted(DATA.glob("schema_*.db"))


def rows(path: Path) -> dict[str, list[dict[str, object]]]:
    """Every row of every table (search index and Alembic's own table left out)."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not r[0].startswith(("search_fts", "alembic_", "sqlite_"))
        ]
        return {
            t: [dict(r) for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid')]
            for t in tables
        }
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_revision_before_head() -> None:
    from liaison.storage.migrate import script_directory

    revisions = {r.revision for r in script_directory().walk_revisions()} - {head_revision()}
    assert {p.stem.removeprefix("schema_") for p in FIXTURES} >= revisions


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_database_migrates_and_keeps_every_record(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    folder = tmp_path / "backups"
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE setting SET value = ? WHERE key = 'backup_folder'", (str(folder),))
    conn.commit()
    conn.close()
    before = rows(copy)
    assert sum(len(v) for v in before.values()) >= 20
    db = open_database(copy, officer="Tester")
    db.close()
    after = rows(copy)
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    for table, old_rows in before.items():
        new_rows = after[table]
        assert len(new_rows) == len(old_rows), table
        for old, new in zip(old_rows, new_rows, strict=True):
            assert {k: new[k] for k in old} == old, table  # every old value kept as it was
    # The new columns start empty.
    assert all(p["forgotten_at"] is None for p in after["person"])
    # Before migrating, the old file was copied among its backups, unchanged.
    from liaison.trust.backup import list_backups

    kept = list_backups(folder, stem=copy.stem)
    assert len(kept) == 1 and rows(kept[0].path) == before
    open_database(copy).close()  # at head now: no second copy
    assert len(list_backups(folder, stem=copy.stem)) == 1


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_migrated_records_work_through_the_services(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    db = open_database(copy, officer="Tester")
    with db.session_scope() as s:
        jan = records.get(s, Person, 1)
        assert jan.full_name == "Jan van der Berg"
        assert records.get(s, Commitment, 1).amount == Decimal("1500.00")
        assert [p.id for p in records.get(s, Interaction, 1).people] == [1]
        assert [t.name for t in records.get(s, Organisation, 1).tags] == ["voedsel"]
        assert records.get(s, Person, 2, include_deleted=True).deleted_at is not None
        records.update(s, Person, 1, 1, phone="06-11112222")
    with db.session_scope(write=False) as s:
        assert records.get(s, Person, 1).version == 2
        assert len(records.history(s, records.get(s, Person, 1))) == 3
    db.close()


def test_records_from_before_the_search_index_are_searchable(tmp_path: Path) -> None:
    from liaison.storage import search_index

    copy = tmp_path / "old.db"
    shutil.copy(DATA / "schema_0001.db", copy)
    db = open_database(copy)
    with db.session_scope(write=False) as s:
        assert search_index.find(s, "Buurtkeuken")
    db.close()
