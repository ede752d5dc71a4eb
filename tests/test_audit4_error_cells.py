"""Audit of issue 4: a cell showing an Excel error (#N/A of a broken VLOOKUP, #REF!) is said.

calamine reads an error cell as empty, so a column of amounts looked up from another
workbook that showed '#N/A' came in as 'no amount' without a word, and an
organisation '#REF!' as a row without an organisation. Such cells are now a warning
naming the error (xlsx/xlsm, whose sheet XML is scanned anyway).
"""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from liaison.exchange.importer import run_import
from liaison.exchange.read import read_workbook
from liaison.storage.db import Database


def _sheet(path: Path) -> Path:
    """As Excel saves it: formulas with their cached results, errors among them."""
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Steun")
    ws.write_row(1, 1, ["Initiatief", "Verstrekt door", "Bedrag", "Wijk"])  # a table from B2
    ws.write_row(2, 1, ["Buurtkeuken Bloemhof", "Oranje Fonds"])
    ws.write_formula(2, 3, "=VLOOKUP(B3,Bedragen!A:B,2,0)", None, "#N/A")
    ws.write_string(2, 4, "Bloemhof")
    ws.write_formula(3, 1, "=#REF!", None, "#REF!")
    ws.write_row(3, 2, ["Kansfonds", 500, "Spangen"])
    ws.write_row(4, 1, ["Taalcafé Spangen", "Kansfonds", 750, "Spangen"])
    wb.close()
    return path


def test_error_cells_are_warnings_not_silent_blanks(db: Database, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "steun.xlsx")
    assert read_workbook(path).error_cells("Steun") == {(2, 2): "#N/A", (3, 0): "#REF!"}
    report = run_import(db, path)
    assert (report.rows, report.imported, report.rejected) == (3, 2, 1)
    said = [(p.row, p.column, p.severity, p.message) for p in report.problems if p.row]
    assert said == [
        (3, "Bedrag", "warning", "The cell shows Excel's error '#N/A'; it was read as empty."),
        (4, "Initiatief", "warning", "The cell shows Excel's error '#REF!'; it was read as empty."),
        (4, "Initiatief", "error",
         "The row has no name in column 'Initiatief', so there is nothing to attach it to."),
    ]  # fmt: skip
