"""Audit of issue 4: an initiative's name merged down over its rows of support.

    | Initiatief (merged A2:A4) | Wijk (merged B2:B4) | Verstrekt door     | Soort steun |
    | Buurtkeuken Bloemhof      | Bloemhof            | Oranje Fonds       | Financieel  |
    |                           |                     | Gemeente Rotterdam | Koppeling   |
    |                           |                     | Havensteder        | Ruimte      |

Only the top cell of a merged range holds the value, so the two lower rows had
no initiative and were rejected: two of three commitments lost from a sheet
whose meaning is plain to anyone who opens it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from sqlalchemy import select

from liaison.exchange.importer import run_import
from liaison.exchange.read import read_workbook
from liaison.storage.db import Database
from liaison.storage.models import Commitment


def _sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Steun"
    ws.append(["Overzicht steun Feijenoord 2026"])
    ws.merge_cells("A1:E1")  # a title merged across: stays a title
    ws.append(["Initiatief", "Wijk", "Verstrekt door", "Soort steun", "Startdatum"])
    ws.append(["Buurtkeuken Bloemhof", "Bloemhof", "Oranje Fonds", "Financieel", "1-5-2026"])
    ws.append([None, None, "Gemeente Rotterdam", "Koppeling", "1-6-2026"])
    ws.append([None, None, "Havensteder", "Ruimte", "1-7-2026"])
    ws.append([])  # a blank row inside the merged range stays blank
    ws.merge_cells("A3:A6")
    ws.merge_cells("B3:B6")
    ws.append(["Taalcafé Spangen", "Spangen", "Kansfonds", "Financieel", "1-8-2026"])
    ws.append([None, "Spangen", "Fonds 1818", "Financieel", "1-9-2026"])  # not merged: no name
    wb.save(path)
    return path


def test_rows_under_a_merged_name_belong_to_it(db: Database, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "steun.xlsx")
    report = run_import(db, path)
    assert (report.rows, report.imported, report.rejected) == (5, 4, 1)
    assert [p.row for p in report.problems if p.severity == "error"] == [8]
    with db.session_scope(write=False) as s:
        support = {
            (c.initiative.name, c.initiative.neighbourhood.name, c.partner.name, c.start)
            for c in s.scalars(select(Commitment))
        }
    assert support == {
        ("Buurtkeuken Bloemhof", "Bloemhof", "Oranje Fonds", dt.date(2026, 5, 1)),
        ("Buurtkeuken Bloemhof", "Bloemhof", "Gemeente Rotterdam", dt.date(2026, 6, 1)),
        ("Buurtkeuken Bloemhof", "Bloemhof", "Havensteder", dt.date(2026, 7, 1)),
        ("Taalcafé Spangen", "Spangen", "Kansfonds", dt.date(2026, 8, 1)),
    }
    assert run_import(db, path).unchanged == 4


def test_the_read_rows_and_a_table_not_in_column_a(tmp_path: Path) -> None:
    rows = read_workbook(_sheet(tmp_path / "steun.xlsx")).rows("Steun")
    assert rows[0] == ["Overzicht steun Feijenoord 2026"]
    assert [r[:2] for r in rows[2:5]] == [["Buurtkeuken Bloemhof", "Bloemhof"]] * 3
    assert rows[5] == []
    wb = openpyxl.Workbook()  # a table starting at C3: calamine numbers its columns from C
    ws = wb.active
    ws["C3"], ws["D3"], ws["C4"], ws["D4"], ws["C6"] = "Initiatief", "Wijk", "A", "X", "B"
    ws.merge_cells("D4:D6")
    wb.save(tmp_path / "verschoven.xlsx")
    rows = read_workbook(tmp_path / "verschoven.xlsx").rows("Sheet")
    assert [r for r in rows if r] == [["Initiatief", "Wijk"], ["A", "X"], ["B", "X"]]


_ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
<office:body><office:spreadsheet><table:table table:name="Steun">
{rows}
<table:table-row table:number-rows-repeated="1048570"><table:table-cell
 table:number-columns-repeated="1024"/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"""


def _ods_cell(value: str | None, down: int = 1) -> str:
    if value is None:
        return "<table:covered-table-cell/>" if down == 0 else "<table:table-cell/>"
    span = f' table:number-rows-spanned="{down}"' if down > 1 else ""
    return (
        f'<table:table-cell office:value-type="string"{span}><text:p>{value}</text:p>'
        "</table:table-cell>"
    )


def _ods(path: Path) -> Path:
    """A LibreOffice-style .ods: the initiative merged down over its three rows of support."""
    import zipfile

    rows = [
        [_ods_cell("Initiatief"), _ods_cell("Verstrekt door"), _ods_cell("Soort steun")],
        [_ods_cell("Buurtkeuken Bloemhof", 3), _ods_cell("Oranje Fonds"), _ods_cell("Financieel")],
        [_ods_cell(None, 0), _ods_cell("Gemeente Rotterdam"), _ods_cell("Koppeling")],
        [_ods_cell(None, 0), _ods_cell("Havensteder"), _ods_cell("Ruimte")],
    ]
    xml = _ODS_CONTENT.format(
        rows="\n".join(f"<table:table-row>{''.join(r)}</table:table-row>" for r in rows)
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        zf.writestr("content.xml", xml, zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def test_an_ods_name_merged_down_belongs_to_each_row(db: Database, tmp_path: Path) -> None:
    report = run_import(db, _ods(tmp_path / "steun.ods"))
    assert (report.rows, report.imported, report.rejected) == (3, 3, 0)
    with db.session_scope(write=False) as s:
        support = {(c.initiative.name, c.partner.name) for c in s.scalars(select(Commitment))}
    assert support == {
        ("Buurtkeuken Bloemhof", "Oranje Fonds"),
        ("Buurtkeuken Bloemhof", "Gemeente Rotterdam"),
        ("Buurtkeuken Bloemhof", "Havensteder"),
    }
