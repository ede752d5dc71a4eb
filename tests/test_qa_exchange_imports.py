"""Undo an import later in the app: the imports dialog over real imports in a real database."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from liaison.exchange.importer import run_import
from liaison.services import records
from liaison.storage.models import Organisation
from ui.exchange.imports_dialog import ImportsDialog

TIMEOUT = 60_000


def _count(db) -> int:
    with db.session_scope(write=False) as s:
        return s.execute(
            select(func.count()).select_from(Organisation).where(Organisation.deleted_at.is_(None))
        ).scalar_one()


def _sheet(path: Path, names: list[str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Naam initiatief", "Wijk"])
    for name in names:
        ws.append([name, "Bloemhof"])
    wb.save(path)
    return path


def _answer(dialog: ImportsDialog, button: QMessageBox.StandardButton) -> None:
    def click() -> None:
        box = dialog.confirm_box
        if box is None or not box.isVisible():
            QTimer.singleShot(20, click)
            return
        box.button(button).click()

    QTimer.singleShot(0, click)


def test_an_import_can_be_undone_later_from_the_list(qtbot, db, tmp_path: Path) -> None:
    """Once the wizard was closed, the app offered no way to undo an import."""
    run_import(db, _sheet(tmp_path / "Steun september.xlsx", ["Soepgroep", "Kookclub"]))
    run_import(db, _sheet(tmp_path / "Steun oktober.xlsx", ["Taalcafé Spangen"]))
    assert _count(db) == 3

    dialog = ImportsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.view.model()
    assert model.rowCount() == 2
    assert model.data(model.index(0, 1)) == "Steun oktober.xlsx"  # newest first, selected
    assert dialog.undo_button.isEnabled()

    _answer(dialog, QMessageBox.StandardButton.No)
    dialog.undo_button.click()
    assert dialog.op is None and _count(db) == 3  # No: nothing happens

    heard: list[str] = []
    dialog.undone.connect(heard.append)
    _answer(dialog, QMessageBox.StandardButton.Yes)
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: dialog.op is None, timeout=TIMEOUT)
    assert _count(db) == 2 and len(heard) == 1
    model = dialog.view.model()
    assert model.data(model.index(0, 5))  # the undone import shows when it was undone
    dialog.view.selectRow(0)
    assert not dialog.undo_button.isEnabled()


def test_an_undo_that_is_refused_says_why_in_one_sentence(qtbot, db, tmp_path: Path) -> None:
    run_import(db, _sheet(tmp_path / "Steun.xlsx", ["Soepgroep"]))
    with db.session_scope() as s:  # a colleague edits the imported record afterwards
        org = s.scalars(select(Organisation)).one()
        records.update(s, Organisation, org.id, None, description="Elke vrijdag soep")
    dialog = ImportsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    _answer(dialog, QMessageBox.StandardButton.Yes)
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: dialog.op is None, timeout=TIMEOUT)
    text = dialog.status.text()
    assert "cannot be undone" in text and "\n" not in text
    assert _count(db) == 1 and dialog.undo_button.isEnabled()


def test_an_empty_list_says_nothing_was_imported(qtbot, db) -> None:
    dialog = ImportsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.view.model().rowCount() == 0
    assert "Nothing has been imported" in dialog.status.text()
    assert not dialog.undo_button.isEnabled()


def test_the_demo_data_batch_shows_no_row_count(qtbot, db) -> None:
    """The demo is a batch too (undoable), but it read no sheet: no '0 imported'."""
    from liaison import demo

    demo.generate(db, size=20)
    dialog = ImportsDialog(db)
    qtbot.addWidget(dialog)
    rows = [dialog.model.index(0, c).data() for c in range(6)]
    assert rows[1] == "demo data" and rows[4] == ""
