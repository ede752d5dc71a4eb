"""Audit of issue 4: "the first visible sheet that holds one [a table]" — one it can import.

A colleague's workbook opens on a cover sheet ("Toelichting": a version table,
Versie | Datum | Door) before the sheet with the data. The import took the cover
sheet's little table and refused the whole file: "No column of sheet
'Toelichting' holds the name of an initiative ...".
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from liaison.exchange.importer import run_import
from liaison.storage.db import Database


def _cover_first(path: Path) -> Path:
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Toelichting"
    cover.append(["Toelichting bij dit overzicht"])
    cover.append(["Versie", "Datum", "Door"])
    cover.append(["1", "1-5-2026", "Sevda"])
    data = wb.create_sheet("Steun 2026")
    data.append(["Initiatief", "Verstrekt door", "Soort steun"])
    data.append(["Buurtkeuken Bloemhof", "Oranje Fonds", "Financieel"])
    wb.save(path)
    return path


def test_a_cover_sheet_before_the_data_is_passed_over(db: Database, tmp_path: Path) -> None:
    report = run_import(db, _cover_first(tmp_path / "overzicht.xlsx"))
    assert report.sheets == ["Steun 2026"]
    assert (report.rows, report.imported) == (1, 1)


def test_with_no_sheet_naming_its_records_the_first_table_is_still_taken(
    db: Database, tmp_path: Path
) -> None:
    """A mapping file then says what the columns are (the first table, as before)."""
    import json

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.append(["Wie", "Waar"])
    ws.append(["Het Buurthuis", "Bloemhof"])
    wb.create_sheet("Blad2").append(["Iets", "Anders"])
    wb.save(tmp_path / "raar.xlsx")
    mapping = tmp_path / "koppeling.json"
    mapping.write_text(json.dumps({"columns": {"Wie": "initiative.name"}}))
    assert run_import(db, tmp_path / "raar.xlsx", mapping=mapping).sheets == ["Blad1"]


def test_the_wizard_opens_on_the_same_sheet(qtbot, db: Database, tmp_path: Path) -> None:
    from ui.exchange import import_wizard as iw

    wizard = iw.ImportWizard(db, path=_cover_first(tmp_path / "overzicht.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=60_000)
    wizard.next()
    combo = wizard.sheet_page.sheet_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["Toelichting", "Steun 2026"]
    assert combo.currentData() == "Steun 2026"
