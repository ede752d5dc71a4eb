"""The importer's portable write path (for databases other than SQLite: Core inserts,
ids read back by uuid) stores exactly what the SQLite bulk writer stores.

CI has no PostgreSQL; running the portable path on SQLite keeps it working until a
later issue runs the suite on another database.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from liaison.exchange import importer
from liaison.exchange.importer import run_import
from liaison.storage.db import Database, open_database

HEADERS = ["Initiatief", "Wijk", "Labels", "Contactpersoon", "E-mailadres", "Tel.", "Verstrekt door",
           "Soort steun", "Bedrag (€)", "Startdatum", "Einddatum"]  # fmt: skip
#: Columns whose values differ between two databases by nature (fresh uuids, clock).
VOLATILE = {"uuid", "record_uuid", "at", "created_at", "updated_at", "imported_at"}
TABLES = ("neighbourhood", "tag", "organisation", "organisation_tag", "person", "affiliation",
          "commitment", "audit_entry")  # fmt: skip


def overview(path: Path, changed: bool = False) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for i in range(30):
        ws.append([
            f"Buurthuis {i % 12}", f"Wijk {i % 4}", "ouderen, voedsel" if i % 3 else None,
            f"Ayşe Yılmaz {i % 15}", f"ayse{i % 15}@buurt.nl",
            "06-87654321" if changed and i % 15 == 3 else f"06-1234 56{i % 15:02d}",
            ["Oranje Fonds", "Gemeente Rotterdam", "Woonstad Rotterdam"][i % 3],
            ["Financieel", "In natura", "Ruimte"][i % 3], f"€ {100 + i},-",
            f"{1 + i % 28}-5-2026", "31-12-2026",
        ])  # fmt: skip
    ws.append(["Totaal", None, None, None, None, None, None, None, "=SUM(I2:I31)"])
    wb.save(path)
    return path


def dump(db: Database) -> dict[str, list[tuple]]:
    out = {}
    with db.session_scope(write=False) as s:
        for table in TABLES:
            result = s.execute(text(f'SELECT * FROM "{table}" ORDER BY 1, 2'))
            keep = [i for i, c in enumerate(result.keys()) if c not in VOLATILE]
            out[table] = [tuple(row[i] for i in keep) for row in result]
    return out


def test_the_portable_path_stores_what_the_bulk_writer_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = overview(tmp_path / "mei.xlsx"), overview(tmp_path / "juni.xlsx", True)
    bulk = open_database(tmp_path / "bulk.db", officer="Fatima")
    portable = open_database(tmp_path / "portable.db", officer="Fatima")
    reports = {}
    try:
        for name, db in (("bulk", bulk), ("portable", portable)):
            if name == "portable":
                monkeypatch.setattr(importer, "BULK_WRITER_DIALECTS", frozenset())
            reports[name] = [run_import(db, first).to_json(), run_import(db, second).to_json()]
        for report in (*reports["bulk"], *reports["portable"]):
            report.pop("batch")  # each import's own uuid
        assert reports["bulk"] == reports["portable"]
        created = reports["bulk"][0]["created"]
        assert (created["organisation"], created["person"], created["commitment"]) == (15, 15, 30)
        assert reports["bulk"][1]["updated"] == {"person": 1}
        assert dump(bulk) == dump(portable)
        # the other path really ran: only the bulk writer indexes new records (other databases
        # have no FTS); both re-index the one person the second import changed
        with bulk.session_scope(write=False) as s, portable.session_scope(write=False) as t:
            count = text("SELECT count(*) FROM search_fts")
            assert (s.execute(count).scalar(), t.execute(count).scalar()) == (30, 1)
    finally:
        bulk.close()
        portable.close()
