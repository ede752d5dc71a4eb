"""The search index after a big import: rebuilt when the import is most of the data,
refreshed record by record when the database already held much more."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text

import liaison.exchange.importer as importer
from liaison.exchange.importer import run_import
from liaison.services.search import search
from liaison.storage.db import Database
from liaison.storage.models import Organisation, Person

HEADERS = ["Initiatief", "Contactpersoon", "E-mailadres", "Verstrekt door", "Bedrag (€)"]
SENTINEL = 4_000_000_003  # an index row no import writes: gone only if the index is rebuilt


def sheet(path: Path, prefix: str, rows: int) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for i in range(rows):
        ws.append([f"{prefix} Buurthuis {i}", f"Anna {prefix}man {i}",
                   f"anna{i}@{prefix.lower()}.nl", "Oranje Fonds", 100 + i])  # fmt: skip
    wb.save(path)
    return path


def index_state(db: Database) -> tuple[dict[str, int], dict[str, int], bool]:
    """(index rows per entity, live records per entity, whether the sentinel survived)."""
    with db.session_scope(write=False) as s:
        rows = dict(
            s.execute(
                text("SELECT entity, count(*) FROM search_fts WHERE rowid != :r GROUP BY entity"),
                {"r": SENTINEL},
            ).all()
        )
        live = {
            name: s.scalar(select(func.count()).select_from(cls).where(cls.deleted_at.is_(None)))
            for name, cls in (("organisation", Organisation), ("person", Person))
        }
        sentinel = s.execute(
            text("SELECT 1 FROM search_fts WHERE rowid = :r"), {"r": SENTINEL}
        ).first()
    return rows, live, sentinel is not None


@pytest.mark.parametrize(("share", "rebuilt"), [(1.5, False), (100.0, True)])
def test_big_import_into_a_full_database_indexes_every_record(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, share: float, rebuilt: bool
) -> None:
    run_import(db, sheet(tmp_path / "first.xlsx", "Oud", 60))
    with db.session_scope() as s:
        s.execute(
            text("INSERT INTO search_fts(rowid, entity, record_id, title, body) "
                 "VALUES (:r, 'interaction', 1000000000, 'schildwacht', '')"),
            {"r": SENTINEL},
        )  # fmt: skip
    # "big" from 5 records on: 20 initiatives + 20 people against 60 + 60 + 1 partner
    monkeypatch.setattr(importer, "SMALL_IMPORT", 5)
    monkeypatch.setattr(importer, "REBUILD_SHARE", share)
    report = run_import(db, sheet(tmp_path / "second.xlsx", "Nieuw", 20))
    assert report.imported == 20

    rows, live, sentinel = index_state(db)
    assert rows == live == {"organisation": 81, "person": 80}
    assert sentinel is not rebuilt
    with db.session_scope(write=False) as s:
        new = search(s, "Nieuw Buurthuis 17")
        old = search(s, "Oud Buurthuis 42")
        person = search(s, "anna13@nieuw.nl")
    assert new and new[0].title == "Nieuw Buurthuis 17"
    assert old and old[0].title == "Oud Buurthuis 42"
    assert person and person[0].entity == "person" and "Nieuwman 13" in person[0].title
