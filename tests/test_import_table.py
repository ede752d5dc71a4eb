"""Finding the table: header row below titles, blank rows, totals rows, hidden rows."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from liaison.exchange.mapping import is_known_header
from liaison.exchange.read import read_workbook
from liaison.exchange.table import find_table
from liaison.storage.db import Database


def test_header_row_below_title_rows_and_blank_rows_skipped() -> None:
    rows = [
        ["Overzicht steun 2020"],
        ["Gemeente Rotterdam, gebied Delfshaven", None, None],
        [],
        ["Initiatief", "Wijk", "Bedrag (€)"],
        ["Buurtkracht", "Delfshaven", 100.0],
        [None, None, None],
        ["Samen Eten", "Bospolder", 200.0],
        ["Totaal", None, 300.0],
    ]
    table = find_table(rows, known=is_known_header)
    assert table.header_row == 4
    assert table.headers == ["Initiatief", "Wijk", "Bedrag (€)"]
    assert [n for n, _ in table.rows] == [5, 7]
    assert table.blank_rows == 1 and table.totals_rows == [8]


def test_unknown_headers_still_found_as_the_most_header_like_row() -> None:
    rows = [["Lijst"], ["Wie", "Waar", "Wanneer"], ["A", "B", 3.0], ["C", "D", 4.0]]
    assert find_table(rows).header_row == 2


def test_trailing_sums_without_a_name_are_totals() -> None:
    rows = [["Initiatief", "Bedrag"], ["A", 1.0], ["B", 2.0], [None, 3.0]]
    table = find_table(rows, text_columns=[0])
    assert [n for n, _ in table.rows] == [2, 3] and table.totals_rows == [4]
    # without knowing the name column, a lone number row is data (and rejected later)
    assert [n for n, _ in find_table(rows).rows] == [2, 3, 4]


def test_subtotal_words_in_dutch_and_english() -> None:
    rows = [["Initiatief", "Bedrag"], ["A", 1.0], ["Subtotaal:", 1.0], ["B", 2.0], ["TOTAL", 3.0]]
    table = find_table(rows)
    assert [n for n, _ in table.rows] == [2, 4] and table.totals_rows == [3, 5]


def test_named_header_row() -> None:
    rows = [["x", "y"], ["Naam", "Wijk"], ["A", "B"]]
    assert find_table(rows, header_row=2).headers == ["Naam", "Wijk"]


def test_hidden_rows_are_imported_and_reported(db: Database, tmp_path: Path) -> None:
    from liaison.exchange.importer import run_import

    path = tmp_path / "filter.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Initiatief", "Wijk"])
    for name in ("Een", "Twee", "Drie"):
        ws.append([name, "Delfshaven"])
    ws.row_dimensions[3].hidden = True  # filtered away in Excel
    wb.save(path)
    assert read_workbook(path).hidden_rows("Sheet") == {2}
    report = run_import(db, path)
    assert report.imported == 3
    hidden = [p.message for p in report.problems if "hidden" in p.message]
    assert hidden == ["Row 3, hidden in the sheet, was imported like the others."]


def test_first_visible_sheet_with_a_table(db: Database, tmp_path: Path) -> None:
    from liaison.exchange.importer import plan_import

    path = tmp_path / "sheets.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Leeg"
    hidden = wb.create_sheet("Oud")
    hidden.append(["Initiatief"])
    hidden.append(["Verborgen"])
    hidden.sheet_state = "hidden"
    data = wb.create_sheet("Data")
    data.append(["Initiatief"])
    data.append(["Zichtbaar"])
    wb.save(path)
    plan = plan_import(db, path)
    assert plan.sheet == "Data"
    assert plan_import(db, path, sheet="Oud").rows[0].values["initiative.name"] == "Verborgen"
