"""A backup killed halfway leaves no partial copy behind for good.

The copy is written to a hidden temp file in the backup folder and renamed into
place when complete. Killed before that (the laptop shut during the backup at
start), the temp file stayed forever: nothing removed it, no rotation saw it, so
residents' data in it outlived the promise that backups rotate out (a forgotten
person included), and each one took the database's size in disk space. The next
backup removes such leftovers once nobody can still be writing them (an hour).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_trust_crash import make_database

from liaison.storage.db import open_database
from liaison.trust.backup import backup_now

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))


def _kill_while_copying(cmd: list[str], folder: Path, pattern: str) -> list[Path]:
    """Start ``cmd``, SIGKILL it as soon as its temp file appears; the leftovers found."""
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if folder.is_dir() and any(folder.glob(pattern)):
            os.killpg(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.001)
    proc.wait(timeout=60)
    return sorted(folder.glob(pattern))


def _age(paths: list[Path], seconds: float) -> None:
    then = time.time() - seconds
    for path in paths:
        os.utime(path, (then, then))


def test_a_killed_backup_s_partial_copy_is_removed_by_a_later_backup(tmp_path: Path) -> None:
    source = tmp_path / "liaison.db"
    make_database(source, people=40_000)
    folder = tmp_path / "backups"
    cmd = [sys.executable, "-m", "liaison", "backup", "--db", str(source), "--folder", str(folder)]
    left = []
    for _attempt in range(5):  # on a loaded machine the copy may finish before the kill
        left = _kill_while_copying(cmd, folder, ".*.tmp*")
        if left:
            break
    assert left, "the backup was never caught halfway"
    assert not list(folder.glob("*-backup-*.db"))  # nothing visible: no half backup

    db = open_database(source, create=False)
    try:
        backup_now(db, folder)  # minutes later: the leftover may still be being written
        assert sorted(folder.glob(".*.tmp*")) == left
        _age(left, 2 * 3600)  # two hours later nobody is writing it
        made = backup_now(db, folder)
    finally:
        db.close()
    assert list(folder.glob(".*")) == []
    assert made.exists()


def test_a_killed_backup_to_a_named_file_is_cleaned_up_by_the_next_one(tmp_path: Path) -> None:
    source = tmp_path / "liaison.db"
    make_database(source, people=40_000)
    target = tmp_path / "usb" / "liaison-vrijdag.db"
    target.parent.mkdir()
    cmd = [sys.executable, "-m", "liaison", "backup", "--db", str(source), "--to", str(target)]
    left = []
    for _attempt in range(5):
        left = _kill_while_copying(cmd, target.parent, ".*.tmp*")
        if left:
            break
    assert left, "the backup was never caught halfway"
    _age(left, 2 * 3600)
    db = open_database(source, create=False)
    try:
        backup_now(db, to=target)
    finally:
        db.close()
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
