"""The search index after an import: new records are indexed as they are written,
changed ones re-indexed, and the result is exactly what a full rebuild makes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import text

from liaison.exchange.importer import run_import
from liaison.services.search import search
from liaison.storage import search_index
from liaison.storage.db import Database

HEADERS = ["Initiatief", "Contactpersoon", "E-mailadres", "Tel.", "Verstrekt door", "Bedrag (€)"]
SENTINEL = 1 * 4 + search_index.ENTITY_CODES["organisation"]  # organisation 1's index row


def sheet(path: Path, prefix: str, rows: int, *, phone: str = "06-1234 56{i:02d}") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for i in range(rows):
        ws.append([f"{prefix} Buurthuis {i}", f"Anna {prefix}man {i}", f"anna{i}@{prefix.lower()}.nl",
                   phone.format(i=i), "Oranje Fonds", 100 + i])  # fmt: skip
    wb.save(path)
    return path


def index_rows(db: Database) -> list[tuple]:
    with db.session_scope(write=False) as s:
        return s.execute(
            text("SELECT rowid, entity, record_id, title, body FROM search_fts ORDER BY rowid")
        ).all()


def rebuilt_rows(db: Database) -> list[tuple]:
    """What a full rebuild from the stored records makes (rolled back afterwards)."""
    session = db.session()
    try:
        search_index.rebuild(session)
        return session.execute(
            text("SELECT rowid, entity, record_id, title, body FROM search_fts ORDER BY rowid")
        ).all()
    finally:
        session.rollback()
        session.close()


def test_an_import_indexes_new_records_as_a_rebuild_would(db: Database, tmp_path: Path) -> None:
    run_import(db, sheet(tmp_path / "first.xlsx", "Oud", 60))
    with db.session_scope() as s:  # a mark a rebuild would wipe: organisation 1's title
        s.execute(
            text("UPDATE search_fts SET title = 'schildwacht' WHERE rowid = :r"), {"r": SENTINEL}
        )
    report = run_import(db, sheet(tmp_path / "second.xlsx", "Nieuw", 20))
    assert report.imported == 20

    rows = index_rows(db)
    assert (SENTINEL, "organisation", 1, "schildwacht", "") in rows  # not rebuilt
    assert [r for r in rows if r[0] != SENTINEL] == [
        r for r in rebuilt_rows(db) if r[0] != SENTINEL
    ]
    entities = [r[1] for r in rows]
    assert entities.count("organisation") == 81 and entities.count("person") == 80
    with db.session_scope(write=False) as s:
        new = search(s, "Nieuw Buurthuis 17")
        old = search(s, "Oud Buurthuis 42")
        person = search(s, "anna13@nieuw.nl")
        phone = search(s, "+31 6 12345613")
    assert new and new[0].title == "Nieuw Buurthuis 17"
    assert old and old[0].title == "Oud Buurthuis 42"
    assert person and person[0].entity == "person" and "Nieuwman 13" in person[0].title
    assert {h.title for h in phone} >= {"Anna Oudman 13", "Anna Nieuwman 13"}


def test_changed_records_are_reindexed_with_their_new_values(db: Database, tmp_path: Path) -> None:
    run_import(db, sheet(tmp_path / "first.xlsx", "Oud", 10))
    report = run_import(db, sheet(tmp_path / "again.xlsx", "Oud", 10, phone="010-555 00{i:02d}"))
    assert report.updated.get("person") == 10
    assert index_rows(db) == rebuilt_rows(db)
    with db.session_scope(write=False) as s:
        hits = search(s, "010-5550007")
        stale = search(s, "06-12345607")
    assert [h.title for h in hits] == ["Anna Oudman 7"]
    assert stale == []


def test_a_stale_index_row_at_a_new_id_is_replaced(db: Database, tmp_path: Path) -> None:
    """An index row left at an id past the top (a record once deleted for good) goes."""
    stale = 1 * 4 + search_index.ENTITY_CODES["person"]  # person 1 does not exist yet
    with db.session_scope() as s:
        s.execute(
            text("INSERT INTO search_fts(rowid, entity, record_id, title, body) "
                 "VALUES (:r, 'person', 1, 'weggegooid persoon', '')"),
            {"r": stale},
        )  # fmt: skip
    run_import(db, sheet(tmp_path / "first.xlsx", "Vers", 3))
    assert index_rows(db) == rebuilt_rows(db)
    with db.session_scope(write=False) as s:
        assert search(s, "weggegooid") == []
