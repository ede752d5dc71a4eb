"""QA of backups as an officer or a team lead's script uses them. Each test failed on the old code."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from liaison.cli import main


@pytest.fixture
def team_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "team.db"
    assert main(["demo", "--size", "8", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def test_backup_to_an_existing_file_is_refused_without_force(
    team_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'backup --to' replaced whatever was there — last week's backup, or a file that was no
    backup at all — without a word."""
    precious = tmp_path / "notes.txt"
    precious.write_text("mijn aantekeningen\n", encoding="utf-8")
    assert main(["backup", "--db", str(team_db), "--to", str(precious)]) == 2
    err = capsys.readouterr().err
    assert precious.read_text(encoding="utf-8") == "mijn aantekeningen\n"
    assert err.count("\n") == 1 and "already a file" in err and "--force" in err
    assert not list(tmp_path.glob(".notes.txt.*.tmp"))  # no temp file left behind

    assert main(["backup", "--db", str(team_db), "--to", str(precious), "--force"]) == 0
    capsys.readouterr()
    with sqlite3.connect(precious) as c:
        assert c.execute("SELECT count(*) FROM person").fetchone()[0] > 0


def test_backup_to_a_missing_folder_says_it_does_not_exist(
    team_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said the folder 'is not writable', sending the officer to check permissions."""
    target = tmp_path / "typo" / "b.db"
    assert main(["backup", "--db", str(team_db), "--to", str(target)]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "not writable" not in err
    assert not target.parent.exists()
