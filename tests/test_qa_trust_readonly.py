"""QA: a sound database in a read-only folder is not "damaged". Each test failed on the old code.

An officer opens the team's database from a share they may only read (or a folder
they lost write access to): the app called the file damaged and offered to restore
a backup over it. Root ignores file modes, so as root the checks run in a child
process without the capabilities that bypass them (setpriv), as an ordinary user is.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from liaison.cli import main


def as_ordinary_user(*argv: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("root ignores file modes and setpriv is not installed")
        prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"]
    env = {**os.environ, "LIAISON_OFFICER": "Tester", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LIAISON_DB", None)
    if home is not None:  # the default backup folder goes there, not into the user's own
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"))
    return subprocess.run(
        [*prefix, sys.executable, *argv],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.fixture
def read_only_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "team.db"
    assert main(["demo", "--size", "6", "--db", str(path)]) == 0
    capsys.readouterr()
    assert not path.with_name("team.db-wal").exists()  # closed cleanly, as on a share
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield path
    folder.chmod(stat.S_IRWXU)


def test_cli_on_a_read_only_folder_says_read_only_not_damaged(read_only_folder: Path) -> None:
    done = as_ordinary_user("-m", "liaison", "list", "people", "--db", str(read_only_folder))
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert "read-only" in done.stderr and "not damaged" in done.stderr
    assert "restore" not in done.stderr.lower()


APP_OPEN = """
import sys
from ui.app import application, open_with_recovery
from ui import i18n
from ui.core_text import core_text
from ui.trust import backup_actions
from liaison.errors import LiaisonError

def no_dialog(error, parent=None):  # the dialog would wait for a click forever
    print("OFFERED A RESTORE:", error)
    return False

backup_actions.handle_damaged_database = no_dialog
application()
i18n.install("nl")
try:
    open_with_recovery(sys.argv[1])
except LiaisonError as exc:  # ui.app.run shows this sentence in a message box
    print("REFUSED:", exc)
    print("SHOWN:", core_text(exc))
"""


def test_app_open_on_a_read_only_folder_offers_no_restore(read_only_folder: Path) -> None:
    """The app's own open path (ui.app.open_with_recovery), as a liaison officer starts it."""
    done = as_ordinary_user("-c", APP_OPEN, str(read_only_folder))
    assert "OFFERED A RESTORE" not in done.stdout, done.stdout
    assert "REFUSED:" in done.stdout and "read-only" in done.stdout, done.stdout + done.stderr
    assert "damaged (" not in done.stdout
    assert "alleen-lezen" in done.stdout and "niet beschadigd" in done.stdout, done.stdout


def test_a_read_only_database_file_is_still_backed_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only file (writable folder) opens for reading, but its backup failed with
    'cannot be changed': giving the database its id for the backup names is a write, and
    its failure was meant to be skipped (the storage layer now raises its own error)."""
    path = tmp_path / "team.db"
    assert main(["demo", "--size", "6", "--db", str(path)]) == 0
    capsys.readouterr()
    path.chmod(stat.S_IRUSR)
    folder = tmp_path / "backups"
    done = as_ordinary_user("-m", "liaison", "backup", "--db", str(path), "--folder", str(folder))
    assert done.returncode == 0, done.stderr
    made = Path(done.stdout.strip())
    assert made.parent == folder and made.name.startswith("team-backup-")
    assert made.stat().st_size > 0


HOLD_EXCLUSIVE = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA locking_mode = EXCLUSIVE")
c.execute("BEGIN EXCLUSIVE")
print("holding", flush=True)
sys.stdin.readline()  # until the test is done
c.execute("ROLLBACK")
"""


@pytest.mark.slow
def test_a_database_locked_by_another_program_is_busy_not_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A program holding the database locked for the whole wait made the open check say
    'damaged (database is locked)' and advise restoring a backup over good data."""
    path = tmp_path / "team.db"
    assert main(["demo", "--size", "6", "--db", str(path)]) == 0
    capsys.readouterr()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_EXCLUSIVE, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        assert main(["list", "people", "--db", str(path)]) == 2
        err = capsys.readouterr().err
    finally:
        holder.communicate("done\n", timeout=60)
    assert "busy" in err and "damaged" not in err and "restore" not in err


def test_restore_into_a_read_only_folder_is_one_sentence(
    read_only_folder: Path, tmp_path: Path
) -> None:
    """It ended as 'unexpected error (PermissionError …)', exit 1 — a bug to report —
    after first trying to set the sound database aside as '-damaged'."""
    backup = tmp_path / "b.db"
    assert main(["backup", "--db", str(read_only_folder), "--to", str(backup)]) == 0
    done = as_ordinary_user(
        "-m",
        "liaison",
        "restore",
        str(backup),
        "--db",
        str(read_only_folder),
        "--yes",
        home=tmp_path / "home",
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1
    assert "Nothing can be written in the folder" in done.stderr
    assert "unexpected" not in done.stderr and "damaged" not in done.stderr
    assert sorted(p.name for p in read_only_folder.parent.iterdir()) == ["team.db"]


SAFETY_COPY = """
import sys
from pathlib import Path
from liaison.trust.backup import safety_copy
print(safety_copy(Path(sys.argv[1])))
"""


def test_a_sound_database_in_a_read_only_folder_is_kept_as_a_backup_not_as_damaged(
    read_only_folder: Path, tmp_path: Path
) -> None:
    """Before a restore the current file is kept: a sound one among the backups, a damaged
    one as '-damaged' beside it. In a read-only folder the sound file counted as damaged."""
    home = tmp_path / "home"
    done = as_ordinary_user("-c", SAFETY_COPY, str(read_only_folder), home=home)
    assert done.returncode == 0, done.stderr
    kept = Path(done.stdout.strip())
    assert "-damaged" not in kept.name and kept.is_relative_to(home)
    assert kept.stat().st_size > 0
