"""Kill -9 at any moment leaves the database intact and all-or-nothing (real processes, SIGKILL).

Each scenario first runs the writer once to learn how long it takes, then kills
fresh runs at fractions of that time, so the kills land before, during and after
the writing on any machine.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from liaison.storage.db import open_database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

ROOT = Path(__file__).resolve().parents[1]
WORKER = str(Path(__file__).with_name("trust_worker.py"))
FRACTIONS = (0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 1.0, 2.0)


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))


def counts(path: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("person", "organisation", "audit_entry")
        )
    finally:
        conn.close()


def timed_run(cmd: list[str]) -> float:
    start = time.monotonic()
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return time.monotonic() - start


def kill_after(cmd: list[str], seconds: float) -> None:
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, start_new_session=True
    )
    time.sleep(seconds)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)


def kill_at_fractions(
    tmp_path: Path,
    prepare: Callable[[Path], None],
    command: Callable[[Path], list[str]],
) -> set[tuple[int, int, int]]:
    """Run once to time it, then kill fresh copies; return the counts found after the kills."""
    template = tmp_path / "template.db"
    prepare(template)
    before = counts(template)
    timing = tmp_path / "timing.db"
    shutil.copy(template, timing)
    duration = timed_run(command(timing))
    after = counts(timing)
    assert before != after
    seen = set()
    for n, fraction in enumerate(FRACTIONS):
        victim = tmp_path / f"victim{n}.db"
        shutil.copy(template, victim)
        kill_after(command(victim), duration * fraction)
        found = counts(victim)  # integrity_check == ok inside
        assert found in (before, after), (fraction, found)
        # And Liaison opens it (quick_check on open, migrations) without complaint.
        open_database(victim, create=False).close()
        seen.add(found)
    assert seen == {before, after}  # the kills landed both before and after the commit
    return seen


def make_database(path: Path, people: int = 0) -> None:
    """A Liaison database with ``people`` persons (plain SQL, fast), padded with notes."""
    open_database(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO person (uuid, given_name, infix, family_name, sort_key, notes, "
            "legal_basis, created_at, updated_at, version) VALUES (?, 'Test', '', ?, ?, ?, "
            "'unknown', '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)",
            (
                (f"00000000-0000-4000-8000-{i:012d}", f"Persoon {i}", f"persoon {i}", "x" * 400)
                for i in range(people)
            ),
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_bulk_write_killed_at_any_moment_is_all_or_nothing(tmp_path: Path) -> None:
    """A real Liaison process creating 800 people in one transaction (as an import does)."""
    kill_at_fractions(
        tmp_path,
        lambda p: make_database(p),
        lambda p: [sys.executable, WORKER, "bulk", str(p), "800"],
    )


def test_restore_killed_at_any_moment_leaves_old_or_new(tmp_path: Path) -> None:
    backup = tmp_path / "big-backup.db"
    make_database(backup, people=60_000)

    def prepare(p: Path) -> None:
        make_database(p, people=10)

    def command(p: Path) -> list[str]:
        return [sys.executable, "-m", "liaison", "restore", str(backup), "--db", str(p), "--yes"]

    kill_at_fractions(tmp_path, prepare, command)
    # A killed restore may leave its hidden temp file; the next restore clears it away.
    victim = tmp_path / "victim2.db"
    timed_run(command(victim))
    assert list(tmp_path.glob(f".{victim.name}.*.tmp")) == []
    assert counts(victim)[0] == 60_000


def test_backup_killed_midway_leaves_no_half_backup(tmp_path: Path) -> None:
    source = tmp_path / "source.db"
    make_database(source, people=60_000)
    folder = tmp_path / "backups"
    cmd = [sys.executable, "-m", "liaison", "backup", "--db", str(source), "--folder", str(folder)]
    duration = timed_run(cmd)
    shutil.rmtree(folder)
    for fraction in FRACTIONS:
        kill_after(cmd, duration * fraction)
        for made in folder.glob("*.db") if folder.exists() else []:
            assert counts(made)[0] == 60_000  # a visible backup is always a complete one
    assert counts(source)[0] == 60_000


def make_workbook(path: Path, rows: int) -> None:
    """A colleague's contact list: people with their initiative and neighbourhood."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Contacten")
    sheet.write_row(
        0,
        0,
        ["Voornaam", "Tussenvoegsel", "Achternaam", "E-mail", "Telefoon", "Organisatie", "Wijk"],
    )
    for i in range(rows):
        sheet.write_row(
            i + 1,
            0,
            [
                f"Naam{i}",
                "van",
                f"Achter{i}",
                f"p{i}@example.nl",
                f"06{i:08d}",
                f"Initiatief {i % 500}",
                "Crooswijk",
            ],
        )
    book.close()


def test_import_killed_at_any_moment_is_all_or_nothing(tmp_path: Path) -> None:
    """The real ``liaison import`` of a 20,000-row workbook, SIGKILLed while it works."""
    sheet = tmp_path / "contacten.xlsx"
    make_workbook(sheet, 20_000)
    kill_at_fractions(
        tmp_path,
        lambda p: make_database(p, people=5),
        lambda p: [sys.executable, "-m", "liaison", "import", str(sheet), "--db", str(p)],
    )


def test_demo_fill_killed_at_any_moment_is_all_or_nothing(tmp_path: Path) -> None:
    """``liaison demo --size N`` (the bulk writer of demo data), SIGKILLed while it works."""
    kill_at_fractions(
        tmp_path,
        lambda p: make_database(p),
        lambda p: [sys.executable, "-m", "liaison", "demo", "--size", "2000", "--db", str(p)],
    )
