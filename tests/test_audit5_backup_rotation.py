"""No backup is kept from before the last 12 calendar months.

Rotation kept the newest backup of each of "the last 12 months that have one". An
officer who used Liaison only some months of the year (a seasonal project, a
colleague's laptop) kept backups of years ago for good, while the forget dialog
promises that a forgotten person's data leaves the backups within 12 months.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from liaison.trust.backup import backups_to_keep, list_backups, rotate


def _fake(folder: Path, when: dt.datetime) -> Path:
    path = folder / f"liaison-1f0c2a9b-backup-{when:%Y%m%d-%H%M%S}.db"
    path.write_bytes(b"")
    return path


def test_backups_of_january_only_do_not_outlive_twelve_months(tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 28, 9, 0)
    for year in range(2020, 2027):  # the app opened in January only, for seven years
        _fake(tmp_path, dt.datetime(year, 1, 12, 9, 0))
    _fake(tmp_path, now - dt.timedelta(minutes=5))  # this morning's

    rotate(tmp_path, "liaison-1f0c2a9b", now=now)

    left = sorted(b.taken_at for b in list_backups(tmp_path, "liaison-1f0c2a9b"))
    assert left == [dt.datetime(2026, 1, 12, 9, 0), now - dt.timedelta(minutes=5)]


def test_the_twelve_months_are_counted_back_from_this_month() -> None:
    from liaison.trust.backup import BackupFile

    now = dt.datetime(2026, 1, 5, 9, 0)
    eleven_back = BackupFile(
        Path("feb"), "x", dt.datetime(2025, 2, 3, 9, 0)
    )  # February 2025: in the last 12 months
    twelve_back = BackupFile(
        Path("jan"), "x", dt.datetime(2025, 1, 30, 9, 0)
    )  # January 2025: before them
    assert backups_to_keep([eleven_back, twelve_back], now=now) == {Path("feb")}


def test_backups_named_after_the_file_alone_expire_after_twelve_months(tmp_path: Path) -> None:
    """Backups made before backups carried the database's id ("liaison-backup-…") were
    never rotated, so a release-0.1 user's backups of years ago stayed for good."""
    from liaison.storage.db import open_database
    from liaison.trust.backup import backup_now

    folder = tmp_path / "backups"
    folder.mkdir()
    now = dt.datetime.now()
    old = folder / f"liaison-backup-{now - dt.timedelta(days=800):%Y%m%d-%H%M%S}.db"
    recent = folder / f"liaison-backup-{now - dt.timedelta(days=40):%Y%m%d-%H%M%S}.db"
    for path in (old, recent):
        path.write_bytes(b"")
    db = open_database(tmp_path / "liaison.db")
    try:
        made = backup_now(db, folder)
    finally:
        db.close()
    assert made.exists() and made.name.startswith("liaison-") and "-backup-" in made.name
    assert not old.exists()
    assert recent.exists()  # still offered to a damaged database whose id cannot be read
