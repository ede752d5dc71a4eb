"""Audit of issue 4: what a sheet holds in columns that are not imported is said.

A colleague typed remarks into the column after the last header, without giving
it a header. Those values were dropped without a word (a column with a header but
no field at least got an info line in --json); and the command's report printed
no sheet-level note at all, so 'Kleur map: not imported' was only in --json.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from liaison.cli import main
from liaison.exchange.importer import run_import
from liaison.storage.db import Database


def _sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lijst"
    ws.append(["Initiatief", "Wijk", "Kleur map", None, None])
    ws.append(["Buurtkeuken Bloemhof", "Bloemhof", "groen", None, None])
    ws.append(["Taalcafé Spangen", "Spangen", "rood", "bellen na de zomer", None])
    wb.save(path)
    return path


def test_values_in_a_column_without_a_header_are_a_warning(db: Database, tmp_path: Path) -> None:
    report = run_import(db, _sheet(tmp_path / "lijst.xlsx"))
    said = {(p.severity, p.column, p.message) for p in report.problems if p.row is None}
    assert said == {
        ("warning", "D", "These columns have no header and hold values that are not imported; "
         "give them a header or choose a field for them."),
        ("info", "Kleur map", "These columns are not imported (no field chosen for them)."),
    }  # fmt: skip


def test_the_command_says_which_columns_were_not_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sheet(tmp_path / "lijst.xlsx")
    assert main(["import", str(path), "--db", str(tmp_path / "l.db"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "  warning: sheet, D: These columns have no header and hold values" in out
    assert "  note: Kleur map: These columns are not imported (no field chosen for them)." in out


def test_the_wizards_preview_says_it(qtbot, db: Database, tmp_path: Path) -> None:
    from ui.exchange import import_wizard as iw

    wizard = iw.ImportWizard(db, path=_sheet(tmp_path / "lijst.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=60_000)
    wizard.next()
    for page in (iw.MAPPING_PAGE, iw.PREVIEW_PAGE):
        wizard.next()
        qtbot.waitUntil(wizard.page(page).isComplete, timeout=60_000)
    text = wizard.preview_page.summary.text()
    assert "1 warning" in text
    assert (
        "These columns have no header and hold values that are not imported; give them a " in text
    )
    assert text.endswith("choose a field for them: D.")
