"""Audit of issue 4: near duplicates within one colleague's sheet are offered for review.

"Stichting Buurtkeuken Zuid" in one row and "Buurtkeuken Zuid" in others (and
"Stichting Oranje Fonds" beside "Oranje Fonds") became two organisations each
without a question: near matches were only looked for against the database. And
the report said "imported as a separate organisation" also for names the
officer had merged in the wizard.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import select

from liaison.exchange.importer import plan_import, run_import
from liaison.storage.db import Database
from liaison.storage.models import Commitment, Organisation
from ui.exchange import import_wizard as iw
from ui.exchange.models import DuplicatesModel

ROWS = [
    ["Buurtkeuken Zuid", "Oranje Fonds", "Financieel", 1000, "1-5-2026"],
    ["buurtkeuken  zuid.", "Oranje fonds", "In natura", None, "1-6-2026"],
    ["Taalcafé Spangen", "Stichting Oranje Fonds", "Financieel", 500, "1-7-2026"],
    ["Stichting Buurtkeuken Zuid", "Kansfonds", "Koppeling", None, "1-8-2026"],
]


def _sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Initiatief", "Verstrekt door", "Soort steun", "Bedrag", "Startdatum"])
    for row in ROWS:
        ws.append(row)
    wb.save(path)
    return path


def _organisations(db: Database) -> dict[str, str]:
    with db.session_scope(write=False) as s:
        return {o.name: o.name_key for o in s.scalars(select(Organisation))}


def test_names_alike_within_the_sheet_are_offered_and_can_be_merged(
    db: Database, tmp_path: Path
) -> None:
    path = _sheet(tmp_path / "steun.xlsx")
    plan = plan_import(db, path)
    offered = {(d.name, d.candidate_name, d.candidate_rows[0]) for d in plan.near_duplicates}
    assert offered == {
        ("Stichting Buurtkeuken Zuid", "Buurtkeuken Zuid", 2),
        ("Stichting Oranje Fonds", "Oranje Fonds", 2),
    }
    decisions = {d.key: d.merge_value for d in plan.near_duplicates}
    report = run_import(db, path, decisions=decisions)
    assert (report.rows, report.imported, report.rejected) == (4, 4, 0)
    assert not [p for p in report.problems if "separate organisation" in p.message]
    orgs = _organisations(db)
    assert sorted(orgs) == ["Buurtkeuken Zuid", "Kansfonds", "Oranje Fonds", "Taalcafé Spangen"]
    assert orgs["Buurtkeuken Zuid"] == "buurtkeuken zuid"
    with db.session_scope(write=False) as s:
        support = {(c.initiative.name, c.partner.name) for c in s.scalars(select(Commitment))}
    assert support == {
        ("Buurtkeuken Zuid", "Oranje Fonds"),
        ("Buurtkeuken Zuid", "Kansfonds"),
        ("Taalcafé Spangen", "Oranje Fonds"),
    }


def test_kept_apart_they_are_two_and_the_report_says_so(db: Database, tmp_path: Path) -> None:
    report = run_import(db, _sheet(tmp_path / "steun.xlsx"))
    assert "Stichting Buurtkeuken Zuid" in _organisations(db)
    infos = [p.message for p in report.problems if p.severity == "info"]
    assert (
        "'Stichting Buurtkeuken Zuid' looks like 'Buurtkeuken Zuid' in row 2 (100% alike); "
        "imported as a separate organisation." in infos
    )


def test_the_wizard_offers_the_pair_and_merges_it(qtbot, db: Database, tmp_path: Path) -> None:
    wizard = iw.ImportWizard(db, path=_sheet(tmp_path / "steun.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=60_000)
    wizard.next()
    for page in (iw.MAPPING_PAGE, iw.PREVIEW_PAGE):
        wizard.next()
        assert wizard.currentId() == page
        qtbot.waitUntil(wizard.page(page).isComplete, timeout=60_000)
    wizard.next()
    assert wizard.currentId() == iw.DUPLICATES_PAGE
    model = wizard.duplicates_page.model
    shown = {
        model.data(model.index(r, 2)): model.data(model.index(r, 3))
        for r in range(model.rowCount())
    }
    assert shown == {
        "Stichting Buurtkeuken Zuid": "Buurtkeuken Zuid (row 2 of the sheet)",
        "Stichting Oranje Fonds": "Oranje Fonds (row 2 of the sheet)",
    }
    for r in range(model.rowCount()):
        model.setData(model.index(r, DuplicatesModel.DECISION), "merge")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=60_000)
    assert "Stichting Buurtkeuken Zuid" not in _organisations(db)
    assert len(_organisations(db)) == 4


def test_numbered_names_are_not_offered(db: Database, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Initiatief", "Wijk"])
    for i in (1, 2, 12, 21):
        ws.append([f"Speeltuin Pendrecht {i}", "Pendrecht"])
    wb.save(tmp_path / "speeltuinen.xlsx")
    assert plan_import(db, tmp_path / "speeltuinen.xlsx").near_duplicates == []
