"""QA of backup/restore/privacy as a team lead's script uses them. Each test failed on
the old code."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from liaison.cli import main


def liaison(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LIAISON_OFFICER": "Tester"}
    env.pop("LIAISON_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "liaison", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,  # a script: nobody can answer a question
        timeout=120,
    )


def test_forget_in_a_script_without_yes_is_one_sentence_and_reads_nothing_first(
    team_db: Path,
) -> None:
    done = liaison("privacy", "forget", "--person", "3", "--db", str(team_db))
    assert done.returncode == 2 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "--yes" in lines[0], done.stderr  # no preview naming the person


def test_person_takes_the_person_colon_number_form_that_history_takes(
    team_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "inzage.xlsx"
    assert main(["privacy", "export", "--person", "person:3", str(out), "--db", str(team_db)]) == 0
    assert out.exists()
    assert main(["privacy", "keep", "--person", "person:3", "--db", str(team_db)]) == 0
    assert main(["privacy", "forget", "--person", "person:3", "--yes", "--db", str(team_db)]) == 0
    out_text = capsys.readouterr()
    assert "Removed the personal data of person 3" in out_text.out
    assert " 1 roles" not in out_text.err and " 1 contact moments" not in out_text.err
    with pytest.raises(SystemExit):
        main(["privacy", "keep", "--person", "organisation:3", "--db", str(team_db)])
    assert "is not a person" in capsys.readouterr().err


def test_db_may_come_right_after_privacy_as_after_any_command(
    team_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["privacy", "--db", str(team_db), "retention", "--json"]) == 0
    assert '"months": 24' in capsys.readouterr().out


def test_restoring_the_database_onto_itself_is_refused_before_any_safety_copy(
    team_db: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    with sqlite3.connect(team_db) as c:
        c.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES ('backup_folder', ?)",
            (str(backups),),
        )
    done = liaison("restore", str(team_db), "--db", str(team_db), "--yes")
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "copied" not in done.stderr
    assert not list(backups.iterdir())
