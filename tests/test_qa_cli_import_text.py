"""QA of what ``liaison import`` and ``undo-import`` tell a person at a terminal.

Each test failed on the old code: a problem in a multi-sheet workbook said only "row 3"
(of which sheet?), a dry run said "Created:", counts read "12 person", and a re-import
that changed nothing ended without a word.
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from liaison.cli import main


@pytest.fixture
def exported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """A demo database and its export, with one bad amount typed into the Support sheet."""
    db = tmp_path / "team.db"
    book = tmp_path / "overzicht.xlsx"
    assert main(["demo", "--size", "12", "--db", str(db)]) == 0
    assert main(["export", str(book), "--db", str(db)]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Steun"]
    amount = [c.column for c in ws[1] if c.value == "Bedrag"][0]
    ws.cell(row=3, column=amount, value="not an amount")
    wb.save(book)
    capsys.readouterr()
    return db, book


def test_a_problem_in_a_workbook_of_several_sheets_names_its_sheet(
    exported: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, book = exported
    assert main(["import", str(book), "--db", str(tmp_path / "new.db"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "not an amount" in x)
    assert line.strip().startswith("warning: Steun row 3, Bedrag:"), line


def test_a_dry_run_says_what_it_would_create_in_plain_plurals(
    exported: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, book = exported
    assert main(["import", str(book), "--db", str(tmp_path / "new.db"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Would create: " in out and "\nCreated:" not in out
    assert re.search(r"\b12 people\b", out), out
    assert not re.search(r"\b\d+ person\b", out) and "organisations" in out


def test_a_reimport_that_changes_nothing_says_so_and_undo_counts_in_plurals(
    exported: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, book = exported
    new = tmp_path / "new.db"
    assert main(["import", str(book), "--db", str(new)]) == 0
    batch = re.search(r"undo-import (\w+)", capsys.readouterr().out)[1]
    assert main(["import", str(book), "--db", str(new)]) == 0
    assert "Nothing was changed" in capsys.readouterr().out
    assert main(["undo-import", batch, "--db", str(new)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"removed .*\b12 people\b", out) and " 1 person" not in out, out


def test_the_calendar_says_how_many_events_and_where_in_full(
    exported: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    db, _ = exported
    monkeypatch.chdir(tmp_path)
    assert main(["export-calendar", "steun.ics", "--db", str(db)]) == 0
    out = capsys.readouterr().out.strip()
    assert "event(s)" not in out
    assert re.fullmatch(rf"Wrote \d+ events? to {re.escape(str(tmp_path / 'steun.ics'))}\.", out)


def test_the_summary_counts_carry_thousands_separators_like_the_created_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'100000 rows — 100000 imported' stood above 'Created: … 100,015 organisations'."""
    sheet = tmp_path / "lijst.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Initiatief", "Wijk"])
    for i in range(1_200):
        ws.append([f"Initiatief {i}", "Bloemhof"])
    wb.save(sheet)
    assert main(["import", str(sheet), "--db", str(tmp_path / "t.db"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1,200 rows — 1,200 imported, 0 unchanged, 0 rejected." in out
    assert "1,200 organisations" in out


def test_the_demo_summary_counts_like_the_other_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'2000 people, … 5210 contact-log entries' had no separators, unlike every other count."""
    from liaison.cli.support import counted

    assert counted(1_500, "contact-log entry") == "1,500 contact-log entries"
    assert main(["demo", "--size", "1000", "--db", str(tmp_path / "demo.db")]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert "1,000 people" in line and re.search(r"\d,\d{3} contact-log entries\.$", line), line
