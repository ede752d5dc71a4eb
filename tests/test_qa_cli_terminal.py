"""QA at a real terminal (a pty): the progress line of import/export is cleared before
an error or the summary. The old line stayed open, so the error landed behind it:
"Reading the file… 0%   liaison: There is no mapping file at 'nope.json'."."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest


def at_terminal(*args: str, cwd: Path) -> tuple[int, str]:
    """Run liaison with stderr on a pty (a terminal); stdout and stderr both read from it."""
    master, slave = pty.openpty()
    env = {**os.environ, "LIAISON_OFFICER": "Tester"}
    env.pop("LIAISON_DB", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "liaison", *args],
        stdout=slave,
        stderr=slave,
        stdin=subprocess.DEVNULL,
        env=env,
        cwd=cwd,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the other side closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "sheet.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Initiatief", "Wijk"])
    for i in range(300):
        wb.active.append([f"Buurtinitiatief {i}", "Bloemhof"])
    wb.save(path)
    return path


def visible_lines(text: str) -> list[str]:
    """What stays on screen: each line as its last carriage return leaves it."""
    return [line.rsplit("\r", 1)[-1].rstrip() for line in text.replace("\r\n", "\n").split("\n")]


def test_an_import_error_at_a_terminal_starts_its_own_line(sheet: Path, tmp_path: Path) -> None:
    code, text = at_terminal(
        "import", str(sheet), "--mapping", "nope.json", "--db", "t.db", cwd=tmp_path
    )
    assert code == 2
    assert "There is no mapping file" in text
    assert "%   liaison" not in text and "% liaison" not in text
    error = [line for line in visible_lines(text) if "mapping file" in line]
    assert error == ["liaison: There is no mapping file at 'nope.json'."]


def test_the_import_summary_at_a_terminal_is_not_behind_a_progress_line(
    sheet: Path, tmp_path: Path
) -> None:
    code, text = at_terminal("import", str(sheet), "--db", "t.db", cwd=tmp_path)
    assert code == 0
    summary = [line for line in visible_lines(text) if "rows —" in line]
    assert len(summary) == 1 and summary[0].startswith("Imported sheet.xlsx"), text


def test_answering_no_at_a_terminal_is_a_refusal_not_a_bug(tmp_path: Path) -> None:
    """Exit 1 is 'unexpected error (a bug)' in 'liaison --help'; a 'no' gave 1."""
    from liaison.cli import main

    db, backup = tmp_path / "team.db", tmp_path / "copy.db"
    assert main(["demo", "--size", "5", "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db), "--to", str(backup)]) == 0
    before = db.read_bytes()
    master, slave = pty.openpty()
    env = {**os.environ, "LIAISON_OFFICER": "Tester"}
    env.pop("LIAISON_DB", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "liaison", "restore", str(backup), "--db", str(db)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
    )
    os.close(slave)
    seen = b""
    while b"[y/N]" not in seen:
        seen += os.read(master, 4096)
    os.write(master, b"n\n")
    with_rest = seen
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        with_rest += data
    os.close(master)
    assert proc.wait(timeout=60) == 2
    assert b"nothing was changed" in with_rest
    assert db.read_bytes() == before
