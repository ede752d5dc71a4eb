"""Audit of issue 4: the app's list of earlier imports says how many rows were rejected.

'liaison imports' lists imported and rejected rows; the dialog said only
"8 imported" for a sheet of 9 rows, one of them rejected, so an officer looking
back could not see that a row never came in.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from liaison.exchange.importer import run_import
from liaison.storage.db import Database
from ui.exchange.imports_dialog import ImportsDialog


def test_the_rows_column_counts_the_rejected_rows(qtbot, db: Database, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Initiatief", "Contactpersoon", "Wijk"])
    ws.append(["Buurtkeuken Bloemhof", "Fatima el Amrani", "Bloemhof"])
    ws.append(["Taalcafé Spangen", "Jan de Vries", "Spangen"])
    ws.append([None, "Mo Yilmaz", "Katendrecht"])  # no initiative: rejected
    path = tmp_path / "contacten.xlsx"
    wb.save(path)
    run_import(db, path)
    clean = tmp_path / "schoon.xlsx"
    ws.delete_rows(3, 2)
    ws.append(["Moestuin Hillesluis", "Ayşe Yılmaz", "Hillesluis"])
    wb.save(clean)
    run_import(db, clean)  # nothing rejected: nothing said about it

    dialog = ImportsDialog(db)
    qtbot.addWidget(dialog)
    model = dialog.view.model()
    rows = {model.data(model.index(r, 1)): model.data(model.index(r, 4)) for r in range(2)}
    assert rows == {"contacten.xlsx": "2 imported, 1 rejected", "schoon.xlsx": "1 imported"}
