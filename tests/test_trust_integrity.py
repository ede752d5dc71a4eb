"""On open: a damaged database is refused with a sentence that points at the newest good backup."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from trust_sample import populate

from liaison.errors import LiaisonError
from liaison.storage.db import Database, open_database
from liaison.trust.backup import backup_now, default_backup_folder, file_series, set_backup_folder
from liaison.trust.integrity import (
    DamagedDatabaseError,
    newest_good_backup,
    newest_good_backup_for,
    quick_check,
    schema_revision,
)


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))


def damage(path: Path) -> None:
    """Overwrite two pages in the middle of the file, as a torn write or a bad disk would."""
    size = path.stat().st_size
    assert size > 4096 * 8
    with path.open("r+b") as fh:
        fh.seek(4096 * (size // 4096 // 2))
        fh.write(b"\x13\x37" * 4096)


def test_quick_check_of_a_sound_and_a_damaged_file(db: Database, tmp_path: Path) -> None:
    populate(db)
    assert quick_check(db.path) == []
    assert schema_revision(db.path) is not None
    copy = backup_now(db, to=tmp_path / "copy.db")
    damage(copy)
    problems = quick_check(copy)
    assert problems and all(isinstance(p, str) for p in problems)
    assert quick_check(copy, full=True)


def test_damaged_database_is_refused_on_open_and_points_at_the_newest_good_backup(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    populate(db)
    folder = default_backup_folder()  # the setting may be unreadable in a damaged file
    assert str(folder).startswith(str(tmp_path))
    good = backup_now(db)
    newer = backup_now(db)
    damage(newer)  # the newest backup is damaged too: it must be skipped
    db.close()
    assert newest_good_backup(folder, stem=file_series(db_path)) == good
    damage(db_path)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(db_path)
    err = caught.value
    assert isinstance(err, LiaisonError)
    assert err.backup == good and err.problems and err.path == db_path
    message = str(err)
    assert "is damaged" in message and "restore" in message and good.name in message
    assert "\n" not in message


def test_damaged_database_without_backups_still_says_restore(db: Database, db_path: Path) -> None:
    populate(db)
    db.close()
    damage(db_path)
    with pytest.raises(DamagedDatabaseError, match="restore a backup") as caught:
        open_database(db_path)
    assert caught.value.backup is None


def test_backup_folder_setting_is_searched_when_readable(db: Database, tmp_path: Path) -> None:
    populate(db)
    set_backup_folder(db, tmp_path / "team-backups")
    made = backup_now(db)
    db.close()
    assert newest_good_backup_for(db.path) == made


def test_new_and_sound_databases_open_as_before(tmp_path: Path) -> None:
    fresh = open_database(tmp_path / "new.db")
    fresh.close()
    again = open_database(tmp_path / "new.db")
    again.close()


def test_not_a_database_backup_is_not_offered(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "liaison-backup-20260101-000000.db").write_bytes(b"garbage" * 100)
    conn = sqlite3.connect(folder / "liaison-backup-20250101-000000.db")
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    assert newest_good_backup(folder) is None
    assert newest_good_backup(tmp_path / "missing") is None


@pytest.mark.slow
def test_cli_reports_a_damaged_database_in_one_sentence(db: Database, db_path: Path) -> None:
    populate(db)
    db.close()
    damage(db_path)
    done = subprocess.run(
        [sys.executable, "-m", "liaison", "history", "person:1", "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "is damaged" in done.stderr
    assert "liaison restore" in done.stderr and "Traceback" not in done.stderr


def test_big_files_get_a_short_check_at_open_and_the_whole_one_in_the_background(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from liaison.trust import integrity

    populate(db)
    db.close()
    monkeypatch.setattr(integrity, "FULL_CHECK_ON_OPEN_BYTES", 1)  # every file counts as big
    assert integrity.needs_background_check(db_path)
    assert integrity.background_check(db_path) is None
    open_database(db_path).close()
    # Damage in the person table: the short check at open misses it (it only reads the
    # schema and the small tables); the background check finds it.
    conn = sqlite3.connect(db_path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with db_path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x13\x37" * (page_size // 2))
    assert integrity.quick_check(db_path, tables=integrity.OPEN_TABLES) == []
    found = integrity.background_check(db_path)
    assert isinstance(found, DamagedDatabaseError) and "is damaged" in str(found)
    monkeypatch.setattr(integrity, "FULL_CHECK_ON_OPEN_BYTES", 48 * 1024 * 1024)
    with pytest.raises(DamagedDatabaseError):
        open_database(db_path)  # a small file gets the whole check at open


def test_restoring_over_a_damaged_database_sets_the_damaged_file_aside(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    from liaison.trust.backup import restore, safety_copy

    populate(db)
    good = backup_now(db, to=tmp_path / "good.db")
    db.close()
    damage(db_path)
    damaged_bytes = db_path.read_bytes()
    kept = safety_copy(db_path)
    assert kept == db_path.with_name("liaison-damaged.db")
    assert kept.read_bytes() == damaged_bytes and kept.stat().st_mode & 0o777 == 0o600
    restore(good, db_path, overwrite=True)
    assert quick_check(db_path) == []
    open_database(db_path).close()
