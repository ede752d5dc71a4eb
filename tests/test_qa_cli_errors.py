"""QA of the command line's error paths: one sentence on stderr, a non-zero exit, never noise.

Found by running every subcommand as a team lead's script would; each test failed on
the code before its fix.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from liaison.cli import main
from liaison.storage.db import open_database


def one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "sqlalche.me" not in err and "[SQL:" not in err
    return lines[0]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def made_db(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    open_database(path).close()
    return path


def test_a_server_url_without_its_driver_is_one_sentence_and_hides_the_password(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(["list", "people", "--db", "mysql://bob:s3cret@db.example/crm"], capsys)
    assert code == 2 and out == ""
    line = one_sentence(err)
    assert "driver" in line and "not installed" in line
    assert "s3cret" not in err and "bob:***@db.example" in line
    assert "unexpected error" not in line


def test_an_unknown_kind_of_database_url_is_one_sentence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(["renewals", "--db", "foo://bar/x"], capsys)
    assert code == 2 and out == ""
    line = one_sentence(err)
    assert "'foo://bar/x' is not a database Liaison can use" in line


def test_a_bad_argument_of_a_subcommand_points_to_that_subcommand_help(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["privacy", "retention", "--months", "abc"])
    assert exit_.value.code == 2
    line = one_sentence(capsys.readouterr().err)
    assert "'liaison privacy retention --help'" in line


@pytest.mark.slow  # waits out the real busy timeout (15 s) of the database layer
def test_a_database_another_writer_holds_is_one_sentence_not_sqlalchemy_noise(
    made_db: Path,
) -> None:
    holder = sqlite3.connect(made_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a colleague's long write
    try:
        env = {**os.environ, "LIAISON_OFFICER": "Tester"}
        env.pop("LIAISON_DB", None)
        done = subprocess.run(
            [sys.executable, "-m", "liaison", "demo", "--size", "5", "--db", str(made_db)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    line = one_sentence(done.stderr)
    assert line.startswith("liaison: The database is busy")


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["renewals", "--within", "99999999999"], "--within"),  # was OverflowError (dates)
        (["list", "people", "--limit", "99999999999999999999"], "--limit"),  # SQLite INTEGER
        (["search", "a", "--limit", "99999999999999999999"], "--limit"),
        (["privacy", "retention", "--months", "99999999999"], "--months"),
    ],
)
def test_a_number_too_large_is_refused_in_one_sentence_not_an_overflow(
    made_db: Path, argv: list[str], option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--db", str(made_db)])
    assert exit_.value.code == 2
    out, err = capsys.readouterr()
    line = one_sentence(err)
    assert out == "" and f"argument {option}:" in line and "must be at most" in line
    assert "unexpected error" not in line


def test_the_largest_accepted_numbers_still_work(
    made_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["renewals", "--within", "36500", "--json", "--db", str(made_db)]) == 0
    assert main(["list", "people", "--limit", "1000000000", "--db", str(made_db)]) == 0
    assert main(["privacy", "retention", "--months", "1200", "--db", str(made_db)]) == 0
    capsys.readouterr()


@pytest.fixture
def read_only_db(made_db: Path) -> Iterator[Path]:
    """A database file nobody may write: mode 0444, or immutable where root ignores modes."""
    made_db.chmod(0o444)
    immutable = False
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(made_db)], capture_output=True)
        if done.returncode != 0:
            made_db.chmod(0o600)
            pytest.skip("root writes any file and chattr is not available here")
        immutable = True
    yield made_db
    if immutable:
        subprocess.run(["chattr", "-i", str(made_db)], check=True)
    made_db.chmod(0o600)


def test_a_read_only_database_is_one_sentence_for_a_write(
    read_only_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["demo", "--size", "5", "--db", str(read_only_db)], capsys)
    assert code == 2 and out == ""
    assert (
        one_sentence(err)
        == "liaison: The database cannot be changed: its file or folder is read-only."
    )
    code, out, err = run(["list", "people", "--db", str(read_only_db)], capsys)
    assert code == 0 and err == ""  # reading it still works


@pytest.fixture
def db_in_read_only_folder(made_db: Path) -> Iterator[Path]:
    """A sound database in a folder nobody may write (a read-only share, a locked folder)."""
    folder = made_db.parent
    folder.chmod(0o555)
    immutable = False
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
        if done.returncode != 0:
            folder.chmod(0o755)
            pytest.skip("root writes any folder and chattr is not available here")
        immutable = True
    yield made_db
    if immutable:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    folder.chmod(0o755)


def test_a_sound_database_in_a_read_only_folder_is_not_called_damaged(
    db_in_read_only_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["list", "people", "--db", str(db_in_read_only_folder)], capsys)
    assert code == 2 and out == ""
    line = one_sentence(err)
    # "it is not damaged" is welcome; "is damaged" or advice to restore a backup is not
    assert "read-only" in line and "restore" not in line
    assert "damaged" not in line.replace("not damaged", "")


@pytest.mark.parametrize("argv", [["import", "sheet.xlsx"], ["list", "people"], ["demo"]])
def test_an_empty_db_never_falls_back_to_the_officers_own_database(
    argv: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--db "$TEAM_DB"` with the variable unset used the per-user default database."""
    monkeypatch.setenv("HOME", str(tmp_path))  # should it regress: never the real one
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("LIAISON_DB", raising=False)
    code, out, err = run([*argv, "--db", ""], capsys)
    assert code == 2 and out == ""
    assert "--db is empty" in one_sentence(err)
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize(
    "argv",
    [["history", "x\ny"], ["import", "{sheet}", "--sheet", "Blad\n1", "--dry-run"]],
)
def test_a_line_break_in_the_users_text_keeps_the_error_on_one_line(
    made_db: Path, tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    sheet = tmp_path / "sheet.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Initiatief"])
    wb.active.append(["Buurtmoestuin"])
    wb.save(sheet)
    argv = [a.replace("{sheet}", str(sheet)) for a in argv]
    code, out, err = run([*argv, "--db", str(made_db)], capsys)
    assert code == 2 and out == ""
    one_sentence(err)


def test_a_bound_in_a_refusal_reads_as_english(capsys: pytest.CaptureFixture[str]) -> None:
    """'--months 0' said "'0' must be at least 1 months"."""
    with pytest.raises(SystemExit) as exit_:
        main(["privacy", "retention", "--months", "0"])
    assert exit_.value.code == 2
    assert "must be at least 1 month " in one_sentence(capsys.readouterr().err)
