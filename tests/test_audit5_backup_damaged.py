"""A damaged database is not backed up over the good backups.

A database bigger than 48 MB gets only a short check when opened (the whole check
runs in the background in the app; the command line has none), so a damaged one
was backed up without a word: day after day each damaged backup rotated a good one
away. The fresh copy is now checked before it takes its place in the series.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from test_trust_crash import make_database

from liaison.storage.db import open_database
from liaison.trust.backup import backup_now, list_backups, rotate, set_backup_folder
from liaison.trust.integrity import DamagedDatabaseError, quick_check

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk or a crash of the OS can."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(b"\xa5" * 4096 * 3)


def test_a_damaged_database_is_refused_and_the_good_backups_stay(tmp_path: Path) -> None:
    source = tmp_path / "liaison.db"
    make_database(source, 3000)
    folder = tmp_path / "backups"
    db = open_database(source, create=False)
    try:
        set_backup_folder(db, folder)  # File → Backup folder…
        first = backup_now(db)
        series = first.name.split("-backup-")[0]
        good = []  # the daily backups of the last fourteen days, all good
        for day in range(1, 15):
            when = dt.datetime.now() - dt.timedelta(days=day)
            copy = folder / f"{series}-backup-{when:%Y%m%d-%H%M%S}.db"
            copy.write_bytes(first.read_bytes())
            good.append(copy)
        first.unlink()
        db.engine.dispose()
        _damage(source)  # the disk fails while Liaison is open (a big file: short check only)
        assert quick_check(source)

        with pytest.raises(DamagedDatabaseError) as caught:
            backup_now(db)  # the daily backup at start
    finally:
        db.close()
    # the sentence names the newest good backup to restore
    assert "is damaged" in str(caught.value) and good[0].name in str(caught.value)
    assert sorted(b.path for b in list_backups(folder)) == sorted(good)  # none rotated away
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in good)  # no temp
    assert rotate(folder, series) == []


def test_the_command_line_refuses_a_big_damaged_database_in_one_sentence(tmp_path: Path) -> None:
    """Over 48 MB only the small tables are checked when the database opens, so the
    damage in the people's pages reached the backup itself."""
    from liaison.trust.integrity import FULL_CHECK_ON_OPEN_BYTES

    source = tmp_path / "liaison.db"
    make_database(source, people=120_000)
    assert source.stat().st_size > FULL_CHECK_ON_OPEN_BYTES
    _damage(source)
    target = tmp_path / "vrijdag.db"
    done = subprocess.run(
        [sys.executable, "-m", "liaison", "backup", "--db", str(source), "--to", str(target)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 2, done.stdout
    assert done.stderr.count("\n") == 1 and "is damaged" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert not target.exists()
