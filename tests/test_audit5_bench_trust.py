"""bench_trust times the open check of a database already at this release's schema.

Its cached 100,000-person demo database was made by an earlier release (schema 0005):
every timed open check then copied the whole 668 MB file among the user's backups (the
copy kept before a migration), so "check at open" measured a file copy, and each run
left three such copies in the user's backup folder.
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest

from liaison.storage.migrate import head_revision
from liaison.trust import integrity

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_trust.py"
FIXTURE = Path(__file__).resolve().parent / "data" / "schema_0005.db"


def test_the_work_copy_is_migrated_before_timing_and_leaves_no_backup_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))  # the user's folder
    spec = importlib.util.spec_from_file_location("bench_trust", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    work = tmp_path / "work"
    work.mkdir()
    db_file = work / "liaison.db"
    shutil.copyfile(FIXTURE, db_file)

    bench.bring_to_head(db_file, work / "migration-backups")

    assert integrity.schema_revision(db_file) == head_revision()
    integrity.check_on_open(db_file)  # what the benchmark times: now only the check
    assert not (tmp_path / "user-data").exists() or not any((tmp_path / "user-data").rglob("*.db"))
    assert not (work / "migration-backups").exists()
    conn = sqlite3.connect(db_file)
    try:
        assert (
            conn.execute("SELECT count(*) FROM setting WHERE key = 'backup_folder'").fetchone()[0]
            == 0
        )
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] > 0
    finally:
        conn.close()
