"""Audit of issue 4: a colleague's sheet with two header rows and merged cells.

    | Initiatief | Contactpersoon               | Steun                          | Wijk |
    |  (merged   | Naam   | E-mail  | Telefoon  | Partner | Soort | Bedrag | Vanaf | (mer-|
    |   down)    |        |         |           |         |       |        |       | ged) |

Read from the lower row alone, "Naam" became the initiative's name (the
initiatives were called "Fatima el Amrani"), the real initiative names and the
neighbourhoods had no header and were not imported, "Soort" was taken as the
kind of organisation, and no contact person was made. Now the group labels are
read with the headers under them ("Contactpersoon Naam"), and a label merged
down over both rows is the column's header.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from liaison.exchange.importer import run_import
from liaison.exchange.mapping import is_header_group
from liaison.exchange.table import find_table
from liaison.storage.db import Database
from liaison.storage.models import Commitment, Organisation, Person
from ui.exchange import import_wizard as iw

ROWS = [
    ["Buurtkeuken Bloemhof", "Fatima el Amrani", "fatima@buurtkeuken.nl", "06-12345678",
     "Oranje Fonds", "Financieel", 1500, dt.date(2026, 5, 1), "Bloemhof"],
    ["Taalcafé Spangen", "Jan de Vries", "jan@taalcafe.nl", "010-4123456",
     "Gemeente Rotterdam", "Koppeling", None, dt.date(2026, 6, 15), "Spangen"],
]  # fmt: skip


def two_level_sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Overzicht"
    ws["A1"] = "Initiatief"
    ws.merge_cells("A1:A2")
    ws["B1"] = "Contactpersoon"
    ws.merge_cells("B1:D1")
    ws["B2"], ws["C2"], ws["D2"] = "Naam", "E-mail", "Telefoon"
    ws["E1"] = "Steun"
    ws.merge_cells("E1:H1")
    ws["E2"], ws["F2"], ws["G2"], ws["H2"] = "Partner", "Soort", "Bedrag", "Vanaf"
    ws["I1"] = "Wijk"
    ws.merge_cells("I1:I2")
    for row in ROWS:
        ws.append(row)
    wb.save(path)
    return path


EXPECTED_MAPPING = {
    0: "initiative.name", 1: "person.name", 2: "person.email", 3: "person.phone",
    4: "partner.name", 5: "commitment.kind", 6: "commitment.amount", 7: "commitment.start",
    8: "initiative.neighbourhood",
}  # fmt: skip


def test_two_header_rows_with_merged_cells_import_whole(db: Database, tmp_path: Path) -> None:
    path = two_level_sheet(tmp_path / "overzicht.xlsx")
    report = run_import(db, path)
    assert (report.rows, report.imported, report.rejected) == (2, 2, 0)
    assert not [p for p in report.problems if p.severity != "info"]
    with db.session_scope(write=False) as s:
        initiatives = {
            o.name: o.neighbourhood.name
            for o in s.scalars(select(Organisation).where(Organisation.kind == "initiative"))
        }
        people = {(p.full_name, p.email, p.phone) for p in s.scalars(select(Person))}
        support = {
            (c.initiative.name, c.partner.name, c.kind, c.start)
            for c in s.scalars(select(Commitment))
        }
    assert initiatives == {"Buurtkeuken Bloemhof": "Bloemhof", "Taalcafé Spangen": "Spangen"}
    assert people == {
        ("Fatima el Amrani", "fatima@buurtkeuken.nl", "+31 6 12345678"),
        ("Jan de Vries", "jan@taalcafe.nl", "+31 10 412 3456"),
    }
    assert support == {
        ("Buurtkeuken Bloemhof", "Oranje Fonds", "financial", dt.date(2026, 5, 1)),
        ("Taalcafé Spangen", "Gemeente Rotterdam", "brokering", dt.date(2026, 6, 15)),
    }
    assert run_import(db, path).unchanged == 2


def test_a_mapping_saved_for_the_lower_row_still_applies(db: Database, tmp_path: Path) -> None:
    """A mapping file written when the sheet was read by its lower row alone ("Naam")."""
    path = two_level_sheet(tmp_path / "overzicht.xlsx")
    saved = tmp_path / "koppeling.json"
    saved.write_text(json.dumps({"columns": {"Naam": "person.name", "Soort": "commitment.kind",
                                             "A": "initiative.name"}}))  # fmt: skip
    report = run_import(db, path, mapping=saved)
    assert report.imported == 2
    with db.session_scope(write=False) as s:
        assert {p.full_name for p in s.scalars(select(Person))} == {
            "Fatima el Amrani",
            "Jan de Vries",
        }


@pytest.mark.parametrize(
    "above",
    [
        ["Overzicht steun 2026"],  # a title right above the headers
        ["Steun"],  # a title that happens to be a group word
        ["Overzicht", None, "Bijgewerkt 1-5-2026"],  # two labels, neither a group
        ["Steun", None, dt.date(2026, 5, 1)],  # not only labels
    ],
)
def test_a_title_row_right_above_the_headers_stays_a_title(above: list[object]) -> None:
    rows = [above, ["Naam initiatief", "Contactpersoon", "E-mailadres"], ["A", "B", "c@d.nl"]]
    table = find_table(rows, groups=is_header_group)
    assert table.headers == ["Naam initiatief", "Contactpersoon", "E-mailadres"]


def test_the_wizard_maps_the_two_level_sheet(qtbot, db: Database, tmp_path: Path) -> None:
    path = two_level_sheet(tmp_path / "overzicht.xlsx")
    wizard = iw.ImportWizard(db, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=60_000)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == iw.MAPPING_PAGE
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=60_000)
    mapping = wizard.mapping_page.current_mapping()
    assert mapping.headers[:3] == ["Initiatief", "Contactpersoon Naam", "Contactpersoon E-mail"]
    assert mapping.mapped == EXPECTED_MAPPING
