"""QA of the import wizard as a liaison officer uses it: real sheets, real database, real widgets."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from liaison.storage.models import Commitment, Organisation, Person
from ui import i18n
from ui.exchange import import_wizard as iw
from ui.exchange.models import MappingModel

TIMEOUT = 60_000


@pytest.fixture
def dutch(qapp):
    i18n.install("nl")
    yield
    i18n.install("en")


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


def _to_mapping(qtbot, wizard: iw.ImportWizard) -> iw.MappingPage:
    wizard.next()
    wizard.next()
    assert wizard.currentId() == iw.MAPPING_PAGE
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page._op is None, timeout=TIMEOUT)
    return page


def _choose(page: iw.MappingPage, row: int, target: str | None) -> None:
    """Pick a field in a column's combo box, as the officer does."""
    combo = page.view.indexWidget(page.model.index(row, MappingModel.TARGET))
    combo.setCurrentIndex(combo.findData(target))
    combo.activated.emit(combo.currentIndex())


def _sheet(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Aanvragen"
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def unknown_headers(tmp_path: Path) -> Path:
    """A colleague's sheet whose name column Liaison does not recognise."""
    return _sheet(
        tmp_path / "Aanvragen wijkbudget.xlsx",
        ["Bewonersinitiatief", "Aanvrager", "Mail", "Bedrag", "Fonds"],
        [
            ["Buurttuin Pendrecht", "Kees Verhoef", "kees@buurttuin.nl", "€ 1.500,-", "Fonds 1818"],
            ["Leesclub Zuidwijk", "Anouk Smit", "anouk@leesclub.nl", "750", "Oranje Fonds"],
        ],
    )


def test_a_sheet_without_a_recognised_name_column_can_be_mapped_by_hand(
    qtbot, db, unknown_headers: Path
) -> None:
    """The importer refuses it ('map one with a mapping file (--mapping)'); the wizard
    used to stop there with that command-line advice. Now every column is offered."""
    wizard = _open(qtbot, db, unknown_headers)
    page = _to_mapping(qtbot, wizard)
    assert page.isComplete()
    assert "--mapping" not in page.status.text()
    assert page.model is not None
    assert page.model.headers == ["Bewonersinitiatief", "Aanvrager", "Mail", "Bedrag", "Fonds"]
    assert page.model.targets[2] == "person.email"  # what it did recognise is kept
    assert "name" in page.source_label.text()

    # Next without a name column: one sentence, the page stays.
    wizard.next()
    assert wizard.currentId() == iw.MAPPING_PAGE
    assert "name" in page.status.text()

    _choose(page, 0, "initiative.name")
    _choose(page, 1, "person.name")
    wizard.next()
    assert wizard.currentId() == iw.PREVIEW_PAGE
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    assert wizard.preview_page.model.rowCount() == 2
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == iw.SUMMARY_PAGE, timeout=TIMEOUT)
    assert wizard.report.imported == 2
    with db.session_scope(write=False) as s:
        names = set(s.scalars(select(Organisation.name)))
    assert {"Buurttuin Pendrecht", "Leesclub Zuidwijk", "Fonds 1818"} <= names
    assert _count(db, Person) == 2 and _count(db, Commitment) == 2


def test_the_hand_made_mapping_is_remembered_for_the_next_sheet(
    qtbot, db, unknown_headers: Path, tmp_path: Path
) -> None:
    wizard = _open(qtbot, db, unknown_headers)
    page = _to_mapping(qtbot, wizard)
    _choose(page, 0, "initiative.name")
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == iw.SUMMARY_PAGE, timeout=TIMEOUT)
    wizard.close()

    next_month = _sheet(
        tmp_path / "Aanvragen december.xlsx",
        ["Bewonersinitiatief", "Aanvrager", "Mail", "Bedrag", "Fonds"],
        [["Kookclub Lombardijen", "Sem de Jong", "sem@kookclub.nl", "300", "Fonds 1818"]],
    )
    again = _open(qtbot, db, next_month)
    page = _to_mapping(qtbot, again)
    assert again.plan is not None and again.plan.mapping.source == "remembered"
    assert page.model.targets[0] == "initiative.name"


def test_unmapping_the_name_column_is_stopped_on_the_mapping_page(
    qtbot, db, tmp_path: Path
) -> None:
    sheet = _sheet(
        tmp_path / "Steun.xlsx",
        ["Naam initiatief", "Wijk"],
        [["Soepgroep Bloemhof", "Bloemhof"]],
    )
    wizard = _open(qtbot, db, sheet)
    page = _to_mapping(qtbot, wizard)
    _choose(page, 0, None)
    wizard.next()
    assert wizard.currentId() == iw.MAPPING_PAGE
    assert "name" in page.status.text()


def test_an_empty_sheet_is_still_refused_in_one_sentence(qtbot, db, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Leeg"
    wb.save(tmp_path / "leeg.xlsx")
    wizard = _open(qtbot, db, tmp_path / "leeg.xlsx")
    page = _to_mapping(qtbot, wizard)
    assert not page.isComplete()
    assert page.model is None
    text = page.status.text()
    assert text and "\n" not in text and "Traceback" not in text
