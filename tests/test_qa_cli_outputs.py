"""QA of the command line's output files and side effects: never write over an input,
never leave a database behind where none was asked for. Each test failed on the old code."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from liaison.cli import main


def people(db: Path) -> int:
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return c.execute("SELECT count(*) FROM person").fetchone()[0]


def batches(db: Path) -> int:
    with sqlite3.connect(db) as c:
        return c.execute(
            "SELECT count(*) FROM import_batch WHERE file_name != 'demo data'"
        ).fetchone()[0]


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    """A colleague's sheet: one good row, one without a name (rejected)."""
    path = tmp_path / "colleague.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Initiatief", "Wijk", "Contactpersoon"])
    ws.append(["Buurtmoestuin Oost", "Kralingen-West", "Jan de Vries"])
    ws.append([None, "Bloemhof", "Piet"])
    wb.save(path)
    return path


def refused(capsys: pytest.CaptureFixture[str], code: int, *words: str) -> str:
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    for word in words:
        assert word in lines[0]
    return lines[0]


@pytest.mark.parametrize("command", ["export", "export-calendar"])
def test_an_export_named_like_the_database_is_refused_and_the_database_survives(
    team_db: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = people(team_db)
    code = main([command, str(team_db), "--db", str(team_db)])
    refused(capsys, code, "must end in")
    assert people(team_db) == before  # the old code wrote the workbook/calendar over it


def test_an_export_to_a_csv_name_is_refused_instead_of_an_xlsx_in_disguise(
    team_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export", str(tmp_path / "overview.csv"), "--db", str(team_db)])
    refused(capsys, code, "'", "must end in .xlsx")
    assert not (tmp_path / "overview.csv").exists()
    assert main(["export", str(tmp_path / "Overzicht.XLSX"), "--db", str(team_db)]) == 0


def test_rejects_written_over_the_sheet_being_imported_are_refused(
    team_db: Path, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = sheet.read_bytes()
    for name in (sheet, sheet.with_suffix("")):  # 'colleague' is written as colleague.xlsx
        code = main(["import", str(sheet), "--db", str(team_db), "--rejects", str(name)])
        refused(capsys, code, "--rejects", "a file this command reads")
    assert sheet.read_bytes() == original
    assert batches(team_db) == 0


def test_save_mapping_over_the_sheet_is_refused_and_never_written_before_the_import(
    team_db: Path, sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = sheet.read_bytes()
    code = main(["import", str(sheet), "--db", str(team_db), "--save-mapping", str(sheet)])
    refused(capsys, code, "--save-mapping")
    assert sheet.read_bytes() == original  # the old code wrote JSON over the sheet first
    saved = tmp_path / "mapping.json"
    assert main(["import", str(sheet), "--db", str(team_db), "--save-mapping", str(saved)]) == 0
    assert '"initiative.name"' in saved.read_text(encoding="utf-8")


def test_rejects_into_a_missing_folder_are_refused_before_anything_is_imported(
    team_db: Path, sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no such folder" / "rejects.xlsx"
    code = main(["import", str(sheet), "--db", str(team_db), "--rejects", str(target)])
    refused(capsys, code, "does not exist")
    # The old code committed the import, then failed with 'unexpected error (FileCreateError…)'.
    assert batches(team_db) == 0


def test_a_dry_run_against_a_new_database_creates_no_file_and_no_folder(
    sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new" / "team.db"
    assert main(["import", str(sheet), "--db", str(target), "--dry-run", "--json"]) == 0
    assert '"imported": 1' in capsys.readouterr().out
    assert not target.exists() and not target.parent.exists()


def test_a_failed_import_leaves_no_new_empty_database_but_a_good_one_stays(
    sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "typo" / "teamm.db"
    code = main(["import", str(tmp_path / "missing.xlsx"), "--db", str(target)])
    refused(capsys, code, "There is no file")
    assert not target.exists() and not target.parent.exists()
    assert main(["import", str(sheet), "--db", str(target)]) == 0
    assert people(target) == 1 and batches(target) == 1


def test_a_demo_interrupted_with_ctrl_c_leaves_no_new_database(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    target = tmp_path / "new" / "demo.db"
    env = {**os.environ, "LIAISON_OFFICER": "Tester"}
    env.pop("LIAISON_DB", None)
    cmd = [sys.executable, "-m", "liaison", "demo", "--size", "50000", "--db", str(target)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 60
    while not target.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # the demo is writing now
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.decode().strip() == "liaison: interrupted." and out == b""
    assert not target.exists() and not target.parent.exists()


@pytest.mark.parametrize("wildcard", ["%", "_", "________"])
def test_undo_import_takes_no_sql_wildcard_for_a_batch(
    sheet: Path, tmp_path: Path, wildcard: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The old code matched BATCH with LIKE: 'undo-import %' undid the only batch."""
    db = tmp_path / "team.db"
    assert main(["import", str(sheet), "--db", str(db)]) == 0
    with pytest.raises(SystemExit) as exit_:
        main(["undo-import", wildcard, "--db", str(db)])
    assert exit_.value.code == 2
    capsys.readouterr()
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT undone_at FROM import_batch").fetchone()[0] is None
    assert people(db) == 1
