"""Trust at scale: the integrity check on open, backup and restore, against the raw library.

    uv run python benchmarks/bench_trust.py [DB]    (default: a 100,000-person demo database)

Measures, in one run, on one database file:

- the check ``open_database`` runs (``integrity.check_on_open``) and the whole
  ``PRAGMA quick_check`` on a plain ``sqlite3`` connection (the raw library);
- ``backup_now`` against the raw ``sqlite3`` backup API into a plain file and a
  plain ``shutil.copyfile`` of the same file;
- ``restore`` against ``shutil.copyfile``.

Medians of three runs (the first of each is also a warm-up for the page cache).

The work copy is brought to this release's schema before anything is timed: a cached
demo database made by an earlier release made every timed open check copy the whole
file among the user's backups first (the copy kept before a migration), so "check at
open" measured a 668 MB file copy and each run left three such copies behind in the
user's backup folder. The copy kept before that migration goes to the work folder.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from liaison.storage.db import open_database
from liaison.storage.migrate import head_revision
from liaison.trust import integrity
from liaison.trust.backup import BACKUP_FOLDER_SETTING, backup_now, restore


def median_time(fn: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def demo_database(people: int = 100_000) -> Path:
    path = Path(f"/tmp/liaison-bench-trust-{people}.db")
    if not path.exists():
        subprocess.run(
            [sys.executable, "-m", "liaison", "demo", "--size", str(people), "--db", str(path)],
            check=True,
        )
    return path


def raw_quick_check(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute("PRAGMA quick_check").fetchall()
    conn.close()


def raw_backup(path: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    src, dst = sqlite3.connect(path), sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()


def bring_to_head(db_file: Path, backups: Path) -> None:
    """Migrate ``db_file`` now, keeping the copy made before a migration in ``backups``
    (removed at once), so that no timed open migrates or copies the file."""
    if integrity.schema_revision(db_file) == head_revision():
        return
    conn = sqlite3.connect(db_file)
    with conn:
        conn.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
            (BACKUP_FOLDER_SETTING, str(backups)),
        )
    conn.close()
    open_database(db_file).close()
    shutil.rmtree(backups, ignore_errors=True)
    conn = sqlite3.connect(db_file)
    with conn:
        conn.execute("DELETE FROM setting WHERE key = ?", (BACKUP_FOLDER_SETTING,))
    conn.close()
    print(f"(the work copy was migrated to schema {head_revision()} before timing)")


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else demo_database()
    size_mb = source.stat().st_size / 1e6
    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    contacts = conn.execute("SELECT count(*) FROM interaction").fetchone()[0]
    conn.close()
    print(f"{source}: {size_mb:.0f} MB, {people} people, {contacts} contact-log entries")
    work = Path(tempfile.mkdtemp(prefix="bench-trust-"))
    try:
        db_file = work / "liaison.db"
        shutil.copyfile(source, db_file)
        bring_to_head(db_file, work / "migration-backups")
        t_raw_qc = median_time(lambda: raw_quick_check(db_file))
        t_open_check = median_time(lambda: integrity.check_on_open(db_file))
        t_open = median_time(lambda: open_database(db_file).close())
        mode = (
            "short (schema + small tables)"
            if integrity.needs_background_check(db_file)
            else "whole"
        )
        print(f"raw PRAGMA quick_check          {t_raw_qc:8.3f} s")
        print(f"check at open ({mode}) {t_open_check:8.3f} s  ({t_open_check / t_raw_qc:.2f}x raw)")
        print(f"open_database total             {t_open:8.3f} s")
        db = open_database(db_file)
        t_copy = median_time(lambda: shutil.copyfile(db_file, work / "plain-copy.db"))
        t_raw_backup = median_time(lambda: raw_backup(db_file, work / "raw-backup.db"))
        made: list[Path] = []
        t_backup = median_time(
            lambda: made.append(backup_now(db, to=work / "backup.db", overwrite=True))
        )
        db.close()
        for spent in ("plain-copy.db", "raw-backup.db"):  # a 668 MB file each: disk space
            (work / spent).unlink(missing_ok=True)
        print(f"shutil.copyfile                 {t_copy:8.3f} s")
        print(f"raw sqlite3 backup API          {t_raw_backup:8.3f} s")
        print(
            f"backup_now                      {t_backup:8.3f} s  "
            f"({t_backup / t_raw_backup:.2f}x raw backup API, {t_backup / t_copy:.2f}x file copy)"
        )
        target = work / "restored.db"
        t_restore = median_time(lambda: restore(made[-1], target, overwrite=True))
        print(
            f"restore (verify + copy + swap)  {t_restore:8.3f} s  ({t_restore / t_copy:.2f}x file copy)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
