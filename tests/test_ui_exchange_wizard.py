"""The import wizard driven page by page with real workbooks, a real database and real widgets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from liaison.exchange.export import export_workbook
from liaison.services import records
from liaison.storage.models import Commitment, Organisation, Person
from ui.exchange import import_wizard as iw
from ui.exchange.models import ERROR_COLOUR, WARNING_COLOUR, MappingModel
from ui.exchange.screenshots import write_sample_sheet

TIMEOUT = 60_000


def _count(db, cls) -> int:
    with db.session_scope(write=False) as s:
        return s.execute(
            select(func.count()).select_from(cls).where(cls.deleted_at.is_(None))
        ).scalar_one()


def _open(qtbot, db, path: Path) -> iw.ImportWizard:
    wizard = iw.ImportWizard(db, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=TIMEOUT)
    return wizard


def _next_and_wait(qtbot, wizard: iw.ImportWizard, page_id: int) -> None:
    wizard.next()
    assert wizard.currentId() == page_id
    page = wizard.page(page_id)
    qtbot.waitUntil(page.isComplete, timeout=TIMEOUT)


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    return write_sample_sheet(tmp_path / "Steun Feijenoord.xlsx")


def test_full_walk_through_with_problems_duplicates_rejects_and_undo(
    qtbot, db, sheet: Path
) -> None:
    with db.session_scope() as s:
        records.create(s, Organisation, name="Digi Buddies Zuid", kind="initiative")
    wizard = _open(qtbot, db, sheet)
    assert "XLSX" in wizard.file_page.status.text()

    wizard.next()
    page = wizard.sheet_page
    assert wizard.currentId() == iw.SHEET_PAGE
    names = [page.sheet_combo.itemData(i) for i in range(page.sheet_combo.count())]
    assert names == ["Steun 2026", "Toelichting"]
    assert page.sheet_combo.currentData() == "Steun 2026"

    _next_and_wait(qtbot, wizard, iw.MAPPING_PAGE)
    mp = wizard.mapping_page
    model = mp.model
    assert isinstance(model, MappingModel)
    assert model.targets[0] == "initiative.name"
    assert model.targets[7] == "commitment.amount"
    # Change a column through its combo box, as an officer would: "Opmerkingen" not imported.
    combo = mp.view.indexWidget(model.index(10, MappingModel.TARGET))
    assert combo is not None
    combo.setCurrentIndex(combo.findData(None))
    combo.activated.emit(combo.currentIndex())
    assert model.targets[10] is None
    assert model.data(model.index(10, MappingModel.TARGET)) == "— not imported —"

    _next_and_wait(qtbot, wizard, iw.PREVIEW_PAGE)
    assert wizard.mapping.columns[10] is None  # the preview planned with the edited mapping
    pv = wizard.preview_page.model
    rows = {pv.rows[i][0]: i for i in range(pv.rowCount())}
    bad_mail = pv.index(rows[6], 3)  # "lotte@"
    assert pv.data(bad_mail, Qt.ItemDataRole.BackgroundRole).color() == WARNING_COLOUR
    assert "lotte@" in pv.data(bad_mail, Qt.ItemDataRole.ToolTipRole)
    no_name = pv.index(rows[12], 0)  # the row without an initiative name
    assert pv.data(no_name, Qt.ItemDataRole.BackgroundRole).color() == ERROR_COLOUR
    assert pv.data(pv.index(rows[4], 0), Qt.ItemDataRole.BackgroundRole) is None
    summary = wizard.preview_page.summary.text()
    assert "8 row(s) to import" in summary and "1 row(s) cannot be read" in summary
    assert "1 totals row(s) skipped" in summary and "near duplicate" in summary

    wizard.next()
    assert wizard.currentId() == iw.DUPLICATES_PAGE
    dm = wizard.duplicates_page.model
    assert dm.rowCount() == 1
    assert dm.data(dm.index(0, 2)) == "Digibuddies Zuid"
    assert dm.data(dm.index(0, 3)) == "Digi Buddies Zuid"
    assert dm.decisions[0] == "merge"  # 97 % alike starts as merge

    orgs_before = _count(db, Organisation)
    heard: list[object] = []
    wizard.imported.connect(heard.append)
    wizard.undone.connect(heard.append)
    wizard.next()
    assert wizard.currentId() == iw.IMPORT_PAGE
    qtbot.waitUntil(lambda: wizard.currentId() == iw.SUMMARY_PAGE, timeout=TIMEOUT)
    report = wizard.report
    assert (report.rows, report.imported, report.rejected) == (9, 8, 1)
    assert report.rows == report.imported + report.unchanged + report.rejected
    assert _count(db, Commitment) == 8
    with db.session_scope(write=False) as s:
        names = set(s.scalars(select(Organisation.name).where(Organisation.kind == "initiative")))
    assert "Digibuddies Zuid" not in names and "Digi Buddies Zuid" in names  # merged
    counts = wizard.summary_page.counts.text()
    assert "8 imported" in counts and "1 rejected" in counts
    assert wizard.summary_page.open_rejects.isVisibleTo(wizard)
    assert wizard.rejects_path().exists()

    qtbot.mouseClick(wizard.summary_page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.summary_page.undo_op is None, timeout=TIMEOUT)  # a worker
    assert "undone" in wizard.summary_page.status.text()
    assert not wizard.summary_page.undo_button.isEnabled()
    assert _count(db, Commitment) == 0
    assert _count(db, Organisation) == orgs_before
    assert _count(db, Person) == 0
    assert heard == [report, report.batch_uuid]


def test_a_file_that_is_not_a_spreadsheet_is_one_sentence(qtbot, db, tmp_path: Path) -> None:
    bogus = tmp_path / "foto.xlsx"
    bogus.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    wizard = iw.ImportWizard(db, path=bogus)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.file_page._op is None, timeout=TIMEOUT)
    text = wizard.file_page.status.text()
    assert text and "\n" not in text and "Traceback" not in text
    assert not wizard.file_page.isComplete()


def test_header_row_and_a_loaded_mapping(qtbot, db, sheet: Path, tmp_path: Path) -> None:
    wizard = _open(qtbot, db, sheet)
    wizard.next()
    wizard.sheet_page.header_spin.setValue(3)
    _next_and_wait(qtbot, wizard, iw.MAPPING_PAGE)
    assert wizard.plan.header_row == 3
    mapping_file = tmp_path / "mapping.json"
    mapping_file.write_text(
        json.dumps(
            {
                "format": "liaison-mapping/1",
                "columns": {
                    "Naam initiatief": "initiative.name",
                    "Wijk": "initiative.neighbourhood",
                },
            }
        ),
        encoding="utf-8",
    )
    wizard.mapping_page.load_mapping(str(mapping_file))
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=TIMEOUT)
    mapped = wizard.mapping_page.current_mapping().mapped
    assert mapped == {0: "initiative.name", 1: "initiative.neighbourhood"}
    assert "mapping file" in wizard.mapping_page.source_label.text()


def test_a_liaison_export_imports_whole_and_again_changes_nothing(
    qtbot, db, tmp_path: Path
) -> None:
    from liaison.storage.db import open_database

    source = open_database(tmp_path / "bron.db", officer="Collega")
    with source.session_scope() as s:
        ini = records.create(s, Organisation, name="Buurtkeuken Spangen", kind="initiative")
        fund = records.create(s, Organisation, name="Fonds 1818", kind="fund")
        records.create(s, Commitment, partner=fund, initiative=ini, kind="financial")
        records.create(s, Person, given_name="Sanne", family_name="de Wit")
    out = tmp_path / "collega.xlsx"
    export_workbook(source, out)
    source.close()

    for attempt in (1, 2):
        wizard = _open(qtbot, db, out)
        wizard.next()
        assert wizard.sheet_page.sheet_combo.currentData() == iw.ALL_SHEETS
        _next_and_wait(qtbot, wizard, iw.MAPPING_PAGE)
        assert wizard.plan.liaison_export
        assert "Liaison export" in wizard.mapping_page.source_label.text()
        _next_and_wait(qtbot, wizard, iw.PREVIEW_PAGE)
        assert wizard.preview_page.sheet_choice.count() == 6
        wizard.next()
        qtbot.waitUntil(lambda w=wizard: w.currentId() == iw.SUMMARY_PAGE, timeout=TIMEOUT)
        report = wizard.report
        if attempt == 1:
            assert report.imported == report.rows == 4
        else:
            assert report.unchanged == report.rows == 4 and report.imported == 0
        wizard.close()
    assert _count(db, Organisation) == 2 and _count(db, Commitment) == 1


def test_cancel_during_import_changes_nothing(qtbot, db, sheet: Path) -> None:
    wizard = _open(qtbot, db, sheet)
    wizard.next()
    _next_and_wait(qtbot, wizard, iw.MAPPING_PAGE)
    _next_and_wait(qtbot, wizard, iw.PREVIEW_PAGE)
    wizard.next()  # no near duplicates here: straight to the import, which starts at once
    assert wizard.currentId() == iw.IMPORT_PAGE
    wizard.import_page.cancel()
    qtbot.waitUntil(lambda: wizard.import_page.op is None, timeout=TIMEOUT)
    assert wizard.report is None
    assert "cancelled" in wizard.import_page.status.text()
    assert _count(db, Organisation) == 0
