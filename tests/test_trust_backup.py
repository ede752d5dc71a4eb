"""Backups (online API, 0600, rotation, auto) and restore (verified, atomic, refuses to overwrite)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from trust_sample import populate

from liaison.storage.db import Database, open_database
from liaison.storage.models import Person
from liaison.trust.backup import (
    BackupError,
    BackupFile,
    auto_backup,
    backup_folder,
    backup_now,
    backups_to_keep,
    database_series,
    default_backup_folder,
    list_backups,
    restore,
    rotate,
    set_backup_folder,
)


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Default backup folders (platformdirs) inside tmp_path, for this process and subprocesses."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("person", "organisation", "interaction", "commitment", "audit_entry")
        }
    finally:
        conn.close()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "liaison", *args], capture_output=True, text=True, timeout=120
    )


def test_backup_is_private_complete_and_self_contained(db: Database, tmp_path: Path) -> None:
    populate(db)
    folder = tmp_path / "backups"
    path = backup_now(db, folder)
    assert path.parent == folder and path.name.startswith(f"{database_series(db)}-backup-")
    assert database_series(db).startswith("liaison-") and database_series(db) != "liaison"
    assert path.stat().st_mode & 0o777 == 0o600
    assert not path.with_name(path.name + "-wal").exists()
    assert counts(path) == counts(db.path)  # type: ignore[arg-type]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert [b.path for b in list_backups(folder)] == [path]


def test_backup_to_a_named_file_and_refusals(db: Database, tmp_path: Path) -> None:
    populate(db)
    target = tmp_path / "copy.db"
    assert backup_now(db, to=target) == target.absolute()
    assert target.stat().st_mode & 0o777 == 0o600
    with pytest.raises(BackupError, match="cannot overwrite the database"):
        backup_now(db, to=db.path)
    with pytest.raises(BackupError, match="is a folder"):
        backup_now(db, to=tmp_path)


def test_backup_folder_setting_overrides_default(db: Database, tmp_path: Path) -> None:
    assert backup_folder(db) == default_backup_folder()
    assert str(default_backup_folder()).startswith(str(tmp_path))
    set_backup_folder(db, tmp_path / "elsewhere")
    assert backup_folder(db) == tmp_path / "elsewhere"
    path = backup_now(db)
    assert path.parent == tmp_path / "elsewhere"
    set_backup_folder(db, None)
    assert backup_folder(db) == default_backup_folder()


def _fake(folder: Path, when: dt.datetime, stem: str = "liaison") -> Path:
    path = folder / f"{stem}-backup-{when:%Y%m%d-%H%M%S}.db"
    path.write_bytes(b"")
    return path


def test_auto_backup_only_when_the_newest_is_older_than_a_day(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    now = dt.datetime(2026, 11, 27, 9, 0)
    _fake(folder, now - dt.timedelta(hours=5), stem=database_series(db))
    assert auto_backup(db, folder, now=now) is None
    made = auto_backup(db, folder, now=now + dt.timedelta(hours=20))
    assert made is not None and made.exists()
    # A backup of another database in the same folder does not count.
    other = tmp_path / "c"
    other.mkdir()
    _fake(other, dt.datetime.now(), stem="someone-else")
    assert auto_backup(db, other) is not None


def test_rotation_keeps_14_daily_and_12_monthly(tmp_path: Path) -> None:
    start = dt.datetime(2024, 1, 1, 8, 0)
    made = []
    for day in range(800):  # over two years of daily backups, two on some days
        made.append(_fake(tmp_path, start + dt.timedelta(days=day)))
        if day % 7 == 0:
            made.append(_fake(tmp_path, start + dt.timedelta(days=day, hours=3)))
    _fake(tmp_path, start, stem="other")  # another database's backups are left alone
    newest = start + dt.timedelta(days=799)
    removed = rotate(tmp_path, "liaison", now=newest + dt.timedelta(days=2))
    left = list_backups(tmp_path, "liaison")
    days = {b.taken_at.date() for b in left}
    months = {(b.taken_at.year, b.taken_at.month) for b in left}
    assert {newest.date() - dt.timedelta(days=i) for i in range(14)} <= days
    assert len(months) == 12 and len(left) <= 14 + 12
    assert len(removed) == len(made) - len(left)
    assert (tmp_path / f"other-backup-{start:%Y%m%d-%H%M%S}.db").exists()


def test_two_databases_with_one_name_keep_their_own_backups(tmp_path: Path) -> None:
    """Two liaison.db files in different folders share the default backup folder: neither
    rotates the other's backups away, and a damaged one is offered its own backup."""
    from liaison.trust.integrity import newest_good_backup_for

    folder = tmp_path / "backups"
    mine = open_database(tmp_path / "mijn" / "liaison.db", officer="Fatima")
    team = open_database(tmp_path / "team" / "liaison.db", officer="Jan")
    try:
        set_backup_folder(mine, folder)
        set_backup_folder(team, folder)
        assert database_series(mine) != database_series(team)
        own = backup_now(mine)
        start = dt.datetime(2024, 1, 1, 8, 0)
        theirs = [
            _fake(folder, start + dt.timedelta(days=d), stem=database_series(team))
            for d in range(40)
        ]
        backup_now(mine)  # rotates mine only
        assert all(p.exists() for p in theirs)
        backup_now(team)
        assert own.exists() and len(list_backups(folder, database_series(team))) <= 14 + 12 + 1
        assert (
            newest_good_backup_for(mine.path) == list_backups(folder, database_series(mine))[0].path
        )
    finally:
        mine.close()
        team.close()


def test_backups_to_keep_prefers_the_newest_of_a_day() -> None:
    morning = BackupFile(Path("a"), "x", dt.datetime(2026, 1, 1, 8))
    evening = BackupFile(Path("b"), "x", dt.datetime(2026, 1, 1, 20))
    later = dt.datetime(2026, 2, 1)
    assert backups_to_keep([morning, evening], now=later) == {Path("b")}
    # Within the last 24 hours every backup is kept.
    assert backups_to_keep([morning, evening], now=dt.datetime(2026, 1, 1, 21)) == {
        Path("a"),
        Path("b"),
    }


def test_restore_refuses_to_overwrite_then_replaces(db: Database, tmp_path: Path) -> None:
    sample = populate(db)
    backup = backup_now(db, tmp_path / "b")
    before = counts(db.path)  # type: ignore[arg-type]
    with db.session_scope() as s:
        s.get(Person, sample.fatima).notes = "changed after the backup"
    db.close()
    with pytest.raises(BackupError, match="already a database"):
        restore(backup, db.path)
    restored = restore(backup, db.path, overwrite=True)
    assert restored == db.path
    assert counts(restored) == before
    again = open_database(restored)
    with again.session_scope(write=False) as s:
        assert "changed" not in (s.get(Person, sample.fatima).notes or "")
    again.close()
    # Into a new place, no confirmation needed.
    fresh = restore(backup, tmp_path / "new" / "fresh.db")
    assert counts(fresh) == before
    assert fresh.stat().st_mode & 0o777 == 0o600


def test_restore_refuses_damaged_foreign_and_future_backups(db: Database, tmp_path: Path) -> None:
    populate(db)
    backup = backup_now(db, tmp_path / "b")
    # Damage: overwrite pages in the middle of the file.
    damaged = tmp_path / "damaged.db"
    data = bytearray(backup.read_bytes())
    data[4096 * 3 : 4096 * 5] = b"\xff" * 8192
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="is damaged"):
        restore(damaged, tmp_path / "x.db")
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    with pytest.raises(BackupError, match="not an SQLite file"):
        restore(text, tmp_path / "x.db")
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(BackupError, match="not a Liaison backup"):
        restore(foreign, tmp_path / "x.db")
    future = tmp_path / "future.db"
    future.write_bytes(backup.read_bytes())
    conn = sqlite3.connect(future)
    conn.execute("UPDATE alembic_version SET version_num = 'fromthefuture'")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="newer version of Liaison"):
        restore(future, tmp_path / "x.db")
    with pytest.raises(BackupError, match="no backup file"):
        restore(tmp_path / "missing.db", tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()


def test_restore_while_the_database_is_open_elsewhere_is_refused(
    db: Database, tmp_path: Path
) -> None:
    populate(db)
    backup = backup_now(db, tmp_path / "b")
    holder = sqlite3.connect(db.path)  # another program reading the database
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM person").fetchone()
    try:
        with pytest.raises(BackupError, match="in use by another window or program"):
            restore(backup, db.path, overwrite=True)
    finally:
        holder.rollback()
        holder.close()


@pytest.mark.slow
def test_cli_backup_and_restore(db: Database, tmp_path: Path) -> None:
    populate(db)
    before = counts(db.path)  # type: ignore[arg-type]
    db.close()
    out = tmp_path / "manual.db"
    done = cli("backup", "--db", str(db.path), "--to", str(out))
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == out and out.stat().st_mode & 0o777 == 0o600
    refused = cli("restore", str(out), "--db", str(db.path))
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "--yes" in refused.stderr
    assert "Traceback" not in refused.stderr
    target = tmp_path / "restored.db"
    done = cli("restore", str(out), "--db", str(target))
    assert done.returncode == 0, done.stderr
    assert counts(target) == before
    done = cli("restore", str(out), "--db", str(db.path), "--yes")
    assert done.returncode == 0, done.stderr
    assert "copied to" in done.stderr  # the replaced database was kept among its backups
    assert len(list_backups(tmp_path / "data-home" / "Liaison" / "backups")) == 1
    assert counts(db.path) == before  # type: ignore[arg-type]
    missing = cli("backup", "--db", str(tmp_path / "nothing.db"))
    assert missing.returncode == 2 and "no database" in missing.stderr
