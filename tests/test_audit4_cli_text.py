"""Audit of issue 4: what ``liaison import`` prints for a sheet of one row.

"1 rows — 1 imported" stood in the first line of the report for a one-row sheet
(the counts below it were already singular: "1 organisation").
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from liaison.cli import main


def test_one_row_is_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lijst"
    ws.append(["Initiatief", "Wijk"])
    ws.append(["Buurtkeuken Bloemhof", "Bloemhof"])
    wb.save(tmp_path / "een.xlsx")
    db = str(tmp_path / "liaison.db")
    assert main(["import", str(tmp_path / "een.xlsx"), "--db", db, "--dry-run"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == ("Would import een.xlsx (Lijst): 1 row — 1 imported, 0 unchanged, 0 rejected.")
