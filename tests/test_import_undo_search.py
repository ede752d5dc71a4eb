"""Undoing an import keeps the search index exact, patching it when most records stay
(a rebuild of a team lead's whole index made undo three times slower) and rebuilding it
when the batch was most of the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from test_import_search import SENTINEL, index_rows, rebuilt_rows, sheet

from liaison.exchange import undo
from liaison.exchange.importer import run_import, undo_import
from liaison.services.search import search
from liaison.storage.db import Database


def mark_sentinel(db: Database) -> None:
    """Organisation 1's index title set to a word only a rebuild would wipe."""
    with db.session_scope() as s:
        s.execute(
            text("UPDATE search_fts SET title = 'schildwacht' WHERE rowid = :r"), {"r": SENTINEL}
        )


def without_sentinel(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if r[0] != SENTINEL]


@pytest.fixture
def big_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(undo, "SMALL_IMPORT", 10)  # 20 rows make 40 indexed records


def test_undoing_a_batch_smaller_than_the_rest_patches_the_index(
    db: Database, tmp_path: Path, big_batches: None
) -> None:
    run_import(db, sheet(tmp_path / "old.xlsx", "Oud", 60))
    mark_sentinel(db)
    report = run_import(db, sheet(tmp_path / "new.xlsx", "Nieuw", 20))

    undo_import(db, report.batch_uuid)

    rows = index_rows(db)
    assert (SENTINEL, "organisation", 1, "schildwacht", "") in rows  # not rebuilt
    assert without_sentinel(rows) == without_sentinel(rebuilt_rows(db))
    with db.session_scope(write=False) as s:
        assert all("Nieuw" not in hit.title for hit in search(s, "Nieuw Buurthuis 7"))
        assert search(s, "anna7@nieuw.nl") == []
        assert search(s, "Oud Buurthuis 42")[0].title == "Oud Buurthuis 42"


def test_undoing_a_batch_that_was_most_of_the_database_rebuilds_the_index(
    db: Database, tmp_path: Path, big_batches: None
) -> None:
    run_import(db, sheet(tmp_path / "old.xlsx", "Oud", 5))
    mark_sentinel(db)
    report = run_import(db, sheet(tmp_path / "new.xlsx", "Nieuw", 40))

    undo_import(db, report.batch_uuid)

    rows = index_rows(db)
    assert all(r[3] != "schildwacht" for r in rows)  # rebuilt: cheaper than 80 deletes
    assert rows == rebuilt_rows(db)
    with db.session_scope(write=False) as s:
        assert search(s, "anna7@nieuw.nl") == []
